#pragma once
// TlsIdentity: the account's own TLS key and certificate (DESIGN.md §5 "TLS").
//
// On first run loadOrCreate() makes an ECDSA P-256 key and a self-signed X.509 v3 certificate
// with OpenSSL 3 libcrypto (subjectAltName: localhost, 127.0.0.1, ::1 and the extra host names or
// addresses given) and writes `<dir>/key.pem` (mode 0600, PKCS#8) and `<dir>/cert.pem`. Later
// runs load them. Partners pin the certificate's SHA-256 fingerprint, so an existing identity is
// never replaced behind the admin's back: a damaged or half-present pair is an error, not a
// reason to make a new one.
//
// The admin can install a CA-issued certificate (Help Center: end users' browsers must trust the
// server): install() checks a chain PEM (leaf first, intermediates after) and an unencrypted key
// PEM and writes them to `<dir>/installed/` (key 0600). loadForServer() serves the installed one
// while present and not expired, else the self-signed one, which is never deleted, so
// removeInstalled() goes back to it.
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace DeskBridge::Sharing {

class TlsIdentity {
    Q_DECLARE_TR_FUNCTIONS(TlsIdentity)
public:
    static constexpr int ValidityDays = 3650;

    TlsIdentity() = default;

    // Loads `<dir>/key.pem` and `<dir>/cert.pem`, or creates both when neither exists (and the
    // directory, mode 0700, when it does not exist). `extraHosts` are DNS names or IP addresses
    // for the subjectAltName of a new certificate; for an existing one they are only compared
    // (a missing name is logged, the certificate is kept).
    static Result<TlsIdentity> loadOrCreate(const QString &directory,
                                            const QStringList &extraHosts = {});
    // Loads an existing pair; an error when either file is missing or they do not match.
    static Result<TlsIdentity> load(const QString &directory);

    // --- the certificate the server presents -----------------------------------------------
    // The installed certificate when there is one and it has not expired (an expired one is
    // skipped with a warning: nobody trusts it, and partners may still pin the self-signed
    // one), else the self-signed identity, made by loadOrCreate() on the first run.
    static Result<TlsIdentity> loadForServer(const QString &directory,
                                             const QStringList &extraHosts = {});
    // Like loadForServer(), but never creates anything: what the server presents at its next
    // start (an error before the first start).
    static Result<TlsIdentity> loadActive(const QString &directory);

    // --- a CA-issued certificate installed by the admin ----------------------------------------
    static constexpr int MinRsaBits = 2048;
    // `<directory>/installed`
    static QString installedDirectory(const QString &directory);
    static bool hasInstalled(const QString &directory);
    // Checks a certificate chain (PEM: the server's certificate first, then intermediates) and
    // its private key (PEM, unencrypted) for serving: both parse, the key belongs to the first
    // certificate, RSA >= 2048 bits or EC P-256/P-384/P-521, every certificate valid at `now`,
    // each one issued by the next. Returns the identity they make (not saved anywhere).
    static Result<TlsIdentity>
    checkInstallable(const QByteArray &chainPem, const QByteArray &keyPem,
                     const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Reads the two files, checks them (checkInstallable), then replaces the installed
    // certificate in one step. On any error nothing on disk changes.
    static Result<TlsIdentity> install(const QString &directory, const QString &chainFile,
                                       const QString &keyFile);
    // Removes the installed certificate: the server presents the self-signed one again at its
    // next start. Removing when none is installed is not an error.
    static Status removeInstalled(const QString &directory);

    bool isNull() const { return m_certificate.isNull() || m_key.isNull(); }
    // True for an installed (CA-issued) certificate, false for the self-signed identity.
    bool isInstalled() const { return m_installed; }
    const QSslCertificate &certificate() const { return m_certificate; }
    // The intermediate CA certificates sent after the leaf (empty for the self-signed one).
    const QList<QSslCertificate> &intermediates() const { return m_intermediates; }
    // The leaf followed by the intermediates: what the server sends to clients.
    QList<QSslCertificate> certificateChain() const;
    const QSslKey &privateKey() const { return m_key; }
    // SHA-256 of the certificate (DER), e.g. "3A:0F:...:C2" (32 uppercase hex pairs).
    QString fingerprint() const { return fingerprintOf(m_certificate); }
    QString keyPath() const;
    QString certificatePath() const;
    QString directory() const { return m_directory; }
    // True when this run made the pair (the first run of the account).
    bool wasCreated() const { return m_created; }
    // The certificate's subjectAltName entries as "DNS:localhost", "IP:127.0.0.1", ...
    QStringList subjectAltNames() const;

    static QString fingerprintOf(const QSslCertificate &certificate);
    // 32 bytes -> "AB:CD:...". Anything else -> empty string.
    static QString formatFingerprint(const QByteArray &sha256);
    // Accepts a fingerprint as people paste it: with or without ':' / spaces / '-', any case,
    // optionally prefixed "SHA256:", "sha256 Fingerprint=" (openssl's output). Returns the
    // canonical "AB:CD:..." form, or a message when it is not 64 hex digits.
    static Result<QString> normalizeFingerprint(const QString &text);

private:
    static Result<TlsIdentity> fromPem(const QByteArray &chainPem, const QByteArray &keyPem,
                                       bool installable, const QDateTime &now);
    static Result<TlsIdentity> loadInstalled(const QString &directory);

    QSslCertificate m_certificate;
    QList<QSslCertificate> m_intermediates;
    QSslKey m_key;
    QString m_directory;
    bool m_created = false;
    bool m_installed = false;
};

} // namespace DeskBridge::Sharing
