// `deskbridge trigger ...` and `deskbridge view ...` end to end, as separate processes on a
// temporary data directory: JSON definitions from files and standard input, --json output that
// update takes back, the same refusals as the services, the article's warranty sample, and
// `deskbridge tickets --view` for custom views.
#include "models/domain/Clock.h"
#include "models/store/Database.h"
#include "models/store/SharingRepository.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace DeskBridge;

namespace {
QStringList words(std::initializer_list<const char *> list) {
    QStringList out;
    for (const char *w : list)
        out.append(QString::fromUtf8(w));
    return out;
}
} // namespace

class TestRuleCommands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void triggerLifecycle();
    void badDefinitionsExitNonZeroAndWriteNothing();
    void viewLifecycleAndTicketsByView();
    void warrantySampleSharesNewWarrantyTickets();
    void warrantySampleNeedsEnterprise();

private:
    struct Run {
        int code;
        QString out;
        QString err;
    };
    Run run(QStringList args, const QByteArray &input = {}, const QString &dataDir = {});
    QJsonValue json(const Run &r);
    QString writeFile(const QString &name, const QByteArray &content);
    qint64 addAgreement(const QString &dataDir, const QString &name);
    int triggerCount();
    QTemporaryDir m_tmp;
    QString m_dir;
};

