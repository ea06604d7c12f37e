#include "ui/admin/AdminCenterWindow.h"

namespace DeskBridge::Ui {

AdminCenterWindow::AdminCenterWindow(Instance &instance, const Domain::User &actor, QWidget *parent)
    : QMainWindow(parent)
    , m_instance(instance)
    , m_actor(actor) {
    setWindowTitle(tr("Admin Center"));
}

AdminCenterWindow::~AdminCenterWindow() = default;

} // namespace DeskBridge::Ui
