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
    {"init", runInit},           {"info", runInfo},          {"serve", runServe},
    {"user", runUser},           {"group", runGroup},        {"field", runField},
    {"ticket", runTicket},       {"tickets", runTickets},    {"org", runOrg},
    {"import", runImport},       {"trigger", runTrigger},    {"view", runView},
    {"agreement", runAgreement}, {"api-token", runApiToken}, {"certificate", runCertificate},
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
                  "  serve [--listen ADDR:PORT] [--public-url URL] [--cert FILE --key FILE]\n"
                  "                                   run without windows (after installing "
                  "the certificate)\n"
                  "  certificate show | install --cert FILE --key FILE | remove\n"
                  "                                   the HTTPS certificate (a CA-issued chain "
                  "+ key, or the self-signed one)\n"
                  "  user create --name N --email E [--role admin|agent|end-user]\n"
                  "  user update --email E [--name N] [--role R] [--organization NAME]... "
                  "[--default-organization NAME]\n"
                  "  user list [--role R]\n"
                  "  user set-password --email E [--clear]   the Help Center password, read "
                  "from the first line of standard input\n"
                  "  user password-link --email E      a one-time \"set your password\" link "
                  "(7 days)\n"
                  "  group create --name N | group list\n"
                  "  field create --title T --type text|multiline|number|checkbox|dropdown|date "
                  "[--option O]...\n"
                  "  field list\n"
                  "  ticket create --requester E [--requester-name N] --subject S --comment TEXT "
                  "[--private] [--tag T]... [--priority P] [--type T] [--status S] [--group G] "
                  "[--assignee E] [--field KEY=VALUE]...\n"
                  "  ticket update ID [--subject S] [--status S] [--priority P] [--type T] "
                  "[--tag T] [--remove-tag T] [--group G] [--assignee E] [--field KEY=VALUE]... "
                  "[--comment TEXT [--private]]\n"
                  "  ticket comment ID --body TEXT [--private]\n"
                  "  ticket show ID\n"
                  "  tickets [--view NAME] [--search TEXT] [--limit N] [--offset N]   NAME: a "
                  "view's key, title or id\n"
                  "  org create|update --name N [--domain D]... [--sharing own|view|comment] "
                  "[--group G] [--notes T] [--tag T]... (update: [--new-name M]; - clears)\n"
                  "  org list [--search TEXT] | org show --name N | org delete --name N\n"
                  "  org apply-domains [--dry-run]    add existing users to their domain's "
                  "organization\n"
                  "  import users|organizations FILE [--dry-run] "
                  "[--create-missing-organizations] [--skip-bad-rows]\n"
                  "                                   CSV with Zendesk's columns; all rows or "
                  "none\n"
                  "  trigger list | show ID\n"
                  "  trigger create --file FILE|- [--position N] [--deactivate]\n"
                  "  trigger create --sample warranty --agreement ID\n"
                  "  trigger update ID --file FILE|- | --activate | --deactivate | --position N\n"
                  "  trigger delete ID\n"
                  "  view list | show ID | create --file FILE|- | update ID ... | delete ID\n"
                  "    (definitions are JSON; 'show ID --json' prints one to edit and feed back)\n"
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
                  "'deskbridge COMMAND --help' shows a command's options.\n"
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
    return ctx.usage(Help::tr("Unknown command \"%1\".").arg(first));
}

} // namespace DeskBridge::Cli
