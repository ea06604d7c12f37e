// deskbridge-bench store [--tickets N] [--dir DIR]
// Fills a fresh store with N tickets (2 comments, 2 tags each) through the repositories, then
// times the queries the console runs first; beside it, the same rows through SQLite's C API
// with the same schema, as the ceiling.
#include "app/Instance.h"
#include "app/services/AccountService.h"
#include "app/services/UserService.h"
#include "models/domain/Clock.h"
#include "models/store/Migrator.h"
#include "models/store/TicketRepository.h"
#include "models/store/Transaction.h"
#include "tests/bench/Benches.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <sqlite3.h>

namespace DeskBridge::Bench {

using namespace Domain;

namespace {
const char *const kWords[] = {"kettle",   "toaster", "mixer",     "warranty", "broken", "leaks",
                              "delivery", "invoice", "refund",    "display",  "cable",  "noise",
                              "garantie", "defekt",  "lieferung", "rechnung"};
constexpr int kWordCount = int(sizeof(kWords) / sizeof(kWords[0]));

// Text with a realistic spread: one word in five from a small product vocabulary, the rest
// from 20,000 other words, so a search for a product word hits a few percent of the tickets.
QString words(QRandomGenerator &rng, int n) {
    QStringList out;
    for (int i = 0; i < n; ++i) {
        if (rng.bounded(5) == 0)
            out << QString::fromLatin1(kWords[rng.bounded(kWordCount)]);
        else
            out << QStringLiteral("w%1").arg(rng.bounded(20000));
    }
    return out.join(QLatin1Char(' '));
}

QString uuid(QRandomGenerator &rng) {
    return QStringLiteral("%1%2%3")
        .arg(rng.generate64(), 16, 16, QLatin1Char('0'))
        .arg(rng.generate64(), 16, 16, QLatin1Char('0'))
        .arg(rng.generate(), 8, 16, QLatin1Char('0'));
}

double ms(const QElapsedTimer &t) {
    return double(t.nsecsElapsed()) / 1e6;
}

// The same rows through the sqlite3 C API: prepared statements, one transaction per batch.
double rawRate(const QString &path, const QString &schemaResource, int tickets, Id requester) {
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON",
                 nullptr, nullptr, nullptr);
    QFile schema(schemaResource);
    schema.open(QIODevice::ReadOnly);
    for (const QString &statement :
         Store::Migrator::splitStatements(QString::fromUtf8(schema.readAll())))
        sqlite3_exec(db, statement.toUtf8().constData(), nullptr, nullptr, nullptr);
    sqlite3_exec(db,
                 "INSERT INTO users (id, name, email, role, created_at, updated_at) VALUES "
                 "(1, 'r', 'r@x.test', 0, 0, 0)",
                 nullptr, nullptr, nullptr);
    Q_UNUSED(requester);
    sqlite3_stmt *ticket = nullptr, *tag = nullptr, *comment = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO tickets (subject, status, priority, type, channel, "
                       "requester_id, created_at, updated_at) VALUES (?, ?, 1, 0, 0, 1, ?, ?)",
                       -1, &ticket, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO ticket_tags (ticket_id, tag) VALUES (?, ?)", -1, &tag,
                       nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO comments (uuid, ticket_id, author_id, body, public, "
                       "created_at) VALUES (?, ?, 1, ?, ?, ?)",
                       -1, &comment, nullptr);
    QRandomGenerator rng(7);
    QElapsedTimer timer;
    timer.start();
    const qint64 base = Clock::nowMs() - qint64(tickets) * 1000;
    for (int i = 0; i < tickets; ++i) {
        if (i % 10000 == 0)
            sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        const QByteArray subject = words(rng, 4).toUtf8();
        sqlite3_bind_text(ticket, 1, subject.constData(), int(subject.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(ticket, 2, int(rng.bounded(6)));
        sqlite3_bind_int64(ticket, 3, base + i * 1000);
        sqlite3_bind_int64(ticket, 4, base + i * 1000);
        sqlite3_step(ticket);
        sqlite3_reset(ticket);
        const sqlite3_int64 id = sqlite3_last_insert_rowid(db);
        for (int k = 0; k < 2; ++k) {
            sqlite3_bind_int64(tag, 1, id);
            sqlite3_bind_text(tag, 2, kWords[(i + k * 7) % kWordCount], -1, SQLITE_STATIC);
            sqlite3_step(tag);
            sqlite3_reset(tag);
            const QByteArray u = uuid(rng).toUtf8();
            const QByteArray body = words(rng, 12).toUtf8();
            sqlite3_bind_text(comment, 1, u.constData(), int(u.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(comment, 2, id);
            sqlite3_bind_text(comment, 3, body.constData(), int(body.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int(comment, 4, k == 0 ? 1 : 0);
            sqlite3_bind_int64(comment, 5, base + i * 1000);
            sqlite3_step(comment);
            sqlite3_reset(comment);
        }
        if (i % 10000 == 9999 || i == tickets - 1)
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double rate = tickets / (ms(timer) / 1000.0);
    sqlite3_finalize(ticket);
    sqlite3_finalize(tag);
    sqlite3_finalize(comment);
    sqlite3_close(db);
    return rate;
}
} // namespace

int store(const QStringList &args) {
    QTextStream out(stdout);
    int tickets = 1000000;
    QString dirArg;
    for (int i = 0; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--tickets"))
            tickets = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--dir"))
            dirArg = args.at(i + 1);
    }
    QTemporaryDir tmp(dirArg.isEmpty()
                          ? QDir::tempPath() + QStringLiteral("/deskbridge-bench-XXXXXX")
                          : dirArg + QStringLiteral("/store-XXXXXX"));
    auto opened = Instance::open(tmp.filePath(QStringLiteral("account")));
    if (!opened) {
        out << "cannot open store: " << opened.error() << Qt::endl;
        return 1;
    }
    Instance &instance = *opened.value();
    const User admin = instance.accounts()
                           .initialize(QStringLiteral("Bench"), Plan::Enterprise,
                                       QStringLiteral("Admin"), QStringLiteral("admin@bench.test"))
                           .value();
    QList<Id> requesters;
    for (int i = 0; i < 100; ++i) {
        User u;
        u.name = QStringLiteral("Customer %1").arg(i);
        u.email = QStringLiteral("customer%1@bench.test").arg(i);
        requesters << instance.users().create(admin, u)->id;
    }

    out << "store: " << tickets << " tickets, 2 comments and 2 tags each (WAL, FTS5 on subject "
        << "and comments)" << Qt::endl;
    Store::TicketRepository repo(instance.database());
    QRandomGenerator rng(42);
    const qint64 base = Clock::nowMs() - qint64(tickets) * 1000;
    QElapsedTimer timer;
    timer.start();
    for (int start = 0; start < tickets; start += 10000) {
        Store::Transaction tx(instance.database());
        const int end = std::min(tickets, start + 10000);
        for (int i = start; i < end; ++i) {
            Ticket t;
            t.subject = words(rng, 4);
            t.status = TicketStatus(rng.bounded(6));
            t.requesterId = requesters.at(i % requesters.size());
            t.createdAt = t.updatedAt = Clock::fromMs(base + qint64(i) * 1000);
            t.tags = {QString::fromLatin1(kWords[i % kWordCount]),
                      QString::fromLatin1(kWords[(i + 7) % kWordCount])};
            const Id id = repo.insert(t).value();
            for (int k = 0; k < 2; ++k) {
                Comment c;
                c.uuid = uuid(rng);
                c.ticketId = id;
                c.authorId = admin.id;
                c.body = words(rng, 12);
                c.isPublic = k == 0;
                c.createdAt = t.createdAt;
                (void)repo.insertComment(c);
            }
        }
        if (Status s = tx.commit(); !s) {
            out << "commit failed: " << s.error() << Qt::endl;
            return 1;
        }
    }
    const double oursRate = tickets / (ms(timer) / 1000.0);
    const double rawRateValue =
        rawRate(tmp.filePath(QStringLiteral("raw.sqlite")),
                QStringLiteral(":/migrations/0001_initial.sql"), tickets, 1);
    out << QStringLiteral("  bulk insert (repositories, QtSql): %1 tickets/s   (target >= 50000)")
               .arg(oursRate, 0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("  bulk insert (raw sqlite3 C API):   %1 tickets/s   (same rows, "
                          "same schema)")
               .arg(rawRateValue, 0, 'f', 0)
        << Qt::endl;

    // Cold-ish: a fresh connection, as the console opens it.
    opened.value().reset();
    auto reopened = Instance::open(tmp.filePath(QStringLiteral("account")));
    Store::TicketRepository reader(reopened.value()->database());
    Store::TicketQuery unsolved;
    unsolved.where = QStringLiteral("t.status < 4");
    unsolved.sort = Store::TicketSort::Updated;
    timer.restart();
    const int count = reader.count(unsolved);
    const double countMs = ms(timer);
    timer.restart();
    const auto first = reader.page(unsolved, 0, 100);
    const double pageMs = ms(timer);
    Store::TicketQuery search;
    search.search = QStringLiteral("garantie defekt");
    timer.restart();
    const auto hits = reader.page(search, 0, 50);
    const double searchMs = ms(timer);
    out << QStringLiteral("  count all unsolved: %1 ms (%2 tickets)   (target < 100 ms)")
               .arg(countMs, 0, 'f', 1)
               .arg(count)
        << Qt::endl;
    out << QStringLiteral(
               "  first 100 of all unsolved by updated: %1 ms (%2 rows)   (target < 50 ms)")
               .arg(pageMs, 0, 'f', 1)
               .arg(first.size())
        << Qt::endl;
    out << QStringLiteral("  full-text search top 50 \"garantie defekt\": %1 ms (%2 rows)   "
                          "(target < 50 ms)")
               .arg(searchMs, 0, 'f', 1)
               .arg(hits.size())
        << Qt::endl;
    return 0;
}

} // namespace DeskBridge::Bench
