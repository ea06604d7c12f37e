#include "ui/admin/DropdownOptionsEditor.h"

#include <QGridLayout>
#include <QIcon>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

DropdownOptionsEditor::DropdownOptionsEditor(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(6);

    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("fieldOptionInput"));
    m_input->setPlaceholderText(tr("New option, then Enter"));
    m_add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add"), this);
    m_add->setObjectName(QStringLiteral("fieldOptionAdd"));
    layout->addWidget(m_input, 0, 0);
    layout->addWidget(m_add, 0, 1);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("fieldOptions"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setMinimumHeight(120);
    layout->addWidget(m_list, 1, 0);

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(6);
    m_up = new QPushButton(QIcon::fromTheme(QStringLiteral("go-up")), tr("Up"), this);
    m_up->setObjectName(QStringLiteral("fieldOptionUp"));
    m_up->setToolTip(tr("Move the option up"));
    m_down = new QPushButton(QIcon::fromTheme(QStringLiteral("go-down")), tr("Down"), this);
    m_down->setObjectName(QStringLiteral("fieldOptionDown"));
    m_down->setToolTip(tr("Move the option down"));
    m_remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("fieldOptionRemove"));
    m_remove->setToolTip(tr("Remove the option (Del)"));
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons, 1, 1);

    auto *remove = new QShortcut(QKeySequence::Delete, m_list);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &DropdownOptionsEditor::removeCurrent);
    connect(m_input, &QLineEdit::returnPressed, this, &DropdownOptionsEditor::addOption);
    connect(m_input, &QLineEdit::textChanged, this, &DropdownOptionsEditor::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &DropdownOptionsEditor::addOption);
    connect(m_remove, &QPushButton::clicked, this, &DropdownOptionsEditor::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &DropdownOptionsEditor::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, &DropdownOptionsEditor::changed);
    updateButtons();
}

void DropdownOptionsEditor::setOptions(const QStringList &options) {
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const QString &o : options) {
        auto *item = new QListWidgetItem(o, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_input->clear();
    updateButtons();
}

QStringList DropdownOptionsEditor::options() const {
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->text());
    return out;
}

void DropdownOptionsEditor::addOption() {
    const QString text = m_input->text().trimmed();
    if (text.isEmpty())
        return;
    // A duplicate is left for the service to refuse with its message; here it is only added.
    auto *item = new QListWidgetItem(text);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    {
        const QSignalBlocker block(m_list);
        m_list->addItem(item);
    }
    m_list->setCurrentItem(item);
    m_input->clear();
    updateButtons();
    Q_EMIT changed();
}

void DropdownOptionsEditor::removeCurrent() {
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    {
        const QSignalBlocker block(m_list);
        delete m_list->takeItem(row);
    }
    m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    updateButtons();
    Q_EMIT changed();
}

void DropdownOptionsEditor::move(int delta) {
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    {
        const QSignalBlocker block(m_list);
        QListWidgetItem *item = m_list->takeItem(row);
        m_list->insertItem(target, item);
    }
    m_list->setCurrentRow(target);
    updateButtons();
    Q_EMIT changed();
}

void DropdownOptionsEditor::updateButtons() {
    const int row = m_list->currentRow();
    m_add->setEnabled(!m_input->text().trimmed().isEmpty());
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}

} // namespace DeskBridge::Ui
