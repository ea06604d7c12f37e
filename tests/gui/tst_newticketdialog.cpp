// NewTicketDialog: a ticket for an existing or a new requester; refusals shown in place.
#include "gui/ConsoleFixture.h"

#include "ui/agent/ConsoleContext.h"
#include "ui/dialogs/NewTicketDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace DeskBridge;
using namespace DeskBridge::Ui;

class TestNewTicketDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void parsesRequesters_data();
    void parsesRequesters();
    void aNewAddressBecomesARequester();
    void createNeedsRequesterSubjectAndDescription();
    void refusalIsShownAndNothingIsLost();
    void assigneesFollowTheGroup();

private:
    void fill(NewTicketDialog &d, const QString &requester, const QString &subject,
              const QString &description);
    std::unique_ptr<Test::ConsoleFixture> m_f;
    std::unique_ptr<ConsoleContext> m_context;
};

void TestNewTicketDialog::init() {
    m_f = std::make_unique<Test::ConsoleFixture>();
    QVERIFY2(m_f->setUp(), qPrintable(m_f->error()));
    m_context = std::make_unique<ConsoleContext>(*m_f->instance, m_f->admin);
}

void TestNewTicketDialog::cleanup() {
    m_context.reset();
    m_f.reset();
}

void TestNewTicketDialog::fill(NewTicketDialog &d, const QString &requester, const QString &subject,
                               const QString &description) {
    d.findChild<QComboBox *>(QStringLiteral("requesterEdit"))->setEditText(requester);
    d.findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->setText(subject);
    d.findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))->setPlainText(description);
}

void TestNewTicketDialog::parsesRequesters_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::newRow("named") << QStringLiteral("Jürgen Maß <j.mass@example.de>")
                           << QStringLiteral("Jürgen Maß") << QStringLiteral("j.mass@example.de");
    QTest::newRow("bare") << QStringLiteral("  kim@example.com ") << QString()
                          << QStringLiteral("kim@example.com");
    QTest::newRow("angle only") << QStringLiteral("<kim@example.com>") << QString()
                                << QStringLiteral("kim@example.com");
}

void TestNewTicketDialog::parsesRequesters() {
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, email);
    QString gotName, gotEmail;
    NewTicketDialog::parseRequester(text, gotName, gotEmail);
    QCOMPARE(gotName, name);
    QCOMPARE(gotEmail, email);
}

void TestNewTicketDialog::aNewAddressBecomesARequester() {
    NewTicketDialog d(*m_context);
    fill(d, QStringLiteral("Dora Neu <dora@example.org>"), QStringLiteral("Hallo"),
         QStringLiteral("Frage"));
    d.accept();
    QCOMPARE(d.result(), int(QDialog::Accepted));
    const Domain::Id id = d.createdTicketId();
    QVERIFY(id);
    const auto dora = m_f->instance->users().findByEmail(QStringLiteral("dora@example.org"));
    QVERIFY(dora);
    QCOMPARE(dora->name, QStringLiteral("Dora Neu"));
    QCOMPARE(m_f->instance->tickets().get(m_f->admin, id)->requesterId, dora->id);
}

void TestNewTicketDialog::createNeedsRequesterSubjectAndDescription() {
    NewTicketDialog d(*m_context);
    auto *create = d.findChild<QPushButton *>(QStringLiteral("createButton"));
    QVERIFY(!create->isEnabled());
    fill(d, QStringLiteral("bob@example.com"), QStringLiteral("Subject"), QString());
    QVERIFY(!create->isEnabled());
    fill(d, QStringLiteral("bob@example.com"), QStringLiteral("Subject"), QStringLiteral("Text"));
    QVERIFY(create->isEnabled());
}

void TestNewTicketDialog::refusalIsShownAndNothingIsLost() {
    NewTicketDialog d(*m_context);
    d.show();
    fill(d, QStringLiteral("not an address"), QStringLiteral("Subject"), QStringLiteral("Text"));
    d.accept();
    QVERIFY(d.isVisible());
    QVERIFY(!d.createdTicketId());
    auto *error = d.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("not an address")));
    QCOMPARE(d.findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->text(),
             QStringLiteral("Subject"));
}

void TestNewTicketDialog::assigneesFollowTheGroup() {
    Domain::User carol;
    carol.name = QStringLiteral("Carol Outside");
    carol.email = QStringLiteral("carol@example.com");
    carol.role = Domain::Role::Agent;
    QVERIFY(m_f->instance->users().create(m_f->admin, carol));
    m_context = std::make_unique<ConsoleContext>(*m_f->instance, m_f->admin);
    NewTicketDialog d(*m_context);
    auto *group = d.findChild<QComboBox *>(QStringLiteral("groupCombo"));
    auto *assignee = d.findChild<QComboBox *>(QStringLiteral("assigneeCombo"));
    QVERIFY(assignee->findText(QStringLiteral("Carol Outside")) >= 0);
    group->setCurrentIndex(group->findText(QStringLiteral("Support")));
    QCOMPARE(assignee->findText(QStringLiteral("Carol Outside")), -1);
    QVERIFY(assignee->findText(QStringLiteral("Bob Agent")) >= 0);
}

QTEST_MAIN(TestNewTicketDialog)
#include "tst_newticketdialog.moc"
