#pragma once
// ConversationView: a ticket's comments, oldest first, as cards; it stays at the newest
// comment when new ones arrive while the agent was reading the end.
#include "models/domain/Entities.h"

#include <QScrollArea>

class QVBoxLayout;

namespace DeskBridge::Ui {

class CommentCard;

class ConversationView : public QScrollArea {
    Q_OBJECT
public:
    explicit ConversationView(QWidget *parent = nullptr);

    void setComments(const QList<Domain::Comment> &comments, Domain::Id requesterId);
    QList<CommentCard *> cards() const;

private:
    QWidget *m_content;
    QVBoxLayout *m_layout;
    QList<Domain::Id> m_shownIds;
};

} // namespace DeskBridge::Ui
