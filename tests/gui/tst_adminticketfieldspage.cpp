// The Admin Center's ticket fields page, driven through its widgets against a real SQLite
// account.
#include "app/Instance.h"
#include "app/services/AccountService.h"
#include "app/services/FieldService.h"
#include "ui/admin/AdminCenterWindow.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/MessageBar.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace DeskBridge;
using Domain::CustomField;
using Domain::FieldType;
using Domain::User;

class TestTicketFieldsPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createDropdownWithOptions();
    void typeIsFixedAfterCreation();
    void editOptionsOfExistingField();
    void emptyDropdownShowsServiceError();
    void deactivateOffersUndo();
    void reorderFields();

private:
    void openPage();
    template <typename T> T *widget(const char *name) {
        T *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    CustomField addField(const QString &title, FieldType type, const QStringList &options = {});
    bool selectField(const QString &title);
    QStringList listedFields();
    QStringList shownOptions();
    void addOption(const QString &text);
    void selectOption(const QString &text);
    void chooseType(FieldType type);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Instance> m_instance;
    User m_admin;
    std::unique_ptr<Ui::AdminCenterWindow> m_window;
    Ui::AdminPage *m_page = nullptr;
};

void TestTicketFieldsPage::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Instance::open(m_dir->path());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_instance = std::move(opened).value();
    auto admin = m_instance->accounts().initialize(
        QStringLiteral("Contoso Retail"), Domain::Plan::Professional, QStringLiteral("Ada Admin"),
        QStringLiteral("ada@contoso.example"));
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    m_admin = *admin;
}

void TestTicketFieldsPage::cleanup() {
    m_page = nullptr;
    m_window.reset();
    m_instance.reset();
    m_dir.reset();
}

void TestTicketFieldsPage::openPage() {
    m_window = std::make_unique<Ui::AdminCenterWindow>(*m_instance, m_admin);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    m_page = m_window->showPage(QStringLiteral("ticket-fields"));
    QVERIFY(m_page);
}

CustomField TestTicketFieldsPage::addField(const QString &title, FieldType type,
                                           const QStringList &options) {
    CustomField f;
    f.title = title;
    f.type = type;
    f.options = options;
    auto created = m_instance->fields().create(m_admin, f);
    if (!created)
        qFatal("%s", qPrintable(created.error()));
    return *created;
}

