// The account-level subcommands: init, info, serve (optionally installing a certificate first),
// user, group, field.
#include "app/SignalWatcher.h"
#include "app/cli/Commands.h"
#include "app/cli/JsonFormat.h"
#include "app/services/AccountService.h"
#include "app/services/FieldService.h"
#include "app/services/GroupService.h"
#include "app/services/UserService.h"
#include "app/sharing/ServerCertificates.h"
#include "app/sharing/SharingHost.h"
#include "app/sharing/SharingService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace DeskBridge::Cli {

using namespace Domain;

namespace {
class AdminCommands {
    Q_DECLARE_TR_FUNCTIONS(AdminCommands)
public:
    static int init(CliContext &ctx);
    static int info(CliContext &ctx);
    static int serve(CliContext &ctx);
    static int user(CliContext &ctx);
    static int group(CliContext &ctx);
    static int field(CliContext &ctx);
};

QCommandLineOption opt(const char *name, const QString &help, const QString &value = {}) {
    return value.isEmpty() ? QCommandLineOption(QString::fromLatin1(name), help)
                           : QCommandLineOption(QString::fromLatin1(name), help, value);
}

int AdminCommands::init(CliContext &ctx) {
    if (!ctx.parse(1, false, true,
                   {opt("account", tr("The account's name."), tr("NAME")),
                    opt("admin-email", tr("The first administrator's email."), tr("EMAIL")),
                    opt("admin-name", tr("The first administrator's name."), tr("NAME")),
                    opt("plan", tr("team, growth, professional or enterprise."), tr("PLAN"))}))
        return 2;
    if (!ctx.require({QStringLiteral("account"), QStringLiteral("admin-email"),
                      QStringLiteral("admin-name")}))
        return 2;
    Plan plan = Plan::Professional;
    if (ctx.isSet(QStringLiteral("plan"))) {
        const auto p = Names::fromName<Plan>(ctx.value(QStringLiteral("plan")));
        if (!p)
            return ctx.usage(tr("Unknown plan \"%1\"; use one of: %2.")
                                 .arg(ctx.value(QStringLiteral("plan")),
                                      Names::allNames<Plan>().join(QStringLiteral(", "))));
        plan = *p;
    }
    Instance *instance = ctx.open(false);
    if (!instance)
        return 1;
    auto admin = instance->accounts().initialize(ctx.value(QStringLiteral("account")), plan,
                                                 ctx.value(QStringLiteral("admin-name")),
                                                 ctx.value(QStringLiteral("admin-email")));
    if (!admin)
        return ctx.fail(admin.error());
    if (ctx.json())
        ctx.printJson(JsonFormat::user(*admin));
    else
        ctx.print(tr("Created the account \"%1\" in %2 with the administrator %3.")
                      .arg(ctx.value(QStringLiteral("account")).trimmed(), instance->dataDir(),
                           admin->email));
    return 0;
}

int AdminCommands::info(CliContext &ctx) {
    if (!ctx.parse(1, false, true))
        return 2;
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const Account a = *instance->accounts().account();
    if (ctx.json()) {
        ctx.printJson(
            QJsonObject{{QStringLiteral("account"), a.name},
                        {QStringLiteral("plan"), Names::name(a.plan)},
                        {QStringLiteral("data_dir"), instance->dataDir()},
                        {QStringLiteral("sharing_url"), a.publicUrl},
                        {QStringLiteral("listen_address"), a.listenAddress},
                        {QStringLiteral("fingerprint"), instance->sharing().localFingerprint()}});
        return 0;
    }
    ctx.print(tr("Account:        %1").arg(a.name));
    ctx.print(tr("Plan:           %1").arg(Names::label(a.plan)));
    ctx.print(tr("Data directory: %1").arg(instance->dataDir()));
    ctx.print(tr("Sharing URL:    %1").arg(a.publicUrl));
    ctx.print(tr("Fingerprint:    %1").arg(instance->sharing().localFingerprint()));
    return 0;
}

int AdminCommands::serve(CliContext &ctx) {
    if (!ctx.parse(
            1, true, false,
            {opt("listen", tr("Address and port to listen on."), tr("ADDR:PORT")),
             opt("public-url", tr("The sharing URL partners reach this account at."), tr("URL")),
             opt("cert",
                 tr("Install this certificate chain (PEM, the server's certificate first) "
                    "before serving; needs --key."),
                 tr("FILE")),
             opt("key", tr("The private key (PEM, unencrypted) of --cert."), tr("FILE"))}))
        return 2;
    const bool installing = ctx.isSet(QStringLiteral("cert")) || ctx.isSet(QStringLiteral("key"));
    if (installing && !ctx.require({QStringLiteral("cert"), QStringLiteral("key")}))
        return 2;
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    if (installing) {
        const auto actor = ctx.actor();
        if (!actor)
            return 1;
        Sharing::ServerCertificates certificates(instance->tlsDir());
        const auto installed = certificates.install(*actor, ctx.value(QStringLiteral("cert")),
                                                    ctx.value(QStringLiteral("key")));
        if (!installed)
            return ctx.fail(installed.error());
        ctx.print(tr("Installed the certificate for %1, issued by %2, valid until %3.")
                      .arg(installed->subject, installed->issuer,
                           installed->validUntil.toString(Qt::ISODate)));
        ctx.print(Sharing::ServerCertificates::fingerprintChangedNote());
    }
    instance->watchExternalChanges();
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp,
                     [](int) { QCoreApplication::quit(); });
    const Account account = *instance->accounts().account();
    const QString listen = ctx.isSet(QStringLiteral("listen")) ? ctx.value(QStringLiteral("listen"))
                                                               : account.listenAddress;
    // The public URL given before stays, unless the listen address changed it.
    const QString publicUrl = ctx.isSet(QStringLiteral("public-url"))
                                  ? ctx.value(QStringLiteral("public-url"))
                                  : (ctx.isSet(QStringLiteral("listen")) ||
                                             account.listenAddress.endsWith(QLatin1String(":0"))
                                         ? QString()
                                         : account.publicUrl);
    Sharing::SharingHost host(instance->dataDir());
    if (Status s = host.start(listen, publicUrl); !s)
        return ctx.fail(s.error());
    host.link(instance->sharing());
    ctx.print(tr("Serving the account \"%1\" from %2. Stop with Ctrl+C.")
                  .arg(account.name, instance->dataDir()));
    ctx.print(tr("Sharing URL:  %1").arg(host.sharingUrl()));
    ctx.print(tr("Fingerprint:  %1").arg(host.fingerprint()));
    QCoreApplication::exec();
    host.stop();
    ctx.print(tr("Stopped."));
    return 0;
}

