#include "app/Instance.h"

#include "app/helpcenter/HelpCenterService.h"
#include "app/services/AccountService.h"
#include "app/services/FieldService.h"
#include "app/services/GroupService.h"
#include "app/services/ImportService.h"
#include "app/services/OrganizationService.h"
#include "app/services/RuleCache.h"
#include "app/services/TicketService.h"
#include "app/services/TicketTriggerHook.h"
#include "app/services/TriggerService.h"
#include "app/services/UserService.h"
#include "app/services/ViewService.h"
#include "app/sharing/SharingService.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace DeskBridge {

Instance::Instance(QString dataDir)
    : m_dataDir(std::move(dataDir)) {}

Instance::~Instance() {
    m_watch.stop();
    // Services hold prepared statements through the database: drop them before it closes.
    if (m_tickets)
        m_tickets->setRulesHook(nullptr);
    m_helpCenter.reset();
    m_triggerHook.reset();
    m_triggers.reset();
    m_imports.reset();
    m_organizations.reset();
    m_views.reset();
    m_sharing.reset();
    m_rules.reset();
    m_tickets.reset();
    m_fields.reset();
    m_groups.reset();
    m_accounts.reset();
    m_users.reset();
    m_db.close();
}

QString Instance::defaultDataDir() {
    const QString env =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("DESKBRIDGE_DATA_DIR"));
    if (!env.isEmpty())
        return env;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/deskbridge");
    return dir;
}

QString Instance::databasePath() const {
    return QDir(m_dataDir).filePath(QStringLiteral("deskbridge.sqlite"));
}

QString Instance::tlsDir() const {
    return QDir(m_dataDir).filePath(QStringLiteral("tls"));
}

Result<std::unique_ptr<Instance>> Instance::open(const QString &dataDir) {
    using R = Result<std::unique_ptr<Instance>>;
    const QString dir = QFileInfo(dataDir).absoluteFilePath();
    QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return R::failure(
            QObject::tr("The data directory %1 is a file, not a directory.").arg(dir));
    if (!QDir().mkpath(dir))
        return R::failure(QObject::tr("Cannot create the data directory %1.").arg(dir));
    std::unique_ptr<Instance> instance(new Instance(dir));
    if (Status s = instance->m_db.open(instance->databasePath()); !s)
        return R::failure(s.error());
    Services::ServiceContext ctx{instance->m_db, instance->m_hub};
    instance->m_users = std::make_unique<Services::UserService>(ctx);
    instance->m_accounts = std::make_unique<Services::AccountService>(ctx, *instance->m_users);
    instance->m_groups = std::make_unique<Services::GroupService>(ctx);
    instance->m_fields = std::make_unique<Services::FieldService>(ctx);
    instance->m_tickets = std::make_unique<Services::TicketService>(ctx, *instance->m_users);
    instance->m_rules = std::make_unique<Services::RuleCache>(ctx);
    instance->m_views = std::make_unique<Services::ViewService>(ctx, *instance->m_rules);
    instance->m_triggers = std::make_unique<Services::TriggerService>(ctx, *instance->m_rules);
    instance->m_triggerHook =
        std::make_unique<Services::TicketTriggerHook>(ctx, *instance->m_rules);
    instance->m_tickets->setRulesHook(instance->m_triggerHook.get());
    instance->m_organizations =
        std::make_unique<Services::OrganizationService>(ctx, *instance->m_users);
    instance->m_imports = std::make_unique<Services::ImportService>(ctx, *instance->m_users,
                                                                    *instance->m_organizations);
    instance->m_sharing = std::make_unique<Sharing::SharingService>(
        ctx, *instance->m_tickets, *instance->m_users, *instance->m_accounts, instance->tlsDir());
    instance->m_helpCenter = std::make_unique<HelpCenter::HelpCenterService>(*instance);
    return R(std::move(instance));
}

Result<Domain::User> Instance::actor(const QString &email) {
    if (email.trimmed().isEmpty())
        return Result<Domain::User>::failure(tr("Say who acts: --as EMAIL."));
    const auto user = m_users->findByEmail(email);
    if (!user)
        return Result<Domain::User>::failure(
            tr("There is no user with the email address %1.").arg(email.trimmed()));
    if (!user->active)
        return Result<Domain::User>::failure(tr("The user %1 is suspended.").arg(user->email));
    return *user;
}

void Instance::watchExternalChanges(int intervalMs) {
    m_dataVersion = m_db.dataVersion();
    connect(&m_watch, &QTimer::timeout, this, &Instance::pollDataVersion, Qt::UniqueConnection);
    m_watch.start(intervalMs);
}

void Instance::pollDataVersion() {
    const qint64 v = m_db.dataVersion();
    if (v != m_dataVersion) {
        m_dataVersion = v;
        Q_EMIT m_hub.externalChange();
    }
}

} // namespace DeskBridge
