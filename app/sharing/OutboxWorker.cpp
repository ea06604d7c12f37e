#include "app/sharing/OutboxWorker.h"

#include "app/sharing/Backoff.h"
#include "app/sharing/NhdCodec.h"
#include "app/sharing/SharingJob.h"
#include "models/domain/Clock.h"
#include "models/store/ChangeHub.h"
#include "models/store/Database.h"
#include "models/store/Transaction.h"

#include <QNetworkAccessManager>
#include <QUrl>

namespace DeskBridge::Sharing {

using namespace Domain;

OutboxWorker::OutboxWorker(Store::Database &db, Store::ChangeHub &hub, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_hub(hub)
    , m_repo(db) {
    m_due.setSingleShot(true);
    connect(&m_due, &QTimer::timeout, this, &OutboxWorker::schedule);
    m_poll.setInterval(200);
    connect(&m_poll, &QTimer::timeout, this, &OutboxWorker::poll);
}

OutboxWorker::~OutboxWorker() {
    stop();
}

void OutboxWorker::setPollInterval(std::chrono::milliseconds interval) {
    m_poll.setInterval(int(interval.count()));
}

void OutboxWorker::start() {
    if (m_running)
        return;
    m_running = true;
    m_dataVersion = m_db.dataVersion();
    m_poll.start();
    schedule();
}

void OutboxWorker::stop() {
    m_running = false;
    m_poll.stop();
    m_due.stop();
    const auto jobs = m_jobs.keys();
    m_jobs.clear();
    for (SharingJob *job : jobs) {
        disconnect(job, nullptr, this, nullptr);
        job->abort();
        job->deleteLater();
    }
    for (const Pool &p : std::as_const(m_pools))
        delete p.manager;
    m_pools.clear();
}

void OutboxWorker::wake() {
    if (m_running)
        schedule();
}

void OutboxWorker::poll() {
    // Rows committed by another connection (the GUI's, the CLI's) show as a new data_version.
    const qint64 v = m_db.dataVersion();
    if (v != m_dataVersion) {
        m_dataVersion = v;
        schedule();
    }
}

QNetworkAccessManager *OutboxWorker::managerFor(const Agreement &agreement) {
    Pool &pool = m_pools[agreement.id];
    if (pool.manager && pool.pin != agreement.certFingerprint) {
        pool.manager->deleteLater();
        pool.manager = nullptr;
    }
    if (!pool.manager) {
        pool.manager = new QNetworkAccessManager(this);
        pool.pin = agreement.certFingerprint;
    }
    return pool.manager;
}

void OutboxWorker::schedule() {
    if (!m_running)
        return;
    if (m_scheduling) { // called again from inside (a job that finished synchronously)
        m_again = true;
        return;
    }
    m_scheduling = true;
    do {
        m_again = false;
        QSet<Id> busy;
        for (const InFlight &f : std::as_const(m_jobs))
            busy.insert(f.agreementId);
        const QDateTime now = Clock::now();
        for (const OutboxMessage &m : m_repo.dueHeads(now)) {
            if (busy.contains(m.agreementId))
                continue;
            const auto agreement = m_repo.agreement(m.agreementId);
            if (!agreement || agreement->isPaused())
                continue; // an admin must fix the certificate or the token, then retry
            busy.insert(m.agreementId);
            startJob(m, *agreement);
        }
    } while (m_again && m_running);
    m_scheduling = false;
    if (!m_running)
        return;
    // Sleep until the next head that is not due yet (paused agreements are woken by retry()).
    m_due.stop();
    if (const auto next = m_repo.nextDueTime()) {
        const qint64 wait = Clock::now().msecsTo(*next);
        if (wait > 0)
            m_due.start(int(std::min<qint64>(wait, 5 * 60 * 1000)));
    }
    if (m_jobs.isEmpty())
        Q_EMIT idle();
}

void OutboxWorker::startJob(const OutboxMessage &m, const Agreement &agreement) {
    QString base = agreement.partnerUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QUrl url(base + m.path);
    // An invite travels without a token (its body carries the key), like Zendesk's.
    const bool invite =
        m.method == QLatin1String("POST") && m.path.startsWith(QLatin1String("/agreements/"));
    const QByteArray token =
        invite ? QByteArray() : NhdCodec::formatToken(agreement.uuid, agreement.accessKey.toUtf8());
    auto *job =
        new SharingJob(m.method.toLatin1(), url, m.body, token, agreement.certFingerprint, this);
    job->setTimeout(m_jobTimeout);
    job->setNetworkAccessManager(managerFor(agreement));
    if (!m_extraCa.isEmpty())
        job->setExtraCaCertificates(m_extraCa);
    m_jobs.insert(job, {m.id, agreement.id});
    connect(job, &SharingJob::finished, this,
            [this, job](const SharingJobResult &result) { onFinished(job, result); });
    qCDebug(lcSharing).noquote() << "agreement" << agreement.uuid << m.method << m.path;
    job->start();
}

void OutboxWorker::onFinished(SharingJob *job, const SharingJobResult &result) {
    job->deleteLater();
    const InFlight f = m_jobs.take(job);
    if (!f.messageId)
        return;
    const auto message = m_repo.message(f.messageId);
    auto agreement = m_repo.agreement(f.agreementId);
    if (!message || !agreement) {
        schedule();
        return;
    }
    const QDateTime now = Clock::now();
    std::optional<TicketShare> share;
    if (message->ticketShareId)
        share = m_repo.share(message->ticketShareId);
    bool agreementChanged = false;
    bool done = false;
    const QString why =
        result.message.isEmpty() ? SharingJobResult::outcomeName(result.outcome) : result.message;
    qCDebug(lcSharing).noquote() << "agreement" << agreement->uuid << message->method
                                 << message->path << "->" << result.httpStatus
                                 << SharingJobResult::outcomeName(result.outcome);

    Store::Transaction tx(m_db);
    if (!tx.isActive()) {
        // The database is busy beyond the timeout: the message stays queued; try again soon.
        m_due.start(1000);
        return;
    }
    QString writeError;
    auto check = [&](const Status &st) {
        if (!st && writeError.isEmpty())
            writeError = st.error();
    };
    auto enterState = [&](AgreementStatus state) {
        if (!Agreement::isDeliveryState(agreement->status))
            agreement->wireStatus = agreement->status;
        agreement->status = state;
        agreement->statusReason = why;
        agreement->lastError = why;
        agreement->updatedAt = now;
        agreementChanged = true;
    };
    switch (result.outcome) {
    case JobOutcome::Done:
        done = true;
        check(m_repo.markDone(message->id));
        if (share && share->syncState != SyncState::Delivered &&
            m_repo.queueLengthOfShare(share->id) == 0) {
            share->syncState = SyncState::Delivered;
            share->lastError.clear();
        }
        if (!agreement->lastError.isEmpty() || agreement->status == AgreementStatus::Failed) {
            if (agreement->status == AgreementStatus::Failed)
                agreement->status = agreement->wireStatus;
            agreement->lastError.clear();
            agreement->statusReason.clear();
            agreementChanged = true;
        }
        break;
    case JobOutcome::Retry: {
        const int attempts = message->attempts + 1;
        const auto wait = Backoff::delay(attempts, result.retryAfter);
        check(m_repo.reschedule(message->id, attempts, now.addMSecs(wait.count()), why));
        if (agreement->lastError != why) {
            agreement->lastError = why;
            agreementChanged = true;
        }
        if (share) {
            share->syncState = SyncState::Pending;
            share->lastError = why;
        }
        break;
    }
    case JobOutcome::ConfigurationError:
        enterState(AgreementStatus::ConfigurationError);
        if (share)
            share->lastError = why;
        break;
    case JobOutcome::SslError:
        enterState(AgreementStatus::SslError);
        if (share)
            share->lastError = why;
        break;
    case JobOutcome::Orphaned:
        check(m_repo.markFailed(message->id, why));
        if (share) {
            share->state = ShareState::Orphaned;
            share->syncState = SyncState::Failed;
            share->lastError = why;
        } else {
            enterState(AgreementStatus::Failed);
        }
        break;
    case JobOutcome::Failed:
        check(m_repo.markFailed(message->id, why));
        if (share) {
            share->syncState = SyncState::Failed;
            share->lastError = why;
        } else {
            enterState(AgreementStatus::Failed);
        }
        break;
    }
    if (share) {
        share->updatedAt = now;
        check(m_repo.updateShare(*share));
    }
    if (agreementChanged)
        check(m_repo.updateAgreement(*agreement));
    if (!writeError.isEmpty()) {
        tx.rollback(); // the message stays queued as it was; try again soon
        qCWarning(lcSharing).noquote() << "outbox result not saved:" << writeError;
        m_due.start(1000);
        return;
    }
    if (Status s = tx.commit(); !s) {
        qCWarning(lcSharing).noquote() << "outbox result not saved:" << s.error();
        m_due.start(1000);
        return;
    }
    m_dataVersion = m_db.dataVersion(); // our own commit is no news
    if (agreementChanged)
        Q_EMIT m_hub.agreementsChanged();
    if (share)
        Q_EMIT m_hub.ticketChanged(share->ticketId);
    Q_EMIT delivered(message->id, result.httpStatus, done);
    schedule();
}

} // namespace DeskBridge::Sharing
