#include "models/store/OrganizationRepository.h"

#include "models/store/Database.h"
#include "models/store/SqlUtil.h"
#include "models/store/TicketRepository.h"

namespace DeskBridge::Store {

using namespace Domain;

namespace {
const QString kSelect = QStringLiteral("SELECT o.id, o.name, o.notes, o.sharing_mode, o.group_id, "
                                       "o.external_id, o.created_at, o.updated_at ");
const QString kCounts = QStringLiteral(
    ", (SELECT count(*) FROM organization_memberships m WHERE m.organization_id = o.id)"
    ", (SELECT count(*) FROM tickets t WHERE t.organization_id = o.id) ");

// A LIKE pattern that finds `text` anywhere, with LIKE's own characters taken literally.
QString containsPattern(const QString &text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

Result<Id> OrganizationRepository::insert(const Organization &o) {
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO organizations (name, notes, sharing_mode, group_id, external_id, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values{o.name,
                              o.notes,
                              int(o.sharingMode),
                              idOrNull(o.groupId),
                              textOrNull(o.externalId),
                              ms(o.createdAt),
                              ms(o.updatedAt)};
    bindAll(q, values);
    if (!q.exec())
        return Result<Id>::failure(Database::describe(q));
    const Id id = q.lastInsertId().toLongLong();
    q.finish();
    if (Status s = writeDomains(id, o.domains); !s)
        return Result<Id>::failure(s.error());
    if (Status s = writeTags(id, o.tags); !s)
        return Result<Id>::failure(s.error());
    return id;
}

Status OrganizationRepository::update(const Organization &o) {
    if (Status s = m_db.exec(QStringLiteral("UPDATE organizations SET name = ?, notes = ?, "
                                            "sharing_mode = ?, group_id = ?, external_id = ?, "
                                            "updated_at = ? WHERE id = ?"),
                             {o.name, o.notes, int(o.sharingMode), idOrNull(o.groupId),
                              textOrNull(o.externalId), ms(o.updatedAt), o.id});
        !s)
        return s;
    if (Status s = writeDomains(o.id, o.domains); !s)
        return s;
    return writeTags(o.id, o.tags);
}

Status OrganizationRepository::remove(Id id) {
    return m_db.exec(QStringLiteral("DELETE FROM organizations WHERE id = ?"), {id});
}

Status OrganizationRepository::writeDomains(Id id, const QStringList &domains) {
    if (Status s = m_db.exec(
            QStringLiteral("DELETE FROM organization_domains WHERE organization_id = ?"), {id});
        !s)
        return s;
    for (const QString &d : domains) {
        if (Status s = m_db.exec(QStringLiteral("INSERT INTO organization_domains (domain, "
                                                "organization_id) VALUES (?, ?)"),
                                 {d, id});
            !s)
            return s;
    }
    return {};
}

Status OrganizationRepository::writeTags(Id id, const QStringList &tags) {
    if (Status s = m_db.exec(
            QStringLiteral("DELETE FROM organization_tags WHERE organization_id = ?"), {id});
        !s)
        return s;
    for (const QString &t : tags) {
        if (Status s = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO organization_tags "
                                                "(organization_id, tag) VALUES (?, ?)"),
                                 {id, t});
            !s)
            return s;
    }
    return {};
}

QList<Organization> OrganizationRepository::read(QSqlQuery &q, bool withCounts) {
    QList<Organization> out;
    while (q.next()) {
        Organization o;
        o.id = q.value(0).toLongLong();
        o.name = q.value(1).toString();
        o.notes = q.value(2).toString();
        o.sharingMode = static_cast<SharingMode>(q.value(3).toInt());
        o.groupId = q.value(4).toLongLong();
        o.externalId = q.value(5).toString();
        o.createdAt = time(q.value(6));
        o.updatedAt = time(q.value(7));
        if (withCounts) {
            o.memberCount = q.value(8).toInt();
            o.ticketCount = q.value(9).toInt();
        }
        out.append(o);
    }
    q.finish();
    for (Organization &o : out) {
        QSqlQuery &d = m_db.prepared(QStringLiteral(
            "SELECT domain FROM organization_domains WHERE organization_id = ? ORDER BY domain"));
        d.bindValue(0, o.id);
        if (d.exec())
            while (d.next())
                o.domains.append(d.value(0).toString());
        d.finish();
        QSqlQuery &t = m_db.prepared(QStringLiteral(
            "SELECT tag FROM organization_tags WHERE organization_id = ? ORDER BY tag"));
        t.bindValue(0, o.id);
        if (t.exec())
            while (t.next())
                o.tags.append(t.value(0).toString());
        t.finish();
    }
    return out;
}

std::optional<Organization> OrganizationRepository::find(Id id) {
    QSqlQuery &q = m_db.prepared(kSelect + QStringLiteral("FROM organizations o WHERE o.id = ?"));
    q.bindValue(0, id);
    const auto all = q.exec() ? read(q) : QList<Organization>();
    return all.isEmpty() ? std::nullopt : std::optional<Organization>(all.first());
}

bool OrganizationRepository::exists(Id id) {
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT 1 FROM organizations WHERE id = ?"));
    q.bindValue(0, id);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

std::optional<Organization> OrganizationRepository::findByName(const QString &name) {
    QSqlQuery &q = m_db.prepared(kSelect + QStringLiteral("FROM organizations o WHERE o.name = ?"));
    q.bindValue(0, name.trimmed());
    const auto all = q.exec() ? read(q) : QList<Organization>();
    return all.isEmpty() ? std::nullopt : std::optional<Organization>(all.first());
}

QList<Organization> OrganizationRepository::list(const QString &search) {
    const QString text = search.trimmed();
    QSqlQuery &q = m_db.prepared(
        kSelect + kCounts +
        QStringLiteral(
            "FROM organizations o WHERE ? = '' OR o.name LIKE ? ESCAPE '\\' "
            "OR EXISTS (SELECT 1 FROM organization_domains d WHERE d.organization_id = o.id "
            "AND d.domain LIKE ? ESCAPE '\\') "
            "OR EXISTS (SELECT 1 FROM organization_tags g WHERE g.organization_id = o.id "
            "AND g.tag LIKE ? ESCAPE '\\') ORDER BY o.name COLLATE NOCASE, o.id"));
    const QString pattern = containsPattern(text);
    bindAll(q, {text, pattern, pattern, pattern});
    return q.exec() ? read(q, true) : QList<Organization>();
}

QList<std::pair<Id, QString>> OrganizationRepository::names() {
    QList<std::pair<Id, QString>> out;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id, name FROM organizations ORDER BY id"));
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString()});
    q.finish();
    return out;
}

QList<std::pair<Id, QString>> OrganizationRepository::nonAsciiNames() {
    QList<std::pair<Id, QString>> out;
    // GLOB's [^...] class: any character outside printable ASCII.
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT id, name FROM organizations WHERE name GLOB '*[^ -~]*' ORDER BY id"));
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString()});
    q.finish();
    return out;
}

