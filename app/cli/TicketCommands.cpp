// The ticket subcommands: ticket create|update|comment|show, and tickets (lists and views).
#include "app/cli/Commands.h"
#include "app/cli/JsonFormat.h"
#include "app/services/FieldService.h"
#include "app/services/GroupService.h"
#include "app/services/TicketService.h"
#include "app/services/UserService.h"
#include "app/services/ViewService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace DeskBridge::Cli {

using namespace Domain;
using namespace Services;

namespace {
class TicketCommands {
    Q_DECLARE_TR_FUNCTIONS(TicketCommands)
public:
    static int ticket(CliContext &ctx);
    static int tickets(CliContext &ctx);

private:
    static int create(CliContext &ctx);
    static int update(CliContext &ctx, bool commentOnly);
    static int show(CliContext &ctx);
    static bool parseId(CliContext &ctx, Id &id);
    static bool fieldValues(CliContext &ctx, Instance &instance, QMap<Id, QString> &out);
    template <typename E> static bool parseEnum(CliContext &ctx, const QString &option, E &out);
    static bool resolveGroup(CliContext &ctx, Instance &instance, Id &out);
    static bool resolveAssignee(CliContext &ctx, Instance &instance, Id &out);
};

QCommandLineOption opt(const char *name, const QString &help, const QString &value = {}) {
    return value.isEmpty() ? QCommandLineOption(QString::fromLatin1(name), help)
                           : QCommandLineOption(QString::fromLatin1(name), help, value);
}

template <typename E>
bool TicketCommands::parseEnum(CliContext &ctx, const QString &option, E &out) {
    const auto v = Names::fromName<E>(ctx.value(option));
    if (!v) {
        ctx.usage(
            tr("\"%1\" is not a valid value for --%2; use one of: %3.")
                .arg(ctx.value(option), option, Names::allNames<E>().join(QStringLiteral(", "))));
        return false;
    }
    out = *v;
    return true;
}

bool TicketCommands::parseId(CliContext &ctx, Id &id) {
    const QStringList pos = ctx.positional();
    bool ok = false;
    id = pos.value(0).remove(QLatin1Char('#')).toLongLong(&ok);
    if (!ok || id <= 0) {
        ctx.usage(tr("Give the ticket number, e.g. 'deskbridge ticket show 42'."));
        return false;
    }
    return true;
}

bool TicketCommands::fieldValues(CliContext &ctx, Instance &instance, QMap<Id, QString> &out) {
    for (const QString &kv : ctx.values(QStringLiteral("field"))) {
        const int eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            ctx.usage(tr("--field takes KEY=VALUE, not \"%1\".").arg(kv));
            return false;
        }
        const auto f = instance.fields().findByKeyOrTitle(kv.left(eq));
        if (!f) {
            ctx.fail(tr("There is no custom field \"%1\".").arg(kv.left(eq)));
            return false;
        }
        out.insert(f->id, kv.mid(eq + 1));
    }
    return true;
}

bool TicketCommands::resolveGroup(CliContext &ctx, Instance &instance, Id &out) {
    const QString name = ctx.value(QStringLiteral("group"));
    if (name.isEmpty() || name == QLatin1String("-")) {
        out = 0;
        return true;
    }
    const auto g = instance.groups().findByName(name);
    if (!g) {
        ctx.fail(tr("There is no group named \"%1\".").arg(name));
        return false;
    }
    out = g->id;
    return true;
}

bool TicketCommands::resolveAssignee(CliContext &ctx, Instance &instance, Id &out) {
    const QString email = ctx.value(QStringLiteral("assignee"));
    if (email.isEmpty() || email == QLatin1String("-")) {
        out = 0;
        return true;
    }
    const auto u = instance.users().findByEmail(email);
    if (!u) {
        ctx.fail(tr("There is no user with the email address %1.").arg(email));
        return false;
    }
    out = u->id;
    return true;
}

