#include "ui/admin/FormActions.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QPushButton>
#include <QShortcut>

namespace DeskBridge::Ui {

FormActions::FormActions(QWidget *page, const QString &prefix, QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch();
    m_revert = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("Revert"), this);
    m_revert->setObjectName(prefix + QStringLiteral("RevertButton"));
    m_revert->setToolTip(tr("Forget the changes and show what is stored"));
    m_save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("Save"), this);
    m_save->setObjectName(prefix + QStringLiteral("SaveButton"));
    m_save->setToolTip(
        tr("Save the changes (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    layout->addWidget(m_revert);
    layout->addWidget(m_save);
    setDirty(false);

    auto *shortcut = new QShortcut(QKeySequence::Save, page);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &FormActions::trySave);
    connect(m_save, &QPushButton::clicked, this, &FormActions::saveRequested);
    connect(m_revert, &QPushButton::clicked, this, &FormActions::revertRequested);
}

void FormActions::setDirty(bool dirty) {
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

void FormActions::setSaveText(const QString &text) {
    m_save->setText(text);
}

void FormActions::trySave() {
    if (m_save->isEnabled() && isVisible())
        Q_EMIT saveRequested();
}

} // namespace DeskBridge::Ui
