#pragma once
// RuleCache: the business rules' view of the account, kept ready between writes so a ticket
// update does not rebuild it: the catalog of what exists (groups, agents, organizations, sharing
// agreements, custom fields) for validation and broken-rule status, the active triggers compiled
// once in their run order, and the business hours.
//
//   any read ─► fingerprint of triggers/groups/orgs/fields/agreements/account (one cheap query)
//            │  changed, or a ChangeHub signal arrived since the last build?
//            └─► rebuild what is asked for (catalog, compiled triggers, schedule), lazily
//
// The fingerprint also catches writes by other connections (the CLI, the sharing thread), which
// emit no signal in this process.
#include "app/rules/BusinessHours.h"
#include "app/rules/Condition.h"
#include "app/rules/RuleCatalog.h"
#include "app/rules/TriggerRunner.h"
#include "app/services/ServiceContext.h"
#include "models/store/AccountRepository.h"
#include "models/store/RuleLookupRepository.h"
#include "models/store/TriggerRepository.h"

#include <QObject>
#include <optional>

namespace DeskBridge::Services {

// What the rule editors offer in their value pickers (ids with names).
struct RuleChoices {
    struct Choice {
        Domain::Id id = 0;
        QString name;
        QString detail; // role, agreement status, field type
    };
    QList<Choice> groups;
    QList<Choice> agents; // agents and administrators
    QList<Choice> organizations;
    QList<Choice> outboundAgreements; // for share_ticket and sent_to
    QList<Choice> inboundAgreements;  // for received_from
    QList<Choice> customFields;       // detail: the field type's name
};

class RuleCache : public QObject {
    Q_OBJECT
public:
    explicit RuleCache(ServiceContext ctx, QObject *parent = nullptr);

    // Groups, agents and administrators, organizations, agreements and custom fields.
    const Rules::RuleCatalog &catalog();
    // catalog() plus the users with these ids (end users are not in it: requesters can be many).
    Rules::RuleCatalog catalogWith(const QList<Domain::Id> &userIds);
    // The user ids a rule names as requester or assignee (for catalogWith()).
    static QList<Domain::Id> referencedUsers(const Rules::Condition &condition,
                                             const Rules::ActionList *actions = nullptr);
    RuleChoices choices();

    // The active triggers that compile against the catalog, in run order. A broken trigger is
    // left out: it is shown as broken instead of running with a meaning nobody intended.
    const Rules::TriggerRunner &runner();
    // The account's schedule (empty when none is set or the stored one cannot be read).
    const Rules::BusinessHours &businessHours();
    Domain::Plan plan();

    void setMaxPasses(int passes); // tests: how many passes the trigger runner may take
    void invalidate();
    int builds() const { return m_builds; } // how often the triggers were compiled

private:
    void checkFingerprint();

    ServiceContext m_ctx;
    Store::RuleLookupRepository m_lookup;
    Store::TriggerRepository m_triggers;
    Store::AccountRepository m_account;
    QString m_fingerprint;
    std::optional<Rules::RuleCatalog> m_catalog;
    std::optional<RuleChoices> m_choices;
    std::optional<Rules::TriggerRunner> m_runner;
    std::optional<Rules::BusinessHours> m_hours;
    int m_maxPasses = Rules::TriggerRunner::defaultMaxPasses;
    int m_builds = 0;
};

} // namespace DeskBridge::Services
