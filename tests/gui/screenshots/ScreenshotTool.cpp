// deskbridge-screenshots: renders the console with the demo data (the ticket list, an open
// ticket, its events, the new-ticket dialog) into PNGs, for reviews and the documentation.
//   deskbridge-screenshots --lang en|de --out DIR      (run offscreen by `make screenshots`)
#include "app/Instance.h"
#include "app/Translator.h"
#include "app/demo/DemoData.h"
#include "app/services/ViewService.h"
#include "models/item/TicketTableModel.h"
#include "models/item/ViewListModel.h"
#include "ui/GuiMain.h"
#include "ui/MainWindow.h"
#include "ui/agent/AgentConsole.h"
#include "ui/agent/Composer.h"
#include "ui/agent/ConsoleContext.h"
#include "ui/agent/TicketEditor.h"
#include "ui/agent/TicketListPane.h"
#include "ui/agent/ViewSidebar.h"
#include "ui/dialogs/NewTicketDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace DeskBridge;

namespace {

// Lets the event loop run until `done` holds (or a generous limit passes).
template <typename F> bool settle(F done, int limitMs = 15000) {
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < limitMs) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    for (int i = 0; i < 10; ++i) { // a few more rounds for layouts and deferred scrolls
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return done();
}

bool save(QWidget *w, const QDir &out, const QString &name, QTextStream &log) {
    const QString path = out.filePath(name);
    const bool ok = w->grab().save(path);
    log << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

Domain::Id findTicket(Instance &instance, const Domain::User &user, const QString &words) {
    const auto rows = instance.views().page(instance.views().everything(user, words), 0, 1);
    return rows.isEmpty() ? 0 : rows.first().id;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    Ui::setupApplication();
    QCommandLineParser parser;
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("de or en"),
                                        QStringLiteral("LANG"), QStringLiteral("en"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("output folder"),
                                       QStringLiteral("DIR"), QStringLiteral("screenshots"));
    parser.addOption(langOption);
    parser.addOption(outOption);
    parser.process(app);
    const QString lang = Translator::install(parser.value(langOption));
    QTextStream log(stdout);
    QDir out(parser.value(outOption));
    if (!out.mkpath(QStringLiteral("."))) {
        log << "cannot create " << out.path() << Qt::endl;
        return 1;
    }

    QTemporaryDir dir;
    auto opened = Instance::open(dir.path());
    if (!opened) {
        log << opened.error() << Qt::endl;
        return 1;
    }
    Instance &instance = **opened;
    auto admin = Demo::DemoData::createRetailer(instance);
    if (!admin) {
        log << admin.error() << Qt::endl;
        return 1;
    }
    const auto user = Ui::startUser(instance);
    Ui::MainWindow window(instance, *user);
    window.resize(1440, 900);
    window.show();
    Ui::AgentConsole *console = window.console();
    console->sidebar()->selectView(QStringLiteral("all_unsolved"));
    auto &model = console->listPane()->model();
    auto &views = console->sidebar()->model();
    settle([&] {
        for (int r = 0; r < views.rowCount(); ++r)
            if (views.countAt(r) < 0)
                return false;
        return model.isCounted() && model.rowCount() > 0 && model.isRowLoaded(0);
    });
    int ok = 0;
    const QString suffix = QLatin1Char('-') + lang + QStringLiteral(".png");
    console->listPane()->table()->selectRow(2);
    ok += save(&window, out, QStringLiteral("console") + suffix, log);

    // An open ticket with public replies and an internal note, and a draft in the composer.
    const Domain::Id id =
        findTicket(instance, *user,
                   lang == QLatin1String("de") ? QStringLiteral("Kühlschrank kühlt")
                                               : QStringLiteral("packaging"));
    Ui::TicketEditor *editor = console->openTicket(id);
    if (editor) {
        editor->composer()->setPublic(false);
        editor->composer()->setText(
            lang == QLatin1String("de")
                ? QStringLiteral("Ersatzgerät ist unterwegs, Lieferung morgen.")
                : QStringLiteral("Replacement shipped, tracking sent by email."));
        settle([] { return true; });
        ok += save(&window, out, QStringLiteral("ticket") + suffix, log);
        editor->tabs()->setCurrentIndex(1);
        settle([] { return true; });
        ok += save(&window, out, QStringLiteral("ticket-events") + suffix, log);
        editor->composer()->clear();
    }

    Ui::NewTicketDialog dialog(*new Ui::ConsoleContext(instance, *user, &window), &window);
    dialog.show();
    settle([] { return true; });
    ok += save(&dialog, out, QStringLiteral("new-ticket") + suffix, log);
    dialog.close();
    return ok == 4 ? 0 : 1;
}
