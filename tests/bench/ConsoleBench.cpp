// deskbridge-bench console [--tickets N] [--cache-dir DIR]
// The console over a big account: how long from opening the data directory until the list of
// a view of N tickets shows its first rows, how long until the last row shows after jumping to
// the end, a jump to the middle, a re-sort and a search, and the peak memory (VmHWM).
// Targets for N = 1,000,000: populated < 1.5 s, end < 1 s, peak < 300 MB. Nothing is asserted.
// The store is made once through the repositories (one transaction per 10,000 tickets) and kept
// in the cache folder for later runs. Needs a display, or QT_QPA_PLATFORM=offscreen.
#include "tests/bench/Benches.h"

#include "app/Instance.h"
#include "app/services/AccountService.h"
#include "app/services/GroupService.h"
#include "app/services/UserService.h"
#include "models/item/TicketTableModel.h"
#include "models/item/ViewListModel.h"
#include "models/store/OrganizationRepository.h"
#include "models/store/TicketRepository.h"
#include "models/store/Transaction.h"
#include "models/store/UserRepository.h"
#include "ui/GuiMain.h"
#include "ui/MainWindow.h"
#include "ui/agent/AgentConsole.h"
#include "ui/agent/TicketListPane.h"
#include "ui/agent/ViewSidebar.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

namespace DeskBridge::Bench {

namespace {

using Models::TicketTableModel;

constexpr int kBatch = 10000;
constexpr int kAgents = 20;
constexpr int kGroups = 6;
constexpr int kOrganizations = 300;
constexpr int kRequesters = 20000;

QTextStream &out() {
    static QTextStream s(stdout);
    return s;
}

QString peakRss() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("n/a");
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    return QStringLiteral("n/a");
}

// Runs the event loop until `done` holds, looking every 2 ms (sleeping in between, so the
// measuring does not eat the CPU the reader thread needs); the milliseconds it took, or -1.
template <typename F> qint64 waitUntil(F done, qint64 limitMs = 120000) {
    QElapsedTimer t;
    t.start();
    if (done())
        return 0;
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done() || t.elapsed() > limitMs)
            loop.quit();
    });
    tick.start(2);
    loop.exec();
    return done() ? t.elapsed() : -1;
}

QString ms(qint64 v) {
    return v < 0 ? QStringLiteral("timed out") : QStringLiteral("%1 ms").arg(v);
}

