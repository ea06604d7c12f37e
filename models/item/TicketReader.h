#pragma once
// TicketReader: runs the ticket list reads (counts and pages) on a worker thread with its own
// SQLite connection, so the console never waits on a long query: a COUNT over a million
// tickets or an OFFSET deep into a view runs while the window keeps painting.
//
//   GUI thread                         worker thread (own connection, WAL reader)
//   ----------                         ------------------------------------------
//   requestCount/requestPage ──queue──► takes the newest request of the highest priority
//   cancel(id) removes a queued one     runs TicketRepository::count / page
//   countFinished / pageFinished ◄──── emits (queued back to the GUI thread)
//
// Newest-first matters when scrolling: the page the user looks at now is read before the pages
// they scrolled past. Pages past the middle of a list are read in reverse order from the end,
// so the last page of a million rows costs what the first one does; adjacent pages asked for
// together are read in one query.
#include "models/domain/Entities.h"
#include "models/store/TicketQuery.h"

#include <QMutex>
#include <QObject>
#include <QWaitCondition>
#include <deque>
#include <memory>

class QThread;

namespace DeskBridge::Models {

class TicketReader : public QObject {
    Q_OBJECT
public:
    // Urgent requests (what the user is looking at) run before background ones (sidebar counts).
    enum class Priority { Background = 0, Visible = 1 };

    explicit TicketReader(QString databasePath, QObject *parent = nullptr);
    ~TicketReader() override;

    // Each returns a request id that the matching *Finished signal carries.
    quint64 requestCount(const Store::TicketQuery &query, Priority priority = Priority::Visible);
    // `total` (the list's current count, or -1) lets pages past the middle be read backwards.
    quint64 requestPage(const Store::TicketQuery &query, int offset, int limit, int total,
                        Priority priority = Priority::Visible);
    // Drops a request that has not started yet; true when it will never be answered.
    bool cancel(quint64 request);

    QString databasePath() const { return m_path; }

Q_SIGNALS:
    void countFinished(quint64 request, int count);
    void pageFinished(quint64 request, int offset,
                      const QList<DeskBridge::Domain::TicketRow> &rows);
    // The worker could not open its connection; every later request is answered empty.
    void failed(const QString &message);

private:
    enum class Kind { Count, Page };
    struct Request {
        quint64 id = 0;
        Kind kind = Kind::Count;
        Priority priority = Priority::Visible;
        Store::TicketQuery query;
        int offset = 0;
        int limit = 0;
        int total = -1;
    };
    quint64 enqueue(Request request);
    // The next request to run, with the queued pages of the same list right next to it (one
    // deep OFFSET scan for the two or three pages a view shows, not one scan each).
    bool takeNext(QList<Request> &out);
    void run();

    QString m_path;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Request> m_queue;
    quint64 m_nextId = 1;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace DeskBridge::Models
