#pragma once
// Avatar: a person's initials in a coloured circle; the colour follows the name, so the same
// person looks the same in every conversation.
#include <QWidget>

namespace DeskBridge::Ui {

class Avatar : public QWidget {
    Q_OBJECT
public:
    explicit Avatar(const QString &name, int diameter = 32, QWidget *parent = nullptr);
    static QString initials(const QString &name);
    QSize sizeHint() const override { return {m_diameter, m_diameter}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_name;
    int m_diameter;
};

} // namespace DeskBridge::Ui