int TicketCommands::create(CliContext &ctx) {
    if (!ctx.parse(2, true, true,
                   {opt("requester", tr("The requester's email (a new address becomes a user)."),
                        tr("EMAIL")),
                    opt("requester-name", tr("Name for a new requester."), tr("NAME")),
                    opt("subject", tr("Subject."), tr("TEXT")),
                    opt("comment", tr("The first comment (description)."), tr("TEXT")),
                    opt("private", tr("Make the first comment an internal note.")),
                    opt("tag", tr("A tag (repeatable)."), tr("TAG")),
                    opt("priority", tr("low, normal, high or urgent."), tr("PRIORITY")),
                    opt("type", tr("question, incident, problem or task."), tr("TYPE")),
                    opt("status", tr("new, open, pending, hold, solved or closed."), tr("STATUS")),
                    opt("group", tr("Group name."), tr("GROUP")),
                    opt("assignee", tr("Assignee's email."), tr("EMAIL")),
                    opt("field", tr("Custom field value (repeatable)."), tr("KEY=VALUE"))}))
        return 2;
    if (!ctx.require({QStringLiteral("subject"), QStringLiteral("comment")}))
        return 2;
    NewTicket t;
    t.subject = ctx.value(QStringLiteral("subject"));
    t.comment = ctx.value(QStringLiteral("comment"));
    t.commentPublic = !ctx.isSet(QStringLiteral("private"));
    t.requesterEmail = ctx.value(QStringLiteral("requester"));
    t.requesterName = ctx.value(QStringLiteral("requester-name"));
    t.tags = ctx.values(QStringLiteral("tag"));
    if (ctx.isSet(QStringLiteral("priority")) &&
        !parseEnum(ctx, QStringLiteral("priority"), t.priority))
        return 2;
    if (ctx.isSet(QStringLiteral("type")) && !parseEnum(ctx, QStringLiteral("type"), t.type))
        return 2;
    if (ctx.isSet(QStringLiteral("status")) && !parseEnum(ctx, QStringLiteral("status"), t.status))
        return 2;
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    if (!resolveGroup(ctx, *instance, t.groupId) ||
        !resolveAssignee(ctx, *instance, t.assigneeId) || !fieldValues(ctx, *instance, t.fields))
        return 1;
    auto created = instance->tickets().create(*actor, t, {Channel::Api});
    if (!created)
        return ctx.fail(created.error());
    if (ctx.json())
        ctx.printJson(JsonFormat::ticket(*instance, *created));
    else
        ctx.print(QString::number(created->id));
    return 0;
}

int TicketCommands::update(CliContext &ctx, bool commentOnly) {
    QList<QCommandLineOption> options{
        opt("body", tr("The comment's text."), tr("TEXT")),
        opt("comment", tr("Add a comment with this text."), tr("TEXT")),
        opt("private", tr("The comment is an internal note."))};
    if (!commentOnly)
        options += {opt("status", tr("new, open, pending, hold, solved or closed."), tr("STATUS")),
                    opt("priority", tr("low, normal, high or urgent."), tr("PRIORITY")),
                    opt("type", tr("question, incident, problem or task."), tr("TYPE")),
                    opt("subject", tr("New subject."), tr("TEXT")),
                    opt("tag", tr("Add a tag (repeatable)."), tr("TAG")),
                    opt("remove-tag", tr("Remove a tag (repeatable)."), tr("TAG")),
                    opt("group", tr("Group name, or - for none."), tr("GROUP")),
                    opt("assignee", tr("Assignee's email, or - for none."), tr("EMAIL")),
                    opt("field", tr("Custom field value (repeatable)."), tr("KEY=VALUE"))};
    if (!ctx.parse(2, true, true, options))
        return 2;
    Id id = 0;
    if (!parseId(ctx, id))
        return 2;
    TicketChange change;
    change.comment = ctx.isSet(QStringLiteral("body")) ? ctx.value(QStringLiteral("body"))
                                                       : ctx.value(QStringLiteral("comment"));
    change.commentPublic = !ctx.isSet(QStringLiteral("private"));
    if (commentOnly && change.comment.trimmed().isEmpty())
        return ctx.usage(tr("--body is required."));
    if (!commentOnly) {
        if (ctx.isSet(QStringLiteral("status"))) {
            TicketStatus s{};
            if (!parseEnum(ctx, QStringLiteral("status"), s))
                return 2;
            change.status = s;
        }
        if (ctx.isSet(QStringLiteral("priority"))) {
            Priority p{};
            if (!parseEnum(ctx, QStringLiteral("priority"), p))
                return 2;
            change.priority = p;
        }
        if (ctx.isSet(QStringLiteral("type"))) {
            TicketType t{};
            if (!parseEnum(ctx, QStringLiteral("type"), t))
                return 2;
            change.type = t;
        }
        if (ctx.isSet(QStringLiteral("subject")))
            change.subject = ctx.value(QStringLiteral("subject"));
        change.addTags = ctx.values(QStringLiteral("tag"));
        change.removeTags = ctx.values(QStringLiteral("remove-tag"));
    }
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    if (!commentOnly) {
        if (ctx.isSet(QStringLiteral("group"))) {
            Id g = 0;
            if (!resolveGroup(ctx, *instance, g))
                return 1;
            change.groupId = g;
        }
        if (ctx.isSet(QStringLiteral("assignee"))) {
            Id a = 0;
            if (!resolveAssignee(ctx, *instance, a))
                return 1;
            change.assigneeId = a;
        }
        if (!fieldValues(ctx, *instance, change.fields))
            return 1;
    }
    if (change.isEmpty())
        return ctx.usage(tr("Nothing to change: give at least one option."));
    if (Status s = instance->tickets().update(*actor, id, change, {Channel::Api}); !s)
        return ctx.fail(s.error());
    if (ctx.json()) {
        auto t = instance->tickets().get(*actor, id);
        if (t)
            ctx.printJson(JsonFormat::ticket(*instance, *t));
    } else {
        ctx.print(tr("Updated ticket #%1.").arg(id));
    }
    return 0;
}

