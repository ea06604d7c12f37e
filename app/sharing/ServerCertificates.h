#pragma once
// ServerCertificates: the admin's side of the account's HTTPS certificate (Admin Center →
// Help Center, `deskbridge certificate`): which certificate the server presents, installing a
// CA-issued one (so end users' browsers trust the Help Center) and going back to the
// self-signed one. Only administrators change it. The files live in the account's tls
// directory (TlsIdentity); a running server picks a change up when it next starts.
#include "app/sharing/TlsIdentity.h"
#include "models/domain/Entities.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace DeskBridge::Sharing {

// A certificate as the admin sees it.
struct CertificateInfo {
    bool installed = false; // a CA-issued one the admin installed; false: the self-signed one
    QString subject;        // common name (or the whole subject when it has none)
    QString issuer;
    QDateTime validFrom;
    QDateTime validUntil;
    QString fingerprint; // SHA-256, "AB:CD:..."
    QStringList names;   // subjectAltName entries, "DNS:..." / "IP:..."
    int intermediates = 0;
};

class ServerCertificates {
    Q_DECLARE_TR_FUNCTIONS(ServerCertificates)
public:
    explicit ServerCertificates(QString tlsDir);

    // The certificate the server presents from its next start on; an error before the sharing
    // service first ran (the self-signed one is made then) or when the files are damaged.
    Result<CertificateInfo> current() const;
    // True when a CA-issued certificate is installed (also an expired one).
    bool hasInstalled() const;
    // Checks the chain file (PEM, the server's certificate first, then intermediates) and the
    // key file (PEM, unencrypted) and installs them; nothing changes on any error. `actor`
    // must be an administrator.
    Result<CertificateInfo> install(const Domain::User &actor, const QString &chainFile,
                                    const QString &keyFile);
    // Removes the installed certificate: the self-signed one is presented again.
    Status useSelfSigned(const Domain::User &actor);

    static CertificateInfo describe(const TlsIdentity &identity);
    // What the admin must know after a change: partners see another fingerprint.
    // `installed`: after installing (true) or after going back to the self-signed one.
    static QString fingerprintChangedNote(bool installed = true);

private:
    QString m_tlsDir;
};

} // namespace DeskBridge::Sharing
