#include "app/sharing/ServerCertificates.h"

#include "app/services/Permissions.h"
#include "app/sharing/NhdCodec.h" // lcSharing

#include <QDir>
#include <QFileInfo>

namespace DeskBridge::Sharing {

namespace {
QString nameOf(const QSslCertificate &certificate, bool issuer) {
    const QStringList cn = issuer ? certificate.issuerInfo(QSslCertificate::CommonName)
                                  : certificate.subjectInfo(QSslCertificate::CommonName);
    if (!cn.isEmpty())
        return cn.join(QStringLiteral(", "));
    return issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
}
} // namespace

ServerCertificates::ServerCertificates(QString tlsDir)
    : m_tlsDir(std::move(tlsDir)) {}

CertificateInfo ServerCertificates::describe(const TlsIdentity &identity) {
    const QSslCertificate &c = identity.certificate();
    CertificateInfo info;
    info.installed = identity.isInstalled();
    info.subject = nameOf(c, false);
    info.issuer = nameOf(c, true);
    info.validFrom = c.effectiveDate();
    info.validUntil = c.expiryDate();
    info.fingerprint = identity.fingerprint();
    info.names = identity.subjectAltNames();
    info.intermediates = int(identity.intermediates().size());
    return info;
}

QString ServerCertificates::fingerprintChangedNote(bool installed) {
    if (!installed)
        return tr("Partners see the self-signed certificate's fingerprint again, the one they "
                  "pinned before. The change applies when the sharing service next starts.");
    return tr("Partners now see a new certificate fingerprint. Partners running DeskBridge "
              "accept it when a certificate authority they trust vouches for it; others must "
              "pin the new fingerprint. The change applies when the sharing service next "
              "starts.");
}

Result<CertificateInfo> ServerCertificates::current() const {
    if (!TlsIdentity::hasInstalled(m_tlsDir) &&
        !QFileInfo::exists(QDir(m_tlsDir).filePath(QStringLiteral("cert.pem"))))
        return Result<CertificateInfo>::failure(
            tr("The sharing service has not run yet: it makes its self-signed certificate when "
               "it first starts."));
    const auto identity = TlsIdentity::loadActive(m_tlsDir);
    if (!identity)
        return Result<CertificateInfo>::failure(identity.error());
    return describe(*identity);
}

bool ServerCertificates::hasInstalled() const {
    return TlsIdentity::hasInstalled(m_tlsDir);
}

Result<CertificateInfo> ServerCertificates::install(const Domain::User &actor,
                                                    const QString &chainFile,
                                                    const QString &keyFile) {
    if (Status s = Services::Permissions::requireAdmin(actor); !s)
        return Result<CertificateInfo>::failure(s.error());
    const auto installed = TlsIdentity::install(m_tlsDir, chainFile, keyFile);
    if (!installed)
        return Result<CertificateInfo>::failure(installed.error());
    qCInfo(lcSharing).noquote() << actor.email << "installed the certificate"
                                << installed->fingerprint();
    return describe(*installed);
}

Status ServerCertificates::useSelfSigned(const Domain::User &actor) {
    if (Status s = Services::Permissions::requireAdmin(actor); !s)
        return s;
    if (Status s = TlsIdentity::removeInstalled(m_tlsDir); !s)
        return s;
    qCInfo(lcSharing).noquote() << actor.email << "went back to the self-signed certificate";
    return {};
}

} // namespace DeskBridge::Sharing
