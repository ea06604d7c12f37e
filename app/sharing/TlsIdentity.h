#pragma once
// TlsIdentity: the account's own TLS key and certificate (DESIGN.md §5 "TLS").
//
// On first run loadOrCreate() makes an ECDSA P-256 key and a self-signed X.509 v3 certificate
// with OpenSSL 3 libcrypto (subjectAltName: localhost, 127.0.0.1, ::1 and the extra host names or
// addresses given) and writes `<dir>/key.pem` (mode 0600, PKCS#8) and `<dir>/cert.pem`. Later
// runs load them. Partners pin the certificate's SHA-256 fingerprint, so an existing identity is
// never replaced behind the admin's back: a damaged or half-present pair is an error, not a
// reason to make a new one.
#include "models/domain/Result.h"

#include <QCoreApplication>
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

    bool isNull() const { return m_certificate.isNull() || m_key.isNull(); }
    const QSslCertificate &certificate() const { return m_certificate; }
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
    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_directory;
    bool m_created = false;
};

} // namespace DeskBridge::Sharing
