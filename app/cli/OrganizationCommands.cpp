// The organization subcommands: org create|update|list|show|delete|apply-domains, user update
// (memberships included) and import users|organizations. Same services, same rules as the
// Admin Center; exit codes 0 done, 1 refused, 2 wrong usage.
#include "app/cli/Commands.h"
#include "app/cli/JsonFormat.h"
#include "app/services/GroupService.h"
#include "app/services/ImportService.h"
#include "app/services/OrganizationService.h"
#include "app/services/UserService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace DeskBridge::Cli {

using namespace Domain;
using namespace Services;

namespace {
class OrganizationCommands {
    Q_DECLARE_TR_FUNCTIONS(OrganizationCommands)
public:
    static int org(CliContext &ctx);
    static int userUpdate(CliContext &ctx);
    static int import(CliContext &ctx);

private:
    static int save(CliContext &ctx, bool create);
    static int list(CliContext &ctx);
    static int show(CliContext &ctx);
    static int remove(CliContext &ctx);
    static int applyDomains(CliContext &ctx);
    static std::optional<Organization> byName(CliContext &ctx, Instance &instance,
                                              const QString &name);
    static QString groupName(Instance &instance, Id id);
};

QCommandLineOption opt(const char *name, const QString &help, const QString &value = {}) {
    return value.isEmpty() ? QCommandLineOption(QString::fromLatin1(name), help)
                           : QCommandLineOption(QString::fromLatin1(name), help, value);
}

std::optional<Organization> OrganizationCommands::byName(CliContext &ctx, Instance &instance,
                                                         const QString &name) {
    auto o = instance.organizations().findByName(name);
    if (!o)
        ctx.fail(tr("There is no organization named \"%1\". 'deskbridge org list' shows them.")
                     .arg(name.trimmed()));
    return o;
}

QString OrganizationCommands::groupName(Instance &instance, Id id) {
    if (!id)
        return QString();
    const auto g = instance.groups().find(id);
    return g ? g->name : QString::number(id);
}

int OrganizationCommands::save(CliContext &ctx, bool create) {
    QList<QCommandLineOption> options{
        opt("name", tr("The organization's name."), tr("NAME")),
        opt("domain", tr("An email domain; .example.com includes subdomains (repeatable)."),
            tr("DOMAIN")),
        opt("sharing", tr("What members see: own, view or comment."), tr("MODE")),
        opt("group", tr("The group its new tickets go to."), tr("GROUP")),
        opt("notes", tr("Notes about the organization."), tr("TEXT")),
        opt("tag", tr("A tag (repeatable)."), tr("TAG")),
        opt("external-id", tr("An id in another system."), tr("ID"))};
    if (!create)
        options += {opt("new-name", tr("Rename the organization."), tr("NAME"))};
    if (!ctx.parse(2, true, true, options))
        return 2;
    if (!ctx.require({QStringLiteral("name")}))
        return 2;
    std::optional<SharingMode> sharing;
    if (ctx.isSet(QStringLiteral("sharing"))) {
        sharing = Names::fromName<SharingMode>(ctx.value(QStringLiteral("sharing")));
        if (!sharing)
            return ctx.usage(tr("\"%1\" is not a valid value for --sharing; use own, view or "
                                "comment.")
                                 .arg(ctx.value(QStringLiteral("sharing"))));
    }
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    Organization o;
    if (!create) {
        const auto current = byName(ctx, *instance, ctx.value(QStringLiteral("name")));
        if (!current)
            return 1;
        o = *current;
        if (ctx.isSet(QStringLiteral("new-name")))
            o.name = ctx.value(QStringLiteral("new-name"));
    } else {
        o.name = ctx.value(QStringLiteral("name"));
    }
    // Options given replace; options left out keep what is there. "-" clears.
    if (ctx.isSet(QStringLiteral("domain"))) {
        o.domains = ctx.values(QStringLiteral("domain"));
        o.domains.removeAll(QStringLiteral("-"));
    }
    if (sharing)
        o.sharingMode = *sharing;
    if (ctx.isSet(QStringLiteral("group"))) {
        const QString g = ctx.value(QStringLiteral("group"));
        if (g == QLatin1String("-")) {
            o.groupId = 0;
        } else {
            const auto group = instance->groups().findByName(g);
            if (!group)
                return ctx.fail(tr("There is no group named \"%1\". Create it first with: "
                                   "deskbridge group create --name \"%1\"")
                                    .arg(g));
            o.groupId = group->id;
        }
    }
    if (ctx.isSet(QStringLiteral("notes")))
        o.notes = ctx.value(QStringLiteral("notes"));
    if (ctx.isSet(QStringLiteral("tag"))) {
        o.tags = ctx.values(QStringLiteral("tag"));
        o.tags.removeAll(QStringLiteral("-"));
    }
    if (ctx.isSet(QStringLiteral("external-id")))
        o.externalId = ctx.value(QStringLiteral("external-id"));
    auto saved = create ? instance->organizations().create(*actor, o)
                        : instance->organizations().update(*actor, o);
    if (!saved)
        return ctx.fail(saved.error());
    if (ctx.json())
        ctx.printJson(JsonFormat::organization(*saved, groupName(*instance, saved->groupId)));
    else if (create)
        ctx.print(tr("Created the organization %1, id %2.").arg(saved->name).arg(saved->id));
    else
        ctx.print(tr("Updated the organization %1.").arg(saved->name));
    return 0;
}

int OrganizationCommands::list(CliContext &ctx) {
    if (!ctx.parse(
            2, true, true,
            {opt("search", tr("Only those whose name, domain or tag contains this."), tr("TEXT"))}))
        return 2;
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    if (!actor->isStaff())
        return ctx.fail(tr("Only agents and administrators can list organizations."));
    const auto orgs = instance->organizations().list(ctx.value(QStringLiteral("search")));
    if (ctx.json()) {
        QJsonArray arr;
        for (const Organization &o : orgs)
            arr.append(JsonFormat::organization(o, groupName(*instance, o.groupId)));
        ctx.printJson(arr);
        return 0;
    }
    for (const Organization &o : orgs)
        ctx.print(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                      .arg(o.id)
                      .arg(o.name, Names::name(o.sharingMode))
                      .arg(o.memberCount)
                      .arg(o.ticketCount)
                      .arg(o.domains.join(QLatin1Char(' '))));
    return 0;
}

int OrganizationCommands::show(CliContext &ctx) {
    if (!ctx.parse(2, true, true, {opt("name", tr("The organization's name."), tr("NAME"))}))
        return 2;
    if (!ctx.require({QStringLiteral("name")}))
        return 2;
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    if (!actor->isStaff())
        return ctx.fail(tr("Only agents and administrators can see organizations."));
    auto o = byName(ctx, *instance, ctx.value(QStringLiteral("name")));
    if (!o)
        return 1;
    const auto members = instance->organizations().members(o->id);
    if (ctx.json()) {
        QJsonObject obj = JsonFormat::organization(*o, groupName(*instance, o->groupId));
        QJsonArray arr;
        for (const OrganizationMember &m : members)
            arr.append(JsonFormat::member(m));
        obj.insert(QStringLiteral("member_list"), arr);
        ctx.printJson(obj);
        return 0;
    }
    ctx.print(tr("Organization: %1 (id %2)").arg(o->name).arg(o->id));
    ctx.print(tr("Domains:      %1").arg(o->domains.join(QStringLiteral(", "))));
    ctx.print(tr("Sharing:      %1").arg(Names::label(o->sharingMode)));
    ctx.print(tr("Group:        %1").arg(groupName(*instance, o->groupId)));
    ctx.print(tr("Tags:         %1").arg(o->tags.join(QLatin1Char(' '))));
    ctx.print(tr("Tickets:      %1").arg(o->ticketCount));
    if (!o->notes.isEmpty())
        ctx.print(tr("Notes:        %1").arg(o->notes));
    ctx.print(tr("Members:      %1").arg(members.size()));
    for (const OrganizationMember &m : members)
        ctx.print(QStringLiteral("  %1 <%2>\t%3%4")
                      .arg(m.name, m.email, Names::name(m.role),
                           m.isDefault ? tr(" (default organization)") : QString()));
    return 0;
}

int OrganizationCommands::remove(CliContext &ctx) {
    if (!ctx.parse(2, true, true, {opt("name", tr("The organization's name."), tr("NAME"))}))
        return 2;
    if (!ctx.require({QStringLiteral("name")}))
        return 2;
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    const auto o = byName(ctx, *instance, ctx.value(QStringLiteral("name")));
    if (!o)
        return 1;
    auto done = instance->organizations().remove(*actor, o->id, {Channel::Api});
    if (!done)
        return ctx.fail(done.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("deleted"), o->name},
                                  {QStringLiteral("members"), done->members},
                                  {QStringLiteral("default_for"), done->defaultFor},
                                  {QStringLiteral("tickets"), done->tickets}});
        return 0;
    }
    ctx.print(tr("Deleted the organization %1: %2 member(s) lost the membership (the users "
                 "stay); %3 ticket(s) no longer have an organization.")
                  .arg(o->name)
                  .arg(done->members)
                  .arg(done->tickets));
    return 0;
}

