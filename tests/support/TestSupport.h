#pragma once
// Helpers shared by the tests: a real account in a temporary data directory with an admin, an
// agent and an end user, and the paths CTest hands in.
#include "app/Instance.h"
#include "models/domain/Entities.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace DeskBridge::Test {

// The built `deskbridge` executable (set by CTest), for tests that run the CLI as a process.
QString deskbridgeBinary();
// The source tree root (set by CTest).
QString sourceDir();

struct TestAccount {
    std::unique_ptr<Instance> instance;
    Domain::User admin;
    Domain::User agent;
    Domain::User endUser;
};

// Opens `dataDir`, creates the account "Test Account" (plan as given) with
// admin@example.test, agent@example.test and enduser@customer.test.
TestAccount makeAccount(const QString &dataDir, Domain::Plan plan = Domain::Plan::Enterprise);

} // namespace DeskBridge::Test