bool generate(const QString &dir, int tickets) {
    QElapsedTimer timer;
    timer.start();
    QDir(dir).removeRecursively();
    auto opened = Instance::open(dir);
    if (!opened) {
        out() << "cannot open " << dir << ": " << opened.error() << Qt::endl;
        return false;
    }
    Instance &in = **opened;
    auto admin =
        in.accounts().initialize(QStringLiteral("Bench GmbH"), Domain::Plan::Enterprise,
                                 QStringLiteral("Ada Admin"), QStringLiteral("ada@bench.example"));
    if (!admin) {
        out() << admin.error() << Qt::endl;
        return false;
    }
    QList<Domain::Id> agents{admin->id};
    for (int i = 1; i < kAgents; ++i) {
        Domain::User u;
        u.name = QStringLiteral("Agent %1").arg(i);
        u.email = QStringLiteral("agent%1@bench.example").arg(i);
        u.role = Domain::Role::Agent;
        if (auto created = in.users().create(*admin, u))
            agents << created->id;
    }
    QList<Domain::Id> groups;
    for (int i = 1; i <= kGroups; ++i)
        if (auto g = in.groups().create(*admin, QStringLiteral("Group %1").arg(i)))
            groups << g->id;

    auto *rng = QRandomGenerator::global();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Domain::Id> orgs, requesters, requesterOrg;
    {
        Store::Transaction tx(in.database());
        Store::OrganizationRepository orgRepo(in.database());
        Store::UserRepository userRepo(in.database());
        for (int i = 1; i <= kOrganizations; ++i) {
            Domain::Organization o;
            o.name = QStringLiteral("Customer %1 AG").arg(i);
            o.createdAt = o.updatedAt = now;
            if (auto id = orgRepo.insert(o))
                orgs << *id;
        }
        for (int i = 1; i <= kRequesters; ++i) {
            Domain::User u;
            u.name = QStringLiteral("Requester %1").arg(i);
            u.email = QStringLiteral("r%1@customer.example").arg(i);
            const Domain::Id org = orgs.at(i % orgs.size());
            u.defaultOrganizationId = org;
            u.createdAt = u.updatedAt = now;
            if (auto id = userRepo.insert(u)) {
                requesters << *id;
                requesterOrg << org;
                (void)orgRepo.addMember(org, *id, now);
            }
        }
        if (!tx.commit())
            return false;
    }

    static const char *const kWords[] = {
        "Drucker", "druckt",   "nicht",    "Waschmaschine", "leckt",     "Rechnung",
        "fehlt",   "Laptop",   "startet",  "Lieferung",     "verspätet", "printer",
        "broken",  "invoice",  "missing",  "refund",        "delivery",  "late",
        "screen",  "flickers", "Garantie", "Kühlschrank",   "warm",      "Akku"};
    constexpr int kWordCount = sizeof(kWords) / sizeof(kWords[0]);
    Store::TicketRepository repo(in.database());
    for (int done = 0; done < tickets;) {
        Store::Transaction tx(in.database());
        const int end = std::min(tickets, done + kBatch);
        for (; done < end; ++done) {
            Domain::Ticket t;
            t.subject = QStringLiteral("%1 %2 %3 #%4")
                            .arg(QString::fromUtf8(kWords[rng->bounded(kWordCount)]),
                                 QString::fromUtf8(kWords[rng->bounded(kWordCount)]),
                                 QString::fromUtf8(kWords[rng->bounded(kWordCount)]))
                            .arg(done + 1);
            // A busy queue: every ticket unsolved, so "All unsolved tickets" shows them all.
            t.status = static_cast<Domain::TicketStatus>(rng->bounded(4));
            t.priority = static_cast<Domain::Priority>(rng->bounded(4));
            t.type = static_cast<Domain::TicketType>(rng->bounded(4));
            const int r = rng->bounded(int(requesters.size()));
            t.requesterId = requesters.at(r);
            t.organizationId = requesterOrg.at(r);
            t.groupId = groups.at(rng->bounded(int(groups.size())));
            t.assigneeId = rng->bounded(3) ? agents.at(rng->bounded(int(agents.size()))) : 0;
            t.createdAt = now.addSecs(-qint64(rng->bounded(90 * 24 * 3600)));
            t.updatedAt = t.createdAt.addSecs(rng->bounded(3600 * 24));
            if (auto id = repo.insert(t); !id) {
                out() << id.error() << Qt::endl;
                return false;
            }
        }
        if (!tx.commit())
            return false;
        if (done % 100000 == 0 || done == tickets)
            out() << "  generated " << done << " tickets (" << timer.elapsed() / 1000 << " s)"
                  << Qt::endl;
    }
    (void)in.database().exec(QStringLiteral("ANALYZE"));
    QFile marker(QDir(dir).filePath(QStringLiteral("complete")));
    return marker.open(QIODevice::WriteOnly);
}

} // namespace

