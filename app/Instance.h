#pragma once
// Instance: one account, opened from its data directory: the database, the services, the
// change signals (and later its sharing server). Nothing is process-wide, so a test or the demo
// runs two accounts side by side in one process.
#include "models/domain/Result.h"
#include "models/store/ChangeHub.h"
#include "models/store/Database.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace DeskBridge::Services {
class AccountService;
class UserService;
class GroupService;
class FieldService;
class TicketService;
class ViewService;
class OrganizationService;
class ImportService;
class RuleCache;
class TriggerService;
class TicketTriggerHook;
} // namespace DeskBridge::Services

namespace DeskBridge::Sharing {
class SharingService;
}

namespace DeskBridge::HelpCenter {
class HelpCenterService;
}

namespace DeskBridge {

class Instance : public QObject {
    Q_OBJECT
public:
    ~Instance() override;

    // Creates the directory if needed and opens (and migrates) `deskbridge.sqlite` in it.
    static Result<std::unique_ptr<Instance>> open(const QString &dataDir);
    // QStandardPaths::AppDataLocation, or $DESKBRIDGE_DATA_DIR when set.
    static QString defaultDataDir();

    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    QString tlsDir() const;

    Store::Database &database() { return m_db; }
    Store::ChangeHub &changes() { return m_hub; }
    Services::AccountService &accounts() { return *m_accounts; }
    Services::UserService &users() { return *m_users; }
    Services::GroupService &groups() { return *m_groups; }
    Services::FieldService &fields() { return *m_fields; }
    Services::TicketService &tickets() { return *m_tickets; }
    Services::ViewService &views() { return *m_views; }
    Services::OrganizationService &organizations() { return *m_organizations; }
    Services::ImportService &imports() { return *m_imports; }
    Services::TriggerService &triggers() { return *m_triggers; }
    // The business rules' compiled state (catalog, triggers, schedule), shared by the services.
    Services::RuleCache &rules() { return *m_rules; }
    Sharing::SharingService &sharing() { return *m_sharing; }
    // The Help Center's sessions, passwords and end-user reads (issue 7).
    HelpCenter::HelpCenterService &helpCenter() { return *m_helpCenter; }

    // The active user with this address, to act as (CLI --as, console sign-in).
    Result<Domain::User> actor(const QString &email);

    // Polls PRAGMA data_version and emits ChangeHub::externalChange when another connection
    // (the CLI, the sharing thread) committed to this account's database.
    void watchExternalChanges(int intervalMs = 500);

private:
    explicit Instance(QString dataDir);
    void pollDataVersion();

    QString m_dataDir;
    Store::Database m_db;
    Store::ChangeHub m_hub;
    std::unique_ptr<Services::UserService> m_users;
    std::unique_ptr<Services::AccountService> m_accounts;
    std::unique_ptr<Services::GroupService> m_groups;
    std::unique_ptr<Services::FieldService> m_fields;
    std::unique_ptr<Services::TicketService> m_tickets;
    std::unique_ptr<Services::ViewService> m_views;
    std::unique_ptr<Services::OrganizationService> m_organizations;
    std::unique_ptr<Services::ImportService> m_imports;
    std::unique_ptr<Services::RuleCache> m_rules;
    std::unique_ptr<Services::TriggerService> m_triggers;
    std::unique_ptr<Services::TicketTriggerHook> m_triggerHook;
    std::unique_ptr<Sharing::SharingService> m_sharing;
    std::unique_ptr<HelpCenter::HelpCenterService> m_helpCenter;
    QTimer m_watch;
    qint64 m_dataVersion = -1;
};

} // namespace DeskBridge
