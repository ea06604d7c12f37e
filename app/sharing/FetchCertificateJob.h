#pragma once
// FetchCertificateJob: reads the certificate a partner presents, without sending a request, for
// "trust on first use after the admin confirms the fingerprint": connect, complete the TLS
// handshake, report the leaf certificate, its SHA-256 fingerprint and whether a system CA vouches
// for it, close.
#include "app/sharing/TlsIdentity.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QSslSocket;

namespace DeskBridge::Sharing {

struct CertificateProbeResult {
    bool ok = false;
    QSslCertificate certificate;  // the leaf
    QString fingerprint;          // its SHA-256, "AB:CD:..."
    bool trustedBySystem = false; // a system CA vouches for it (and the host name matches)
    QStringList problems;         // what the system check said, for the admin to read
    QString message;              // when !ok: why no certificate could be read
};

// Connects, completes the TLS handshake, reads the certificate and closes: no HTTP request is
// sent. For "trust on first use after the admin confirms the fingerprint".
class FetchCertificateJob : public QObject {
    Q_OBJECT
public:
    explicit FetchCertificateJob(const QUrl &url, QObject *parent = nullptr);
    ~FetchCertificateJob() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void start();
    void abort();
    bool isFinished() const { return m_finished; }
    const CertificateProbeResult &result() const { return m_result; }

Q_SIGNALS:
    void finished(const DeskBridge::Sharing::CertificateProbeResult &result);

private:
    void finish(CertificateProbeResult result);

    QUrl m_url;
    std::chrono::milliseconds m_timeout{30000};
    QPointer<QSslSocket> m_socket;
    QTimer m_timer;
    QStringList m_problems;
    bool m_finished = false;
    CertificateProbeResult m_result;
};

// Creates and starts a FetchCertificateJob; it deletes itself after finished().
FetchCertificateJob *fetchCertificate(const QUrl &url, QObject *parent = nullptr);

} // namespace DeskBridge::Sharing

Q_DECLARE_METATYPE(DeskBridge::Sharing::CertificateProbeResult)