bool TestTicketFieldsPage::selectField(const QString &title) {
    auto *list = widget<QTreeWidget>("fieldList");
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == title) {
            list->setCurrentItem(list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

QStringList TestTicketFieldsPage::listedFields() {
    auto *list = widget<QTreeWidget>("fieldList");
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        out.append(list->topLevelItem(i)->text(0));
    return out;
}

QStringList TestTicketFieldsPage::shownOptions() {
    auto *options = widget<QListWidget>("fieldOptions");
    QStringList out;
    for (int i = 0; i < options->count(); ++i)
        out.append(options->item(i)->text());
    return out;
}

void TestTicketFieldsPage::addOption(const QString &text) {
    auto *input = widget<QLineEdit>("fieldOptionInput");
    QTest::keyClicks(input, text);
    QTest::keyClick(input, Qt::Key_Return);
}

void TestTicketFieldsPage::selectOption(const QString &text) {
    auto *options = widget<QListWidget>("fieldOptions");
    const auto found = options->findItems(text, Qt::MatchExactly);
    QVERIFY(!found.isEmpty());
    options->setCurrentItem(found.first());
}

void TestTicketFieldsPage::chooseType(FieldType type) {
    auto *combo = widget<QComboBox>("fieldType");
    combo->setCurrentIndex(combo->findData(int(type)));
}

void TestTicketFieldsPage::createDropdownWithOptions() {
    openPage();
    widget<QPushButton>("fieldNewButton")->click();
    QTest::keyClicks(widget<QLineEdit>("fieldTitle"), QStringLiteral("Product category"));
    QVERIFY(!widget<QGroupBox>("fieldOptionsBox")->isVisible());
    chooseType(FieldType::Dropdown);
    QVERIFY(widget<QGroupBox>("fieldOptionsBox")->isVisible());
    QCOMPARE(widget<QLabel>("fieldKey")->text(), QStringLiteral("product_category"));

    addOption(QStringLiteral("Washing machine"));
    addOption(QStringLiteral("Dryer"));
    addOption(QStringLiteral("Toaster"));
    addOption(QStringLiteral("Dishwasher"));
    QCOMPARE(shownOptions(),
             (QStringList{QStringLiteral("Washing machine"), QStringLiteral("Dryer"),
                          QStringLiteral("Toaster"), QStringLiteral("Dishwasher")}));
    // Dishwasher first, Toaster out.
    selectOption(QStringLiteral("Dishwasher"));
    for (int i = 0; i < 3; ++i)
        widget<QPushButton>("fieldOptionUp")->click();
    QVERIFY(!widget<QPushButton>("fieldOptionUp")->isEnabled());
    selectOption(QStringLiteral("Toaster"));
    widget<QPushButton>("fieldOptionRemove")->click();
    QCOMPARE(shownOptions(),
             (QStringList{QStringLiteral("Dishwasher"), QStringLiteral("Washing machine"),
                          QStringLiteral("Dryer")}));
    widget<QPushButton>("fieldSaveButton")->click();
    QVERIFY2(!m_page->messages()->isShowingError(), qPrintable(m_page->messages()->text()));

    const QList<CustomField> fields = m_instance->fields().list();
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields.first().title, QStringLiteral("Product category"));
    QCOMPARE(fields.first().key, QStringLiteral("product_category"));
    QCOMPARE(fields.first().type, FieldType::Dropdown);
    QCOMPARE(fields.first().options,
             (QStringList{QStringLiteral("Dishwasher"), QStringLiteral("Washing machine"),
                          QStringLiteral("Dryer")}));
    QVERIFY(fields.first().active);
    QCOMPARE(listedFields(), QStringList{QStringLiteral("Product category")});
}

void TestTicketFieldsPage::typeIsFixedAfterCreation() {
    openPage();
    widget<QPushButton>("fieldNewButton")->click();
    QVERIFY(widget<QComboBox>("fieldType")->isEnabled());
    QVERIFY(!widget<QLabel>("fieldTypeNote")->isVisible());
    QTest::keyClicks(widget<QLineEdit>("fieldTitle"), QStringLiteral("Warranty number"));
    chooseType(FieldType::Number);
    widget<QPushButton>("fieldSaveButton")->click();
    QCOMPARE(m_instance->fields().list().size(), 1);
    QCOMPARE(m_instance->fields().list().first().type, FieldType::Number);
    // Now editing the stored field: the type cannot change.
    QVERIFY(!widget<QComboBox>("fieldType")->isEnabled());
    QVERIFY(widget<QLabel>("fieldTypeNote")->isVisible());
    QCOMPARE(widget<QComboBox>("fieldType")->currentData().toInt(), int(FieldType::Number));
}

void TestTicketFieldsPage::editOptionsOfExistingField() {
    addField(QStringLiteral("Product category"), FieldType::Dropdown,
             {QStringLiteral("Dryer"), QStringLiteral("Toaster")});
    openPage();
    QVERIFY(selectField(QStringLiteral("Product category")));
    QCOMPARE(shownOptions(), (QStringList{QStringLiteral("Dryer"), QStringLiteral("Toaster")}));
    addOption(QStringLiteral("Oven"));
    selectOption(QStringLiteral("Oven"));
    widget<QPushButton>("fieldOptionUp")->click();
    widget<QPushButton>("fieldOptionUp")->click();
    auto *options = widget<QListWidget>("fieldOptions");
    options->setFocus();
    selectOption(QStringLiteral("Toaster"));
    QTest::keyClick(options, Qt::Key_Delete); // Del removes the option
    QCOMPARE(shownOptions(), (QStringList{QStringLiteral("Oven"), QStringLiteral("Dryer")}));
    QTest::keyClick(options, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_instance->fields().list().first().options,
             (QStringList{QStringLiteral("Oven"), QStringLiteral("Dryer")}));
}

void TestTicketFieldsPage::emptyDropdownShowsServiceError() {
    openPage();
    widget<QPushButton>("fieldNewButton")->click();
    QTest::keyClicks(widget<QLineEdit>("fieldTitle"), QStringLiteral("Product category"));
    chooseType(FieldType::Dropdown);
    widget<QPushButton>("fieldSaveButton")->click();
    QVERIFY(m_page->messages()->isShowingError());
    QCOMPARE(m_page->messages()->text(),
             QStringLiteral("A drop-down list needs at least one option."));
    QVERIFY(m_instance->fields().list().isEmpty());

    addOption(QStringLiteral("Dryer"));
    addOption(QStringLiteral("dryer"));
    widget<QPushButton>("fieldSaveButton")->click();
    QVERIFY(m_page->messages()->text().contains(QStringLiteral("appears twice")));
    QVERIFY(m_instance->fields().list().isEmpty());
}

void TestTicketFieldsPage::deactivateOffersUndo() {
    addField(QStringLiteral("Warranty number"), FieldType::Text);
    openPage();
    QVERIFY(selectField(QStringLiteral("Warranty number")));
    auto *toggle = widget<QPushButton>("fieldToggleActive");
    QCOMPARE(toggle->text(), QStringLiteral("Deactivate"));
    toggle->click();
    QVERIFY(!m_instance->fields().list().first().active);
    QCOMPARE(toggle->text(), QStringLiteral("Activate"));
    QCOMPARE(widget<QTreeWidget>("fieldList")->topLevelItem(0)->text(2),
             QStringLiteral("Inactive"));

    auto *undo = m_page->messages()->findChild<QPushButton *>(QStringLiteral("messageAction"));
    QVERIFY(undo && undo->isVisible());
    QCOMPARE(undo->text(), QStringLiteral("Undo"));
    undo->click();
    QVERIFY(m_instance->fields().list().first().active);
    QCOMPARE(widget<QTreeWidget>("fieldList")->topLevelItem(0)->text(2), QStringLiteral("Active"));

    // Del on the list deactivates too; Activate brings it back.
    auto *list = widget<QTreeWidget>("fieldList");
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(!m_instance->fields().list().first().active);
    toggle->click();
    QVERIFY(m_instance->fields().list().first().active);
}

void TestTicketFieldsPage::reorderFields() {
    addField(QStringLiteral("Warranty number"), FieldType::Text);
    addField(QStringLiteral("Purchase date"), FieldType::Date);
    addField(QStringLiteral("Store"), FieldType::Text);
    openPage();
    QCOMPARE(listedFields(),
             (QStringList{QStringLiteral("Warranty number"), QStringLiteral("Purchase date"),
                          QStringLiteral("Store")}));
    QVERIFY(selectField(QStringLiteral("Store")));
    QVERIFY(!widget<QPushButton>("fieldMoveDown")->isEnabled());
    widget<QPushButton>("fieldMoveUp")->click();
    widget<QPushButton>("fieldMoveUp")->click();
    QVERIFY(!widget<QPushButton>("fieldMoveUp")->isEnabled());
    QStringList stored;
    for (const CustomField &f : m_instance->fields().list())
        stored.append(f.title);
    QCOMPARE(stored, (QStringList{QStringLiteral("Store"), QStringLiteral("Warranty number"),
                                  QStringLiteral("Purchase date")}));
    QCOMPARE(listedFields(), stored);
    // The moved field stays selected.
    QCOMPARE(widget<QLineEdit>("fieldTitle")->text(), QStringLiteral("Store"));
}

QTEST_MAIN(TestTicketFieldsPage)
#include "tst_adminticketfieldspage.moc"
