#pragma once
// SharingHost: runs an account's sharing service — the HTTPS server (/sharing and
// /api/v2/sharing_agreements) and the OutboxWorker — in its own QThread with its own Instance
// (a second connection to the same data directory), so the GUI thread never waits on the
// network. The GUI's Instance sees the thread's writes through watchExternalChanges().
//
//   GUI thread                         sharing thread
//   SharingHost::start(listen, url) ─► SharingHostCore::init: open Instance, TlsIdentity
//        (blocks until listening)        (made on first run), HttpsServer.listen, handlers,
//                                        OutboxWorker.start, account.public_url/listen_address
//   SharingService::outboxChanged ──► OutboxWorker::wake (queued)
//   SharingHost::stop() ─────────────► SharingHostCore::shutdown, thread quits
#include "models/domain/Result.h"

#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QThread>

namespace DeskBridge::Sharing {

class SharingHostCore;
class SharingService;

class SharingHost : public QObject {
    Q_OBJECT
public:
    explicit SharingHost(QString dataDir, QObject *parent = nullptr);
    ~SharingHost() override;

    // `listenAddress` "127.0.0.1:8443", "[::1]:0", "0.0.0.0:8443" (port 0 picks a free one);
    // `publicUrl` the URL partners use (default https://<host>:<port>/sharing). Both are stored
    // in the account row. Blocks until the server listens or failed.
    Status start(const QString &listenAddress, const QString &publicUrl = {});
    void stop();
    bool isRunning() const { return m_running; }
    // Stops and starts again on the same port and URL, e.g. to present a newly installed
    // certificate. An error when it was not running or does not start again.
    Status restart();
    // The host running in this process for the account in `dataDir`, if any (the console's;
    // the Admin Center restarts it after a certificate change). GUI thread only.
    static SharingHost *runningFor(const QString &dataDir);

    QString sharingUrl() const { return m_sharingUrl; }
    QString fingerprint() const { return m_fingerprint; }
    quint16 port() const { return m_port; }
    // Wakes the worker whenever `service` (e.g. the GUI Instance's) committed outbox rows.
    void link(SharingService &service);
    // Tests: delivery timeout of the worker.
    void setJobTimeoutMs(int ms) { m_jobTimeoutMs = ms; }

Q_SIGNALS:
    void wakeWorker();

private:
    QString m_dataDir;
    QString m_listenAddress;
    QString m_publicUrl;
    QThread m_thread;
    SharingHostCore *m_core = nullptr;
    bool m_running = false;
    QString m_sharingUrl;
    QString m_fingerprint;
    quint16 m_port = 0;
    int m_jobTimeoutMs = 30000;
};

} // namespace DeskBridge::Sharing