int AdminCommands::user(CliContext &ctx) {
    const QString verb = ctx.args().value(1);
    if (verb == QLatin1String("create")) {
        if (!ctx.parse(2, true, true,
                       {opt("name", tr("Full name."), tr("NAME")),
                        opt("email", tr("Email address."), tr("EMAIL")),
                        opt("role", tr("admin, agent or end-user."), tr("ROLE")),
                        opt("tag", tr("A tag (repeatable)."), tr("TAG"))}))
            return 2;
        if (!ctx.require({QStringLiteral("name"), QStringLiteral("email")}))
            return 2;
        User u;
        u.name = ctx.value(QStringLiteral("name"));
        u.email = ctx.value(QStringLiteral("email"));
        u.tags = ctx.values(QStringLiteral("tag"));
        if (ctx.isSet(QStringLiteral("role"))) {
            const QString r =
                ctx.value(QStringLiteral("role")).replace(QLatin1Char('_'), QLatin1Char('-'));
            const auto role = Names::fromName<Role>(r);
            if (!role)
                return ctx.usage(tr("Unknown role \"%1\"; use admin, agent or end-user.")
                                     .arg(ctx.value(QStringLiteral("role"))));
            u.role = *role;
        }
        Instance *instance = ctx.open();
        if (!instance)
            return 1;
        const auto actor = ctx.actor();
        if (!actor)
            return 1;
        auto created = instance->users().create(*actor, u);
        if (!created)
            return ctx.fail(created.error());
        if (ctx.json())
            ctx.printJson(JsonFormat::user(*created));
        else
            ctx.print(tr("Created %1 <%2> (%3), id %4.")
                          .arg(created->name, created->email, Names::label(created->role))
                          .arg(created->id));
        return 0;
    }
    if (verb == QLatin1String("list")) {
        if (!ctx.parse(2, true, true, {opt("role", tr("Only this role."), tr("ROLE"))}))
            return 2;
        std::optional<Role> role;
        if (ctx.isSet(QStringLiteral("role"))) {
            role = Names::fromName<Role>(ctx.value(QStringLiteral("role")));
            if (!role)
                return ctx.usage(tr("Unknown role \"%1\"; use admin, agent or end-user.")
                                     .arg(ctx.value(QStringLiteral("role"))));
        }
        Instance *instance = ctx.open();
        if (!instance)
            return 1;
        const auto actor = ctx.actor();
        if (!actor)
            return 1;
        if (!actor->isStaff())
            return ctx.fail(tr("Only agents and administrators can list users."));
        const auto users = instance->users().list(role);
        if (ctx.json()) {
            QJsonArray arr;
            for (const User &u : users)
                arr.append(JsonFormat::user(u));
            ctx.printJson(arr);
        } else {
            for (const User &u : users)
                ctx.print(QStringLiteral("%1\t%2\t%3\t%4")
                              .arg(u.id)
                              .arg(u.name, u.email, Names::name(u.role)));
        }
        return 0;
    }
    if (verb == QLatin1String("update"))
        return runUserUpdate(ctx);
    if (verb == QLatin1String("set-password") || verb == QLatin1String("password-link"))
        return runUserPassword(ctx);
    return ctx.usage(tr("Use 'deskbridge user create', 'user update', 'user list', 'user "
                        "set-password' or 'user password-link'."));
}