TestRuleCommands::Run TestRuleCommands::run(QStringList args, const QByteArray &input,
                                            const QString &dataDir) {
    args << QStringLiteral("--data-dir") << (dataDir.isEmpty() ? m_dir : dataDir);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(Test::deskbridgeBinary(), args);
    if (!p.waitForStarted(60000))
        qFatal("deskbridge did not start");
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("deskbridge did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QJsonValue TestRuleCommands::json(const Run &r) {
    QJsonParseError e;
    const auto doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << r.out << r.err;
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QString TestRuleCommands::writeFile(const QString &name, const QByteArray &content) {
    const QString path = m_tmp.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

qint64 TestRuleCommands::addAgreement(const QString &dataDir, const QString &name) {
    // The sharing service is not there yet: put the agreement into the store directly.
    Store::Database db;
    if (!db.open(dataDir + QStringLiteral("/deskbridge.sqlite")))
        qFatal("cannot open the store");
    Domain::Agreement a;
    a.uuid = QStringLiteral("a0").repeated(20);
    a.name = name;
    a.direction = Domain::AgreementDirection::Outbound;
    a.partnerUrl = QStringLiteral("https://hersteller.invalid/sharing");
    a.accessKey = QStringLiteral("k").repeated(40);
    a.status = Domain::AgreementStatus::Accepted;
    a.createdAt = a.updatedAt = Domain::Clock::now();
    return Store::SharingRepository(db).insertAgreement(a).value();
}

int TestRuleCommands::triggerCount() {
    return int(json(run(words({"trigger", "list", "--json"}))).toArray().size());
}

void TestRuleCommands::initTestCase() {
    QVERIFY2(QFile::exists(Test::deskbridgeBinary()), "DESKBRIDGE_BINARY must point at deskbridge");
    m_dir = m_tmp.filePath(QStringLiteral("account"));
    const Run r =
        run(words({"init", "--account", "Elektro Schmidt", "--admin-email", "ada@schmidt.test",
                   "--admin-name", "Ada Admin", "--plan", "enterprise"}));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(run(words({"group", "create", "--name", "Support"})).code, 0);
}

void TestRuleCommands::triggerLifecycle() {
    const QString file = writeFile(QStringLiteral("urgent.json"), R"({
        "title": "Urgent to Support",
        "conditions": {"all": [{"field": "priority", "operator": "is", "value": "urgent"}]},
        "actions": [{"field": "group_id", "value": 1}, {"field": "add_tags", "value": "eilig"}]
    })");
    const Run created = run(words({"trigger", "create", "--file"}) << file);
    QVERIFY2(created.code == 0, qPrintable(created.err));
    QVERIFY(created.out.contains(QStringLiteral("Urgent to Support")));

    const QJsonArray list = json(run(words({"trigger", "list", "--json"}))).toArray();
    QCOMPARE(list.size(), 1);
    const QString id = QString::number(list.first().toObject().value(QStringLiteral("id")).toInt());
    QCOMPARE(list.first().toObject().value(QStringLiteral("broken")).toBool(), false);

    // The trigger works: an urgent ticket lands in Support with the tag.
    const Run ticket =
        run(words({"ticket", "create", "--requester", "kunde@kunde.test", "--subject", "Kocher",
                   "--comment", "Tropft", "--priority", "urgent"}));
    QVERIFY2(ticket.code == 0, qPrintable(ticket.err));
    const QJsonObject shown =
        json(run(words({"ticket", "show", "--json"}) << ticket.out.trimmed())).toObject();
    QCOMPARE(shown.value(QStringLiteral("group")).toString(), QStringLiteral("Support"));
    QCOMPARE(shown.value(QStringLiteral("tags")).toArray().first().toString(),
             QStringLiteral("eilig"));

    // show --json, edit, update from standard input: the round trip for version control.
    QJsonObject definition = json(run(words({"trigger", "show", "--json"}) << id)).toObject();
    QCOMPARE(definition.value(QStringLiteral("title")).toString(),
             QStringLiteral("Urgent to Support"));
    definition.insert(QStringLiteral("title"), QStringLiteral("Urgent or high to Support"));
    QJsonObject conditions = definition.value(QStringLiteral("conditions")).toObject();
    conditions.insert(QStringLiteral("all"), QJsonArray());
    conditions.insert(
        QStringLiteral("any"),
        QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("priority")},
                               {QStringLiteral("operator"), QStringLiteral("greater_than")},
                               {QStringLiteral("value"), QStringLiteral("normal")}}});
    definition.insert(QStringLiteral("conditions"), conditions);
    const Run updated =
        run(words({"trigger", "update"}) << id << QStringLiteral("-") << QStringLiteral("--json"),
            QJsonDocument(definition).toJson());
    QVERIFY2(updated.code == 0, qPrintable(updated.err));
    const QJsonObject after = json(updated).toObject();
    QCOMPARE(after.value(QStringLiteral("title")).toString(),
             QStringLiteral("Urgent or high to Support"));
    QCOMPARE(after.value(QStringLiteral("conditions"))
                 .toObject()
                 .value(QStringLiteral("any"))
                 .toArray()
                 .size(),
             1);

    const Run off = run(words({"trigger", "update", "--deactivate"}) << id);
    QVERIFY2(off.code == 0, qPrintable(off.err));
    QCOMPARE(json(run(words({"trigger", "show", "--json"}) << id))
                 .toObject()
                 .value(QStringLiteral("active"))
                 .toBool(),
             false);
    const Run text = run(words({"trigger", "show", "Urgent or high to Support"}));
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains(QStringLiteral("inactive")));

    QCOMPARE(run(words({"trigger", "delete"}) << id).code, 0);
    QCOMPARE(triggerCount(), 0);
    const Run gone = run(words({"trigger", "show"}) << id);
    QCOMPARE(gone.code, 1);
    QVERIFY(gone.err.contains(QStringLiteral("There is no trigger")));
}

