#pragma once
// AdminRefusalWidget: what the Admin Center shows instead of its pages to someone who is not an
// administrator (the console hides the action, but the window refuses on its own too).
#include <QWidget>

namespace DeskBridge::Ui {

class AdminRefusalWidget : public QWidget {
    Q_OBJECT
public:
    // `reason` is the services' own refusal (Permissions::requireAdmin).
    AdminRefusalWidget(const QString &reason, const QString &accountName,
                       QWidget *parent = nullptr);

Q_SIGNALS:
    void closeRequested();
};

} // namespace DeskBridge::Ui
