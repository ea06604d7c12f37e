#pragma once
// The rows of the triggers and views tables as the store keeps them: titles, order, the active
// flag and the rule definitions as JSON text. The rules layer (app/rules) parses the JSON; the
// store never interprets it, so a rule it cannot parse still loads and can be shown as broken.
#include "models/domain/Entities.h"

#include <QByteArray>

namespace DeskBridge::Domain {

struct TriggerRecord {
    Id id = 0;
    QString title;
    int position = 0; // triggers run in ascending position, then id
    bool active = true;
    QByteArray conditions = QByteArrayLiteral("{}"); // JSON condition tree
    QByteArray actions = QByteArrayLiteral("[]");    // JSON action list
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct ViewRecord {
    Id id = 0;
    QString title;
    QString builtinKey; // set for shipped views; empty for the account's own views
    int position = 0;
    bool active = true;
    QByteArray conditions = QByteArrayLiteral("{}");
    QByteArray columns = QByteArrayLiteral("[]"); // JSON list of column names; [] = the default
    QByteArray sort = QByteArrayLiteral("{}");    // JSON {"column": ..., "direction": ...}
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace DeskBridge::Domain
