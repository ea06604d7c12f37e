#include "ui/admin/BusinessHoursPage.h"

#include "app/services/AccountService.h"
#include "ui/admin/AdminPageRegistry.h"
#include "ui/admin/BusinessHoursText.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

namespace {
const AdminPageRegistration registration{{
    QStringLiteral("business-hours"),
    AdminSection::Account,
    30,
    QStringLiteral("preferences-system-time"),
    &BusinessHoursPage::title,
    [] { return BusinessHoursPage::tr("The weekly schedule of your support team."); },
    [](AdminContext &context, QWidget *parent) -> AdminPage * {
        return new BusinessHoursPage(context, parent);
    },
}};
} // namespace

QString BusinessHoursPage::title() {
    return tr("Business hours");
}

BusinessHoursPage::BusinessHoursPage(AdminContext &context, QWidget *parent)
    : AdminPage(context, parent) {
    auto *intro = new QLabel(tr("Triggers can test whether a ticket is created or updated "
                                "within business hours, for example to share tickets created "
                                "during business hours automatically."),
                             this);
    intro->setWordWrap(true);
    bodyLayout()->addWidget(intro);

    auto *box = new QGroupBox(tr("Weekly schedule"), this);
    box->setObjectName(QStringLiteral("businessHoursSchedule"));
    box->setMaximumWidth(520);
    auto *boxLayout = new QVBoxLayout(box);
    m_zone = new QLabel(box);
    m_zone->setObjectName(QStringLiteral("businessHoursZone"));
    boxLayout->addWidget(m_zone);
    m_days = new QFormLayout;
    m_days->setLabelAlignment(Qt::AlignLeft);
    m_days->setHorizontalSpacing(24);
    boxLayout->addLayout(m_days);
    m_summary = new QLabel(box);
    m_summary->setObjectName(QStringLiteral("businessHoursSummary"));
    m_summary->setWordWrap(true);
    boxLayout->addWidget(m_summary);
    bodyLayout()->addWidget(box);

    auto *later = new QLabel(tr("The schedule is shown read-only for now; editing it here "
                                "comes with a later version."),
                             this);
    later->setWordWrap(true);
    later->setForegroundRole(QPalette::PlaceholderText);
    bodyLayout()->addWidget(later);
    bodyLayout()->addStretch();
    reloadOn({&Store::ChangeHub::accountChanged});
    reload();
}

void BusinessHoursPage::reload() {
    const auto account = context().instance().accounts().account().value_or(Domain::Account());
    const BusinessHoursText::Schedule schedule =
        BusinessHoursText::read(account.businessHours, account.timeZone);
    m_zone->setText(tr("Time zone: %1").arg(schedule.timeZone));
    while (m_days->rowCount() > 0)
        m_days->removeRow(0);
    const QList<BusinessHoursText::Day> days =
        schedule.empty ? QList<BusinessHoursText::Day>() : schedule.days;
    for (const BusinessHoursText::Day &day : days) {
        auto *hours = new QLabel(day.hours);
        if (!day.open)
            hours->setForegroundRole(QPalette::PlaceholderText);
        m_days->addRow(day.name, hours);
    }
    QString summary;
    if (!schedule.error.isEmpty())
        summary = schedule.error;
    else if (schedule.empty)
        summary = tr("No business hours are set: the condition \"within business hours\" "
                     "matches no ticket.");
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
}

} // namespace DeskBridge::Ui

DESKBRIDGE_ADMIN_PAGE_ANCHOR(businessHours)
