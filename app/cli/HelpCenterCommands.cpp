// The Help Center subcommands of `user`: set-password (the password from standard input, so it
// never shows in the process list or the shell history) and password-link. They go through
// the same HelpCenterService as the Admin Center and the Help Center itself.
#include "app/cli/Commands.h"
#include "app/helpcenter/HelpCenterService.h"
#include "app/services/UserService.h"

#include <QFile>
#include <QJsonObject>

namespace DeskBridge::Cli {

using namespace Domain;

namespace {
class HelpCenterCommands {
    Q_DECLARE_TR_FUNCTIONS(HelpCenterCommands)
public:
    static int setPassword(CliContext &ctx);
    static int passwordLink(CliContext &ctx);

private:
    // The user named by --email, or nullopt after the message (exit code in `code`).
    static std::optional<User> user(CliContext &ctx, Instance &instance, int &code);
};

QCommandLineOption opt(const char *name, const QString &help, const QString &value = {}) {
    return value.isEmpty() ? QCommandLineOption(QString::fromLatin1(name), help)
                           : QCommandLineOption(QString::fromLatin1(name), help, value);
}

std::optional<User> HelpCenterCommands::user(CliContext &ctx, Instance &instance, int &code) {
    const QString email = ctx.value(QStringLiteral("email")).trimmed();
    const auto found = instance.users().findByEmail(email);
    if (!found)
        code = ctx.fail(tr("There is no user with the email address %1.").arg(email));
    return found;
}

int HelpCenterCommands::setPassword(CliContext &ctx) {
    if (!ctx.parse(2, true, true,
                   {opt("email", tr("The user's email address."), tr("EMAIL")),
                    opt("clear", tr("Remove the password: the user can no longer sign in to "
                                    "the Help Center."))}))
        return 2;
    if (!ctx.require({QStringLiteral("email")}))
        return 2;
    const bool clear = ctx.isSet(QStringLiteral("clear"));
    QString password;
    if (!clear) {
        // The first line of standard input, without its line end (blanks belong to it).
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return ctx.fail(
                tr("Cannot read the password from standard input: %1").arg(in.errorString()));
        QByteArray line = in.readLine(64 * 1024);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        password = QString::fromUtf8(line);
        if (password.isEmpty())
            return ctx.fail(tr("No password on standard input. Pipe it in, for example: "
                               "printf '%s\\n' \"$PASSWORD\" | deskbridge user set-password "
                               "--email E"));
    }
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    int code = 0;
    const auto target = user(ctx, *instance, code);
    if (!target)
        return code;
    HelpCenter::HelpCenterService &hc = instance->helpCenter();
    const Status s =
        clear ? hc.clearPassword(*actor, target->id) : hc.setPassword(*actor, target->id, password);
    if (!s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("id"), target->id},
                                  {QStringLiteral("email"), target->email},
                                  {QStringLiteral("password_set"), !clear}});
    else if (clear)
        ctx.print(tr("%1 <%2> has no Help Center password any more; their Help Center sessions "
                     "were ended.")
                      .arg(target->name, target->email));
    else
        ctx.print(tr("The Help Center password of %1 <%2> is set; their earlier Help Center "
                     "sessions were ended.")
                      .arg(target->name, target->email));
    return 0;
}

int HelpCenterCommands::passwordLink(CliContext &ctx) {
    if (!ctx.parse(2, true, true, {opt("email", tr("The user's email address."), tr("EMAIL"))}))
        return 2;
    if (!ctx.require({QStringLiteral("email")}))
        return 2;
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    int code = 0;
    const auto target = user(ctx, *instance, code);
    if (!target)
        return code;
    const auto link = instance->helpCenter().createPasswordLink(*actor, target->id);
    if (!link)
        return ctx.fail(link.message);
    const QString path = QStringLiteral("/hc/password/") + link.value->token;
    const QString expires = link.value->expiresAt.toUTC().toString(Qt::ISODate);
    if (link.value->url.isEmpty())
        ctx.warn(tr("The Help Center's address is not known yet (it is set when 'deskbridge "
                    "serve' or the console's sharing server first runs); only the link's path "
                    "is shown."));
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("id"), target->id},
                                  {QStringLiteral("email"), target->email},
                                  {QStringLiteral("url"), link.value->url},
                                  {QStringLiteral("path"), path},
                                  {QStringLiteral("expires_at"), expires}});
    } else {
        ctx.print(link.value->url.isEmpty() ? path : link.value->url);
        ctx.print(tr("For %1 <%2>; valid once, until %3 (UTC).")
                      .arg(target->name, target->email, expires));
    }
    return 0;
}
} // namespace

int runUserPassword(CliContext &ctx) {
    const QString verb = ctx.args().value(1);
    if (verb == QLatin1String("set-password"))
        return HelpCenterCommands::setPassword(ctx);
    return HelpCenterCommands::passwordLink(ctx);
}

} // namespace DeskBridge::Cli
