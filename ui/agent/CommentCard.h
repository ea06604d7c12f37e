#pragma once
// CommentCard: one comment of a conversation. Public replies are plain cards; internal notes
// are tinted yellow with a lock and say "Internal note", so nobody mistakes them for something
// the requester sees.
#include "models/domain/Entities.h"

#include <QFrame>

namespace DeskBridge::Ui {

class CommentCard : public QFrame {
    Q_OBJECT
public:
    // `fromRequester`: written by the ticket's requester (an end user), labelled as such.
    CommentCard(const Domain::Comment &comment, bool fromRequester, QWidget *parent = nullptr);

    const Domain::Comment &comment() const { return m_comment; }
    static QColor noteBackground() { return QColor(0xFF, 0xF6, 0xD5); }
    static QColor noteBorder() { return QColor(0xE9, 0xD2, 0x82); }

private:
    Domain::Comment m_comment;
};

} // namespace DeskBridge::Ui
