#include "ui/agent/ConversationView.h"

#include "ui/agent/CommentCard.h"

#include <QLabel>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

ConversationView::ConversationView(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget)
    , m_layout(new QVBoxLayout(m_content)) {
    setObjectName(QStringLiteral("conversation"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_layout->setContentsMargins(16, 12, 16, 12);
    m_layout->setSpacing(10);
    m_layout->addStretch(1);
    setWidget(m_content);
}

QList<CommentCard *> ConversationView::cards() const {
    return m_content->findChildren<CommentCard *>(QString(), Qt::FindDirectChildrenOnly);
}

void ConversationView::setComments(const QList<Domain::Comment> &comments, Domain::Id requesterId) {
    QList<Domain::Id> ids;
    for (const Domain::Comment &c : comments)
        ids.append(c.id);
    if (ids == m_shownIds)
        return; // nothing new: keep the reader's place
    QScrollBar *bar = verticalScrollBar();
    const bool follow = m_shownIds.isEmpty() || bar->value() >= bar->maximum() - 4;
    const int keep = bar->value();
    for (CommentCard *card : cards())
        delete card;
    // The stretch stays last: cards go above it.
    for (const Domain::Comment &c : comments)
        m_layout->insertWidget(
            m_layout->count() - 1,
            new CommentCard(c, c.authorId && c.authorId == requesterId, m_content));
    m_shownIds = ids;
    // Scroll once the new cards have their geometry.
    QTimer::singleShot(0, this, [this, follow, keep] {
        QScrollBar *b = verticalScrollBar();
        b->setValue(follow ? b->maximum() : keep);
    });
}

} // namespace DeskBridge::Ui
