#include "app/sharing/SharingHost.h"

#include "app/sharing/SharingHostCore.h"
#include "app/sharing/SharingService.h"

namespace DeskBridge::Sharing {

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
    m_running = true;
    return {};
}

void SharingHost::stop() {
    if (!m_running)
        return;
    m_running = false;
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
