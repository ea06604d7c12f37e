#pragma once
// JsonFormat: the JSON shapes the CLI prints for scripts (stable keys, names not codes).
#include "models/domain/Entities.h"

#include <QJsonObject>

namespace DeskBridge {
class Instance;
}

namespace DeskBridge::Cli {

class JsonFormat {
public:
    static QString time(const QDateTime &t);
    static QJsonObject user(const Domain::User &u);
    static QJsonObject group(const Domain::Group &g);
    static QJsonObject field(const Domain::CustomField &f);
    static QJsonObject ticketRow(const Domain::TicketRow &r);
    // The whole ticket with names resolved through the instance's services.
    static QJsonObject ticket(Instance &instance, const Domain::Ticket &t);
    static QJsonObject comment(const Domain::Comment &c);
    static QJsonObject event(const Domain::TicketEvent &e);
    // An organization; `groupName` resolved by the caller. Counts as the list read them.
    static QJsonObject organization(const Domain::Organization &o, const QString &groupName);
    static QJsonObject member(const Domain::OrganizationMember &m);
};

} // namespace DeskBridge::Cli