int TicketCommands::show(CliContext &ctx) {
    if (!ctx.parse(2, true, true))
        return 2;
    Id id = 0;
    if (!parseId(ctx, id))
        return 2;
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    auto t = instance->tickets().get(*actor, id);
    if (!t)
        return ctx.fail(t.error());
    const auto comments = instance->tickets().comments(*actor, id);
    if (ctx.json()) {
        QJsonObject o = JsonFormat::ticket(*instance, *t);
        QJsonArray cs;
        for (const Comment &c : comments.value())
            cs.append(JsonFormat::comment(c));
        o.insert(QStringLiteral("comments"), cs);
        if (actor->isStaff()) {
            QJsonArray es;
            const auto events = instance->tickets().events(*actor, id);
            for (const TicketEvent &e : events.value())
                es.append(JsonFormat::event(e));
            o.insert(QStringLiteral("events"), es);
        }
        ctx.printJson(o);
        return 0;
    }
    ctx.print(QStringLiteral("#%1 %2").arg(t->id).arg(t->subject));
    ctx.print(tr("Status: %1, priority: %2, type: %3")
                  .arg(Names::label(t->status), Names::label(t->priority), Names::label(t->type)));
    if (!t->tags.isEmpty())
        ctx.print(tr("Tags: %1").arg(t->tags.join(QLatin1Char(' '))));
    for (const Comment &c : comments.value()) {
        ctx.print(QString());
        ctx.print(QStringLiteral("%1 — %2%3")
                      .arg(c.authorName,
                           QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat),
                           c.isPublic ? QString() : tr(" (internal note)")));
        ctx.print(c.body);
    }
    return 0;
}

int TicketCommands::ticket(CliContext &ctx) {
    const QString verb = ctx.args().value(1);
    if (verb == QLatin1String("create"))
        return create(ctx);
    if (verb == QLatin1String("update"))
        return update(ctx, false);
    if (verb == QLatin1String("comment"))
        return update(ctx, true);
    if (verb == QLatin1String("show"))
        return show(ctx);
    if (verb == QLatin1String("share") || verb == QLatin1String("unshare"))
        return runTicketShare(ctx);
    return ctx.usage(tr("Use 'deskbridge ticket create|update|comment|show|share|unshare'."));
}

int TicketCommands::tickets(CliContext &ctx) {
    if (!ctx.parse(1, true, true,
                   {opt("view", tr("A view's name or key."), tr("NAME")),
                    opt("search", tr("Full-text search in subjects and comments."), tr("TEXT")),
                    opt("limit", tr("At most this many tickets (default 100)."), tr("N")),
                    opt("offset", tr("Skip this many tickets."), tr("N"))}))
        return 2;
    bool ok = true;
    const int limit =
        ctx.isSet(QStringLiteral("limit")) ? ctx.value(QStringLiteral("limit")).toInt(&ok) : 100;
    if (!ok || limit <= 0)
        return ctx.usage(tr("--limit takes a positive number."));
    const int offset = ctx.value(QStringLiteral("offset")).toInt();
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    Store::TicketQuery query = instance->views().everything(*actor);
    if (ctx.isSet(QStringLiteral("view"))) {
        auto q = instance->views().query(*actor, ctx.value(QStringLiteral("view")));
        if (!q)
            return ctx.fail(q.error());
        query = *q;
        const auto view = instance->views().find(*actor, ctx.value(QStringLiteral("view")));
        if (view && view->broken)
            ctx.warn(tr("The view \"%1\" is broken and shows no tickets: %2")
                         .arg(view->title, view->problems.join(QStringLiteral("; "))));
    }
    query.search = ctx.value(QStringLiteral("search"));
    const int total = instance->views().count(query);
    const auto rows = instance->views().page(query, offset, limit);
    if (ctx.json()) {
        QJsonArray arr;
        for (const TicketRow &r : rows)
            arr.append(JsonFormat::ticketRow(r));
        ctx.printJson(
            QJsonObject{{QStringLiteral("count"), total}, {QStringLiteral("tickets"), arr}});
        return 0;
    }
    for (const TicketRow &r : rows)
        ctx.print(QStringLiteral("#%1\t%2\t%3\t%4")
                      .arg(r.id)
                      .arg(Names::name(r.status), r.requester, r.subject));
    ctx.print(tr("%n ticket(s)", nullptr, total));
    return 0;
}
} // namespace

int runTicket(CliContext &ctx) {
    return TicketCommands::ticket(ctx);
}
int runTickets(CliContext &ctx) {
    return TicketCommands::tickets(ctx);
}

} // namespace DeskBridge::Cli
