#pragma once
// FirstRunWizard: on a data directory without an account, asks for the account's name and
// plan and the first administrator, and creates them through AccountService.
#include "app/Instance.h"
#include "models/domain/Entities.h"

#include <QWizard>
#include <optional>

namespace DeskBridge::Ui {

class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    explicit FirstRunWizard(Instance &instance, QWidget *parent = nullptr);
    // Shows the wizard; returns the created administrator, or nothing when cancelled.
    static std::optional<Domain::User> run(Instance &instance, QWidget *parent = nullptr);

private:
    Instance &m_instance;
};

} // namespace DeskBridge::Ui
