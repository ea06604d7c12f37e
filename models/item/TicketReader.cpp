#include "models/item/TicketReader.h"

#include "models/store/Database.h"
#include "models/store/TicketRepository.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>
#include <algorithm>

Q_LOGGING_CATEGORY(lcReader, "deskbridge.reader", QtWarningMsg)

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

namespace {
constexpr int kMaxMergedPages = 4;

bool sameList(const Store::TicketQuery &a, const Store::TicketQuery &b) {
    return a.where == b.where && a.binds == b.binds && a.search == b.search &&
           a.visibleTo == b.visibleTo && a.sort == b.sort && a.descending == b.descending;
}
} // namespace

bool TicketReader::takeNext(QList<Request> &out) {
    out.clear();
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
    out.append(std::move(*best));
    m_queue.erase(best);
    if (out.first().kind != Kind::Page)
        return true;
    int low = out.first().offset;
    int high = low + out.first().limit;
    for (bool grew = true; grew && out.size() < kMaxMergedPages;) {
        grew = false;
        for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
            if (it->kind != Kind::Page || it->total != out.first().total ||
                !sameList(it->query, out.first().query))
                continue;
            if (it->offset == high || it->offset + it->limit == low) {
                low = std::min(low, it->offset);
                high = std::max(high, it->offset + it->limit);
                out.append(std::move(*it));
                m_queue.erase(it);
                grew = true;
                break;
            }
        }
    }
    return true;
}

void TicketReader::run() {
    Store::Database db;
    const Status opened = db.openRaw(m_path);
    if (!opened)
        Q_EMIT failed(opened.error());
    Store::TicketRepository tickets(db);
    QList<Request> batch;
    QElapsedTimer timer;
    while (takeNext(batch)) {
        timer.start();
        const Request &first = batch.first();
        if (first.kind == Kind::Count) {
            const int n = opened ? tickets.count(first.query) : 0;
            qCDebug(lcReader) << "count" << first.id << n << "in" << timer.elapsed() << "ms";
            Q_EMIT countFinished(first.id, n);
            continue;
        }
        int low = first.offset, high = first.offset + first.limit;
        for (const Request &r : batch) {
            low = std::min(low, r.offset);
            high = std::max(high, r.offset + r.limit);
        }
        QList<Domain::TicketRow> rows;
        const int total = first.total;
        if (opened) {
            const bool backwards = total > 0 && low > total / 2 && low < total;
            if (backwards) {
                // The same order reversed (the id tie-break flips too), read from the end.
                const int count = std::min(high, total) - low;
                Store::TicketQuery reversed = first.query;
                reversed.descending = !reversed.descending;
                rows = tickets.page(reversed, total - low - count, count);
                std::reverse(rows.begin(), rows.end());
            } else {
                rows = tickets.page(first.query, low, high - low);
            }
        }
        qCDebug(lcReader) << "pages" << batch.size() << "offset" << low << "rows" << rows.size()
                          << "in" << timer.elapsed() << "ms";
        for (const Request &r : batch)
            Q_EMIT pageFinished(r.id, r.offset, rows.mid(r.offset - low, r.limit));
    }
}

} // namespace DeskBridge::Models
