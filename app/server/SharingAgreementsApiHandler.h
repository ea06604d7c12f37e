#pragma once
// SharingAgreementsApiHandler: the Zendesk-style admin API /api/v2/sharing_agreements
// (GET list, POST create = invite, GET / PUT (status only) / DELETE {id}, with or without
// ".json"). HTTP Basic auth `email/token:TOKEN` with an API token an admin created; admins
// only; the plan must include the sharing API (Professional and up).
#include "app/server/HttpRequest.h"
#include "app/server/HttpResponse.h"
#include "models/domain/Entities.h"
#include "models/domain/Result.h"
#include "models/domain/Sharing.h"

#include <QCoreApplication>

namespace DeskBridge::Sharing {
class SharingService;
}

namespace DeskBridge::Server {

class SharingAgreementsApiHandler {
    Q_DECLARE_TR_FUNCTIONS(SharingAgreementsApiHandler)
public:
    explicit SharingAgreementsApiHandler(Sharing::SharingService &service)
        : m_service(service) {}
    HttpResponse handle(const HttpRequest &request);

    // The JSON of one agreement, in Zendesk's shape.
    QJsonObject toJson(const Domain::Agreement &agreement) const;

private:
    Result<Domain::User> authenticate(const HttpRequest &request);
    HttpResponse create(const Domain::User &actor, const HttpRequest &request);
    HttpResponse update(const Domain::User &actor, Domain::Id id, const HttpRequest &request);

    Sharing::SharingService &m_service;
};

} // namespace DeskBridge::Server
