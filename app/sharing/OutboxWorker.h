#pragma once
// OutboxWorker: delivers the outbox, each agreement's queue in order, one request at a time per
// agreement (a failing head blocks only its own agreement), with SharingJob (DESIGN.md §6).
//
//   wake() / data_version changed / due timer ──► schedule()
//     for each due head (SharingRepository::dueHeads) of an agreement that is not paused and
//     has no request in flight:  SharingJob(method, partnerUrl + path, body, token, pin)
//                                      │ finished(result)
//                                      ▼
//   onFinished ─ one transaction ─► Done ............ markDone, share delivered
//                                   Retry ........... attempts+1, next = now + Backoff
//                                   ConfigurationError agreement configuration_error (paused)
//                                   SslError ........ agreement ssl_error (paused)
//                                   Orphaned ........ share orphaned, message failed
//                                   Failed .......... message failed with the partner's words
//              └─► schedule() again (the next head goes at once: no waiting, no busy loop)
//
// Nothing is lost when the process dies: a message is marked done only after its 2xx, so at
// worst it is sent again, and receivers are idempotent.
#include "models/domain/Sharing.h"
#include "models/store/SharingRepository.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

#include <chrono>

class QNetworkAccessManager;

namespace DeskBridge::Store {
class Database;
class ChangeHub;
} // namespace DeskBridge::Store

namespace DeskBridge::Sharing {

class SharingJob;
struct SharingJobResult;

class OutboxWorker : public QObject {
    Q_OBJECT
public:
    OutboxWorker(Store::Database &db, Store::ChangeHub &hub, QObject *parent = nullptr);
    ~OutboxWorker() override;

    // Starts delivering (and polling data_version for other connections' rows).
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // How often data_version is polled for rows that other connections committed.
    void setPollInterval(std::chrono::milliseconds interval);
    void setJobTimeout(std::chrono::milliseconds timeout) { m_jobTimeout = timeout; }
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) {
        m_extraCa = certificates;
    }
    int inFlight() const { return int(m_jobs.size()); }

public Q_SLOTS:
    // New rows were committed: look now.
    void wake();

Q_SIGNALS:
    // After each delivery attempt (for tests and the UI's status line).
    void delivered(qint64 messageId, int httpStatus, bool done);
    void idle();

private:
    void schedule();
    void startJob(const Domain::OutboxMessage &message, const Domain::Agreement &agreement);
    void onFinished(SharingJob *job, const SharingJobResult &result);
    void poll();
    QNetworkAccessManager *managerFor(const Domain::Agreement &agreement);

    Store::Database &m_db;
    Store::ChangeHub &m_hub;
    Store::SharingRepository m_repo;
    QTimer m_due;
    QTimer m_poll;
    bool m_running = false;
    bool m_scheduling = false;
    bool m_again = false;
    qint64 m_dataVersion = -1;
    std::chrono::milliseconds m_jobTimeout{30000};
    QList<QSslCertificate> m_extraCa;
    struct InFlight {
        qint64 messageId = 0;
        Domain::Id agreementId = 0;
    };
    QHash<SharingJob *, InFlight> m_jobs;
    // One connection pool per agreement and pin: a reused connection is not verified again, so
    // it is only ever shared by requests with the same pin.
    struct Pool {
        QString pin;
        QNetworkAccessManager *manager = nullptr;
    };
    QHash<Domain::Id, Pool> m_pools;
};

} // namespace DeskBridge::Sharing
