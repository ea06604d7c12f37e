#include "app/sharing/FetchCertificateJob.h"
#include "app/sharing/NhdCodec.h" // lcSharing

#include <QSslConfiguration>
#include <QSslSocket>

namespace DeskBridge::Sharing {

// ---- FetchCertificateJob
// -------------------------------------------------------------------------

FetchCertificateJob::FetchCertificateJob(const QUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        CertificateProbeResult r;
        r.message = tr("%1 did not complete a TLS handshake within %2 s.")
                        .arg(m_url.host())
                        .arg(QString::number(double(m_timeout.count()) / 1000.0, 'g', 3));
        finish(r);
    });
}

FetchCertificateJob::~FetchCertificateJob() {
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void FetchCertificateJob::start() {
    if (m_socket || m_finished)
        return;
    if (!m_url.isValid() || m_url.scheme() != u"https" || m_url.host().isEmpty()) {
        CertificateProbeResult r;
        r.message = tr("%1 is not an https:// URL.").arg(m_url.toDisplayString());
        QMetaObject::invokeMethod(
            this, [this, r] { finish(r); }, Qt::QueuedConnection);
        return;
    }
    m_socket = new QSslSocket(this);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    m_socket->setSslConfiguration(ssl);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_problems.append(e.errorString());
        m_socket->ignoreSslErrors(); // we only read the certificate; nothing is sent
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        CertificateProbeResult r;
        r.ok = true;
        r.certificate = m_socket->peerCertificate();
        r.fingerprint = TlsIdentity::fingerprintOf(r.certificate);
        m_problems.removeDuplicates();
        r.problems = m_problems;
        r.trustedBySystem = m_problems.isEmpty();
        m_socket->disconnectFromHost();
        finish(r);
    });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this] {
        if (m_finished)
            return;
        CertificateProbeResult r;
        r.message = tr("Could not read the certificate of %1: %2")
                        .arg(m_url.host(), m_socket->errorString());
        finish(r);
    });
    m_timer.start(m_timeout);
    m_socket->connectToHostEncrypted(m_url.host(), quint16(m_url.port(443)));
}

void FetchCertificateJob::abort() {
    if (m_finished)
        return;
    CertificateProbeResult r;
    r.message = tr("Cancelled.");
    finish(r);
}

void FetchCertificateJob::finish(CertificateProbeResult result) {
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState && !result.ok)
        m_socket->abort();
    m_result = std::move(result);
    qCInfo(lcSharing).noquote() << "certificate of" << m_url.toDisplayString() << ":"
                                << (m_result.ok ? m_result.fingerprint : m_result.message);
    Q_EMIT finished(m_result);
}

FetchCertificateJob *fetchCertificate(const QUrl &url, QObject *parent) {
    auto *job = new FetchCertificateJob(url, parent);
    QObject::connect(job, &FetchCertificateJob::finished, job, &QObject::deleteLater);
    job->start();
    return job;
}

} // namespace DeskBridge::Sharing
