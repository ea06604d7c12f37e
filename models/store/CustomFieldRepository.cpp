#include "models/store/CustomFieldRepository.h"

#include "models/store/Database.h"
#include "models/store/SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace DeskBridge::Store {

using namespace Domain;

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, key, title, type, options, position, active, created_at FROM custom_fields ");

QString optionsJson(const QStringList &options) {
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(options)).toJson(QJsonDocument::Compact));
}
} // namespace

Result<Id> CustomFieldRepository::insert(const CustomField &f) {
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO custom_fields (key, title, type, options, position, active, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values{f.key,      f.title,  int(f.type),     optionsJson(f.options),
                              f.position, f.active, ms(f.createdAt), ms(f.createdAt)};
    bindAll(q, values);
    if (!q.exec())
        return Result<Id>::failure(Database::describe(q));
    const Id id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

Status CustomFieldRepository::update(const CustomField &f) {
    return m_db.exec(QStringLiteral("UPDATE custom_fields SET title = ?, options = ?, "
                                    "position = ?, active = ?, updated_at = ? WHERE id = ?"),
                     {f.title, optionsJson(f.options), f.position, f.active, Clock::nowMs(), f.id});
}

QList<CustomField> CustomFieldRepository::read(QSqlQuery &q) {
    QList<CustomField> out;
    while (q.next()) {
        CustomField f;
        f.id = q.value(0).toLongLong();
        f.key = q.value(1).toString();
        f.title = q.value(2).toString();
        f.type = static_cast<FieldType>(q.value(3).toInt());
        const QJsonArray options = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array();
        for (const auto &o : options)
            f.options.append(o.toString());
        f.position = q.value(5).toInt();
        f.active = q.value(6).toBool();
        f.createdAt = time(q.value(7));
        out.append(f);
    }
    q.finish();
    return out;
}

std::optional<CustomField> CustomFieldRepository::find(Id id) {
    QSqlQuery &q = m_db.prepared(kSelect + QStringLiteral("WHERE id = ?"));
    q.bindValue(0, id);
    const auto all = q.exec() ? read(q) : QList<CustomField>();
    return all.isEmpty() ? std::nullopt : std::optional<CustomField>(all.first());
}

std::optional<CustomField> CustomFieldRepository::findByKey(const QString &key) {
    QSqlQuery &q = m_db.prepared(kSelect + QStringLiteral("WHERE key = ?"));
    q.bindValue(0, key);
    const auto all = q.exec() ? read(q) : QList<CustomField>();
    return all.isEmpty() ? std::nullopt : std::optional<CustomField>(all.first());
}

QList<CustomField> CustomFieldRepository::list() {
    QSqlQuery &q = m_db.prepared(kSelect + QStringLiteral("ORDER BY position, id"));
    return q.exec() ? read(q) : QList<CustomField>();
}

} // namespace DeskBridge::Store
