#pragma once
// ViewSort: how a view orders its tickets, as stored in views.sort:
// {"column":"updated_at","direction":"desc"}; "{}" (the schema's default) is exactly that.
// Which columns exist is ViewSqlCompiler's whitelist: ViewSqlCompiler::orderBy() refuses others.
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace DeskBridge::Rules {

struct ViewSort {
    Q_DECLARE_TR_FUNCTIONS(ViewSort)
public:
    QString column = QStringLiteral("updated_at");
    Qt::SortOrder order = Qt::DescendingOrder;

    static Result<ViewSort> fromJson(const QByteArray &json);
    QByteArray toJson() const;
    friend bool operator==(const ViewSort &, const ViewSort &) = default;
};

} // namespace DeskBridge::Rules
