#include "app/cli/CliContext.h"

#include "app/services/AccountService.h"
#include "app/services/UserService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdlib>

namespace DeskBridge::Cli {

CliContext::CliContext(QStringList args, QTextStream &out, QTextStream &err)
    : m_args(std::move(args))
    , m_out(out)
    , m_err(err) {}

bool CliContext::parse(int skip, bool withAs, bool withJson,
                       const QList<QCommandLineOption> &options) {
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(
        {QStringLiteral("data-dir"), tr("The account's data directory."), tr("DIR")});
    m_parser.addOption({QStringLiteral("lang"), tr("Language of messages: de or en."), tr("LANG")});
    if (withAs)
        m_parser.addOption(
            {QStringLiteral("as"), tr("Act as the user with this email address."), tr("EMAIL")});
    if (withJson)
        m_parser.addOption({QStringLiteral("json"), tr("Print JSON for scripts.")});
    m_parser.addOptions(options);
    QStringList argv{QStringLiteral("deskbridge")};
    argv += m_args.mid(skip);
    if (argv.contains(QStringLiteral("--help")) || argv.contains(QStringLiteral("-h"))) {
        // `deskbridge ticket create --help`: this command's options, then done.
        const QString command = m_args.mid(0, skip).join(QLatin1Char(' '));
        m_out << tr("Usage: deskbridge %1 [options]").arg(command) << Qt::endl;
        QString help = m_parser.helpText();
        help = help.mid(help.indexOf(QLatin1Char('\n')) + 1); // drop Qt's own usage line
        m_out << help;
        m_out.flush();
        std::exit(0);
    }
    if (!m_parser.parse(argv)) {
        usage(m_parser.errorText());
        return false;
    }
    m_json = withJson && m_parser.isSet(QStringLiteral("json"));
    return true;
}

QString CliContext::dataDir() const {
    const QString d = m_parser.value(QStringLiteral("data-dir"));
    return d.isEmpty() ? Instance::defaultDataDir() : d;
}

Instance *CliContext::open(bool needAccount) {
    auto opened = Instance::open(dataDir());
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    m_instance = std::move(opened).value();
    if (needAccount && !m_instance->accounts().isInitialized()) {
        fail(tr("There is no account in %1 yet. Create one with: deskbridge init --data-dir %1 "
                "--account NAME --admin-email EMAIL --admin-name NAME")
                 .arg(m_instance->dataDir()));
        return nullptr;
    }
    return m_instance.get();
}

std::optional<Domain::User> CliContext::actor() {
    if (!m_instance)
        return std::nullopt;
    const QString email =
        m_parser.isSet(QStringLiteral("as")) ? m_parser.value(QStringLiteral("as")) : QString();
    if (email.isEmpty()) {
        for (const Domain::User &u : m_instance->users().list(Domain::Role::Admin))
            if (u.active)
                return u;
        fail(tr("The account has no active administrator; say who acts with --as EMAIL."));
        return std::nullopt;
    }
    auto user = m_instance->actor(email);
    if (!user) {
        fail(user.error());
        return std::nullopt;
    }
    return *user;
}

bool CliContext::require(const QStringList &names) {
    for (const QString &n : names) {
        if (!m_parser.isSet(n) || m_parser.value(n).trimmed().isEmpty()) {
            usage(tr("--%1 is required.").arg(n));
            return false;
        }
    }
    return true;
}

int CliContext::fail(const QString &message, int code) {
    m_err << QStringLiteral("deskbridge: ") << message << Qt::endl;
    return code;
}

void CliContext::warn(const QString &message) {
    m_err << QStringLiteral("deskbridge: ") << message << Qt::endl;
}

int CliContext::usage(const QString &message) {
    m_err << QStringLiteral("deskbridge: ") << message << Qt::endl
          << tr("Run 'deskbridge --help' for the commands and their options.") << Qt::endl;
    return 2;
}

void CliContext::print(const QString &text) {
    m_out << text << Qt::endl;
}

void CliContext::printJson(const QJsonValue &value) {
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace DeskBridge::Cli
