#include "app/cli/CommandLine.h"

#include "app/Translator.h"
#include "app/cli/Commands.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace DeskBridge::Cli {

namespace {
struct Subcommand {
    const char *name;
    int (*run)(CliContext &);
};

const Subcommand kSubcommands[] = {
    {"init", runInit},          {"info", runInfo},       {"serve", runServe},
    {"user", runUser},          {"group", runGroup},     {"field", runField},
    {"ticket", runTicket},      {"tickets", runTickets}, {"agreement", runAgreement},
    {"api-token", runApiToken},
};

class Help {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static QString text() {
        return tr("Usage: deskbridge [--data-dir DIR] [--lang de|en]      open the console\n"
                  "       deskbridge demo                               two sample accounts\n"
                  "       deskbridge <command> [options]\n"
                  "\n"
                  "Commands (each takes --data-dir DIR; --as EMAIL acts as that user; --json "
                  "prints JSON):\n"
                  "  init --account NAME --admin-email E --admin-name N [--plan P]\n"
                  "  info                                 the account and its data directory\n"
                  "  serve [--listen ADDR:PORT] [--public-url URL]   run without windows\n"
                  "  user create --name N --email E [--role admin|agent|end-user]\n"
                  "  user list [--role R]\n"
                  "  group create --name N | group list\n"
                  "  field create --title T --type text|multiline|number|checkbox|dropdown|date "
                  "[--option O]...\n"
                  "  field list\n"
                  "  ticket create --requester E --subject S --comment TEXT [--private] "
                  "[--tag T]... [--priority P] [--field KEY=VALUE]...\n"
                  "  ticket update ID [--status S] [--priority P] [--tag T] [--remove-tag T] "
                  "[--group G] [--assignee E] [--comment TEXT [--private]]\n"
                  "  ticket comment ID --body TEXT [--private]\n"
                  "  ticket show ID\n"
                  "  tickets [--view NAME] [--search TEXT] [--limit N]\n"
                  "  ticket share ID --agreement ID|NAME | ticket unshare ID --agreement ID|NAME\n"
                  "  agreement invite --url URL --name NAME (--fingerprint SHA256 | "
                  "--trust-presented) [--comments all|public|none] [--status-sync on|off] "
                  "[--tag-sync on|off] [--fields F1,F2]\n"
                  "  agreement list | agreement show ID        direction, status, queue, last "
                  "error\n"
                  "  agreement accept ID [--fingerprint SHA256] | decline ID | deactivate ID | "
                  "retry ID\n"
                  "  api-token create [--description TEXT]    prints the token once\n"
                  "\n"
                  "Exit codes: 0 done, 1 refused or failed (the message says why), 2 wrong "
                  "usage.\n");
    }
};
} // namespace

namespace {
// Global options may stand before the subcommand: `deskbridge --lang de ticket show 1`.
int subcommandIndex(const QStringList &args) {
    int i = 0;
    while (i < args.size()) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--lang") || a == QLatin1String("--data-dir"))
            i += 2;
        else if (a.startsWith(QLatin1String("--lang=")) ||
                 a.startsWith(QLatin1String("--data-dir=")))
            i += 1;
        else
            break;
    }
    return i;
}
} // namespace

bool CommandLine::handles(int argc, char *argv[]) {
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const int index = subcommandIndex(args);
    if (index >= args.size())
        return false;
    const QByteArray first = args.at(index).toLocal8Bit();
    if (first == "--version" || first == "-v" || first == "--help" || first == "-h" ||
        first == "help")
        return true;
    for (const Subcommand &s : kSubcommands)
        if (first == s.name)
            return true;
    return false;
}

int CommandLine::run(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("deskbridge"));
    QCoreApplication::setOrganizationName(QStringLiteral("DeskBridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DESKBRIDGE_VERSION));
    Translator::install(Translator::languageFromArguments(argc, argv));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    const int index = subcommandIndex(args);
    args = args.mid(index) + args.mid(0, index); // options parse anywhere after the command
    const QString first = args.value(0);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << QStringLiteral("deskbridge %1").arg(QStringLiteral(DESKBRIDGE_VERSION)) << Qt::endl;
        return 0;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        out << Help::text();
        return 0;
    }
    CliContext ctx(args, out, err);
    for (const Subcommand &s : kSubcommands)
        if (first == QLatin1String(s.name))
            return s.run(ctx);
    return ctx.usage(QStringLiteral("unknown command"));
}

} // namespace DeskBridge::Cli
