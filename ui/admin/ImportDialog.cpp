#include "ui/admin/ImportDialog.h"

#include "ui/admin/AdminContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace DeskBridge::Ui {

using Services::ImportOptions;
using Services::ImportPhase;
using Services::ImportReport;

std::optional<QString> ImportDialog::s_nextChosenFile;

void ImportDialog::setNextChosenFile(const QString &path) {
    s_nextChosenFile = path;
}

ImportDialog::ImportDialog(AdminContext &context, Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_context(context) {
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import from CSV"));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    m_choose = new QPushButton(tr("Choose…"), this);
    m_choose->setObjectName(QStringLiteral("importChooseButton"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    form->addRow(tr("File:"), fileRow);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->addItem(tr("Users"), int(Kind::Users));
    m_kind->addItem(tr("Organizations"), int(Kind::Organizations));
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    form->addRow(tr("&Contains:"), m_kind);
    m_createOrganizations = new QCheckBox(tr("Create missing organizations"), this);
    m_createOrganizations->setObjectName(QStringLiteral("importCreateOrganizations"));
    m_createOrganizations->setToolTip(
        tr("Organizations named in the file but not in the account are created"));
    m_skipBadRows = new QCheckBox(tr("Skip bad rows"), this);
    m_skipBadRows->setObjectName(QStringLiteral("importSkipBadRows"));
    m_skipBadRows->setToolTip(tr("Import the good rows and leave out the rows listed below"));
    auto *options = new QVBoxLayout;
    options->addWidget(m_createOrganizations);
    options->addWidget(m_skipBadRows);
    form->addRow(tr("Options:"), options);
    layout->addLayout(form);

    m_errors = new QTableWidget(0, 3, this);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_errors->verticalHeader()->hide();
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errors->setWordWrap(true);
    m_errors->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_errors->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_errors->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_errors, 1);

    m_summary =
        new QLabel(tr("Choose a CSV file: it is checked before anything is imported."), this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    layout->addWidget(m_progress);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("importCloseButton"));
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::preview);
    connect(m_createOrganizations, &QCheckBox::toggled, this, &ImportDialog::preview);
    connect(m_skipBadRows, &QCheckBox::toggled, this, &ImportDialog::updateState);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(640, 460);
    updateState();
}

void ImportDialog::chooseFile() {
    QString path;
    if (s_nextChosenFile) {
        path = *s_nextChosenFile;
        s_nextChosenFile.reset();
    } else {
        path = QFileDialog::getOpenFileName(this, tr("Import from CSV"), QString(),
                                            tr("CSV files (*.csv);;All files (*)"));
    }
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString &path) {
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    preview();
}

Result<ImportReport> ImportDialog::run(const ImportOptions &options) {
    Services::ImportService &imports = m_context.instance().imports();
    const bool users = Kind(m_kind->currentData().toInt()) == Kind::Users;
    m_progress->setValue(0);
    m_progress->show();
    // The import runs here, in the GUI thread: the bar is repainted between steps, and input
    // waits, so nothing can change the options half-way.
    const Services::ImportService::Progress progress = [this](ImportPhase phase, qint64 done,
                                                              qint64 total) {
        m_progress->setFormat(Services::ImportService::phaseLabel(phase) + QStringLiteral(" %p%"));
        m_progress->setMaximum(int(std::min<qint64>(total, 1'000'000'000)));
        m_progress->setValue(int(std::min(done, total)));
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    };
    const auto report =
        users ? imports.importUsersFile(m_context.actor(), m_path, options, progress)
              : imports.importOrganizationsFile(m_context.actor(), m_path, options, progress);
    m_progress->hide();
    return report;
}

void ImportDialog::preview() {
    m_preview.reset();
    m_errors->setRowCount(0);
    if (m_path.isEmpty()) {
        updateState();
        return;
    }
    ImportOptions options;
    options.dryRun = true;
    options.createMissingOrganizations = m_createOrganizations->isChecked();
    const auto report = run(options);
    if (!report) {
        m_summary->setText(report.error());
        updateState();
        return;
    }
    m_preview = *report;
    showReport(*report);
    updateState();
}

void ImportDialog::showReport(const ImportReport &report) {
    m_errors->setRowCount(int(report.errors.size()));
    for (int r = 0; r < report.errors.size(); ++r) {
        const Importing::RowError &e = report.errors.at(r);
        auto *line = new QTableWidgetItem(e.line > 0 ? QString::number(e.line) : tr("File"));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_errors->setItem(r, 0, line);
        m_errors->setItem(r, 1, new QTableWidgetItem(e.column));
        m_errors->setItem(r, 2, new QTableWidgetItem(e.message));
    }
    m_errors->resizeRowsToContents();
    m_summary->setText(report.summary);
}

void ImportDialog::updateState() {
    const bool usable = m_preview && !m_preview->fileProblem && m_preview->rows > 0 &&
                        m_preview->badRows < m_preview->rows;
    m_import->setEnabled(usable && (m_preview->clean() || m_skipBadRows->isChecked()));
    m_createOrganizations->setEnabled(Kind(m_kind->currentData().toInt()) == Kind::Users);
}

void ImportDialog::runImport() {
    ImportOptions options;
    options.createMissingOrganizations = m_createOrganizations->isChecked();
    options.skipBadRows = m_skipBadRows->isChecked();
    const auto report = run(options);
    if (!report) {
        m_summary->setText(report.error());
        return;
    }
    showReport(*report);
    // Done: a second click would import the same file again.
    m_preview.reset();
    m_import->setEnabled(false);
}

} // namespace DeskBridge::Ui