int OrganizationCommands::applyDomains(CliContext &ctx) {
    if (!ctx.parse(2, true, true, {opt("dry-run", tr("Only count who would join."))}))
        return 2;
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    const bool dryRun = ctx.isSet(QStringLiteral("dry-run"));
    auto result = instance->organizations().applyDomains(*actor, dryRun);
    if (!result)
        return ctx.fail(result.error());
    if (ctx.json()) {
        QJsonArray orgs;
        for (const auto &j : result->organizations)
            orgs.append(QJsonObject{{QStringLiteral("organization"), j.organizationName},
                                    {QStringLiteral("users"), int(j.userIds.size())}});
        ctx.printJson(QJsonObject{{QStringLiteral("dry_run"), dryRun},
                                  {QStringLiteral("applied"), result->applied},
                                  {QStringLiteral("users"), result->users},
                                  {QStringLiteral("skipped_for_plan"), result->skippedForPlan},
                                  {QStringLiteral("organizations"), orgs},
                                  {QStringLiteral("summary"), result->summary}});
        return 0;
    }
    ctx.print(result->summary);
    return 0;
}

int OrganizationCommands::org(CliContext &ctx) {
    const QString verb = ctx.args().value(1);
    if (verb == QLatin1String("create"))
        return save(ctx, true);
    if (verb == QLatin1String("update"))
        return save(ctx, false);
    if (verb == QLatin1String("list"))
        return list(ctx);
    if (verb == QLatin1String("show"))
        return show(ctx);
    if (verb == QLatin1String("delete"))
        return remove(ctx);
    if (verb == QLatin1String("apply-domains"))
        return applyDomains(ctx);
    return ctx.usage(tr("Use 'deskbridge org create|update|list|show|delete|apply-domains'."));
}

