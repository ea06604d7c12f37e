#include "app/server/SharingAgreementsApiHandler.h"

#include "app/server/SharingHandlerUtil.h"
#include "app/services/AccountService.h"
#include "app/services/Permissions.h"
#include "app/sharing/SharingService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace DeskBridge::Server {

using namespace Domain;
using Services::Permissions;

namespace {
QString isoTime(const QDateTime &t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

QJsonObject SharingAgreementsApiHandler::toJson(const Agreement &a) const {
    const QUrl base(m_service.sharingUrl());
    const QString origin = base.isValid() ? base.adjusted(QUrl::RemovePath).toString() : QString();
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("type"), Names::name(a.direction)},
            {QStringLiteral("status"), Names::name(a.status)},
            {QStringLiteral("partner_name"), QStringLiteral("deskbridge")},
            {QStringLiteral("remote_subdomain"), a.partnerUrl},
            {QStringLiteral("created_at"), isoTime(a.createdAt)},
            {QStringLiteral("updated_at"), isoTime(a.updatedAt)},
            {QStringLiteral("url"),
             QStringLiteral("%1/api/v2/sharing_agreements/%2.json").arg(origin).arg(a.id)}};
}

Result<User> SharingAgreementsApiHandler::authenticate(const HttpRequest &request) {
    const QByteArray header = request.headers.value("Authorization").trimmed();
    if (!header.toLower().startsWith("basic "))
        return Result<User>::failure(tr("Authenticate with HTTP Basic: email/token:API_TOKEN."));
    const QString decoded = QString::fromUtf8(QByteArray::fromBase64(header.mid(6).trimmed()));
    const int colon = decoded.indexOf(QLatin1Char(':'));
    const QString login = colon < 0 ? QString() : decoded.left(colon);
    if (!login.endsWith(QLatin1String("/token")))
        return Result<User>::failure(tr("Authenticate with HTTP Basic: email/token:API_TOKEN."));
    return m_service.authenticateApiToken(login.chopped(6), decoded.mid(colon + 1));
}

HttpResponse SharingAgreementsApiHandler::handle(const HttpRequest &request) {
    auto actor = authenticate(request);
    if (!actor) {
        HttpResponse r = HttpResponse::error(401, actor.error());
        r.headers.set("WWW-Authenticate", "Basic realm=\"DeskBridge API\"");
        return r;
    }
    if (Status s = Permissions::requireAdmin(*actor); !s)
        return HttpResponse::error(403, s.error());
    if (Status s =
            Permissions::requirePlan(m_service.accounts().plan(), Permissions::Feature::SharingApi);
        !s)
        return HttpResponse::error(403, s.error());

    QString rest = request.path;
    if (rest.endsWith(QLatin1String(".json")))
        rest.chop(5);
    if (rest.isEmpty() || rest == QLatin1String("/")) {
        if (request.method == "GET") {
            auto list = m_service.agreements(*actor);
            if (!list)
                return HttpResponse::error(403, list.error());
            QJsonArray arr;
            for (const Sharing::AgreementInfo &i : *list)
                arr.append(toJson(i.agreement));
            return HttpResponse::json(200,
                                      QJsonObject{{QStringLiteral("sharing_agreements"), arr}});
        }
        if (request.method == "POST")
            return create(*actor, request);
        return HttpResponse::error(405, tr("The method is not allowed here."));
    }
    bool ok = false;
    const Id id = singleSegment(rest).toLongLong(&ok);
    if (!ok)
        return HttpResponse::error(404, tr("There is no such sharing agreement."));
    auto info = m_service.agreementInfo(*actor, id);
    if (!info)
        return HttpResponse::error(404, info.error());
    if (request.method == "GET")
        return HttpResponse::json(
            200, QJsonObject{{QStringLiteral("sharing_agreement"), toJson(info->agreement)}});
    if (request.method == "PUT")
        return update(*actor, id, request);
    if (request.method == "DELETE") {
        if (info->agreement.wireStatus != AgreementStatus::Inactive)
            if (Status s = m_service.deactivate(*actor, id); !s)
                return HttpResponse::error(422, s.error());
        return HttpResponse::empty(204);
    }
    return HttpResponse::error(405, tr("The method is not allowed here."));
}

HttpResponse SharingAgreementsApiHandler::create(const User &actor, const HttpRequest &request) {
    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(request.body, &error).object();
    if (error.error != QJsonParseError::NoError)
        return HttpResponse::error(422,
                                   tr("The body is not valid JSON: %1").arg(error.errorString()));
    const QJsonObject a = body.value(QStringLiteral("sharing_agreement")).toObject();
    Sharing::InviteRequest invite;
    invite.partnerUrl = a.value(QStringLiteral("remote_subdomain")).toString();
    invite.name = a.value(QStringLiteral("name")).toString();
    invite.fingerprint = a.value(QStringLiteral("fingerprint")).toString();
    if (const auto cs = Names::fromName<CommentSync>(
            a.value(QStringLiteral("comment_sync")).toString(QStringLiteral("all"))))
        invite.permissions.commentSync = *cs;
    invite.permissions.statusSync = a.value(QStringLiteral("status_sync")).toBool(true);
    invite.permissions.tagSync = a.value(QStringLiteral("tag_sync")).toBool(true);
    for (const QJsonValue &v : a.value(QStringLiteral("fields")).toArray())
        invite.permissions.fields.append(v.toString());
    auto created = m_service.invite(actor, invite);
    if (!created)
        return HttpResponse::error(422, created.error());
    return HttpResponse::json(201,
                              QJsonObject{{QStringLiteral("sharing_agreement"), toJson(*created)}});
}

HttpResponse SharingAgreementsApiHandler::update(const User &actor, Id id,
                                                 const HttpRequest &request) {
    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(request.body, &error).object();
    if (error.error != QJsonParseError::NoError)
        return HttpResponse::error(422,
                                   tr("The body is not valid JSON: %1").arg(error.errorString()));
    const QJsonObject a = body.value(QStringLiteral("sharing_agreement")).toObject();
    for (auto it = a.begin(); it != a.end(); ++it)
        if (it.key() != QLatin1String("status") && it.key() != QLatin1String("id"))
            return HttpResponse::error(422, tr("Only the status of an agreement can be changed; "
                                               "\"%1\" cannot.")
                                                .arg(it.key()));
    const auto status =
        Names::fromName<AgreementStatus>(a.value(QStringLiteral("status")).toString());
    Status s = Status::failure(tr("The status must be accepted, declined or inactive."));
    if (status == AgreementStatus::Accepted)
        s = m_service.accept(actor, id);
    else if (status == AgreementStatus::Declined)
        s = m_service.decline(actor, id);
    else if (status == AgreementStatus::Inactive)
        s = m_service.deactivate(actor, id);
    if (!s)
        return HttpResponse::error(422, s.error());
    auto info = m_service.agreementInfo(actor, id);
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("sharing_agreement"), toJson(info->agreement)}});
}

} // namespace DeskBridge::Server
