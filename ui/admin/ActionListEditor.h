#pragma once
// ActionListEditor: the actions of a trigger as field / value rows (share ticket with an
// agreement, add / remove / set tags, priority, status, type, group, assignee). "Share ticket
// with" is disabled, with the reason as tooltip, when the plan is not Enterprise.
#include "app/rules/Action.h"
#include "app/services/RuleCache.h"

#include <QWidget>

class QComboBox;
class QVBoxLayout;

namespace DeskBridge::Ui {

class ActionListEditor : public QWidget {
    Q_OBJECT
public:
    explicit ActionListEditor(QWidget *parent = nullptr);

    void setChoices(const Services::RuleChoices &choices, bool enterprise);
    void setActions(const Rules::ActionList &actions);
    Rules::ActionList actions() const;
    // Rows are named "actionRow<n>", their parts "...Field" and "...Value".
    void addRow(const Rules::Action &action = {});

Q_SIGNALS:
    void changed();

private:
    struct Row {
        QWidget *widget = nullptr;
        QComboBox *field = nullptr;
        QWidget *value = nullptr;
    };
    void setValueEditor(Row &row, const QJsonValue &value);
    void renameRows();

    Services::RuleChoices m_choices;
    bool m_enterprise = false;
    QVBoxLayout *m_rows = nullptr;
    QList<Row> m_list;
};

} // namespace DeskBridge::Ui
