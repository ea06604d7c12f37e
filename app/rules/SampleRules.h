#pragma once
// The rules DeskBridge ships: the product article's warranty trigger and the built-in views for
// shared tickets. Factories only; the services store them (the views under their builtin_key).
#include "app/rules/Condition.h"
#include "app/rules/Trigger.h"
#include "app/rules/ViewSort.h"

#include <QCoreApplication>
#include <QList>

namespace DeskBridge::Rules::samples {

// "Garantieanspruch an Hersteller": ticket is created AND tags contain garantieanspruch ->
// share the ticket with the manufacturer by `agreementId` (an outbound agreement).
Trigger warrantyTrigger(qint64 agreementId);

struct BuiltinView {
    QString key;   // views.builtin_key
    QString title; // translated
    Condition condition;
    ViewSort sort;
};

// Shared with a partner, received from partners, shared in the last 24 hours, orphaned tickets.
QList<BuiltinView> builtinViews();

} // namespace DeskBridge::Rules::samples
