#pragma once
// SearchField: a search box that waits until the user stops typing (debounce) before it asks
// for a search, so a million-ticket full-text query does not run on every keystroke.
#include <QLineEdit>
#include <QTimer>

namespace DeskBridge::Ui {

class SearchField : public QLineEdit {
    Q_OBJECT
public:
    explicit SearchField(QWidget *parent = nullptr);
    static constexpr int kDebounceMs = 300;
    // The text last announced through searchRequested().
    QString searchText() const { return m_announced; }

Q_SIGNALS:
    void searchRequested(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void announce();
    QTimer m_debounce;
    QString m_announced;
};

} // namespace DeskBridge::Ui