void TestRuleCommands::badDefinitionsExitNonZeroAndWriteNothing() {
    const int before = triggerCount();
    const Run notJson = run(words({"trigger", "create", "-"}), "{\"title\": \"x\", ");
    QCOMPARE(notJson.code, 1);
    QVERIFY2(notJson.err.contains(QStringLiteral("not valid JSON")), qPrintable(notJson.err));

    const Run badOperator = run(words({"trigger", "create", "--file", "-"}), R"({
        "title": "Bad", "conditions": {"all": [
            {"field": "status", "operator": "is", "value": "new"},
            {"field": "tags", "operator": "less_than", "value": "x"}]},
        "actions": [{"field": "add_tags", "value": "y"}]})");
    QCOMPARE(badOperator.code, 1);
    QVERIFY2(badOperator.err.contains(QStringLiteral("Condition 2 (all): the operator "
                                                     "'less_than' does not apply to the field "
                                                     "'tags'")),
             qPrintable(badOperator.err));

    const Run unknownField = run(words({"trigger", "create", "-"}), R"({
        "title": "Bad", "conditions": {"any": [{"field": "farbe", "operator": "is", "value": 1}]},
        "actions": [{"field": "add_tags", "value": "y"}]})");
    QCOMPARE(unknownField.code, 1);
    QVERIFY2(unknownField.err.contains(QStringLiteral("Condition 1 (any): unknown field 'farbe'")),
             qPrintable(unknownField.err));

    const Run stranger = run(words({"trigger", "list", "--as", "nobody@schmidt.test"}));
    QCOMPARE(stranger.code, 1);
    QCOMPARE(run(words({"user", "create", "--name", "Bob", "--email", "bob@schmidt.test", "--role",
                        "agent"}))
                 .code,
             0);
    const Run agent = run(words({"trigger", "create", "--as", "bob@schmidt.test", "-"}),
                          R"({"title": "Mine", "conditions": {"all": [{"field": "status",
                          "operator": "is", "value": "new"}]},
                          "actions": [{"field": "add_tags", "value": "y"}]})");
    QCOMPARE(agent.code, 1);
    QVERIFY2(agent.err.contains(QStringLiteral("Only administrators")), qPrintable(agent.err));
    QCOMPARE(run(words({"trigger", "create"})).code, 2); // no definition: usage
    QCOMPARE(run(words({"trigger", "create", "--file", "/nonexistent/rule.json"})).code, 1);
    QCOMPARE(triggerCount(), before);
}

void TestRuleCommands::viewLifecycleAndTicketsByView() {
    QCOMPARE(
        run(words({"ticket", "create", "--requester", "kunde@kunde.test", "--subject", "Toaster",
                   "--comment", "Brennt", "--priority", "high", "--status", "open"}))
            .code,
        0);
    const Run created = run(words({"view", "create", "-", "--json"}), R"({
        "title": "High and open",
        "conditions": {"all": [{"field": "status", "operator": "is", "value": "open"},
                               {"field": "priority", "operator": "is", "value": "high"}]},
        "columns": ["id", "subject", "priority"],
        "sort": {"column": "created_at", "direction": "asc"}})");
    QVERIFY2(created.code == 0, qPrintable(created.err));
    const QJsonObject view = json(created).toObject();
    const QString key = view.value(QStringLiteral("key")).toString();
    const QString id = QString::number(view.value(QStringLiteral("id")).toInt());
    QVERIFY(key.startsWith(QStringLiteral("custom:")));

    for (const QString &name : {QStringLiteral("High and open"), key}) {
        const QJsonObject list =
            json(run(words({"tickets", "--json", "--view"}) << name)).toObject();
        QCOMPARE(list.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(list.value(QStringLiteral("tickets"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("subject"))
                     .toString(),
                 QStringLiteral("Toaster"));
    }
    // The built-in sharing views are there too.
    QCOMPARE(run(words({"tickets", "--view", "orphaned"})).code, 0);

    const QJsonObject listed = json(run(words({"view", "list", "--json"}))).toObject();
    QCOMPARE(listed.value(QStringLiteral("views")).toArray().size(), 1);
    QCOMPARE(listed.value(QStringLiteral("views"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("count")),
             QJsonValue(1));
    QCOMPARE(listed.value(QStringLiteral("builtin")).toArray().size(), 10);

    const QString file = writeFile(QStringLiteral("view.json"), R"({
        "title": "High",
        "conditions": {"all": [{"field": "priority", "operator": "is", "value": "high"}]}})");
    const Run updated = run(words({"view", "update", "--file"}) << file << id);
    QVERIFY2(updated.code == 0, qPrintable(updated.err));
    const Run shown = run(words({"view", "show"}) << id);
    QVERIFY(shown.out.contains(QStringLiteral("High")));
    QVERIFY(!shown.out.contains(QStringLiteral("open")));

    const Run bad = run(words({"view", "update"}) << id << QStringLiteral("-"), R"({
        "title": "High", "conditions": {"all": [{"field": "update_type", "operator": "is",
        "value": "Create"}]}})");
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("Condition 1 (all)")), qPrintable(bad.err));

    QCOMPARE(run(words({"view", "delete"}) << id).code, 0);
    QCOMPARE(run(words({"tickets", "--view", "High"})).code, 1);

    // A view naming a group that is gone: listed as broken, shows nothing, and says why.
    QCOMPARE(run(words({"group", "create", "--name", "Retouren"})).code, 0);
    const Run returns = run(words({"view", "create", "-", "--json"}), R"({"title": "Not returns",
        "conditions": {"all": [{"field": "group_id", "operator": "is_not", "value": 2}]}})");
    QVERIFY2(returns.code == 0, qPrintable(returns.err));
    {
        Store::Database db;
        QVERIFY(db.open(m_dir + QStringLiteral("/deskbridge.sqlite")));
        QVERIFY(db.exec(QStringLiteral("DELETE FROM groups WHERE name = 'Retouren'")));
    }
    const Run broken = run(words({"tickets", "--json", "--view", "Not returns"}));
    QCOMPARE(broken.code, 0);
    QCOMPARE(json(broken).toObject().value(QStringLiteral("count")).toInt(), 0);
    QVERIFY2(broken.err.contains(QStringLiteral("is broken")), qPrintable(broken.err));
    const Run shownBroken = run(words({"view", "show", "Not returns", "--json"}));
    QCOMPARE(json(shownBroken).toObject().value(QStringLiteral("broken")).toBool(), true);
}

