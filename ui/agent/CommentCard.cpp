#include "ui/agent/CommentCard.h"

#include "ui/widgets/Avatar.h"
#include "ui/widgets/IconTheme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

CommentCard::CommentCard(const Domain::Comment &comment, bool fromRequester, QWidget *parent)
    : QFrame(parent)
    , m_comment(comment) {
    const bool internal = !comment.isPublic;
    setObjectName(internal ? QStringLiteral("internalNote") : QStringLiteral("publicReply"));
    setProperty("commentId", comment.id);
    const QColor border = internal ? noteBorder() : palette().color(QPalette::Mid).lighter(125);
    const QColor background = internal ? noteBackground() : palette().color(QPalette::Base);
    setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3; "
                                 "border-radius: 6px; }")
                      .arg(objectName(), background.name(), border.name()));

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(12, 10, 12, 12);
    outer->setSpacing(10);
    const QString author = comment.authorName.isEmpty() ? tr("Unknown") : comment.authorName;
    auto *avatar = new Avatar(author, 32, this);
    outer->addWidget(avatar, 0, Qt::AlignTop);

    auto *column = new QVBoxLayout;
    column->setSpacing(4);
    auto *header = new QHBoxLayout;
    header->setSpacing(6);
    auto *name = new QLabel(author, this);
    name->setObjectName(QStringLiteral("commentAuthor"));
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    name->setTextFormat(Qt::PlainText);
    header->addWidget(name);
    QColor muted = palette().color(QPalette::WindowText);
    muted.setAlphaF(0.65);
    const QString mutedCss = QStringLiteral("color: %1;").arg(muted.name(QColor::HexArgb));
    if (internal) {
        auto *lock = new QLabel(this);
        lock->setObjectName(QStringLiteral("lockIcon"));
        lock->setPixmap(IconTheme::icon(QStringLiteral("object-locked")).pixmap(16, 16));
        lock->setToolTip(tr("Only agents see internal notes"));
        header->addWidget(lock);
        auto *badge = new QLabel(tr("Internal note"), this);
        badge->setObjectName(QStringLiteral("internalBadge"));
        badge->setStyleSheet(QStringLiteral("color: #8A6D00; font-weight: bold;"));
        header->addWidget(badge);
    } else if (fromRequester) {
        auto *badge = new QLabel(tr("Requester"), this);
        badge->setStyleSheet(mutedCss);
        header->addWidget(badge);
    }
    if (comment.via != Domain::Channel::Console) {
        auto *via = new QLabel(tr("via %1").arg(Domain::Names::label(comment.via)), this);
        via->setStyleSheet(mutedCss);
        header->addWidget(via);
    }
    header->addStretch(1);
    const QDateTime local = comment.createdAt.toLocalTime();
    auto *when = new QLabel(QLocale().toString(local, QLocale::ShortFormat), this);
    when->setToolTip(QLocale().toString(local, QLocale::LongFormat));
    when->setStyleSheet(mutedCss);
    header->addWidget(when);
    column->addLayout(header);

    auto *body = new QLabel(comment.body, this);
    body->setObjectName(QStringLiteral("commentBody"));
    body->setTextFormat(Qt::PlainText);
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    column->addWidget(body);
    outer->addLayout(column, 1);
}

} // namespace DeskBridge::Ui