int OrganizationCommands::userUpdate(CliContext &ctx) {
    if (!ctx.parse(
            2, true, true,
            {opt("email", tr("The user's email address."), tr("EMAIL")),
             opt("name", tr("New full name."), tr("NAME")),
             opt("role", tr("admin, agent or end-user."), tr("ROLE")),
             opt("organization",
                 tr("An organization the user belongs to (repeatable; replaces "
                    "the memberships; - for none)."),
                 tr("NAME")),
             opt("default-organization", tr("The user's default organization."), tr("NAME"))}))
        return 2;
    if (!ctx.require({QStringLiteral("email")}))
        return 2;
    std::optional<Role> role;
    if (ctx.isSet(QStringLiteral("role"))) {
        role = Names::fromName<Role>(
            ctx.value(QStringLiteral("role")).replace(QLatin1Char('_'), QLatin1Char('-')));
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
    auto user = instance->users().findByEmail(ctx.value(QStringLiteral("email")));
    if (!user)
        return ctx.fail(tr("There is no user with the email address %1.")
                            .arg(ctx.value(QStringLiteral("email")).trimmed()));
    if (ctx.isSet(QStringLiteral("name")))
        user->name = ctx.value(QStringLiteral("name"));
    if (role)
        user->role = *role;
    std::optional<QList<Id>> organizations;
    if (ctx.isSet(QStringLiteral("organization"))) {
        QList<Id> ids;
        for (const QString &name : ctx.values(QStringLiteral("organization"))) {
            if (name == QLatin1String("-"))
                continue;
            const auto o = byName(ctx, *instance, name);
            if (!o)
                return 1;
            ids.append(o->id);
        }
        // The default follows the memberships unless --default-organization says otherwise.
        organizations = ids;
    }
    if (ctx.isSet(QStringLiteral("default-organization"))) {
        const auto o = byName(ctx, *instance, ctx.value(QStringLiteral("default-organization")));
        if (!o)
            return 1;
        user->defaultOrganizationId = o->id;
    }
    if (Status s = instance->users().update(*actor, *user, organizations); !s)
        return ctx.fail(s.error());
    const auto updated = instance->users().find(user->id);
    if (ctx.json()) {
        QJsonObject obj = JsonFormat::user(*updated);
        QJsonArray orgs;
        for (const Organization &o : instance->organizations().organizationsOf(user->id))
            orgs.append(o.name);
        obj.insert(QStringLiteral("organizations"), orgs);
        const auto def = instance->organizations().find(updated->defaultOrganizationId);
        obj.insert(QStringLiteral("default_organization"),
                   def ? QJsonValue(def->name) : QJsonValue(QJsonValue::Null));
        ctx.printJson(obj);
    } else {
        ctx.print(tr("Updated %1 <%2>.").arg(updated->name, updated->email));
    }
    return 0;
}

int OrganizationCommands::import(CliContext &ctx) {
    const QString what = ctx.args().value(1);
    const bool users = what == QLatin1String("users");
    if (!users && what != QLatin1String("organizations"))
        return ctx.usage(tr("Use 'deskbridge import users FILE' or 'deskbridge import "
                            "organizations FILE'."));
    if (!ctx.parse(2, true, true,
                   {opt("dry-run", tr("Check the file and say what would happen; write nothing.")),
                    opt("create-missing-organizations",
                        tr("Create the organizations the users file names that do not exist.")),
                    opt("skip-bad-rows", tr("Import the good rows even if some rows are bad."))}))
        return 2;
    const QStringList files = ctx.positional();
    if (files.size() != 1)
        return ctx.usage(
            tr("Give one CSV file, e.g. 'deskbridge import %1 people.csv'.").arg(what));
    ImportOptions options;
    options.dryRun = ctx.isSet(QStringLiteral("dry-run"));
    options.createMissingOrganizations = ctx.isSet(QStringLiteral("create-missing-organizations"));
    options.skipBadRows = ctx.isSet(QStringLiteral("skip-bad-rows"));
    if (options.createMissingOrganizations && !users)
        return ctx.usage(tr("--create-missing-organizations is for 'deskbridge import users'."));
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    auto result = users
                      ? instance->imports().importUsersFile(*actor, files.first(), options)
                      : instance->imports().importOrganizationsFile(*actor, files.first(), options);
    if (!result)
        return ctx.fail(result.error());
    const ImportReport &r = *result;
    const bool refused = !r.clean() && (!options.skipBadRows || r.fileProblem);
    if (ctx.json()) {
        QJsonArray errors;
        for (const Importing::RowError &e : r.errors)
            errors.append(QJsonObject{{QStringLiteral("line"), e.line},
                                      {QStringLiteral("column"), e.column},
                                      {QStringLiteral("message"), e.message}});
        ctx.printJson(QJsonObject{
            {QStringLiteral("dry_run"), options.dryRun},
            {QStringLiteral("written"), r.written},
            {QStringLiteral("rows"), r.rows},
            {QStringLiteral("bad_rows"), r.badRows},
            {QStringLiteral("created"), r.created},
            {QStringLiteral("updated"), r.updated},
            {QStringLiteral("organizations_created"),
             QJsonArray::fromStringList(r.organizationsCreated)},
            {QStringLiteral("unknown_organizations"),
             QJsonArray::fromStringList(r.unknownOrganizations)},
            {QStringLiteral("joined_by_domain"), r.joinedByDomain},
            {QStringLiteral("ignored_columns"), QJsonArray::fromStringList(r.ignoredColumns)},
            {QStringLiteral("errors"), errors},
            {QStringLiteral("summary"), r.summary}});
        return refused ? 1 : 0;
    }
    for (const Importing::RowError &e : r.errors)
        ctx.fail(e.toString());
    if (!r.ignoredColumns.isEmpty())
        ctx.print(tr("Columns not imported: %1").arg(r.ignoredColumns.join(QStringLiteral(", "))));
    if (!refused) {
        ctx.print(r.summary);
        return 0;
    }
    ctx.fail(r.summary);
    if (!r.fileProblem && !options.skipBadRows)
        ctx.fail(tr("Add --skip-bad-rows to import the good rows only; --dry-run checks a file "
                    "without writing."));
    if (!r.unknownOrganizations.isEmpty())
        ctx.fail(tr("Add --create-missing-organizations to create the organizations the file "
                    "names that do not exist yet."));
    return 1;
}
} // namespace

int runOrg(CliContext &ctx) {
    return OrganizationCommands::org(ctx);
}
int runUserUpdate(CliContext &ctx) {
    return OrganizationCommands::userUpdate(ctx);
}
int runImport(CliContext &ctx) {
    return OrganizationCommands::import(ctx);
}

} // namespace DeskBridge::Cli
