#pragma once
// ViewService: the ticket lists of the console sidebar. Each view turns into a TicketQuery for
// the acting user (end users always see only what the visibility rule allows).
#include "app/services/ServiceContext.h"
#include "models/domain/Result.h"
#include "models/store/TicketRepository.h"

#include <QObject>

namespace DeskBridge::Services {

struct ViewDefinition {
    QString key;   // "all_unsolved", ... or "custom:<id>"
    QString title; // translated
    Store::TicketSort sort = Store::TicketSort::Updated;
    bool descending = true;
};

class ViewService : public QObject {
    Q_OBJECT
public:
    explicit ViewService(ServiceContext ctx, QObject *parent = nullptr);

    QList<ViewDefinition> views(const Domain::User &actor);
    // A view by key or by (translated or English) title.
    std::optional<ViewDefinition> find(const Domain::User &actor, const QString &keyOrTitle);
    Result<Store::TicketQuery> query(const Domain::User &actor, const QString &key);
    // The whole list for `actor` (all tickets they may see), optionally searched.
    Store::TicketQuery everything(const Domain::User &actor, const QString &search = {});
    int count(const Store::TicketQuery &query);
    QList<Domain::TicketRow> page(const Store::TicketQuery &query, int offset, int limit);

private:
    ServiceContext m_ctx;
    Store::TicketRepository m_tickets;
};

} // namespace DeskBridge::Services
