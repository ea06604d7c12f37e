#include "ui/agent/Composer.h"

#include "ui/agent/CommentCard.h"
#include "ui/widgets/IconTheme.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_public(new QToolButton(this))
    , m_internal(new QToolButton(this))
    , m_edit(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("composer"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(4);

    auto *modes = new QHBoxLayout;
    modes->setSpacing(2);
    m_public->setObjectName(QStringLiteral("publicReplyButton"));
    m_public->setText(tr("Public reply"));
    m_public->setIcon(IconTheme::icon(QStringLiteral("mail-reply-sender")));
    m_internal->setObjectName(QStringLiteral("internalNoteButton"));
    m_internal->setText(tr("Internal note"));
    m_internal->setIcon(IconTheme::icon(QStringLiteral("object-locked")));
    auto *group = new QButtonGroup(this);
    for (QToolButton *b : {m_public, m_internal}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        group->addButton(b);
        modes->addWidget(b);
    }
    m_public->setChecked(true);
    modes->addStretch(1);
    layout->addLayout(modes);

    m_edit->setObjectName(QStringLiteral("composerEdit"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(m_edit->fontMetrics().lineSpacing() * 3 + 16);
    layout->addWidget(m_edit, 1);

    connect(m_public, &QToolButton::toggled, this, &Composer::applyMode);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &Composer::changed);
    applyMode();
}

void Composer::applyMode() {
    const bool internal = m_internal->isChecked();
    QPalette pal = m_edit->palette();
    pal.setColor(QPalette::Base,
                 internal ? CommentCard::noteBackground() : palette().color(QPalette::Base));
    m_edit->setPalette(pal);
    m_edit->setPlaceholderText(internal ? tr("Write an internal note: only agents will see it")
                                        : tr("Write a public reply to the requester"));
    Q_EMIT changed();
}

QString Composer::text() const {
    return m_edit->toPlainText();
}

bool Composer::isEmpty() const {
    return m_edit->toPlainText().trimmed().isEmpty();
}

bool Composer::isPublic() const {
    return m_public->isChecked();
}

void Composer::setPublic(bool isPublic) {
    (isPublic ? m_public : m_internal)->setChecked(true);
}

void Composer::setText(const QString &text) {
    m_edit->setPlainText(text);
}

void Composer::clear() {
    m_edit->clear();
    setPublic(true);
}

void Composer::setReadOnly(bool readOnly) {
    m_edit->setReadOnly(readOnly);
    m_public->setEnabled(!readOnly);
    m_internal->setEnabled(!readOnly);
    if (readOnly)
        m_edit->setPlaceholderText(tr("This ticket is closed."));
}

} // namespace DeskBridge::Ui