int OrganizationRepository::countOf(const QString &sql, Id id) {
    QSqlQuery &q = m_db.prepared(sql);
    q.bindValue(0, id);
    const int n = (q.exec() && q.next()) ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

int OrganizationRepository::memberCount(Id id) {
    return countOf(
        QStringLiteral("SELECT count(*) FROM organization_memberships WHERE organization_id = ?"),
        id);
}

int OrganizationRepository::ticketCount(Id id) {
    return countOf(QStringLiteral("SELECT count(*) FROM tickets WHERE organization_id = ?"), id);
}

int OrganizationRepository::defaultCount(Id id) {
    return countOf(QStringLiteral("SELECT count(*) FROM users WHERE default_organization_id = ?"),
                   id);
}

std::optional<Id> OrganizationRepository::domainOwner(const QString &domain) {
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT organization_id FROM organization_domains WHERE domain = ?"));
    q.bindValue(0, domain);
    std::optional<Id> owner;
    if (q.exec() && q.next())
        owner = q.value(0).toLongLong();
    q.finish();
    return owner;
}

QList<std::pair<QString, Id>> OrganizationRepository::allDomains() {
    QList<std::pair<QString, Id>> out;
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT domain, organization_id FROM organization_domains ORDER BY 1"));
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toLongLong()});
    q.finish();
    return out;
}

