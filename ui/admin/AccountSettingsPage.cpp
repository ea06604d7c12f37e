#include "ui/admin/AccountSettingsPage.h"

#include "app/Translator.h"
#include "app/services/AccountService.h"
#include "ui/admin/AdminPageRegistry.h"
#include "ui/admin/FormActions.h"
#include "ui/admin/MessageBar.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

namespace {
const AdminPageRegistration registration{{
    QStringLiteral("account"),
    AdminSection::Account,
    10,
    QStringLiteral("configure"),
    &AccountSettingsPage::title,
    [] { return AccountSettingsPage::tr("The account's name, language and time zone."); },
    [](AdminContext &context, QWidget *parent) -> AdminPage * {
        return new AccountSettingsPage(context, parent);
    },
}};
} // namespace

QString AccountSettingsPage::title() {
    return tr("General");
}

AccountSettingsPage::AccountSettingsPage(AdminContext &context, QWidget *parent)
    : AdminPage(context, parent) {
    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setMaxLength(255);
    m_name->setPlaceholderText(tr("Your company or team, as partners will see it"));
    form->addRow(tr("Account &name:"), m_name);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("accountLanguage"));
    const QString system = Translator::systemLanguage();
    m_language->addItem(tr("System default (%1)")
                            .arg(system == QLatin1String("de") ? tr("Deutsch", "endonym")
                                                               : tr("English", "endonym")),
                        QString());
    m_language->addItem(tr("Deutsch", "endonym"), QStringLiteral("de"));
    m_language->addItem(tr("English", "endonym"), QStringLiteral("en"));
    form->addRow(tr("&Language:"), m_language);
    m_languageNote =
        new QLabel(tr("DeskBridge changes its language the next time it starts."), this);
    m_languageNote->setObjectName(QStringLiteral("accountLanguageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_languageNote);

    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("accountTimeZone"));
    m_timeZone->setMaxVisibleItems(16);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    form->addRow(tr("&Time zone:"), m_timeZone);
    auto *zoneNote = new QLabel(tr("Business hours and the time conditions of triggers and "
                                   "views use this time zone."),
                                this);
    zoneNote->setWordWrap(true);
    zoneNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), zoneNote);

    auto *formBox = new QWidget(this);
    formBox->setLayout(form);
    formBox->setMaximumWidth(640);
    bodyLayout()->addWidget(formBox);
    bodyLayout()->addStretch();
    m_actions = new FormActions(this, QStringLiteral("account"), this);
    bodyLayout()->addWidget(m_actions);

    connect(m_name, &QLineEdit::textChanged, this, &AccountSettingsPage::updateState);
    connect(m_language, &QComboBox::currentIndexChanged, this, &AccountSettingsPage::updateState);
    connect(m_timeZone, &QComboBox::currentIndexChanged, this, &AccountSettingsPage::updateState);
    connect(m_actions, &FormActions::saveRequested, this, &AccountSettingsPage::save);
    connect(m_actions, &FormActions::revertRequested, this, &AccountSettingsPage::load);
    reloadOn({&Store::ChangeHub::accountChanged});
    load();
}

void AccountSettingsPage::activate() {
    m_name->setFocus();
}

void AccountSettingsPage::reload() {
    // Someone else saved: show it, unless the admin is in the middle of an edit.
    if (!hasUnsavedChanges())
        load();
}

void AccountSettingsPage::load() {
    m_stored = context().instance().accounts().account().value_or(Domain::Account());
    m_name->setText(m_stored.name);
    const int language = m_language->findData(m_stored.language);
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    int zone = m_timeZone->findData(m_stored.timeZone);
    if (zone < 0) { // stored by an older or newer system: keep it selectable
        m_timeZone->addItem(m_stored.timeZone, m_stored.timeZone);
        zone = m_timeZone->count() - 1;
    }
    m_timeZone->setCurrentIndex(zone);
    updateState();
}

QString AccountSettingsPage::selectedLanguage() const {
    return m_language->currentData().toString();
}

bool AccountSettingsPage::hasUnsavedChanges() const {
    return m_name->text() != m_stored.name || selectedLanguage() != m_stored.language ||
           m_timeZone->currentData().toString() != m_stored.timeZone;
}

void AccountSettingsPage::updateState() {
    m_actions->setDirty(hasUnsavedChanges());
    m_form->setRowVisible(m_languageNote, selectedLanguage() != m_stored.language);
}

void AccountSettingsPage::save() {
    Domain::Account changed = context().instance().accounts().account().value_or(m_stored);
    changed.name = m_name->text();
    changed.language = selectedLanguage();
    changed.timeZone = m_timeZone->currentData().toString();
    const bool languageChanged = changed.language != m_stored.language;
    if (!report(context().instance().accounts().update(context().actor(), changed),
                languageChanged ? tr("Saved. The new language applies the next time DeskBridge "
                                     "starts.")
                                : tr("Saved the account settings.")))
        return;
    load();
}

} // namespace DeskBridge::Ui

DESKBRIDGE_ADMIN_PAGE_ANCHOR(accountSettings)
