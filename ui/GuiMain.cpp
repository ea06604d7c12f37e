#include "ui/GuiMain.h"

#include "app/Instance.h"
#include "app/Translator.h"
#include "app/demo/DemoData.h"
#include "app/demo/DemoSharing.h"
#include "app/helpcenter/HelpCenterService.h"
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
#include <QScreen>
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
    static QString unknownWord(const QString &word) {
        return tr("Unknown command \"%1\". Run 'deskbridge --help' for the commands.").arg(word);
    }
    static QString demoCreated(const QString &dir) {
        return tr("The demo account lives in %1").arg(dir);
    }
    static QString demoHelpCenter(const QString &url, const QString &email,
                                  const QString &password) {
        return tr("The demo's Help Center: %1 (sign in as %2 with the password %3; the browser "
                  "warns about the self-signed certificate)")
            .arg(url, email, password);
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

QString sharingListenAddress(Instance &instance, quint16 fallbackPort) {
    // The console serves partners on loopback; the port comes from the account (0: any free).
    quint16 port = 0;
    if (const auto account = instance.accounts().account()) {
        const QString address = account->listenAddress;
        const int colon = address.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0)
            port = address.mid(colon + 1).toUShort();
    }
    if (!port)
        port = fallbackPort;
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

QString demoDataDir() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
        .filePath(QStringLiteral("deskbridge-demo/elektro-schmidt"));
}

namespace {
// The manufacturer of the sharing demo lives next to the retailer.
QString manufacturerDir(const QString &retailerDir) {
    return QDir(retailerDir).absoluteFilePath(QStringLiteral("../kessel-hersteller"));
}
// Fixed demo ports: the agreements remember each other's URL across starts.
constexpr quint16 kRetailerDemoPort = 48443;
constexpr quint16 kManufacturerDemoPort = 48444;
} // namespace

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
    // Only "demo" may follow; a mistyped subcommand must not silently open the console.
    const QStringList words = parser.positionalArguments();
    if (words.size() > 1 || (words.size() == 1 && words.first() != QLatin1String("demo"))) {
        Translator::install(Translator::languageFromArguments(argc, argv));
        QTextStream(stderr) << QStringLiteral("deskbridge: ") << GuiText::unknownWord(words.first())
                            << Qt::endl;
        return 2;
    }
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
    if (const Status started =
            host.start(sharingListenAddress(instance, demo ? kRetailerDemoPort : 0));
        !started)
        QTextStream(stderr) << GuiText::noSharing(started.error()) << Qt::endl;
    else
        host.link(instance.sharing());
    if (demo && host.isRunning())
        QTextStream(stdout) << GuiText::demoHelpCenter(instance.helpCenter().helpCenterUrl(),
                                                       Demo::DemoData::helpCenterDemoEmail(),
                                                       Demo::DemoData::helpCenterDemoPassword())
                            << Qt::endl;

    // The demo's second account: the manufacturer, sharing with the retailer for real.
    std::unique_ptr<Instance> maker;
    std::unique_ptr<Sharing::SharingHost> makerHost;
    std::unique_ptr<MainWindow> makerWindow;
    if (demo) {
        auto openedMaker = Instance::open(manufacturerDir(instance.dataDir()));
        if (openedMaker)
            maker = std::move(openedMaker).value();
        if (maker && !maker->accounts().isInitialized())
            (void)Demo::DemoData::createManufacturer(*maker);
        if (maker && maker->accounts().isInitialized()) {
            makerHost = std::make_unique<Sharing::SharingHost>(maker->dataDir());
            if (makerHost->start(sharingListenAddress(*maker, kManufacturerDemoPort))) {
                makerHost->link(maker->sharing());
                if (host.isRunning())
                    if (const Status s =
                            Demo::DemoSharing::connect(instance, host, *maker, *makerHost);
                        !s)
                        QTextStream(stderr) << GuiText::noSharing(s.error()) << Qt::endl;
            }
            maker->watchExternalChanges();
            if (const auto makerUser = startUser(*maker))
                makerWindow = std::make_unique<MainWindow>(*maker, *makerUser);
        }
    }

    MainWindow window(instance, *user);
    if (makerWindow) {
        // Side by side: share on the left, watch it arrive on the right.
        QRect area(0, 0, 1600, 900);
        if (const QScreen *screen = QApplication::primaryScreen())
            area = screen->availableGeometry();
        const int half = area.width() / 2;
        window.resize(half, area.height());
        window.move(area.topLeft());
        makerWindow->resize(half, area.height());
        makerWindow->move(area.left() + half, area.top());
        makerWindow->show();
    }
    window.show();
    if (const QString shots = qEnvironmentVariable("DESKBRIDGE_SCREENSHOT_DIR");
        !shots.isEmpty() && QDir().mkpath(shots)) {
        // How the console looks at start, for the developers' eyes.
        window.grab().save(QDir(shots).filePath(QStringLiteral("console.png")));
        if (makerWindow)
            makerWindow->grab().save(QDir(shots).filePath(QStringLiteral("console-partner.png")));
    }
    const int rc = app.exec();
    makerWindow.reset();
    if (makerHost)
        makerHost->stop();
    host.stop();
    return rc;
}

} // namespace DeskBridge::Ui
