#pragma once
// Condition: the condition tree of a trigger or a view as it is stored (triggers.conditions,
// views.conditions): {"all":[row, ...],"any":[row, ...]} with rows {field, operator, value}.
// A ticket matches when every `all` row matches and, if `any` is not empty, at least one `any`
// row does (Zendesk's rule). The rows are kept as written, so a rule saved by a newer version or
// naming a deleted group still loads and can be shown as broken; CompiledCondition is the
// resolved, typed form the engine and the SQL compiler use.
#include "app/rules/RuleFields.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace DeskBridge::Rules {

class RuleCatalog;
struct CompiledRow;

struct ConditionRow {
    QString field;
    QString op;
    QJsonValue value = QJsonValue(QJsonValue::Undefined); // undefined: no "value" key

    QJsonObject toJson() const;
    friend bool operator==(const ConditionRow &, const ConditionRow &) = default;
};

class Condition {
    Q_DECLARE_TR_FUNCTIONS(Condition)
public:
    enum class List { All, Any };

    static Result<Condition> fromJson(const QByteArray &json);
    static Result<Condition> fromJson(const QJsonObject &object);
    QJsonObject toJsonObject() const;
    QByteArray toJson() const; // compact

    // Builders, for code that makes rules (samples, tests, the editor).
    // Leaving out `value` leaves out the "value" key (present / not_present); QJsonValue() is null.
    Condition &addAll(const QString &field, const QString &op,
                      const QJsonValue &value = QJsonValue::Undefined);
    Condition &addAny(const QString &field, const QString &op,
                      const QJsonValue &value = QJsonValue::Undefined);

    const QList<ConditionRow> &all() const { return m_all; }
    const QList<ConditionRow> &any() const { return m_any; }
    QList<ConditionRow> &all() { return m_all; }
    QList<ConditionRow> &any() { return m_any; }
    bool isEmpty() const { return m_all.isEmpty() && m_any.isEmpty(); }

    // Everything a save must check: at least one row; each row's field, operator and value;
    // fields that only triggers may use (update_type, current_via, within_business_hours) when
    // `kind` is View; the catalog's groups, users, organizations, agreements and custom fields
    // (existence, agreement direction, custom field type). The message names the first bad row:
    // "Condition 3 (all): the operator 'greater_than' does not apply to the field 'tags'".
    Status validate(const RuleCatalog &catalog, RuleKind kind = RuleKind::Trigger) const;
    // Only the references to things that do not exist (any more), one message per bad row.
    // Services list these on the rule and do not run the rule while there are any.
    QStringList brokenReferences(const RuleCatalog &catalog) const;

    // "Condition 3 (all)": how messages name a row (index is 0-based, the text 1-based).
    static QString rowLabel(List list, int index);

    friend bool operator==(const Condition &, const Condition &) = default;

private:
    struct RowProblem {
        QString message;
        bool brokenReference = false;
    };
    // The first problem of each bad row, in order: malformed, broken reference, or not fitting
    // the catalog (agreement direction, custom field type) or the kind of rule.
    QList<RowProblem> problems(const RuleCatalog &catalog, RuleKind kind) const;
    // The first problem of a compiled row against the catalog, or an empty string.
    static QString referenceProblem(const CompiledRow &row, const RuleCatalog &catalog,
                                    const QString &label);
    static QString fitProblem(const CompiledRow &row, const RuleCatalog &catalog, RuleKind kind,
                              const QString &label);

    QList<ConditionRow> m_all;
    QList<ConditionRow> m_any;
};

} // namespace DeskBridge::Rules
