#pragma once
// ServiceContext: what every service of one account shares: the connection it writes through,
// the change signals, and "via": where the current change comes from (console, CLI/API,
// the Help Center, a partner through ticket sharing, a trigger).
#include "models/domain/Entities.h"
#include "models/store/ChangeHub.h"
#include "models/store/Database.h"

namespace DeskBridge::Services {

struct Via {
    Domain::Channel channel = Domain::Channel::Console;
    Domain::Id agreementId = 0; // set when the change arrived through ticket sharing
    Domain::Id triggerId = 0;   // set for effects of a trigger
};

struct ServiceContext {
    Store::Database &db;
    Store::ChangeHub &hub;
};

} // namespace DeskBridge::Services
