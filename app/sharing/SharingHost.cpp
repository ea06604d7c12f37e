#include "app/sharing/SharingHost.h"

#include "app/sharing/SharingHostCore.h"
#include "app/sharing/SharingService.h"

#include <QDir>

namespace DeskBridge::Sharing {

namespace {
// The running hosts of this process (usually one; two in the demo).
QList<SharingHost *> &runningHosts() {
    static QList<SharingHost *> hosts;
    return hosts;
}

QString canonicalDir(const QString &dir) {
    return QDir::cleanPath(QDir(dir).absolutePath());
}
} // namespace

SharingHost::SharingHost(QString dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir)) {
    m_thread.setObjectName(QStringLiteral("sharing"));
}

SharingHost::~SharingHost() {
    stop();
}

Status SharingHost::start(const QString &listenAddress, const QString &publicUrl) {
    if (m_running)
        return {};
    m_core = new SharingHostCore;
    m_core->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_core, &QObject::deleteLater);
    connect(this, &SharingHost::wakeWorker, m_core, &SharingHostCore::wake, Qt::QueuedConnection);
    m_thread.start();
    std::optional<Result<HostStarted>> started;
    const QString dir = m_dataDir;
    const int timeout = m_jobTimeoutMs;
    QMetaObject::invokeMethod(
        m_core, [&] { started = m_core->init(dir, listenAddress, publicUrl, timeout); },
        Qt::BlockingQueuedConnection);
    if (!started || !*started) {
        const QString why = started ? started->error() : tr("The sharing service did not start.");
        QMetaObject::invokeMethod(
            m_core, [this] { m_core->shutdown(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        m_core = nullptr;
        return Status::failure(why);
    }
    m_sharingUrl = (*started)->sharingUrl;
    m_fingerprint = (*started)->fingerprint;
    m_port = (*started)->port;
    m_listenAddress = listenAddress;
    m_publicUrl = publicUrl;
    m_running = true;
    runningHosts().append(this);
    return {};
}

Status SharingHost::restart() {
    if (!m_running)
        return Status::failure(tr("The sharing service is not running."));
    // Port 0 picked a free port: keep that one, partners know it.
    QString listen = m_listenAddress;
    QString host;
    quint16 port = 0;
    if (SharingHostCore::parseListen(listen, &host, &port) && port == 0)
        listen = listen.left(listen.lastIndexOf(QLatin1Char(':')) + 1) + QString::number(m_port);
    const QString publicUrl = m_publicUrl;
    stop();
    return start(listen, publicUrl);
}

SharingHost *SharingHost::runningFor(const QString &dataDir) {
    const QString wanted = canonicalDir(dataDir);
    for (SharingHost *h : std::as_const(runningHosts())) {
        if (canonicalDir(h->m_dataDir) == wanted)
            return h;
    }
    return nullptr;
}

void SharingHost::stop() {
    if (!m_running)
        return;
    m_running = false;
    runningHosts().removeAll(this);
    QMetaObject::invokeMethod(
        m_core, [core = m_core] { core->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_core = nullptr;
}

void SharingHost::link(SharingService &service) {
    connect(&service, &SharingService::outboxChanged, this, &SharingHost::wakeWorker,
            Qt::UniqueConnection);
}

} // namespace DeskBridge::Sharing
