#pragma once
// ViewSidebar: the console's left column: the signed-in user's views with live counts. Picking
// one shows its tickets in the list.
#include "models/store/TicketQuery.h"

#include <QWidget>

class QListView;
class QLabel;

namespace DeskBridge::Models {
class ViewListModel;
}

namespace DeskBridge::Ui {

class ConsoleContext;

class ViewSidebar : public QWidget {
    Q_OBJECT
public:
    explicit ViewSidebar(ConsoleContext &context, QWidget *parent = nullptr);
    ~ViewSidebar() override;

    // Re-reads the views and their queries ("last 24 hours" moves on) and counts again.
    void reload();
    bool selectView(const QString &key);
    QString currentKey() const;
    QString currentTitle() const;
    Store::TicketQuery currentQuery() const;
    int currentCount() const;
    // Wide enough for the longest view title and a five-digit count.
    int preferredWidth() const;
    Models::ViewListModel &model() { return *m_model; }
    QListView *listView() const { return m_list; }

Q_SIGNALS:
    void viewSelected(const QString &key);
    void currentCountChanged(int count);

private:
    ConsoleContext &m_context;
    Models::ViewListModel *m_model;
    QListView *m_list;
    QLabel *m_header;
};

} // namespace DeskBridge::Ui