int console(const QStringList &args) {
    int tickets = 1000000;
    QString cacheDir = QProcessEnvironment::systemEnvironment().value(
        QStringLiteral("DESKBRIDGE_BENCH_CACHE"),
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
            QStringLiteral("/deskbridge-bench"));
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--tickets") && i + 1 < args.size())
            tickets = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--cache-dir") && i + 1 < args.size())
            cacheDir = args.at(++i);
    }
    const QString dir = QDir(cacheDir).filePath(QStringLiteral("console-%1").arg(tickets));
    out() << "console: " << tickets << " tickets, store in " << dir << Qt::endl;
    if (!QFile::exists(QDir(dir).filePath(QStringLiteral("complete")))) {
        out() << "  generating the store (once; kept for later runs)…" << Qt::endl;
        if (!generate(dir, tickets)) {
            out() << "  generation failed" << Qt::endl;
            return 1;
        }
    }
    Ui::setupApplication();
    const QString rssBefore = peakRss();

    // Start: open the data directory, show the window, pick the view of every ticket.
    QElapsedTimer total;
    total.start();
    auto opened = Instance::open(dir);
    if (!opened) {
        out() << opened.error() << Qt::endl;
        return 1;
    }
    Instance &instance = **opened;
    const auto user = Ui::startUser(instance);
    if (!user) {
        out() << "no user to sign in" << Qt::endl;
        return 1;
    }
    Ui::MainWindow window(instance, *user);
    window.resize(1440, 900);
    window.show();
    Ui::AgentConsole *console = window.console();
    console->sidebar()->selectView(QStringLiteral("all_unsolved"));
    TicketTableModel &model = console->listPane()->model();
    QTableView *table = console->listPane()->table();
    const qint64 populated = waitUntil(
        [&] { return model.isCounted() && model.rowCount() > 0 && model.isRowLoaded(0); });
    const qint64 populatedTotal = populated < 0 ? -1 : total.elapsed();
    Models::ViewListModel &views = console->sidebar()->model();
    const qint64 counts = waitUntil([&] {
        for (int r = 0; r < views.rowCount(); ++r)
            if (views.countAt(r) < 0)
                return false;
        return true;
    });
    const qint64 countsTotal = counts < 0 ? -1 : total.elapsed();
    const int rows = model.rowCount();

    auto jumpTo = [&](int row) {
        QElapsedTimer t;
        t.start();
        table->scrollTo(model.index(row, 0), QAbstractItemView::PositionAtCenter);
        const qint64 w = waitUntil([&] {
            model.data(model.index(row, 0)); // what painting the row asks for
            return model.isRowLoaded(row);
        });
        return w < 0 ? -1 : t.elapsed();
    };
    QElapsedTimer t;
    t.start();
    table->scrollToBottom();
    const qint64 end = waitUntil([&] {
        model.data(model.index(rows - 1, 0));
        return model.isRowLoaded(rows - 1);
    });
    const qint64 endTotal = end < 0 ? -1 : t.elapsed();
    const QString lastSubject =
        model.data(model.index(rows - 1, TicketTableModel::SubjectColumn)).toString();
    const qint64 middle = jumpTo(rows / 2);
    const qint64 back = jumpTo(0);

    t.restart();
    table->horizontalHeader()->setSortIndicator(TicketTableModel::SubjectColumn,
                                                Qt::AscendingOrder);
    const qint64 sorted = waitUntil(
        [&] { return model.isCounted() && model.rowCount() > 0 && model.isRowLoaded(0); });
    const qint64 sortedTotal = sorted < 0 ? -1 : t.elapsed();

    t.restart();
    Store::TicketQuery search = model.query();
    search.search = QStringLiteral("drucker");
    model.setQuery(search);
    const qint64 searched = waitUntil(
        [&] { return model.isCounted() && (model.rowCount() == 0 || model.isRowLoaded(0)); });
    const qint64 searchedTotal = searched < 0 ? -1 : t.elapsed();
    const int hits = model.rowCount();

    out() << "  rows in \"All unsolved tickets\":     " << rows << Qt::endl;
    out() << "  start to populated list:             " << ms(populatedTotal)
          << "   (target < 1500 ms)" << Qt::endl;
    out() << "  start to all sidebar counts:         " << ms(countsTotal) << Qt::endl;
    out() << "  scroll to the end, last row shown:   " << ms(endTotal) << "   (target < 1000 ms)"
          << "   last row: " << lastSubject << Qt::endl;
    out() << "  jump to the middle:                  " << ms(middle) << Qt::endl;
    out() << "  jump back to the top:                " << ms(back) << Qt::endl;
    out() << "  sort by subject, first rows:         " << ms(sortedTotal) << Qt::endl;
    out() << "  search \"drucker\", first rows:        " << ms(searchedTotal) << " (" << hits
          << " hits)" << Qt::endl;
    out() << "  rows held in memory:                 " << model.loadedRowCount() << Qt::endl;
    out() << "  peak RSS (VmHWM):                    " << peakRss() << "   (target < 300 MB; "
          << rssBefore << " before the window)" << Qt::endl;
    return 0;
}

} // namespace DeskBridge::Bench
