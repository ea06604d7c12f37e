#pragma once
// ConditionBuilder: the condition editor of triggers and views: a "Meet ALL of the following"
// and a "Meet ANY of the following" section of field / operator / value rows. The value editor
// fits the field: a combo for status, priority, type, groups, agents, organizations and
// agreements (from RuleChoices), a line edit for tags, a spin box for hours, a checkbox for
// booleans. It only builds the Condition; the services check it.
#include "app/rules/Condition.h"
#include "app/services/RuleCache.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QVBoxLayout;

namespace DeskBridge::Ui {

class ConditionBuilder : public QWidget {
    Q_OBJECT
public:
    ConditionBuilder(Rules::RuleKind kind, QWidget *parent = nullptr);

    void setChoices(const Services::RuleChoices &choices);
    void setCondition(const Rules::Condition &condition);
    Rules::Condition condition() const;

    // Rows are named "<list>Row<n>" ("allRow0"), their parts "...Field", "...Operator",
    // "...Value"; the add buttons "conditionAddAll" / "conditionAddAny".
    void addRow(Rules::Condition::List list, const Rules::ConditionRow &row = {});

Q_SIGNALS:
    void changed();

private:
    struct Row {
        Rules::Condition::List list = Rules::Condition::List::All;
        QWidget *widget = nullptr;
        QComboBox *field = nullptr;
        QComboBox *op = nullptr;
        QWidget *value = nullptr;
    };
    void fieldChanged(QWidget *rowWidget);
    void setValueEditor(Row &row, const QJsonValue &value);
    static QJsonValue valueOf(const Row &row);
    void renameRows();

    Rules::RuleKind m_kind;
    Services::RuleChoices m_choices;
    QVBoxLayout *m_allRows = nullptr;
    QVBoxLayout *m_anyRows = nullptr;
    QList<Row> m_rows;
};

} // namespace DeskBridge::Ui
