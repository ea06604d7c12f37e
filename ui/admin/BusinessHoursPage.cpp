#include "ui/admin/BusinessHoursPage.h"

#include "app/rules/BusinessHours.h"
#include "app/services/AccountService.h"
#include "ui/admin/AdminPageRegistry.h"
#include "ui/admin/FormActions.h"
#include "ui/admin/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>
#include <QTimeZone>
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

constexpr int minutesPerDay = 24 * 60;

int minuteOf(const QTime &time) {
    return time.hour() * 60 + time.minute();
}

QTime timeOf(int minute) {
    return minute >= minutesPerDay ? QTime(0, 0) : QTime(minute / 60, minute % 60);
}
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
    auto *grid = new QGridLayout(box);
    grid->setHorizontalSpacing(12);
    grid->addWidget(new QLabel(tr("Time zone:"), box), 0, 0);
    m_zone = new QComboBox(box);
    m_zone->setObjectName(QStringLiteral("businessHoursTimeZone"));
    m_zone->setMaxVisibleItems(16);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    grid->addWidget(m_zone, 0, 1, 1, 4);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &BusinessHoursPage::updateState);

    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        DayRow row;
        row.open = new QCheckBox(locale.dayName(day), box);
        row.open->setObjectName(QStringLiteral("businessHoursOpen%1").arg(day));
        row.start = new QTimeEdit(QTime(9, 0), box);
        row.start->setObjectName(QStringLiteral("businessHoursStart%1").arg(day));
        row.start->setDisplayFormat(QStringLiteral("HH:mm"));
        row.end = new QTimeEdit(QTime(17, 0), box);
        row.end->setObjectName(QStringLiteral("businessHoursEnd%1").arg(day));
        row.end->setDisplayFormat(QStringLiteral("HH:mm"));
        row.end->setToolTip(tr("00:00 closes at midnight."));
        grid->addWidget(row.open, day, 0);
        grid->addWidget(row.start, day, 1);
        grid->addWidget(new QLabel(QStringLiteral("–"), box), day, 2);
        grid->addWidget(row.end, day, 3);
        connect(row.open, &QCheckBox::toggled, this, &BusinessHoursPage::updateState);
        connect(row.start, &QTimeEdit::timeChanged, this, &BusinessHoursPage::updateState);
        connect(row.end, &QTimeEdit::timeChanged, this, &BusinessHoursPage::updateState);
        m_days.append(row);
    }
    grid->setColumnStretch(4, 1);
    m_summary = new QLabel(box);
    m_summary->setObjectName(QStringLiteral("businessHoursSummary"));
    m_summary->setWordWrap(true);
    grid->addWidget(m_summary, 8, 0, 1, 5);
    bodyLayout()->addWidget(box);

    m_actions = new FormActions(this, QStringLiteral("businessHours"), this);
    m_actions->setMaximumWidth(520);
    bodyLayout()->addWidget(m_actions);
    connect(m_actions, &FormActions::saveRequested, this, &BusinessHoursPage::save);
    connect(m_actions, &FormActions::revertRequested, this, &BusinessHoursPage::discardChanges);
    bodyLayout()->addStretch();
    reloadOn({&Store::ChangeHub::accountChanged});
    reload();
}

bool BusinessHoursPage::hasUnsavedChanges() const {
    return formJson() != m_storedJson || formZone() != m_storedZone;
}

void BusinessHoursPage::discardChanges() {
    reload();
}

void BusinessHoursPage::reload() {
    const auto account = context().instance().accounts().account().value_or(Domain::Account());
    const auto hours = Rules::BusinessHours::fromJson(
        account.businessHours.toUtf8(),
        account.timeZone.isEmpty() ? QStringLiteral("UTC") : account.timeZone);
    m_loading = true;
    const Rules::BusinessHours schedule = hours ? *hours : Rules::BusinessHours();
    const QString zone = hours && !hours->isEmpty()   ? QString::fromUtf8(schedule.timeZone().id())
                         : account.timeZone.isEmpty() ? QStringLiteral("UTC")
                                                      : account.timeZone;
    int index = m_zone->findData(zone);
    if (index < 0) {
        m_zone->addItem(zone, zone);
        index = m_zone->count() - 1;
    }
    m_zone->setCurrentIndex(index);
    // One opening span per day: from the first interval's start to the last one's end (a
    // stored lunch break is shown as the whole day; saving then keeps the whole day).
    for (int day = 1; day <= 7; ++day) {
        int start = -1;
        int end = -1;
        for (const auto &interval : schedule.intervals()) {
            if (interval.day != day)
                continue;
            start = start < 0 ? interval.startMinute : std::min(start, interval.startMinute);
            end = std::max(end, interval.endMinute);
        }
        DayRow &row = m_days[day - 1];
        row.open->setChecked(start >= 0);
        row.start->setTime(start >= 0 ? timeOf(start) : QTime(9, 0));
        row.end->setTime(start >= 0 ? timeOf(end) : QTime(17, 0));
    }
    m_loading = false;
    m_storedJson = formJson();
    m_storedZone = formZone();
    if (!hours)
        messages()->showError(hours.error());
    updateState();
}

QString BusinessHoursPage::formZone() const {
    return m_zone->currentData().toString();
}

QByteArray BusinessHoursPage::formJson() const {
    QJsonArray intervals;
    for (int day = 1; day <= 7; ++day) {
        const DayRow &row = m_days[day - 1];
        if (!row.open->isChecked())
            continue;
        const int end = row.end->time() == QTime(0, 0) ? minutesPerDay : minuteOf(row.end->time());
        auto hhmm = [](int minute) {
            return QStringLiteral("%1:%2")
                .arg(minute / 60, 2, 10, QLatin1Char('0'))
                .arg(minute % 60, 2, 10, QLatin1Char('0'));
        };
        intervals.append(QJsonObject{{QStringLiteral("day"), day},
                                     {QStringLiteral("start"), hhmm(minuteOf(row.start->time()))},
                                     {QStringLiteral("end"), hhmm(end)}});
    }
    const QJsonObject object{{QStringLiteral("time_zone"), formZone()},
                             {QStringLiteral("intervals"), intervals}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void BusinessHoursPage::updateState() {
    if (m_loading)
        return;
    bool anyOpen = false;
    for (const DayRow &row : std::as_const(m_days)) {
        row.start->setEnabled(row.open->isChecked());
        row.end->setEnabled(row.open->isChecked());
        anyOpen = anyOpen || row.open->isChecked();
    }
    m_summary->setText(anyOpen ? QString()
                               : tr("No business hours are set: the condition \"within business "
                                    "hours\" matches no ticket."));
    m_summary->setVisible(!anyOpen);
    m_actions->setDirty(hasUnsavedChanges());
}

void BusinessHoursPage::save() {
    const Domain::User actor = context().actor();
    Services::AccountService &accounts = context().instance().accounts();
    // Read the form first: each save reloads the page through accountChanged.
    const QByteArray json = formJson();
    const QString zone = formZone();
    // The schedule's JSON carries its zone; the account's zone follows so both agree.
    if (zone != m_storedZone && !report(accounts.setTimeZone(actor, zone)))
        return;
    if (!report(accounts.setBusinessHours(actor, json), tr("Business hours saved.")))
        return;
    reload();
}

} // namespace DeskBridge::Ui

DESKBRIDGE_ADMIN_PAGE_ANCHOR(businessHours)
