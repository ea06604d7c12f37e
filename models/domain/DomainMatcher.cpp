#include "models/domain/DomainMatcher.h"

#include "models/domain/EmailDomain.h"

namespace DeskBridge::Domain {

DomainMatcher::DomainMatcher(const QList<std::pair<QString, qint64>> &domains) {
    m_exact.reserve(domains.size());
    for (const auto &[domain, organizationId] : domains)
        insert(domain, organizationId);
}

void DomainMatcher::insert(const QString &domain, qint64 organizationId) {
    QString key = EmailDomain::canonical(domain);
    if (key.startsWith(QLatin1Char('.'))) {
        key.remove(0, 1);
        if (!key.isEmpty())
            m_wildcard.insert(key, organizationId);
    } else if (!key.isEmpty()) {
        m_exact.insert(key, organizationId);
    }
}

std::optional<qint64> DomainMatcher::match(const QString &email) const {
    if (isEmpty())
        return std::nullopt;
    return matchDomain(EmailDomain::domainOfEmail(email));
}

std::optional<qint64> DomainMatcher::matchDomain(const QString &domain) const {
    if (domain.isEmpty())
        return std::nullopt;
    // Exact domains can only match the whole domain, the longest suffix, so they go first.
    if (const auto it = m_exact.constFind(domain); it != m_exact.cend())
        return it.value();
    if (m_wildcard.isEmpty())
        return std::nullopt;
    qsizetype start = 0;
    while (start < domain.size()) {
        // A view into `domain` as a QString without copying: nothing is allocated per label.
        const QString suffix =
            QString::fromRawData(domain.constData() + start, domain.size() - start);
        if (const auto it = m_wildcard.constFind(suffix); it != m_wildcard.cend())
            return it.value();
        const qsizetype dot = domain.indexOf(QLatin1Char('.'), start);
        if (dot < 0)
            break;
        start = dot + 1;
    }
    return std::nullopt;
}

} // namespace DeskBridge::Domain
