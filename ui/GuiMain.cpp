#include "ui/GuiMain.h"

#include "app/Instance.h"
#include "app/Translator.h"
#include "app/demo/DemoData.h"
#include "app/services/AccountService.h"
#include "app/services/UserService.h"
#include "app/sharing/SharingHost.h"
#include "app/sharing/SharingService.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/FirstRunWizard.h"
#include "ui/widgets/IconTheme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextStream>

namespace DeskBridge::Ui {

namespace {
class GuiText {
    Q_DECLARE_TR_FUNCTIONS(GuiMain)
public:
    static QString dataDirHelp() { return tr("Use the account in DIR."); }
    static QString langHelp() { return tr("Show the console in LANG (de or en)."); }
    static QString demoHelp() { return tr("demo: open a sample account."); }
    static QString cannotOpen() { return tr("DeskBridge cannot open its data"); }
    static QString noAgent() {
        return tr("This account has no active agent or administrator who could sign in.");
    }
    static QString noSharing(const QString &why) {
        return tr("Ticket sharing is not available: %1").arg(why);
    }
    static QString demoCreated(const QString &dir) {
        return tr("The demo account lives in %1").arg(dir);
    }
};
} // namespace

void setupApplication() {
    QApplication::setApplicationName(QStringLiteral("deskbridge"));
    QApplication::setApplicationDisplayName(QStringLiteral("DeskBridge"));
    QApplication::setOrganizationName(QStringLiteral("DeskBridge"));
    QApplication::setApplicationVersion(QStringLiteral(DESKBRIDGE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("deskbridge"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/deskbridge.svg")));
    IconTheme::ensure();
}

QString sharingListenAddress(Instance &instance) {
    // The console serves partners on loopback; the port comes from the account (0: any free).
    quint16 port = 0;
    if (const auto account = instance.accounts().account()) {
        const QString address = account->listenAddress;
        const int colon = address.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0)
            port = address.mid(colon + 1).toUShort();
    }
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

QString demoDataDir() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
        .filePath(QStringLiteral("deskbridge-demo/elektro-schmidt"));
}

std::optional<Domain::User> startUser(Instance &instance) {
    const QList<Domain::User> staff = instance.users().staff(); // active only
    const auto account = instance.accounts().account();
    if (account && account->lastUserId)
        for (const Domain::User &u : staff)
            if (u.id == account->lastUserId)
                return u;
    for (const Domain::User &u : staff)
        if (u.isAdmin())
            return u;
    if (!staff.isEmpty())
        return staff.first();
    return std::nullopt;
}

int guiMain(int argc, char *argv[]) {
    QApplication app(argc, argv);
    setupApplication();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("DeskBridge"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), GuiText::dataDirHelp(),
                                           QStringLiteral("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"), GuiText::langHelp(),
                                        QStringLiteral("LANG"));
    parser.addOption(dataDirOption);
    parser.addOption(langOption);
    parser.addPositionalArgument(QStringLiteral("demo"), GuiText::demoHelp(),
                                 QStringLiteral("[demo]"));
    parser.process(app);
    const bool demo = parser.positionalArguments().value(0) == QLatin1String("demo");

    QString dataDir = parser.value(dataDirOption);
    if (dataDir.isEmpty())
        dataDir = demo ? demoDataDir() : Instance::defaultDataDir();
    auto opened = Instance::open(dataDir);
    // The language: --lang, else the account's setting, else the system's.
    QString language = parser.value(langOption);
    if (language.isEmpty() && opened) {
        if (const auto account = (*opened)->accounts().account())
            language = account->language;
    }
    Translator::install(language);
    if (!opened) {
        QMessageBox::critical(nullptr, GuiText::cannotOpen(), opened.error());
        return 1;
    }
    Instance &instance = **opened;

    if (demo && !instance.accounts().isInitialized()) {
        auto admin = Demo::DemoData::createRetailer(instance);
        if (!admin) {
            QMessageBox::critical(nullptr, GuiText::cannotOpen(), admin.error());
            return 1;
        }
    }
    if (demo)
        QTextStream(stdout) << GuiText::demoCreated(instance.dataDir()) << Qt::endl;
    if (!instance.accounts().isInitialized() && !FirstRunWizard::run(instance))
        return 0; // the wizard was cancelled: nothing to show
    const auto user = startUser(instance);
    if (!user) {
        QMessageBox::critical(nullptr, GuiText::cannotOpen(), GuiText::noAgent());
        return 1;
    }
    (void)instance.accounts().setLastUser(user->id);
    instance.watchExternalChanges();

    // The account's sharing server and outbox worker run while the console is open.
    Sharing::SharingHost host(instance.dataDir());
    if (const Status started = host.start(sharingListenAddress(instance)); !started)
        QTextStream(stderr) << GuiText::noSharing(started.error()) << Qt::endl;
    else
        host.link(instance.sharing());

    MainWindow window(instance, *user);
    window.show();
    const int rc = app.exec();
    host.stop();
    return rc;
}

} // namespace DeskBridge::Ui
