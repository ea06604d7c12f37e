#include "models/item/TicketReader.h"

#include "models/store/Database.h"
#include "models/store/TicketRepository.h"

#include <QThread>
#include <algorithm>

namespace DeskBridge::Models {

TicketReader::TicketReader(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath)) {
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("TicketReader"));
    m_thread->start();
}

TicketReader::~TicketReader() {
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_wake.wakeAll();
    m_thread->wait();
}

quint64 TicketReader::enqueue(Request request) {
    QMutexLocker lock(&m_mutex);
    request.id = m_nextId++;
    const quint64 id = request.id;
    m_queue.push_back(std::move(request));
    m_wake.wakeOne();
    return id;
}

quint64 TicketReader::requestCount(const Store::TicketQuery &query, Priority priority) {
    Request r;
    r.kind = Kind::Count;
    r.priority = priority;
    r.query = query;
    return enqueue(std::move(r));
}

quint64 TicketReader::requestPage(const Store::TicketQuery &query, int offset, int limit, int total,
                                  Priority priority) {
    Request r;
    r.kind = Kind::Page;
    r.priority = priority;
    r.query = query;
    r.offset = offset;
    r.limit = limit;
    r.total = total;
    return enqueue(std::move(r));
}

bool TicketReader::cancel(quint64 request) {
    QMutexLocker lock(&m_mutex);
    const auto it = std::find_if(m_queue.begin(), m_queue.end(),
                                 [request](const Request &r) { return r.id == request; });
    if (it == m_queue.end())
        return false;
    m_queue.erase(it);
    return true;
}

bool TicketReader::takeNext(Request &out) {
    QMutexLocker lock(&m_mutex);
    while (m_queue.empty() && !m_stopping)
        m_wake.wait(&m_mutex);
    if (m_stopping)
        return false;
    // The newest request of the highest priority: what the user asked for last.
    auto best = m_queue.end();
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it)
        if (best == m_queue.end() || it->priority >= best->priority)
            best = it;
    out = std::move(*best);
    m_queue.erase(best);
    return true;
}

void TicketReader::run() {
    Store::Database db;
    const Status opened = db.openRaw(m_path);
    if (!opened)
        Q_EMIT failed(opened.error());
    Store::TicketRepository tickets(db);
    Request r;
    while (takeNext(r)) {
        if (r.kind == Kind::Count) {
            Q_EMIT countFinished(r.id, opened ? tickets.count(r.query) : 0);
            continue;
        }
        QList<Domain::TicketRow> rows;
        if (opened) {
            const bool backwards = r.total > 0 && r.offset > r.total / 2 && r.offset < r.total;
            if (backwards) {
                // The same order reversed (the id tie-break flips too), read from the end.
                const int count = std::min(r.limit, r.total - r.offset);
                Store::TicketQuery reversed = r.query;
                reversed.descending = !reversed.descending;
                rows = tickets.page(reversed, r.total - r.offset - count, count);
                std::reverse(rows.begin(), rows.end());
            } else {
                rows = tickets.page(r.query, r.offset, r.limit);
            }
        }
        Q_EMIT pageFinished(r.id, r.offset, rows);
    }
}

} // namespace DeskBridge::Models
