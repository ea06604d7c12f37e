#pragma once
// RuleWrite: what every change to triggers and views shares: the write runs in one transaction,
// and the rule caches hear of it (ChangeHub::rulesChanged) once it committed.
#include "app/services/ServiceContext.h"
#include "models/domain/Entities.h"
#include "models/domain/Result.h"
#include "models/store/Transaction.h"

#include <QList>
#include <algorithm>

namespace DeskBridge::Services::RuleWrite {

// Runs `write` (returning Status) in a transaction; commits and signals only when it succeeded.
template <typename Write> Status commit(ServiceContext &ctx, Write &&write) {
    Store::Transaction tx(ctx.db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    if (Status s = write(); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT ctx.hub.rulesChanged();
    return {};
}

// A new run order must name every current rule exactly once.
inline bool isReordering(QList<Domain::Id> proposed, QList<Domain::Id> current) {
    std::sort(proposed.begin(), proposed.end());
    std::sort(current.begin(), current.end());
    return proposed == current;
}

} // namespace DeskBridge::Services::RuleWrite
