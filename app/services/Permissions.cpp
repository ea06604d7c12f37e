#include "app/services/Permissions.h"

namespace DeskBridge::Services {

using namespace Domain;

Status Permissions::requireActive(const User &actor) {
    if (actor.id == 0 || !actor.active)
        return Status::failure(tr("This user account is suspended or unknown."));
    return {};
}

Status Permissions::requireAdmin(const User &actor) {
    if (Status s = requireActive(actor); !s)
        return s;
    if (!actor.isAdmin())
        return Status::failure(tr("Only administrators can do this; %1 is signed in as %2.")
                                   .arg(actor.name, Names::label(actor.role)));
    return {};
}

Status Permissions::requireStaff(const User &actor) {
    if (Status s = requireActive(actor); !s)
        return s;
    if (!actor.isStaff())
        return Status::failure(tr("Only agents and administrators can do this."));
    return {};
}

Plan Permissions::minimumPlan(Feature feature) {
    switch (feature) {
    case Feature::ManualSharing:
    case Feature::ManyOrganizations:
    case Feature::SharingApi:
        return Plan::Professional;
    case Feature::TriggerSharing:
        return Plan::Enterprise;
    }
    return Plan::Enterprise;
}

bool Permissions::planAllows(Plan plan, Feature feature) {
    return int(plan) >= int(minimumPlan(feature));
}

Status Permissions::requirePlan(Plan plan, Feature feature) {
    if (planAllows(plan, feature))
        return {};
    QString what;
    switch (feature) {
    case Feature::ManualSharing:
        what = tr("Sharing tickets with other accounts");
        break;
    case Feature::TriggerSharing:
        what = tr("Sharing tickets automatically with triggers");
        break;
    case Feature::ManyOrganizations:
        what = tr("Several organizations per user");
        break;
    case Feature::SharingApi:
        what = tr("The API for sharing agreements");
        break;
    }
    return Status::failure(tr("%1 needs the %2 plan or higher; this account has the %3 plan.")
                               .arg(what, Names::label(minimumPlan(feature)), Names::label(plan)));
}

int Permissions::maxOrganizationsPerUser(Plan plan) {
    return planAllows(plan, Feature::ManyOrganizations) ? 300 : 1;
}

} // namespace DeskBridge::Services
