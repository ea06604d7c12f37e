#pragma once
// EmptyState: a quiet, centred message over an empty list ("No tickets in this view"), so an
// empty table reads as "nothing here" rather than "something broke".
#include <QLabel>

class QAbstractScrollArea;

namespace DeskBridge::Ui {

class EmptyState : public QLabel {
    Q_OBJECT
public:
    explicit EmptyState(QAbstractScrollArea *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();
    QAbstractScrollArea *m_view;
};

} // namespace DeskBridge::Ui
