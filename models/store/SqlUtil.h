#pragma once
// Small helpers for binding and reading the store's conventions: 0 ids as NULL, times as ms.
#include "models/domain/Clock.h"
#include "models/domain/Entities.h"

#include <QSqlQuery>
#include <QVariant>

namespace DeskBridge::Store {

inline QVariant idOrNull(Domain::Id id) {
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}
inline QVariant textOrNull(const QString &s) {
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
// Binds positional values. A null QString inside a non-null QVariant would reach SQLite as NULL;
// bind it as '' so NOT NULL text columns take empty text. textOrNull()/idOrNull() stay NULL.
inline void bindAll(QSqlQuery &q, const QVariantList &values) {
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (!v.isNull() && v.metaType().id() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QStringLiteral(""));
        else
            q.bindValue(i, v);
    }
}
inline QVariant ms(const QDateTime &t) {
    return Domain::Clock::toMs(t);
}
inline QDateTime time(const QVariant &v) {
    return Domain::Clock::fromMs(v.toLongLong());
}

} // namespace DeskBridge::Store