int AdminCommands::group(CliContext &ctx) {
    const QString verb = ctx.args().value(1);
    if (verb == QLatin1String("create")) {
        if (!ctx.parse(2, true, true, {opt("name", tr("The group's name."), tr("NAME"))}))
            return 2;
        if (!ctx.require({QStringLiteral("name")}))
            return 2;
        Instance *instance = ctx.open();
        if (!instance)
            return 1;
        const auto actor = ctx.actor();
        if (!actor)
            return 1;
        auto g = instance->groups().create(*actor, ctx.value(QStringLiteral("name")));
        if (!g)
            return ctx.fail(g.error());
        if (ctx.json())
            ctx.printJson(JsonFormat::group(*g));
        else
            ctx.print(tr("Created the group %1, id %2.").arg(g->name).arg(g->id));
        return 0;
    }
    if (verb == QLatin1String("list")) {
        if (!ctx.parse(2, true, true))
            return 2;
        Instance *instance = ctx.open();
        if (!instance)
            return 1;
        const auto groups = instance->groups().list();
        if (ctx.json()) {
            QJsonArray arr;
            for (const Group &g : groups)
                arr.append(JsonFormat::group(g));
            ctx.printJson(arr);
        } else {
            for (const Group &g : groups)
                ctx.print(QStringLiteral("%1\t%2\t%3").arg(g.id).arg(g.name).arg(g.memberCount));
        }
        return 0;
    }
    return ctx.usage(tr("Use 'deskbridge group create' or 'deskbridge group list'."));
}

int AdminCommands::field(CliContext &ctx) {
    const QString verb = ctx.args().value(1);
    if (verb == QLatin1String("create")) {
        if (!ctx.parse(2, true, true,
                       {opt("title", tr("The field's title."), tr("TITLE")),
                        opt("type", tr("text, multiline, number, checkbox, dropdown or date."),
                            tr("TYPE")),
                        opt("key", tr("The field's key (default: from the title)."), tr("KEY")),
                        opt("option", tr("A drop-down option (repeatable)."), tr("OPTION"))}))
            return 2;
        if (!ctx.require({QStringLiteral("title"), QStringLiteral("type")}))
            return 2;
        const auto type = Names::fromName<FieldType>(ctx.value(QStringLiteral("type")));
        if (!type)
            return ctx.usage(tr("Unknown field type \"%1\"; use one of: %2.")
                                 .arg(ctx.value(QStringLiteral("type")),
                                      Names::allNames<FieldType>().join(QStringLiteral(", "))));
        Instance *instance = ctx.open();
        if (!instance)
            return 1;
        const auto actor = ctx.actor();
        if (!actor)
            return 1;
        CustomField f;
        f.title = ctx.value(QStringLiteral("title"));
        f.key = ctx.value(QStringLiteral("key"));
        f.type = *type;
        f.options = ctx.values(QStringLiteral("option"));
        auto created = instance->fields().create(*actor, f);
        if (!created)
            return ctx.fail(created.error());
        if (ctx.json())
            ctx.printJson(JsonFormat::field(*created));
        else
            ctx.print(tr("Created the field \"%1\" (key %2), id %3.")
                          .arg(created->title, created->key)
                          .arg(created->id));
        return 0;
    }
    if (verb == QLatin1String("list")) {
        if (!ctx.parse(2, true, true))
            return 2;
        Instance *instance = ctx.open();
        if (!instance)
            return 1;
        const auto fields = instance->fields().list();
        if (ctx.json()) {
            QJsonArray arr;
            for (const CustomField &f : fields)
                arr.append(JsonFormat::field(f));
            ctx.printJson(arr);
        } else {
            for (const CustomField &f : fields)
                ctx.print(QStringLiteral("%1\t%2\t%3\t%4")
                              .arg(f.id)
                              .arg(f.key, f.title, Names::name(f.type)));
        }
        return 0;
    }
    return ctx.usage(tr("Use 'deskbridge field create' or 'deskbridge field list'."));
}
} // namespace

int runInit(CliContext &ctx) {
    return AdminCommands::init(ctx);
}
int runInfo(CliContext &ctx) {
    return AdminCommands::info(ctx);
}
int runServe(CliContext &ctx) {
    return AdminCommands::serve(ctx);
}
int runUser(CliContext &ctx) {
    return AdminCommands::user(ctx);
}
int runGroup(CliContext &ctx) {
    return AdminCommands::group(ctx);
}
int runField(CliContext &ctx) {
    return AdminCommands::field(ctx);
}

} // namespace DeskBridge::Cli
