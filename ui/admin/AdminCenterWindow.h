#pragma once
// AdminCenterWindow: the Admin Center, its own window with a navigation tree grouped as in the
// product article (Account, People, Channels, Objects and rules). Pages register themselves;
// the window does not know each page. Only administrators can open it.
#include "app/Instance.h"
#include "models/domain/Entities.h"

#include <QMainWindow>

namespace DeskBridge::Ui {

class AdminCenterWindow : public QMainWindow {
    Q_OBJECT
public:
    AdminCenterWindow(Instance &instance, const Domain::User &actor, QWidget *parent = nullptr);
    ~AdminCenterWindow() override;

private:
    Instance &m_instance;
    Domain::User m_actor;
};

} // namespace DeskBridge::Ui
