#include "ui/dialogs/FirstRunWizard.h"

namespace DeskBridge::Ui {

FirstRunWizard::FirstRunWizard(Instance &instance, QWidget *parent)
    : QWizard(parent)
    , m_instance(instance) {
    setWindowTitle(tr("Welcome to DeskBridge"));
}

std::optional<Domain::User> FirstRunWizard::run(Instance &, QWidget *) {
    return std::nullopt;
}

} // namespace DeskBridge::Ui
