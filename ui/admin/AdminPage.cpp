#include "ui/admin/AdminPage.h"

#include "ui/admin/MessageBar.h"

#include <QVBoxLayout>

namespace DeskBridge::Ui {

AdminPage::AdminPage(AdminContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    m_body = new QVBoxLayout;
    m_body->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_body, 1);
}

AdminPage::~AdminPage() = default;

void AdminPage::reloadOn(std::initializer_list<HubSignal> signalList) {
    Store::ChangeHub &hub = m_context.changes();
    for (HubSignal s : signalList)
        connect(&hub, s, this, &AdminPage::dataChanged);
    connect(&hub, &Store::ChangeHub::externalChange, this, &AdminPage::dataChanged);
}

void AdminPage::dataChanged() {
    if (isVisible()) {
        m_stale = false;
        reload();
    } else {
        m_stale = true;
    }
}

void AdminPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        reload();
    }
}

bool AdminPage::report(const Status &status, const QString &success) {
    if (!status) {
        m_messages->showError(status.error());
        return false;
    }
    if (!success.isEmpty())
        m_messages->showPositive(success);
    else if (m_messages->isShowingError())
        m_messages->clear();
    return true;
}

} // namespace DeskBridge::Ui
