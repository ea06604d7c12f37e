#pragma once
// MessageBar: the inline message above a page's content, in the manner of KDE's KMessageWidget:
// a tinted frame with an icon, the text (selectable, so an error can be copied), an optional
// action button such as "Undo", and a close button. Errors stay until closed or replaced;
// confirmations and undo offers close themselves after a few seconds.
#include <QFrame>
#include <QTimer>
#include <functional>

class QLabel;
class QToolButton;
class QPushButton;

namespace DeskBridge::Ui {

class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Positive, Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    // With a button (e.g. "Undo") that runs `action` and closes the bar.
    void showMessage(Kind kind, const QString &text, const QString &actionText,
                     std::function<void()> action);
    void showError(const QString &text) { showMessage(Kind::Error, text); }
    void showPositive(const QString &text) { showMessage(Kind::Positive, text); }
    void clear();

    QString text() const;
    Kind kind() const { return m_kind; }
    bool isShowingError() const { return !isHidden() && m_kind == Kind::Error; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void runAction();
    void updateIcon();

    Kind m_kind = Kind::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
    std::function<void()> m_callback;
    QTimer m_autoHide;
};

} // namespace DeskBridge::Ui