void TestRuleCommands::warrantySampleSharesNewWarrantyTickets() {
    const qint64 agreement = addAgreement(m_dir, QStringLiteral("Hersteller AG"));
    const Run created = run(words({"trigger", "create", "--sample", "warranty", "--agreement"})
                            << QString::number(agreement));
    QVERIFY2(created.code == 0, qPrintable(created.err));
    QVERIFY(created.out.contains(QStringLiteral("Garantieanspruch an Hersteller")));

    const Run ticket =
        run(words({"ticket", "create", "--requester", "kunde@kunde.test", "--subject",
                   "Kocher defekt", "--comment", "Garantie!", "--tag", "garantieanspruch"}));
    QVERIFY2(ticket.code == 0, qPrintable(ticket.err));
    const QJsonArray events = json(run(words({"ticket", "show", "--json"}) << ticket.out.trimmed()))
                                  .toObject()
                                  .value(QStringLiteral("events"))
                                  .toArray();
    bool fired = false;
    for (const QJsonValue &e : events)
        fired |= e.toObject().value(QStringLiteral("kind")).toString() ==
                     QLatin1String("trigger_fired") &&
                 e.toObject().value(QStringLiteral("to")).toString() ==
                     QLatin1String("Garantieanspruch an Hersteller");
    QVERIFY(fired);
    QCOMPARE(run(words({"trigger", "create", "--sample", "warranty"})).code, 2);
    QCOMPARE(run(words({"trigger", "create", "--sample", "nonsense", "--agreement", "1"})).code, 2);
}

void TestRuleCommands::warrantySampleNeedsEnterprise() {
    const QString dir = m_tmp.filePath(QStringLiteral("professional"));
    QCOMPARE(run(words({"init", "--account", "Klein GmbH", "--admin-email", "k@klein.test",
                        "--admin-name", "K", "--plan", "professional"}),
                 {}, dir)
                 .code,
             0);
    const qint64 agreement = addAgreement(dir, QStringLiteral("Hersteller AG"));
    const Run refused = run(words({"trigger", "create", "--sample", "warranty", "--agreement"})
                                << QString::number(agreement),
                            {}, dir);
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("Enterprise")), qPrintable(refused.err));
    QCOMPARE(json(run(words({"trigger", "list", "--json"}), {}, dir)).toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TestRuleCommands)
#include "tst_rulecommands.moc"
