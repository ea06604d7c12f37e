// The business-rule subcommands: trigger list|show|create|update|delete and
// view list|show|create|update|delete. Definitions are JSON (see RuleDefinitions.h), read from a
// file or standard input, so admins can keep their rules in version control:
//   deskbridge trigger show 3 --json > warranty.json   (edit)   deskbridge trigger update 3 -
// They go through the same services, with the same checks, as the Admin Center.
#include "app/cli/Commands.h"
#include "app/rules/SampleRules.h"
#include "app/services/TriggerService.h"
#include "app/services/ViewService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DeskBridge::Cli {

using namespace Domain;
using namespace Services;

namespace {

QCommandLineOption opt(const char *name, const QString &help, const QString &value = {}) {
    return value.isEmpty() ? QCommandLineOption(QString::fromLatin1(name), help)
                           : QCommandLineOption(QString::fromLatin1(name), help, value);
}

class RuleCommands {
    Q_DECLARE_TR_FUNCTIONS(RuleCommands)
public:
    static int trigger(CliContext &ctx);
    static int view(CliContext &ctx);

private:
    static QList<QCommandLineOption> writeOptions();
    struct Definition {
        bool given = false;  // --file or "-" was there
        bool failed = false; // ... but could not be read (the message is printed)
        QByteArray json;
    };
    // The definition from --file F, or from standard input for "--file -" or a positional "-".
    static Definition definition(CliContext &ctx, int positionalIndex);
    static bool activeFlag(CliContext &ctx, std::optional<bool> &active);
    static bool positionOption(CliContext &ctx, std::optional<int> &position);
    static QString compact(const QJsonValue &v);

    static int triggerList(CliContext &ctx);
    static int triggerShow(CliContext &ctx);
    static int triggerCreate(CliContext &ctx);
    static int triggerUpdate(CliContext &ctx);
    static int triggerDelete(CliContext &ctx);
    static void printTrigger(CliContext &ctx, const TriggerInfo &t);

    static int viewList(CliContext &ctx);
    static int viewShow(CliContext &ctx);
    static int viewCreate(CliContext &ctx);
    static int viewUpdate(CliContext &ctx);
    static int viewDelete(CliContext &ctx);
    static void printView(CliContext &ctx, const ViewInfo &v);
};

QList<QCommandLineOption> RuleCommands::writeOptions() {
    return {opt("file", tr("Read the JSON definition from this file (- for standard input)."),
                tr("FILE")),
            opt("position", tr("Put it at this place in the order (1 = first)."), tr("N")),
            opt("activate", tr("Make it active.")), opt("deactivate", tr("Make it inactive."))};
}

RuleCommands::Definition RuleCommands::definition(CliContext &ctx, int positionalIndex) {
    Definition out;
    QString path = ctx.value(QStringLiteral("file"));
    if (path.isEmpty() && ctx.positional().value(positionalIndex) == QLatin1String("-"))
        path = QStringLiteral("-");
    if (path.isEmpty())
        return out;
    out.given = true;
    QFile file;
    const bool opened = path == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        ctx.fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
        out.failed = true;
        return out;
    }
    // Rules are small; a cap keeps a wrong file (or a stream that never ends) from eating memory.
    constexpr qint64 maxSize = 4 * 1024 * 1024;
    out.json = file.read(maxSize + 1);
    if (out.json.size() > maxSize) {
        ctx.fail(tr("%1 is larger than 4 MiB; a rule definition is much smaller.").arg(path));
        out.failed = true;
    }
    return out;
}

bool RuleCommands::activeFlag(CliContext &ctx, std::optional<bool> &active) {
    const bool on = ctx.isSet(QStringLiteral("activate"));
    const bool off = ctx.isSet(QStringLiteral("deactivate"));
    if (on && off) {
        ctx.usage(tr("Give either --activate or --deactivate, not both."));
        return false;
    }
    if (on || off)
        active = on;
    return true;
}

bool RuleCommands::positionOption(CliContext &ctx, std::optional<int> &position) {
    if (!ctx.isSet(QStringLiteral("position")))
        return true;
    bool ok = false;
    const int p = ctx.value(QStringLiteral("position")).toInt(&ok);
    if (!ok || p < 1) {
        ctx.usage(tr("--position takes a whole number from 1."));
        return false;
    }
    position = p;
    return true;
}

