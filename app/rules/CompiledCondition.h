#pragma once
// CompiledCondition: a Condition resolved once into typed rows (enum codes, ids, thresholds in
// milliseconds, normalized tag lists), so that evaluating it thousands of times per second
// parses nothing and allocates nothing. compile() checks everything that needs no catalog;
// Condition::validate() adds the catalog's checks on top.
#include "app/rules/Condition.h"
#include "app/rules/RuleFields.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace DeskBridge::Rules {

struct CompiledRow {
    // How a custom field row compares: as text, as a number, a checkbox ("1" when ticked) or an
    // ISO date (yyyy-MM-dd, compared as text, which orders dates correctly).
    enum class ValueKind : quint8 { Text, Number, Checkbox, Date };

    Field field = Field::Status;
    Operator op = Operator::Is;
    bool isNull = false;      // value null: "none" (no group, no assignee, ...)
    qint64 number = 0;        // enum code, id (0 = none), bool (0/1), threshold in ms
    qint64 customFieldId = 0; // Field::CustomField
    ValueKind valueKind = ValueKind::Text;
    double real = 0;  // custom number fields
    QString text;     // custom text / checkbox / date fields
    QStringList tags; // Field::Tags, normalized and distinct
};

class CompiledCondition {
    Q_DECLARE_TR_FUNCTIONS(CompiledCondition)
public:
    static Result<CompiledCondition> compile(const Condition &condition);
    // One row; `label` is how messages name it ("Condition 2 (any)").
    static Result<CompiledRow> compileRow(const ConditionRow &row, const QString &label);

    const QList<CompiledRow> &all() const { return m_all; }
    const QList<CompiledRow> &any() const { return m_any; }
    bool isEmpty() const { return m_all.isEmpty() && m_any.isEmpty(); }
    // Whether evaluating needs the business-hours schedule (so callers can skip computing it).
    bool usesBusinessHours() const { return m_usesBusinessHours; }

private:
    QList<CompiledRow> m_all;
    QList<CompiledRow> m_any;
    bool m_usesBusinessHours = false;
};

} // namespace DeskBridge::Rules
