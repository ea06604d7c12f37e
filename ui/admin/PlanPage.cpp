#include "ui/admin/PlanPage.h"

#include "app/services/AccountService.h"
#include "app/services/Permissions.h"
#include "ui/admin/AdminPageRegistry.h"
#include "ui/admin/FormActions.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

using Domain::Plan;
using Feature = Services::Permissions::Feature;

namespace {
const AdminPageRegistration registration{{
    QStringLiteral("plan"),
    AdminSection::Account,
    20,
    QStringLiteral("view-statistics"),
    &PlanPage::title,
    [] { return PlanPage::tr("What each plan includes, and the plan of this account."); },
    [](AdminContext &context, QWidget *parent) -> AdminPage * {
        return new PlanPage(context, parent);
    },
}};

struct Row {
    QString label;
    std::optional<Feature> feature; // none: in every plan
};

QList<Row> rows() {
    return {
        {PlanPage::tr("Shared organizations"), std::nullopt},
        {PlanPage::tr("Manual ticket sharing"), Feature::ManualSharing},
        {PlanPage::tr("Automatic sharing via triggers"), Feature::TriggerSharing},
        {PlanPage::tr("Several organizations per user"), Feature::ManyOrganizations},
        {PlanPage::tr("API for sharing agreements"), Feature::SharingApi},
    };
}

QString cellText(Plan plan, const Row &row) {
    if (row.feature && !Services::Permissions::planAllows(plan, *row.feature))
        return QStringLiteral("–");
    if (row.feature == Feature::ManyOrganizations)
        return PlanPage::tr("✓ up to %1").arg(Services::Permissions::maxOrganizationsPerUser(plan));
    return QStringLiteral("✓");
}
} // namespace

QString PlanPage::title() {
    return tr("Plan");
}

PlanPage::PlanPage(AdminContext &context, QWidget *parent)
    : AdminPage(context, parent) {
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("planCombo"));
    for (int i = 0; i < Domain::Names::count<Plan>(); ++i)
        m_plan->addItem(Domain::Names::label(Plan(i)), i);
    m_plan->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(tr("&Plan:"), m_plan);
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("planCurrent"));
    m_current->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_current);
    bodyLayout()->addLayout(form);
    bodyLayout()->addSpacing(6);

    auto *heading = new QLabel(tr("Features by plan"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    bodyLayout()->addWidget(heading);
    buildTable();
    bodyLayout()->addWidget(m_table);

    m_loss = new QLabel(this);
    m_loss->setObjectName(QStringLiteral("planLoss"));
    m_loss->setWordWrap(true);
    m_loss->setTextFormat(Qt::PlainText);
    bodyLayout()->addWidget(m_loss);
    bodyLayout()->addStretch();
    m_actions = new FormActions(this, QStringLiteral("plan"), this);
    bodyLayout()->addWidget(m_actions);

    connect(m_plan, &QComboBox::currentIndexChanged, this, &PlanPage::updateState);
    connect(m_actions, &FormActions::saveRequested, this, &PlanPage::save);
    connect(m_actions, &FormActions::revertRequested, this, &PlanPage::load);
    reloadOn({&Store::ChangeHub::accountChanged});
    load();
}

void PlanPage::buildTable() {
    const QList<Row> features = rows();
    const int plans = Domain::Names::count<Plan>();
    m_table = new QTableWidget(int(features.size()), plans + 1, this);
    m_table->setObjectName(QStringLiteral("planComparison"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QStringList headers{tr("Feature")};
    for (int p = 0; p < plans; ++p)
        headers.append(Domain::Names::label(Plan(p)));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeaderItem(0)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int r = 0; r < features.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(features[r].label));
        for (int p = 0; p < plans; ++p) {
            auto *cell = new QTableWidgetItem(cellText(Plan(p), features[r]));
            cell->setTextAlignment(Qt::AlignCenter);
            m_table->setItem(r, p + 1, cell);
        }
    }
    QHeaderView *header = m_table->horizontalHeader();
    // The feature names never elide; the plans share what is left.
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int p = 0; p < plans; ++p)
        header->setSectionResizeMode(p + 1, QHeaderView::Stretch);
    header->setMinimumSectionSize(72);
    int height = header->sizeHint().height() + 2 * m_table->frameWidth();
    for (int r = 0; r < m_table->rowCount(); ++r)
        height += m_table->rowHeight(r);
    m_table->setFixedHeight(height);
    m_table->setMaximumWidth(720);
}

void PlanPage::activate() {
    m_plan->setFocus();
}

void PlanPage::reload() {
    if (!hasUnsavedChanges())
        load();
}

void PlanPage::load() {
    m_stored = context().instance().accounts().plan();
    m_plan->setCurrentIndex(m_plan->findData(int(m_stored)));
    m_current->setText(tr("This account has the %1 plan.").arg(Domain::Names::label(m_stored)));
    updateState();
}

Plan PlanPage::selectedPlan() const {
    return Plan(m_plan->currentData().toInt());
}

bool PlanPage::hasUnsavedChanges() const {
    return selectedPlan() != m_stored;
}

void PlanPage::updateState() {
    const Plan selected = selectedPlan();
    // Mark the chosen plan's column, so the table answers "what would I get".
    QColor mark = palette().color(QPalette::Highlight);
    mark.setAlphaF(0.16);
    for (int p = 0; p < Domain::Names::count<Plan>(); ++p) {
        const bool chosen = Plan(p) == selected;
        QTableWidgetItem *head = m_table->horizontalHeaderItem(p + 1);
        QFont f = m_table->font();
        f.setBold(chosen);
        head->setFont(f);
        for (int r = 0; r < m_table->rowCount(); ++r) {
            QTableWidgetItem *cell = m_table->item(r, p + 1);
            cell->setBackground(chosen ? QBrush(mark) : QBrush());
            cell->setFont(f);
        }
    }
    QStringList lost;
    for (const Row &row : rows())
        if (row.feature && Services::Permissions::planAllows(m_stored, *row.feature) &&
            !Services::Permissions::planAllows(selected, *row.feature))
            lost.append(row.label);
    m_loss->setText(
        lost.isEmpty() ? QString()
                       : tr("With the %1 plan this account loses: %2.")
                             .arg(Domain::Names::label(selected), lost.join(QStringLiteral(", "))));
    m_loss->setVisible(!lost.isEmpty());
    m_actions->setDirty(hasUnsavedChanges());
}

void PlanPage::save() {
    auto account = context().instance().accounts().account();
    if (!account) {
        report(Status::failure(tr("There is no account yet.")));
        return;
    }
    account->plan = selectedPlan();
    if (report(context().instance().accounts().update(context().actor(), *account),
               tr("The account now has the %1 plan.").arg(Domain::Names::label(account->plan))))
        load();
}

} // namespace DeskBridge::Ui

DESKBRIDGE_ADMIN_PAGE_ANCHOR(plan)
