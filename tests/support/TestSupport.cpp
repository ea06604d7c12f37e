#include "support/TestSupport.h"

#include "app/services/AccountService.h"
#include "app/services/UserService.h"

#include <QProcessEnvironment>

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

} // namespace DeskBridge::Test
