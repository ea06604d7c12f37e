#pragma once
// TrustStore: the certificate authorities an outgoing sharing connection trusts, and the check
// "does this chain lead to one of them, and does it name this host" done with OpenSSL, as any
// HTTPS client does. SharingJob accepts a partner whose certificate is the pinned one OR passes
// this check: a partner who installs a CA-issued certificate (for its Help Center) changes its
// fingerprint, and must not be cut off for that.
//
// The default is the system's trust store; tests inject their own CA instead.
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace DeskBridge::Sharing {

class TrustStore {
    Q_DECLARE_TR_FUNCTIONS(TrustStore)
public:
    // The system's CA certificates (read once per process).
    static TrustStore system();
    // Only these CAs (tests; a private CA).
    static TrustStore only(const QList<QSslCertificate> &caCertificates);

    void addCaCertificates(const QList<QSslCertificate> &caCertificates);
    const QList<QSslCertificate> &caCertificates() const { return m_cas; }

    // Ok when `chain` (the peer's certificate first, then what it sent along) leads to one of
    // these CAs, every certificate on the way is valid now and may be used for a TLS server, and
    // the peer's certificate names `host` (a DNS name or an IP address). Else the reason.
    Status verify(const QList<QSslCertificate> &chain, const QString &host) const;

private:
    QList<QSslCertificate> m_cas;
};

} // namespace DeskBridge::Sharing
