#include "ui/dialogs/FirstRunWizard.h"

#include "app/services/AccountService.h"
#include "app/services/Permissions.h"
#include "app/services/UserService.h"
#include "ui/admin/MessageBar.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

using Domain::Plan;
using Feature = Services::Permissions::Feature;

namespace {
QLabel *hintLabel(const QString &objectName, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xda, 0x44, 0x53)); // Breeze "negative"
    label->setPalette(p);
    label->hide();
    return label;
}

// A field with its complaint right under it; the hidden complaint takes no room.
QWidget *withHint(QWidget *field, QLabel *hint, QWidget *parent) {
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(field);
    layout->addWidget(hint);
    box->setFocusProxy(field); // the row's label mnemonic reaches the field
    return box;
}

QLabel *noteLabel(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

FirstRunWizard::FirstRunWizard(Instance &instance, QWidget *parent)
    : QWizard(parent)
    , m_instance(instance) {
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Welcome to DeskBridge"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/deskbridge.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPixmap(QWizard::LogoPixmap,
              QIcon(QStringLiteral(":/icons/deskbridge.svg")).pixmap(QSize(48, 48)));
    setButtonText(QWizard::FinishButton, tr("&Create Account"));
    setPage(AccountPage, createAccountPage());
    setPage(AdminPage, createAdminPage());
    setStartId(AccountPage);
    setMinimumSize(600, 460);
}

std::optional<Domain::User> FirstRunWizard::run(Instance &instance, QWidget *parent) {
    FirstRunWizard wizard(instance, parent);
    if (wizard.exec() != QDialog::Accepted)
        return std::nullopt;
    return wizard.createdAdmin();
}

QWizardPage *FirstRunWizard::createAccountPage() {
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("wizardAccountPage"));
    page->setTitle(tr("Your support account"));
    page->setSubTitle(tr("DeskBridge keeps one support account in this data directory. Name it "
                         "and choose its plan; both can change later in the Admin Center."));
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(14);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);

    m_accountName = new QLineEdit(page);
    m_accountName->setObjectName(QStringLiteral("wizardAccountName"));
    m_accountName->setMaxLength(255);
    m_accountName->setPlaceholderText(tr("e.g. Contoso Support"));
    m_accountNameError = hintLabel(QStringLiteral("wizardAccountNameError"), page);
    auto *nameBox = withHint(m_accountName, m_accountNameError, page);
    nameBox->layout()->addWidget(noteLabel(tr("Partners see this name when you share tickets "
                                              "with them."),
                                           page));
    form->addRow(tr("Account &name:"), nameBox);

    m_plan = new QComboBox(page);
    m_plan->setObjectName(QStringLiteral("wizardPlan"));
    for (int i = 0; i < Domain::Names::count<Plan>(); ++i)
        m_plan->addItem(Domain::Names::label(Plan(i)), i);
    m_plan->setCurrentIndex(m_plan->findData(int(Plan::Professional)));
    m_planSummary = noteLabel(QString(), page);
    m_planSummary->setObjectName(QStringLiteral("wizardPlanSummary"));
    auto *planBox = withHint(m_plan, m_planSummary, page);
    m_planSummary->show();
    form->addRow(tr("&Plan:"), planBox);

    auto *dir = noteLabel(
        tr("Data directory: %1").arg(QDir::toNativeSeparators(m_instance.dataDir())), page);
    dir->setObjectName(QStringLiteral("wizardDataDir"));
    dir->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(dir);

    connect(m_plan, &QComboBox::currentIndexChanged, this, &FirstRunWizard::updatePlanSummary);
    connect(m_accountName, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            m_accountNameError->hide();
    });
    updatePlanSummary();
    return page;
}

