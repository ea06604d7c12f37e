#include "ui/admin/TicketSharingPage.h"

#include "app/Instance.h"
#include "app/services/AccountService.h"
#include "app/sharing/SharingService.h"
#include "ui/admin/AdminPageRegistry.h"
#include "ui/admin/AgreementInviteDialog.h"
#include "ui/admin/Confirmation.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

using namespace Domain;

namespace {
QWidget *copyable(QLabel *label, const char *buttonName, QWidget *parent) {
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *copy = new QPushButton(TicketSharingPage::tr("Copy"), row);
    copy->setObjectName(QLatin1String(buttonName));
    QObject::connect(copy, &QPushButton::clicked, label,
                     [label] { QApplication::clipboard()->setText(label->text()); });
    layout->addWidget(label, 1);
    layout->addWidget(copy);
    return row;
}
} // namespace

TicketSharingPage::TicketSharingPage(AdminContext &context, QWidget *parent)
    : AdminPage(context, parent)
    , m_url(new QLabel(this))
    , m_fingerprint(new QLabel(this))
    , m_agreements(new QTreeWidget(this))
    , m_invite(new QPushButton(tr("Invite partner…"), this))
    , m_accept(new QPushButton(tr("Accept"), this))
    , m_decline(new QPushButton(tr("Decline"), this))
    , m_deactivate(new QPushButton(tr("Deactivate…"), this))
    , m_retry(new QPushButton(tr("Retry now"), this))
    , m_declineInvites(new QCheckBox(tr("Decline all invites"), this)) {
    setObjectName(QStringLiteral("ticketSharingPage"));
    m_url->setObjectName(QStringLiteral("sharingUrlLabel"));
    m_fingerprint->setObjectName(QStringLiteral("fingerprintLabel"));
    auto *form = new QFormLayout;
    form->addRow(tr("Sharing URL"), copyable(m_url, "copyUrlButton", this));
    form->addRow(tr("Certificate fingerprint"),
                 copyable(m_fingerprint, "copyFingerprintButton", this));
    bodyLayout()->addLayout(form);

    m_agreements->setObjectName(QStringLiteral("agreementList"));
    m_agreements->setRootIsDecorated(false);
    m_agreements->setHeaderLabels(
        {tr("Direction"), tr("Partner"), tr("Status"), tr("Queue"), tr("Last error")});
    m_agreements->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agreements->header()->setStretchLastSection(true);
    bodyLayout()->addWidget(m_agreements, 1);

    auto *buttons = new QHBoxLayout;
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_decline->setObjectName(QStringLiteral("declineButton"));
    m_deactivate->setObjectName(QStringLiteral("deactivateButton"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_declineInvites->setObjectName(QStringLiteral("declineInvitesCheck"));
    m_invite->setObjectName(QStringLiteral("inviteButton"));
    for (QPushButton *b : {m_invite, m_accept, m_decline, m_retry, m_deactivate})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_declineInvites);
    bodyLayout()->addLayout(buttons);

    connect(m_agreements, &QTreeWidget::currentItemChanged, this,
            &TicketSharingPage::updateButtons);
    connect(m_invite, &QPushButton::clicked, this, &TicketSharingPage::invite);
    connect(m_accept, &QPushButton::clicked, this, &TicketSharingPage::accept);
    connect(m_decline, &QPushButton::clicked, this, &TicketSharingPage::decline);
    connect(m_deactivate, &QPushButton::clicked, this, &TicketSharingPage::deactivate);
    connect(m_retry, &QPushButton::clicked, this, &TicketSharingPage::retry);
    connect(m_declineInvites, &QCheckBox::clicked, this, &TicketSharingPage::setDeclineInvites);
    reloadOn({&Store::ChangeHub::agreementsChanged, &Store::ChangeHub::accountChanged});
    reload();
}

void TicketSharingPage::reload() {
    Sharing::SharingService &sharing = context().instance().sharing();
    const QString url = sharing.sharingUrl();
    m_url->setText(url.isEmpty() ? tr("Not serving right now") : url);
    m_fingerprint->setText(sharing.localFingerprint());
    if (const auto account = context().instance().accounts().account())
        m_declineInvites->setChecked(account->declineInvites);

    const Id keep = selectedAgreement();
    m_agreements->clear();
    const auto list = sharing.agreements(context().actor());
    if (!report(list))
        return;
    for (const Sharing::AgreementInfo &info : *list) {
        const Agreement &a = info.agreement;
        QString status = Names::label(a.status);
        if (!a.statusReason.isEmpty())
            status = tr("%1: %2").arg(status, a.statusReason);
        auto *item = new QTreeWidgetItem(
            m_agreements, {a.isOutbound() ? tr("Outbound →") : tr("Inbound ←"), a.name, status,
                           QString::number(info.queueLength), a.lastError});
        item->setData(0, Qt::UserRole, a.id);
        item->setData(0, Qt::UserRole + 1, int(a.direction));
        item->setData(0, Qt::UserRole + 2, int(a.wireStatus));
        if (a.id == keep)
            m_agreements->setCurrentItem(item);
    }
    updateButtons();
}

Id TicketSharingPage::selectedAgreement() const {
    const QTreeWidgetItem *item = m_agreements->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void TicketSharingPage::updateButtons() {
    const QTreeWidgetItem *item = m_agreements->currentItem();
    const bool inbound =
        item && item->data(0, Qt::UserRole + 1).toInt() == int(AgreementDirection::Inbound);
    const auto wire =
        item ? AgreementStatus(item->data(0, Qt::UserRole + 2).toInt()) : AgreementStatus::Pending;
    const bool pendingInvite = inbound && wire == AgreementStatus::Pending;
    m_accept->setEnabled(pendingInvite);
    m_decline->setEnabled(pendingInvite);
    m_retry->setEnabled(item != nullptr);
    m_deactivate->setEnabled(item && wire == AgreementStatus::Accepted);
}

void TicketSharingPage::invite() {
    AgreementInviteDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(context().instance().sharing().invite(context().actor(), dialog.request()),
           tr("The invite is on its way."));
    reload();
}

void TicketSharingPage::accept() {
    report(context().instance().sharing().accept(context().actor(), selectedAgreement()),
           tr("The agreement is accepted."));
    reload();
}

void TicketSharingPage::decline() {
    report(context().instance().sharing().decline(context().actor(), selectedAgreement()),
           tr("The invite is declined."));
    reload();
}

void TicketSharingPage::deactivate() {
    if (!Confirmation::ask(this, tr("Deactivate agreement"),
                           tr("Deactivating is final: the agreement cannot be activated again, "
                              "and its shared tickets become orphans on both sides."),
                           tr("Deactivate")))
        return;
    report(context().instance().sharing().deactivate(context().actor(), selectedAgreement()),
           tr("The agreement is deactivated."));
    reload();
}

void TicketSharingPage::retry() {
    report(context().instance().sharing().retry(context().actor(), selectedAgreement()),
           tr("Delivery is retried now."));
    reload();
}

void TicketSharingPage::setDeclineInvites(bool decline) {
    auto account = context().instance().accounts().account();
    if (!account)
        return;
    account->declineInvites = decline;
    report(context().instance().accounts().update(context().actor(), *account));
    reload();
}

namespace {
const AdminPageRegistration ticketSharing{{
    QStringLiteral("ticket-sharing"),
    AdminSection::Channels,
    10,
    QStringLiteral("preferences-system-network-sharing"),
    [] { return TicketSharingPage::tr("Ticket sharing"); },
    [] { return TicketSharingPage::tr("Sharing agreements with partner accounts."); },
    [](AdminContext &context, QWidget *parent) -> AdminPage * {
        return new TicketSharingPage(context, parent);
    },
}};
} // namespace

} // namespace DeskBridge::Ui

DESKBRIDGE_ADMIN_PAGE_ANCHOR(ticketSharing)
