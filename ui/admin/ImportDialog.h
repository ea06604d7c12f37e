#pragma once
// ImportDialog: "Import from CSV…" on the Users and Organizations pages. The admin chooses a
// file and what it holds; the dialog runs ImportService's dry run at once and lists every bad
// row with its line number and reason. "Import" stays disabled until the file is clean, unless
// "Skip bad rows" is checked; a progress bar follows large files; the result's summary stays
// in the dialog. Everything goes through ImportService.
#include "app/services/ImportService.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace DeskBridge::Ui {

class AdminContext;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Users, Organizations };

    ImportDialog(AdminContext &context, Kind kind, QWidget *parent = nullptr);

    // Tests: the next "Choose…" takes this path instead of showing a file dialog.
    static void setNextChosenFile(const QString &path);

    // Runs the dry run for `path` (also what "Choose…" does).
    void setFile(const QString &path);

private:
    void chooseFile();
    void preview();
    void runImport();
    Result<Services::ImportReport> run(const Services::ImportOptions &options);
    void showReport(const Services::ImportReport &report);
    void updateState();

    AdminContext &m_context;
    QString m_path;
    std::optional<Services::ImportReport> m_preview;

    QLineEdit *m_file = nullptr;
    QPushButton *m_choose = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_createOrganizations = nullptr;
    QCheckBox *m_skipBadRows = nullptr;
    QTableWidget *m_errors = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_import = nullptr;

    static std::optional<QString> s_nextChosenFile;
};

} // namespace DeskBridge::Ui
