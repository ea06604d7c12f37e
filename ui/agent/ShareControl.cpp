#include "ui/agent/ShareControl.h"

#include "app/Instance.h"
#include "app/services/AccountService.h"
#include "app/services/Permissions.h"
#include "app/sharing/SharingService.h"
#include "ui/agent/ConsoleContext.h"

#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

using namespace Domain;

namespace {
// Combo data: 0 = leave as is, > 0 = share with that agreement, < 0 = unshare from -id.
constexpr qint64 NoChange = 0;

QList<TicketShare> activeOutgoing(const QList<TicketShare> &shares) {
    QList<TicketShare> out;
    for (const TicketShare &s : shares)
        if (s.direction == ShareDirection::Outgoing && s.state == ShareState::Active)
            out.append(s);
    return out;
}
} // namespace

ShareControl::ShareControl(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_caption(new QLabel(tr("Share ticket with"), this))
    , m_combo(new QComboBox(this))
    , m_reason(new QLabel(this)) {
    setObjectName(QStringLiteral("shareControl"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    QFont f = m_caption->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.9);
    m_caption->setFont(f);
    m_caption->setContentsMargins(0, 6, 0, 0);
    m_combo->setObjectName(QStringLiteral("shareCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(10);
    m_reason->setObjectName(QStringLiteral("shareReason"));
    m_reason->setWordWrap(true);
    m_reason->setEnabled(false); // greyed: an explanation, not a control
    layout->addWidget(m_caption);
    layout->addWidget(m_combo);
    layout->addWidget(m_reason);
    connect(m_combo, &QComboBox::activated, this, [this] {
        if (!m_updating)
            Q_EMIT modified();
    });
    Store::ChangeHub &hub = m_context.instance().changes();
    for (auto signal : {&Store::ChangeHub::agreementsChanged, &Store::ChangeHub::accountChanged,
                        &Store::ChangeHub::externalChange})
        connect(&hub, signal, this, &ShareControl::refresh);
    connect(&hub, &Store::ChangeHub::ticketChanged, this, [this](Id id) {
        if (id == m_ticketId)
            refresh();
    });
}

void ShareControl::setTicket(Id ticketId) {
    m_ticketId = ticketId;
    m_combo->setCurrentIndex(-1);
    refresh();
}

QString ShareControl::partnerName(Id agreementId) {
    const auto a = m_context.instance().sharing().findAgreement(QString::number(agreementId));
    return a ? a->name : tr("unknown partner");
}

void ShareControl::refresh() {
    ++m_updating;
    Sharing::SharingService &sharing = m_context.instance().sharing();
    const qint64 keep = m_combo->currentData().toLongLong();
    const QList<Agreement> targets = sharing.shareTargets();
    const QList<TicketShare> shared =
        m_ticketId ? activeOutgoing(sharing.sharesOfTicket(m_ticketId)) : QList<TicketShare>();
    m_combo->clear();
    m_combo->addItem(shared.isEmpty() ? tr("Not shared") : QString(), NoChange);
    QStringList sharedWith;
    QList<Id> sharedIds;
    for (const TicketShare &s : shared) {
        const QString name = partnerName(s.agreementId);
        sharedWith << name;
        sharedIds << s.agreementId;
        m_combo->addItem(tr("Unshare from %1").arg(name), -qint64(s.agreementId));
    }
    if (!shared.isEmpty())
        m_combo->setItemText(0, tr("Shared with %1").arg(sharedWith.join(QStringLiteral(", "))));
    for (const Agreement &a : targets)
        if (!sharedIds.contains(a.id))
            m_combo->addItem(a.name, qint64(a.id));
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(keep)));

    const bool allowed = Services::Permissions::planAllows(
        m_context.instance().accounts().plan(), Services::Permissions::Feature::ManualSharing);
    setVisible(!targets.isEmpty() || !shared.isEmpty());
    m_combo->setEnabled(allowed && !m_readOnly);
    m_reason->setVisible(!allowed);
    m_reason->setText(allowed ? QString() : tr("Sharing tickets needs the Professional plan"));
    m_combo->setToolTip(m_reason->text());
    --m_updating;
    Q_EMIT refreshed();
}

bool ShareControl::isModified() const {
    return !isHidden() && m_combo->isEnabled() && m_combo->currentData().toLongLong() != NoChange;
}

Status ShareControl::apply() {
    const qint64 choice = m_combo->currentData().toLongLong();
    if (choice == NoChange || !m_ticketId)
        return {};
    Sharing::SharingService &sharing = m_context.instance().sharing();
    const Status done = choice > 0 ? sharing.share(m_context.user(), m_ticketId, Id(choice))
                                   : sharing.unshare(m_context.user(), m_ticketId, Id(-choice));
    if (done)
        revert();
    return done;
}

void ShareControl::revert() {
    m_combo->setCurrentIndex(0);
    refresh();
}

void ShareControl::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    refresh();
}

QString ShareControl::badgeText(ConsoleContext &context, Id ticketId, QString *toolTip) {
    Sharing::SharingService &sharing = context.instance().sharing();
    QStringList parts;
    QStringList errors;
    for (const TicketShare &s : sharing.sharesOfTicket(ticketId)) {
        const auto a = sharing.findAgreement(QString::number(s.agreementId));
        const QString name = a ? a->name : tr("unknown partner");
        if (s.state == ShareState::Orphaned) {
            parts << tr("Orphaned");
            continue;
        }
        QString state;
        switch (s.syncState) {
        case SyncState::Delivered:
            state = tr("delivered");
            break;
        case SyncState::Pending:
            state = tr("pending");
            break;
        case SyncState::Failed:
            state = s.lastError.isEmpty() ? tr("failed") : tr("failed: %1").arg(s.lastError);
            errors << s.lastError;
            break;
        }
        const QString direction = s.direction == ShareDirection::Outgoing
                                      ? tr("Outgoing → %1").arg(name)
                                      : tr("Incoming ← %1").arg(name);
        parts << tr("%1 (%2)").arg(direction, state);
    }
    if (toolTip)
        *toolTip = errors.join(QLatin1Char('\n'));
    return parts.join(QStringLiteral("  ·  "));
}

} // namespace DeskBridge::Ui
