#pragma once
// Composer: where an agent writes: a Public reply / Internal note switch and the text box.
// In internal-note mode the box turns yellow like the notes in the conversation.
#include <QWidget>

class QPlainTextEdit;
class QToolButton;

namespace DeskBridge::Ui {

class Composer : public QWidget {
    Q_OBJECT
public:
    explicit Composer(QWidget *parent = nullptr);

    QString text() const;
    bool isEmpty() const;
    bool isPublic() const;
    void setPublic(bool isPublic);
    void setText(const QString &text);
    void clear();
    void setReadOnly(bool readOnly);
    QPlainTextEdit *editor() const { return m_edit; }

Q_SIGNALS:
    void changed();

private:
    void applyMode();
    QToolButton *m_public;
    QToolButton *m_internal;
    QPlainTextEdit *m_edit;
};

} // namespace DeskBridge::Ui
