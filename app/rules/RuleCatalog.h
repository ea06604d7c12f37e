#pragma once
// RuleCatalog: what exists in the account right now (groups, users, organizations, sharing
// agreements, custom fields), so that validation can tell a rule that names a deleted group or
// agreement apart from a sound one. The services fill it from the store; the rules layer only
// reads it. A rule with a broken reference is reported, never run: "group is not 7" with group 7
// gone would otherwise silently match every ticket.
#include "models/domain/Enums.h"

#include <QHash>
#include <QString>

namespace DeskBridge::Rules {

class RuleCatalog {
public:
    struct User {
        qint64 id = 0;
        Domain::Role role = Domain::Role::EndUser;
        QString name;
    };
    struct Agreement {
        qint64 id = 0;
        Domain::AgreementDirection direction = Domain::AgreementDirection::Outbound;
        Domain::AgreementStatus status = Domain::AgreementStatus::Pending;
        QString name;
    };
    struct CustomField {
        qint64 id = 0;
        Domain::FieldType type = Domain::FieldType::Text;
        QString title;
    };

    void addGroup(qint64 id, const QString &name = {}) { m_groups.insert(id, name); }
    void addUser(const User &user) { m_users.insert(user.id, user); }
    void addOrganization(qint64 id, const QString &name = {}) { m_organizations.insert(id, name); }
    void addAgreement(const Agreement &agreement) { m_agreements.insert(agreement.id, agreement); }
    void addCustomField(const CustomField &field) { m_fields.insert(field.id, field); }

    bool hasGroup(qint64 id) const { return m_groups.contains(id); }
    bool hasOrganization(qint64 id) const { return m_organizations.contains(id); }
    const User *user(qint64 id) const { return find(m_users, id); }
    const Agreement *agreement(qint64 id) const { return find(m_agreements, id); }
    const CustomField *customField(qint64 id) const { return find(m_fields, id); }

private:
    template <typename T> static const T *find(const QHash<qint64, T> &hash, qint64 id) {
        const auto it = hash.constFind(id);
        return it == hash.constEnd() ? nullptr : &*it;
    }

    QHash<qint64, QString> m_groups;
    QHash<qint64, User> m_users;
    QHash<qint64, QString> m_organizations;
    QHash<qint64, Agreement> m_agreements;
    QHash<qint64, CustomField> m_fields;
};

} // namespace DeskBridge::Rules
