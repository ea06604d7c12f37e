#pragma once
// AccountService: creates the account and its first admin, and changes the account's settings
// (name, plan, language, business hours, sharing address). Admins only, except reading.
#include "app/rules/BusinessHours.h"
#include "app/services/ServiceContext.h"
#include "models/domain/Result.h"
#include "models/store/AccountRepository.h"

#include <QObject>
#include <optional>

namespace DeskBridge::Services {

class UserService;

class AccountService : public QObject {
    Q_OBJECT
public:
    AccountService(ServiceContext ctx, UserService &users, QObject *parent = nullptr);

    bool isInitialized();
    // First run: the account row and its first administrator, in one transaction.
    Result<Domain::User> initialize(const QString &accountName, Domain::Plan plan,
                                    const QString &adminName, const QString &adminEmail);
    std::optional<Domain::Account> account();
    Domain::Plan plan();
    // Checks the language, the time zone and the business hours (the rules read them).
    Status update(const Domain::User &actor, const Domain::Account &changed);
    // The schedule for the trigger condition within_business_hours: JSON as BusinessHours
    // reads it ({"time_zone": ..., "intervals": [...]}, or a bare list of intervals in the
    // account's time zone); stored in canonical form. "[]" removes the schedule.
    Status setBusinessHours(const Domain::User &actor, const QByteArray &json);
    Status setTimeZone(const Domain::User &actor, const QString &timeZone);
    // The stored schedule (empty when none is set).
    Result<Rules::BusinessHours> businessHours();
    // Remembers who used the console last (no role needed: it is the signed-in user).
    Status setLastUser(Domain::Id userId);

private:
    Status validateSchedule(const Domain::Account &account);
    ServiceContext m_ctx;
    UserService &m_users;
    Store::AccountRepository m_repo;
};

} // namespace DeskBridge::Services