QString RuleCommands::compact(const QJsonValue &v) {
    return QString::fromUtf8(v.isArray()
                                 ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

// ---- triggers -------------------------------------------------------------------------------

void RuleCommands::printTrigger(CliContext &ctx, const TriggerInfo &t) {
    ctx.print(QStringLiteral("#%1 %2").arg(t.id).arg(t.title));
    ctx.print(tr("Position %1, %2").arg(t.position).arg(t.active ? tr("active") : tr("inactive")));
    if (t.broken)
        ctx.print(tr("Broken, does not run: %1").arg(t.problems.join(QStringLiteral("; "))));
    if (!t.planNotice.isEmpty())
        ctx.print(t.planNotice);
    ctx.print(tr("Conditions: %1").arg(compact(t.condition.toJsonObject())));
    ctx.print(tr("Actions: %1").arg(compact(t.actions.toJsonArray())));
}

int RuleCommands::triggerList(CliContext &ctx) {
    if (!ctx.parse(2, true, true))
        return 2;
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    const auto list = instance->triggers().list(*actor);
    if (!list)
        return ctx.fail(list.error());
    if (ctx.json()) {
        QJsonArray arr;
        for (const TriggerInfo &t : *list)
            arr.append(RuleDefinitions::toJson(t));
        ctx.printJson(arr);
        return 0;
    }
    for (const TriggerInfo &t : *list)
        ctx.print(QStringLiteral("#%1\t%2\t%3\t%4")
                      .arg(t.id)
                      .arg(t.broken   ? tr("broken")
                           : t.active ? tr("active")
                                      : tr("inactive"),
                           t.title, t.problems.join(QStringLiteral("; "))));
    ctx.print(tr("%n trigger(s)", nullptr, int(list->size())));
    return 0;
}

int RuleCommands::triggerShow(CliContext &ctx) {
    if (!ctx.parse(2, true, true))
        return 2;
    if (ctx.positional().isEmpty())
        return ctx.usage(tr("Give the trigger's id or title, e.g. 'deskbridge trigger show 3'."));
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    const auto t = instance->triggers().find(*actor, ctx.positional().join(QLatin1Char(' ')));
    if (!t)
        return ctx.fail(t.error());
    if (ctx.json())
        ctx.printJson(RuleDefinitions::toJson(*t));
    else
        printTrigger(ctx, *t);
    return 0;
}

int RuleCommands::triggerCreate(CliContext &ctx) {
    QList<QCommandLineOption> options = writeOptions();
    options += {opt("sample", tr("Create a shipped sample trigger: warranty."), tr("NAME")),
                opt("agreement", tr("The sharing agreement the sample shares with."), tr("ID"))};
    if (!ctx.parse(2, true, true, options))
        return 2;
    TriggerDraft draft;
    if (ctx.isSet(QStringLiteral("sample"))) {
        if (ctx.value(QStringLiteral("sample")) != QLatin1String("warranty"))
            return ctx.usage(tr("Unknown sample \"%1\"; the samples are: warranty.")
                                 .arg(ctx.value(QStringLiteral("sample"))));
        bool ok = false;
        const qint64 agreement = ctx.value(QStringLiteral("agreement")).toLongLong(&ok);
        if (!ok || agreement <= 0)
            return ctx.usage(tr("The warranty sample shares with the manufacturer: give "
                                "--agreement ID (an outbound sharing agreement)."));
        const Rules::Trigger sample = Rules::samples::warrantyTrigger(agreement);
        draft = {sample.title, std::nullopt, std::nullopt, sample.condition, sample.actions};
    } else {
        const Definition json = definition(ctx, 0);
        if (!json.given)
            return ctx.usage(tr("Give the definition: --file FILE, or - to read standard "
                                "input, or --sample warranty --agreement ID."));
        if (json.failed)
            return 1;
        auto parsed = RuleDefinitions::triggerFromJson(json.json);
        if (!parsed)
            return ctx.fail(parsed.error());
        draft = *parsed;
    }
    if (!activeFlag(ctx, draft.active) || !positionOption(ctx, draft.position))
        return 2;
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    const auto created = instance->triggers().create(*actor, draft);
    if (!created)
        return ctx.fail(created.error());
    if (ctx.json())
        ctx.printJson(RuleDefinitions::toJson(*created));
    else
        ctx.print(tr("Created the trigger #%1 \"%2\".").arg(created->id).arg(created->title));
    return 0;
}

int RuleCommands::triggerUpdate(CliContext &ctx) {
    if (!ctx.parse(2, true, true, writeOptions()))
        return 2;
    if (ctx.positional().isEmpty())
        return ctx.usage(tr("Give the trigger's id, e.g. 'deskbridge trigger update 3 --file "
                            "rule.json'."));
    std::optional<bool> active;
    std::optional<int> position;
    if (!activeFlag(ctx, active) || !positionOption(ctx, position))
        return 2;
    const Definition json = definition(ctx, 1);
    if (json.failed)
        return 1;
    if (!json.given && !active && !position)
        return ctx.usage(tr("Nothing to change: give --file FILE (or -), --activate, "
                            "--deactivate or --position N."));
    std::optional<TriggerDraft> draft;
    if (json.given) {
        auto parsed = RuleDefinitions::triggerFromJson(json.json);
        if (!parsed)
            return ctx.fail(parsed.error());
        draft = *parsed;
    }
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    TriggerService &triggers = instance->triggers();
    const auto current = triggers.find(*actor, ctx.positional().first());
    if (!current)
        return ctx.fail(current.error());
    if (!draft) {
        // Only the flags: the stored definition stays as it is.
        if (active) {
            if (Status s = triggers.setActive(*actor, current->id, *active); !s)
                return ctx.fail(s.error());
        }
        if (position) {
            QList<Id> ids;
            const auto all = triggers.list(*actor);
            for (const TriggerInfo &t : all.value())
                ids.append(t.id);
            ids.removeAll(current->id);
            ids.insert(std::min(*position - 1, int(ids.size())), current->id);
            if (Status s = triggers.reorder(*actor, ids); !s)
                return ctx.fail(s.error());
        }
    } else {
        if (draft->title.trimmed().isEmpty())
            draft->title = current->title; // a definition without title keeps the name
        if (active)
            draft->active = active;
        if (position)
            draft->position = position;
        const auto updated = triggers.update(*actor, current->id, *draft);
        if (!updated)
            return ctx.fail(updated.error());
    }
    const auto after = triggers.get(*actor, current->id);
    if (ctx.json())
        ctx.printJson(RuleDefinitions::toJson(*after));
    else
        ctx.print(tr("Updated the trigger #%1 \"%2\".").arg(after->id).arg(after->title));
    return 0;
}

int RuleCommands::triggerDelete(CliContext &ctx) {
    if (!ctx.parse(2, true, false))
        return 2;
    if (ctx.positional().isEmpty())
        return ctx.usage(tr("Give the trigger's id, e.g. 'deskbridge trigger delete 3'."));
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    const auto t = instance->triggers().find(*actor, ctx.positional().join(QLatin1Char(' ')));
    if (!t)
        return ctx.fail(t.error());
    if (Status s = instance->triggers().remove(*actor, t->id); !s)
        return ctx.fail(s.error());
    ctx.print(tr("Deleted the trigger #%1 \"%2\".").arg(t->id).arg(t->title));
    return 0;
}

int RuleCommands::trigger(CliContext &ctx) {
    const QString verb = ctx.args().value(1);
    if (verb == QLatin1String("list"))
        return triggerList(ctx);
    if (verb == QLatin1String("show"))
        return triggerShow(ctx);
    if (verb == QLatin1String("create"))
        return triggerCreate(ctx);
    if (verb == QLatin1String("update"))
        return triggerUpdate(ctx);
    if (verb == QLatin1String("delete"))
        return triggerDelete(ctx);
    return ctx.usage(tr("Use 'deskbridge trigger list|show|create|update|delete'."));
}

// ---- views ----------------------------------------------------------------------------------

void RuleCommands::printView(CliContext &ctx, const ViewInfo &v) {
    ctx.print(QStringLiteral("#%1 %2").arg(v.id).arg(v.title));
    ctx.print(tr("Position %1, %2, key %3")
                  .arg(v.position)
                  .arg(v.active ? tr("active") : tr("inactive"), v.key()));
    if (v.broken)
        ctx.print(tr("Broken, matches nothing: %1").arg(v.problems.join(QStringLiteral("; "))));
    ctx.print(tr("Conditions: %1").arg(compact(v.condition.toJsonObject())));
    ctx.print(tr("Sort: %1 %2")
                  .arg(v.sort.column, v.sort.order == Qt::AscendingOrder ? QStringLiteral("asc")
                                                                         : QStringLiteral("desc")));
    if (!v.columns.isEmpty())
        ctx.print(tr("Columns: %1").arg(v.columns.join(QStringLiteral(", "))));
}

int RuleCommands::viewList(CliContext &ctx) {
    if (!ctx.parse(2, true, true))
        return 2;
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    // Admins see the account's own views with their state; everyone sees the sidebar's views.
    if (actor->isAdmin()) {
        const auto list = instance->views().customViews(*actor);
        if (!list)
            return ctx.fail(list.error());
        const QHash<QString, int> counts = instance->views().counts(*actor);
        if (ctx.json()) {
            QJsonArray builtins;
            for (const ViewDefinition &v : instance->views().views(*actor)) {
                if (v.builtin)
                    builtins.append(QJsonObject{{QStringLiteral("key"), v.key},
                                                {QStringLiteral("title"), v.title},
                                                {QStringLiteral("count"), counts.value(v.key)}});
            }
            QJsonArray own;
            for (const ViewInfo &v : *list) {
                QJsonObject o = RuleDefinitions::toJson(v);
                if (counts.contains(v.key()))
                    o.insert(QStringLiteral("count"), counts.value(v.key()));
                own.append(o);
            }
            ctx.printJson(
                QJsonObject{{QStringLiteral("builtin"), builtins}, {QStringLiteral("views"), own}});
            return 0;
        }
        for (const ViewDefinition &v : instance->views().views(*actor)) {
            if (v.builtin)
                ctx.print(QStringLiteral("%1\t%2\t%3")
                              .arg(v.key, tr("built in"),
                                   v.title + QStringLiteral(" (") +
                                       QString::number(counts.value(v.key)) + QLatin1Char(')')));
        }
        for (const ViewInfo &v : *list)
            ctx.print(QStringLiteral("%1\t%2\t%3%4")
                          .arg(v.key(),
                               v.broken   ? tr("broken")
                               : v.active ? tr("active")
                                          : tr("inactive"),
                               v.title,
                               counts.contains(v.key())
                                   ? QStringLiteral(" (%1)").arg(counts.value(v.key()))
                                   : QString()));
        return 0;
    }
    const QHash<QString, int> counts = instance->views().counts(*actor);
    const auto views = instance->views().views(*actor);
    if (ctx.json()) {
        QJsonArray arr;
        for (const ViewDefinition &v : views)
            arr.append(QJsonObject{{QStringLiteral("key"), v.key},
                                   {QStringLiteral("title"), v.title},
                                   {QStringLiteral("broken"), v.broken},
                                   {QStringLiteral("count"), counts.value(v.key)}});
        ctx.printJson(arr);
        return 0;
    }
    for (const ViewDefinition &v : views)
        ctx.print(QStringLiteral("%1\t%2 (%3)").arg(v.key, v.title).arg(counts.value(v.key)));
    return 0;
}

int RuleCommands::viewShow(CliContext &ctx) {
    if (!ctx.parse(2, true, true))
        return 2;
    if (ctx.positional().isEmpty())
        return ctx.usage(tr("Give the view's id or title, e.g. 'deskbridge view show 2'."));
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    const auto v = instance->views().findCustom(*actor, ctx.positional().join(QLatin1Char(' ')));
    if (!v)
        return ctx.fail(v.error());
    if (ctx.json())
        ctx.printJson(RuleDefinitions::toJson(*v));
    else
        printView(ctx, *v);
    return 0;
}

int RuleCommands::viewCreate(CliContext &ctx) {
    if (!ctx.parse(2, true, true, writeOptions()))
        return 2;
    const Definition json = definition(ctx, 0);
    if (!json.given)
        return ctx.usage(tr("Give the definition: --file FILE, or - to read standard input."));
    if (json.failed)
        return 1;
    auto draft = RuleDefinitions::viewFromJson(json.json);
    if (!draft)
        return ctx.fail(draft.error());
    ViewDraft d = *draft;
    if (!activeFlag(ctx, d.active) || !positionOption(ctx, d.position))
        return 2;
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    const auto created = instance->views().create(*actor, d);
    if (!created)
        return ctx.fail(created.error());
    if (ctx.json())
        ctx.printJson(RuleDefinitions::toJson(*created));
    else
        ctx.print(tr("Created the view #%1 \"%2\" (key %3).")
                      .arg(created->id)
                      .arg(created->title, created->key()));
    return 0;
}

int RuleCommands::viewUpdate(CliContext &ctx) {
    if (!ctx.parse(2, true, true, writeOptions()))
        return 2;
    if (ctx.positional().isEmpty())
        return ctx.usage(
            tr("Give the view's id, e.g. 'deskbridge view update 2 --file view.json'."));
    std::optional<bool> active;
    std::optional<int> position;
    if (!activeFlag(ctx, active) || !positionOption(ctx, position))
        return 2;
    const Definition json = definition(ctx, 1);
    if (json.failed)
        return 1;
    if (!json.given && !active && !position)
        return ctx.usage(tr("Nothing to change: give --file FILE (or -), --activate, "
                            "--deactivate or --position N."));
    std::optional<ViewDraft> draft;
    if (json.given) {
        auto parsed = RuleDefinitions::viewFromJson(json.json);
        if (!parsed)
            return ctx.fail(parsed.error());
        draft = *parsed;
    }
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    ViewService &views = instance->views();
    const auto current = views.findCustom(*actor, ctx.positional().first());
    if (!current)
        return ctx.fail(current.error());
    if (!draft) {
        if (active) {
            if (Status s = views.setActive(*actor, current->id, *active); !s)
                return ctx.fail(s.error());
        }
        if (position) {
            QList<Id> ids;
            const auto all = views.customViews(*actor);
            for (const ViewInfo &v : all.value())
                ids.append(v.id);
            ids.removeAll(current->id);
            ids.insert(std::min(*position - 1, int(ids.size())), current->id);
            if (Status s = views.reorder(*actor, ids); !s)
                return ctx.fail(s.error());
        }
    } else {
        if (draft->title.trimmed().isEmpty())
            draft->title = current->title;
        if (active)
            draft->active = active;
        if (position)
            draft->position = position;
        const auto updated = views.update(*actor, current->id, *draft);
        if (!updated)
            return ctx.fail(updated.error());
    }
    const auto after = views.customView(*actor, current->id);
    if (ctx.json())
        ctx.printJson(RuleDefinitions::toJson(*after));
    else
        ctx.print(tr("Updated the view #%1 \"%2\".").arg(after->id).arg(after->title));
    return 0;
}

int RuleCommands::viewDelete(CliContext &ctx) {
    if (!ctx.parse(2, true, false))
        return 2;
    if (ctx.positional().isEmpty())
        return ctx.usage(tr("Give the view's id, e.g. 'deskbridge view delete 2'."));
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    const auto v = instance->views().findCustom(*actor, ctx.positional().join(QLatin1Char(' ')));
    if (!v)
        return ctx.fail(v.error());
    if (Status s = instance->views().remove(*actor, v->id); !s)
        return ctx.fail(s.error());
    ctx.print(tr("Deleted the view #%1 \"%2\".").arg(v->id).arg(v->title));
    return 0;
}

int RuleCommands::view(CliContext &ctx) {
    const QString verb = ctx.args().value(1);
    if (verb == QLatin1String("list"))
        return viewList(ctx);
    if (verb == QLatin1String("show"))
        return viewShow(ctx);
    if (verb == QLatin1String("create"))
        return viewCreate(ctx);
    if (verb == QLatin1String("update"))
        return viewUpdate(ctx);
    if (verb == QLatin1String("delete"))
        return viewDelete(ctx);
    return ctx.usage(tr("Use 'deskbridge view list|show|create|update|delete'."));
}

} // namespace

int runTrigger(CliContext &ctx) {
    return RuleCommands::trigger(ctx);
}
int runView(CliContext &ctx) {
    return RuleCommands::view(ctx);
}

} // namespace DeskBridge::Cli
