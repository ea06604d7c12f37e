#pragma once
// RuleLookupRepository: the lean lookups the business rules need: which groups, agents,
// organizations, sharing agreements and custom fields exist (ids, codes and names only, one
// query each, no per-row detail), and a fingerprint that changes whenever any of them or the
// triggers change, so that compiled rules are rebuilt exactly when needed.
#include "models/domain/Entities.h"

#include <QList>

namespace DeskBridge::Store {

class Database;

class RuleLookupRepository {
public:
    struct Row {
        Domain::Id id = 0;
        int code = 0;  // role, agreement direction, field type
        int code2 = 0; // agreement status
        QString name;
    };

    explicit RuleLookupRepository(Database &db)
        : m_db(db) {}

    QList<Row> staff(); // agents and admins: code = role
    QList<Row> users(const QList<Domain::Id> &ids);
    QList<Row> groups();
    QList<Row> organizations();
    QList<Row> agreements();   // code = direction, code2 = status
    QList<Row> customFields(); // code = type
    // The triggers' and agreements' rule-relevant columns; counts and highest ids of groups,
    // organizations and custom fields; the account row's updated_at. Cheap: small tables and
    // index look-ups.
    QString fingerprint();

private:
    QList<Row> rows(const QString &sql, const QVariantList &values = {});
    Database &m_db;
};

} // namespace DeskBridge::Store
