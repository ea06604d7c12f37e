// EventListModel: a ticket's history in sentences, from the events the TicketService writes.
#include "app/Instance.h"
#include "app/services/AccountService.h"
#include "app/services/FieldService.h"
#include "app/services/GroupService.h"
#include "app/services/TicketService.h"
#include "models/item/EventListModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Models;
using Domain::EventKind;

class TestEventListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void describesEveryChangeAsASentence();
    void describesCustomFieldsWithTheirTitles();
    void passesModelTester();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Instance> m_instance;
    Domain::User m_admin;
};

void TestEventListModel::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto opened = Instance::open(m_dir.path());
    QVERIFY2(opened, qPrintable(opened.error()));
    m_instance = std::move(opened).value();
    auto admin = m_instance->accounts().initialize(
        QStringLiteral("Test GmbH"), Domain::Plan::Enterprise, QStringLiteral("Bob Agent"),
        QStringLiteral("bob@example.com"));
    QVERIFY2(admin, qPrintable(admin.error()));
    m_admin = *admin;
}

void TestEventListModel::describesEveryChangeAsASentence() {
    Services::NewTicket n;
    n.subject = QStringLiteral("Printer jam");
    n.comment = QStringLiteral("It jams.");
    n.tags = {QStringLiteral("printer")};
    auto t = m_instance->tickets().create(m_admin, n);
    QVERIFY2(t, qPrintable(t.error()));
    auto group = m_instance->groups().create(m_admin, QStringLiteral("Support"));
    QVERIFY(group);
    Services::TicketChange c;
    c.status = Domain::TicketStatus::Open;
    c.priority = Domain::Priority::High;
    c.groupId = group->id;
    c.addTags = {QStringLiteral("urgent")};
    c.removeTags = {QStringLiteral("printer")};
    c.comment = QStringLiteral("Looking into it");
    c.commentPublic = false;
    QVERIFY(m_instance->tickets().update(m_admin, t->id, c));

    EventListModel model;
    model.setEvents(*m_instance->tickets().events(m_admin, t->id));
    QStringList sentences;
    for (int r = 0; r < model.rowCount(); ++r)
        sentences << model.data(model.index(r, EventListModel::DescriptionColumn)).toString();
    QVERIFY2(sentences.contains(QStringLiteral("Bob Agent created the ticket \"Printer jam\"")),
             qPrintable(sentences.join(QLatin1Char('\n'))));
    QVERIFY(sentences.contains(QStringLiteral("Bob Agent added a public reply")));
    QVERIFY(sentences.contains(QStringLiteral("Bob Agent changed status from New to Open")));
    QVERIFY(sentences.contains(QStringLiteral("Bob Agent changed priority from Normal to High")));
    QVERIFY(sentences.contains(QStringLiteral("Bob Agent set group to Support")));
    QVERIFY(
        sentences.contains(QStringLiteral("Bob Agent added tags: urgent; removed tags: printer")));
    QVERIFY(sentences.contains(QStringLiteral("Bob Agent added an internal note")));
    const int last = model.rowCount() - 1;
    QVERIFY(model.data(model.index(last, 0), EventListModel::InternalRole).toBool());
    QCOMPARE(model.data(model.index(last, EventListModel::ViaColumn)).toString(),
             QStringLiteral("Console"));
}

void TestEventListModel::describesCustomFieldsWithTheirTitles() {
    Domain::CustomField f;
    f.key = QStringLiteral("warranty");
    f.title = QStringLiteral("Warranty claim");
    f.type = Domain::FieldType::Checkbox;
    Domain::TicketEvent e;
    e.actorName = QStringLiteral("Bob Agent");
    e.kind = EventKind::FieldChanged;
    e.field = QStringLiteral("field:warranty");
    e.oldValue = QStringLiteral("false");
    e.newValue = QStringLiteral("true");
    QCOMPARE(EventListModel::describe(e, {f}),
             QStringLiteral("Bob Agent changed \"Warranty claim\" from No to Yes"));
    e.newValue.clear();
    QCOMPARE(EventListModel::describe(e, {f}),
             QStringLiteral("Bob Agent cleared \"Warranty claim\" (was No)"));
    e.actorName.clear();
    e.via = Domain::Channel::Sharing;
    e.kind = EventKind::SharingUpdate;
    QCOMPARE(EventListModel::describe(e),
             QStringLiteral("A partner sent an update through ticket sharing"));
}

void TestEventListModel::passesModelTester() {
    EventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Domain::TicketEvent e;
    e.kind = EventKind::Notice;
    e.detail = QStringLiteral("Something happened");
    model.setEvents({e, e, e});
    QCOMPARE(model.rowCount(), 3);
    model.setEvents({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestEventListModel)
#include "tst_eventlistmodel.moc"