QWizardPage *FirstRunWizard::createAdminPage() {
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("wizardAdminPage"));
    page->setTitle(tr("The first administrator"));
    page->setSubTitle(tr("Administrators manage users, groups, ticket fields and sharing "
                         "agreements. You sign in to the console as this user."));
    auto *layout = new QVBoxLayout(page);
    m_error = new MessageBar(page);
    m_error->setObjectName(QStringLiteral("wizardError"));
    layout->addWidget(m_error);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(12);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_adminName = new QLineEdit(page);
    m_adminName->setObjectName(QStringLiteral("wizardAdminName"));
    m_adminName->setMaxLength(255);
    m_adminNameError = hintLabel(QStringLiteral("wizardAdminNameError"), page);
    form->addRow(tr("&Name:"), withHint(m_adminName, m_adminNameError, page));
    m_adminEmail = new QLineEdit(page);
    m_adminEmail->setObjectName(QStringLiteral("wizardAdminEmail"));
    m_adminEmail->setPlaceholderText(tr("name@example.com"));
    m_adminEmailError = hintLabel(QStringLiteral("wizardAdminEmailError"), page);
    form->addRow(tr("&Email:"), withHint(m_adminEmail, m_adminEmailError, page));
    layout->addLayout(form);
    layout->addStretch();

    connect(m_adminName, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            m_adminNameError->hide();
    });
    // Judge the address once the admin leaves the field, not at every key press; clear the
    // complaint as soon as it is right.
    connect(m_adminEmail, &QLineEdit::editingFinished, this, [this] {
        const QString email = m_adminEmail->text().trimmed();
        if (!email.isEmpty() && !Services::UserService::isValidEmail(email))
            showFieldError(m_adminEmailError,
                           tr("\"%1\" is not a valid email address.").arg(email));
    });
    connect(m_adminEmail, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (Services::UserService::isValidEmail(text.trimmed()))
            m_adminEmailError->hide();
    });
    return page;
}

void FirstRunWizard::updatePlanSummary() {
    const Plan plan = Plan(m_plan->currentData().toInt());
    using P = Services::Permissions;
    QStringList in{tr("shared organizations")};
    QStringList out;
    const QList<QPair<Feature, QString>> features{
        {Feature::ManualSharing, tr("manual ticket sharing")},
        {Feature::TriggerSharing, tr("automatic sharing via triggers")},
        {Feature::ManyOrganizations,
         tr("up to %1 organizations per user").arg(P::maxOrganizationsPerUser(Plan::Enterprise))},
        {Feature::SharingApi, tr("the API for sharing agreements")}};
    for (const auto &[feature, label] : features)
        (P::planAllows(plan, feature) ? in : out).append(label);
    QString text = tr("Includes %1.").arg(in.join(QStringLiteral(", ")));
    if (!out.isEmpty())
        text += QLatin1Char(' ') + tr("Not included: %1.").arg(out.join(QStringLiteral(", ")));
    m_planSummary->setText(text);
}

void FirstRunWizard::showFieldError(QLabel *label, const QString &text) {
    label->setText(text);
    label->show();
}

bool FirstRunWizard::validateCurrentPage() {
    switch (currentId()) {
    case AccountPage:
        return validateAccount();
    case AdminPage:
        return validateAdmin() && createAccount();
    }
    return QWizard::validateCurrentPage();
}

bool FirstRunWizard::validateAccount() {
    if (m_accountName->text().trimmed().isEmpty()) {
        showFieldError(m_accountNameError, tr("Enter a name for the account."));
        m_accountName->setFocus();
        return false;
    }
    m_accountNameError->hide();
    return true;
}

bool FirstRunWizard::validateAdmin() {
    QLineEdit *firstBad = nullptr;
    if (m_adminName->text().trimmed().isEmpty()) {
        showFieldError(m_adminNameError, tr("Enter the administrator's name."));
        firstBad = m_adminName;
    } else {
        m_adminNameError->hide();
    }
    const QString email = m_adminEmail->text().trimmed();
    if (email.isEmpty()) {
        showFieldError(m_adminEmailError, tr("Enter the administrator's email address."));
        firstBad = firstBad ? firstBad : m_adminEmail;
    } else if (!Services::UserService::isValidEmail(email)) {
        showFieldError(m_adminEmailError, tr("\"%1\" is not a valid email address.").arg(email));
        firstBad = firstBad ? firstBad : m_adminEmail;
    } else {
        m_adminEmailError->hide();
    }
    if (firstBad)
        firstBad->setFocus();
    return !firstBad;
}

bool FirstRunWizard::createAccount() {
    if (m_admin)
        return true; // already created (e.g. Finish pressed twice)
    auto admin =
        m_instance.accounts().initialize(m_accountName->text(), Plan(m_plan->currentData().toInt()),
                                         m_adminName->text(), m_adminEmail->text());
    if (!admin) {
        m_error->showError(admin.error());
        return false;
    }
    m_error->clear();
    m_admin = *admin;
    return true;
}

} // namespace DeskBridge::Ui
