#pragma once
// DomainMatcher: finds the organization a new user joins by the domain of their email address.
// Built from the (domain, organization id) pairs of organization_domains. An exact domain
// ("example.com") matches only itself; a wildcard (".example.com") matches example.com and its
// subdomains. The longest matching suffix wins, and an exact domain beats a wildcard of the same
// length. Lookups walk the labels of the address's domain from the longest suffix to the
// shortest, one hash look-up each, so the cost does not depend on the number of domains.
#include <QHash>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace DeskBridge::Domain {

class DomainMatcher {
public:
    DomainMatcher() = default;
    explicit DomainMatcher(const QList<std::pair<QString, qint64>> &domains);

    // Adds one domain, normalized or not (it is brought to EmailDomain::canonical() form).
    // A domain added twice keeps the later organization.
    void insert(const QString &domain, qint64 organizationId);

    // The organization whose domain matches the email address best, if any.
    std::optional<qint64> match(const QString &email) const;
    // The same for a bare domain ("sales.example.com"), already in canonical form.
    std::optional<qint64> matchDomain(const QString &domain) const;

    qsizetype size() const { return m_exact.size() + m_wildcard.size(); }
    bool isEmpty() const { return size() == 0; }

private:
    QHash<QString, qint64> m_exact;
    QHash<QString, qint64> m_wildcard; // keyed without the leading dot
};

} // namespace DeskBridge::Domain
