#include "support/TestSupport.h"

#include "app/services/AccountService.h"
#include "app/services/UserService.h"

#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QSqlRecord>

namespace DeskBridge::Test {

QString deskbridgeBinary() {
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("DESKBRIDGE_BINARY"));
}

QString sourceDir() {
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("DESKBRIDGE_SOURCE_DIR"));
}

TestAccount makeAccount(const QString &dataDir, Domain::Plan plan) {
    TestAccount a;
    auto opened = Instance::open(dataDir);
    if (!opened)
        qFatal("cannot open %s: %s", qPrintable(dataDir), qPrintable(opened.error()));
    a.instance = std::move(opened).value();
    auto admin = a.instance->accounts().initialize(QStringLiteral("Test Account"), plan,
                                                   QStringLiteral("Ada Admin"),
                                                   QStringLiteral("admin@example.test"));
    if (!admin)
        qFatal("initialize: %s", qPrintable(admin.error()));
    a.admin = *admin;
    Domain::User agent;
    agent.name = QStringLiteral("Bob Agent");
    agent.email = QStringLiteral("agent@example.test");
    agent.role = Domain::Role::Agent;
    a.agent = a.instance->users().create(a.admin, agent).value();
    Domain::User endUser;
    endUser.name = QStringLiteral("Carla Kundin");
    endUser.email = QStringLiteral("enduser@customer.test");
    endUser.role = Domain::Role::EndUser;
    a.endUser = a.instance->users().create(a.admin, endUser).value();
    return a;
}

QString snapshot(Instance &instance, const QStringList &tables) {
    QString out;
    for (const QString &table : tables) {
        out += QStringLiteral("[") + table + QStringLiteral("]\n");
        QSqlQuery q(instance.database().connection());
        if (!q.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1, 2")))
            qFatal("snapshot of %s failed", qPrintable(table));
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out += values.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

QStringList organizationTables() {
    return {QStringLiteral("organizations"),
            QStringLiteral("organization_domains"),
            QStringLiteral("organization_tags"),
            QStringLiteral("organization_memberships"),
            QStringLiteral("users"),
            QStringLiteral("user_tags"),
            QStringLiteral("groups"),
            QStringLiteral("tickets"),
            QStringLiteral("ticket_events")};
}

} // namespace DeskBridge::Test
