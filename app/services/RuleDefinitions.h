#pragma once
// Triggers and views as admins write and read them.
// - TriggerDraft / ViewDraft: a rule as written in the editor, a JSON file kept in version
//   control or piped into the CLI, before the service checks and stores it.
// - TriggerInfo / ViewInfo: a stored rule as the Admin Center and the CLI read it, with its
//   broken status: a rule naming a deleted group, agreement or field is listed with the reasons
//   and does not run (triggers) or matches nothing (views).
// RuleDefinitions reads and writes the JSON form:
//   {"title": "...", "active": true, "position": 2,
//    "conditions": {"all": [{"field": "tags", "operator": "includes", "value": "x"}], "any": []},
//    "actions": [{"field": "share_ticket", "value": 3}]}                  (triggers)
//    "columns": ["id", "subject", "status"], "sort": {"column": "updated_at", "direction": "desc"}
//                                                                           (views, no actions)
// Keys it does not know (id, broken, problems, ... as `show --json` prints them) are ignored, so
// what `show --json` prints can be edited and fed back to `update`.
#include "app/rules/Action.h"
#include "app/rules/Condition.h"
#include "app/rules/ViewSort.h"
#include "models/domain/Entities.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace DeskBridge::Services {

struct TriggerDraft {
    QString title;
    std::optional<bool> active;  // unset: active when created, unchanged on update
    std::optional<int> position; // 1-based run order; unset: last when created, else unchanged
    Rules::Condition condition;
    Rules::ActionList actions;
};

struct TriggerInfo {
    Domain::Id id = 0;
    QString title;
    int position = 0;
    bool active = true;
    Rules::Condition condition;
    Rules::ActionList actions;
    bool broken = false;
    QStringList problems; // why it is broken, one line per bad condition row or action
    QString planNotice;   // set when the plan keeps an action from working (share_ticket)
    QDateTime createdAt;
    QDateTime updatedAt;
    // Whether it takes part in ticket updates.
    bool runs() const { return active && !broken; }
};

struct ViewDraft {
    QString title;
    std::optional<bool> active;
    std::optional<int> position; // 1-based sidebar order among the account's own views
    Rules::Condition condition;
    QStringList columns; // empty: the default columns
    Rules::ViewSort sort;
};

struct ViewInfo {
    Domain::Id id = 0;
    QString title;
    int position = 0;
    bool active = true;
    Rules::Condition condition;
    QStringList columns;
    Rules::ViewSort sort;
    bool broken = false;
    QStringList problems;
    QDateTime createdAt;
    QDateTime updatedAt;
    // The key ViewService::query() and `deskbridge tickets --view` take.
    QString key() const { return QStringLiteral("custom:%1").arg(id); }
};

class RuleDefinitions {
    Q_DECLARE_TR_FUNCTIONS(RuleDefinitions)
public:
    static Result<TriggerDraft> triggerFromJson(const QByteArray &json);
    static Result<TriggerDraft> triggerFromJson(const QJsonObject &object);
    static QJsonObject toJson(const TriggerDraft &draft);
    static QJsonObject toJson(const TriggerInfo &trigger);

    static Result<ViewDraft> viewFromJson(const QByteArray &json);
    static Result<ViewDraft> viewFromJson(const QJsonObject &object);
    static QJsonObject toJson(const ViewDraft &draft);
    static QJsonObject toJson(const ViewInfo &view);

    // The columns a view may show, in their default order.
    static QStringList viewColumns();

private:
    static Result<QJsonObject> object(const QByteArray &json, const QString &what);
    static Status readCommon(const QJsonObject &o, QString &title, std::optional<bool> &active,
                             std::optional<int> &position, Rules::Condition &condition);
};

} // namespace DeskBridge::Services
