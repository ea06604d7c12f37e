#pragma once
// Permissions: the role and plan checks every service makes before it writes. The UI hides
// what a user may not do, but these checks are what actually decide.
#include "models/domain/Entities.h"
#include "models/domain/Result.h"

#include <QCoreApplication>

namespace DeskBridge::Services {

class Permissions {
    Q_DECLARE_TR_FUNCTIONS(Permissions)
public:
    static Status requireAdmin(const Domain::User &actor);
    static Status requireStaff(const Domain::User &actor);
    static Status requireActive(const Domain::User &actor);

    // Plan features (DESIGN.md §1C).
    enum class Feature { ManualSharing, TriggerSharing, ManyOrganizations, SharingApi };
    static bool planAllows(Domain::Plan plan, Feature feature);
    static Status requirePlan(Domain::Plan plan, Feature feature);
    static Domain::Plan minimumPlan(Feature feature);
    static int maxOrganizationsPerUser(Domain::Plan plan);
};

} // namespace DeskBridge::Services