QList<std::pair<QString, Id>> OrganizationRepository::domainCandidates(const QString &emailDomain) {
    QList<std::pair<QString, Id>> out;
    if (emailDomain.isEmpty())
        return out;
    QVariantList keys{emailDomain};
    qsizetype start = 0;
    while (start >= 0 && start < emailDomain.size()) {
        keys.append(QString(QLatin1Char('.') + emailDomain.mid(start)));
        const qsizetype dot = emailDomain.indexOf(QLatin1Char('.'), start);
        start = dot < 0 ? -1 : dot + 1;
    }
    // One primary-key probe per key, UNION ALL rather than IN (...), which would build a
    // temporary table for every new user of a bulk import. One statement per number of
    // labels; addresses have few.
    while (m_candidateSql.size() < keys.size()) {
        const QString probe = QStringLiteral(
            "SELECT domain, organization_id FROM organization_domains WHERE domain = ?");
        QString sql = probe;
        for (qsizetype i = 0; i < m_candidateSql.size(); ++i)
            sql += QStringLiteral(" UNION ALL ") + probe;
        m_candidateSql.append(sql);
    }
    QSqlQuery &q = m_db.prepared(m_candidateSql.at(keys.size() - 1));
    bindAll(q, keys);
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toLongLong()});
    q.finish();
    return out;
}

Status OrganizationRepository::addMember(Id organizationId, Id userId, const QDateTime &at) {
    return m_db.exec(QStringLiteral("INSERT OR IGNORE INTO organization_memberships (user_id, "
                                    "organization_id, created_at) VALUES (?, ?, ?)"),
                     {userId, organizationId, ms(at)});
}

Status OrganizationRepository::removeMember(Id organizationId, Id userId) {
    return m_db.exec(QStringLiteral("DELETE FROM organization_memberships WHERE user_id = ? AND "
                                    "organization_id = ?"),
                     {userId, organizationId});
}

QList<Id> OrganizationRepository::organizationsOf(Id userId) {
    QList<Id> out;
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT organization_id FROM organization_memberships WHERE user_id = ? ORDER BY 1"));
    q.bindValue(0, userId);
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

QHash<Id, QList<Id>> OrganizationRepository::allMemberships() {
    QHash<Id, QList<Id>> out;
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT user_id, organization_id FROM organization_memberships ORDER BY 1, 2"));
    if (q.exec())
        while (q.next())
            out[q.value(0).toLongLong()].append(q.value(1).toLongLong());
    q.finish();
    return out;
}

QList<OrganizationMember> OrganizationRepository::members(Id organizationId) {
    QList<OrganizationMember> out;
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT u.id, u.name, u.email, u.role, coalesce(u.default_organization_id = "
        "m.organization_id, 0), m.created_at FROM organization_memberships m JOIN users u ON "
        "u.id = m.user_id WHERE m.organization_id = ? ORDER BY u.name COLLATE NOCASE, u.id"));
    q.bindValue(0, organizationId);
    if (q.exec()) {
        while (q.next()) {
            OrganizationMember m;
            m.userId = q.value(0).toLongLong();
            m.name = q.value(1).toString();
            m.email = q.value(2).toString();
            m.role = static_cast<Role>(q.value(3).toInt());
            m.isDefault = q.value(4).toBool();
            m.since = time(q.value(5));
            out.append(m);
        }
    }
    q.finish();
    return out;
}

Status OrganizationRepository::setDefault(Id userId, Id organizationId) {
    return m_db.exec(QStringLiteral("UPDATE users SET default_organization_id = ? WHERE id = ?"),
                     {idOrNull(organizationId), userId});
}

Status OrganizationRepository::moveDefaultsAway(Id organizationId) {
    return m_db.exec(
        QStringLiteral(
            "UPDATE users SET default_organization_id = (SELECT m.organization_id FROM "
            "organization_memberships m WHERE m.user_id = users.id AND m.organization_id <> ? "
            "ORDER BY m.created_at, m.organization_id LIMIT 1) WHERE default_organization_id = ?"),
        {organizationId, organizationId});
}

QList<Organization> OrganizationRepository::sharedWith(Id userId) {
    QSqlQuery &q = m_db.prepared(kSelect + QStringLiteral("FROM organizations o WHERE o.id IN (") +
                                 TicketRepository::sharedOrganizationsSql() +
                                 QStringLiteral(") ORDER BY o.name COLLATE NOCASE, o.id"));
    q.bindValue(0, userId);
    return q.exec() ? read(q) : QList<Organization>();
}

} // namespace DeskBridge::Store
