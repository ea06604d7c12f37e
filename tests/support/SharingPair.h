#pragma once
// Header-only (each test compiles only TestSupport.cpp besides itself).
// Two real accounts, each with its sharing service (HTTPS server + outbox worker in its own
// thread, real SQLite files), talking over HTTPS on 127.0.0.1. For the sharing tests.
#include "app/services/AccountService.h"
#include "app/sharing/SharingHost.h"
#include "app/sharing/SharingService.h"
#include "support/TestSupport.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QTemporaryDir>
#include <memory>

namespace DeskBridge::Test {

struct SharingSide {
    QString dir;
    TestAccount account;
    std::unique_ptr<Sharing::SharingHost> host;
    Instance &instance() { return *account.instance; }
    Sharing::SharingService &sharing();
    Domain::User &admin() { return account.admin; }
};

struct RawAnswer {
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
};

// One request without any of SharingJob's conventions (own headers; self-signed certificate
// accepted): for what other implementations send.
RawAnswer rawRequest(const QByteArray &method, const QString &url, const QByteArray &body,
                     const QList<QPair<QByteArray, QByteArray>> &headers);

class SharingPair {
public:
    explicit SharingPair(Domain::Plan planA = Domain::Plan::Enterprise,
                         Domain::Plan planB = Domain::Plan::Enterprise);
    ~SharingPair();

    QTemporaryDir tmp;
    SharingSide a; // "Retailer"
    SharingSide b; // "Manufacturer"

    // A invites B (pinning B's certificate) and, unless `accept` is false, B accepts; waits
    // until both sides agree. Returns {A's agreement id, B's agreement id}.
    QPair<Domain::Id, Domain::Id> connect(const Sharing::AgreementPermissions &permissions = {},
                                          bool accept = true);
    // B's agreement row for A's agreement uuid (after the invite arrived).
    std::optional<Domain::Agreement> counterpart(SharingSide &side, const QString &uuid);
    // The local ticket on `side` that shares `remoteUuid`.
    Domain::Id localTicket(SharingSide &side, const QString &remoteUuid);
    // Outbox bodies of `side` (all states), for "this never left" checks.
    QList<QByteArray> outboxBodies(SharingSide &side);
};

using Domain::Agreement;
using Domain::AgreementStatus;
using Domain::Id;
using Domain::Plan;

inline Sharing::SharingService &SharingSide::sharing() {
    return account.instance->sharing();
}

inline RawAnswer rawRequest(const QByteArray &method, const QString &url, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers) {
    QNetworkAccessManager nam;
    QNetworkRequest request{QUrl(url)};
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply](const QList<QSslError> &) { reply->ignoreSslErrors(); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    RawAnswer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.retryAfter = reply->rawHeader("Retry-After");
    delete reply;
    return a;
}

namespace {
inline void setUp(SharingSide &side, const QString &dir, const QString &name, Plan plan) {
    side.dir = dir;
    side.account = makeAccount(dir, plan);
    auto account = *side.account.instance->accounts().account();
    account.name = name;
    if (Status s = side.account.instance->accounts().update(side.account.admin, account); !s)
        qFatal("rename: %s", qPrintable(s.error()));
    side.host = std::make_unique<Sharing::SharingHost>(dir);
    side.host->setJobTimeoutMs(10000);
    if (Status s = side.host->start(QStringLiteral("127.0.0.1:0")); !s)
        qFatal("host: %s", qPrintable(s.error()));
    side.host->link(side.account.instance->sharing());
}
} // namespace

inline SharingPair::SharingPair(Plan planA, Plan planB) {
    setUp(a, tmp.filePath(QStringLiteral("retailer")), QStringLiteral("Retailer"), planA);
    setUp(b, tmp.filePath(QStringLiteral("manufacturer")), QStringLiteral("Manufacturer"), planB);
}

inline SharingPair::~SharingPair() {
    a.host->stop();
    b.host->stop();
}

inline std::optional<Agreement> SharingPair::counterpart(SharingSide &side, const QString &uuid) {
    auto found = side.sharing().findAgreement(uuid);
    return found ? std::optional<Agreement>(*found) : std::nullopt;
}

inline QPair<Id, Id> SharingPair::connect(const Sharing::AgreementPermissions &permissions,
                                          bool accept) {
    Sharing::InviteRequest invite;
    invite.partnerUrl = b.host->sharingUrl();
    invite.name = QStringLiteral("Manufacturer");
    invite.fingerprint = b.host->fingerprint();
    invite.permissions = permissions;
    auto created = a.sharing().invite(a.admin(), invite);
    if (!created)
        qFatal("invite: %s", qPrintable(created.error()));
    const QString uuid = created->uuid;
    if (!QTest::qWaitFor([&] { return counterpart(b, uuid).has_value(); }, 20000))
        qFatal("the invite did not arrive");
    const Id bId = counterpart(b, uuid)->id;
    if (accept) {
        if (Status s = b.sharing().accept(b.admin(), bId); !s)
            qFatal("accept: %s", qPrintable(s.error()));
        if (!QTest::qWaitFor(
                [&] { return counterpart(a, uuid)->status == AgreementStatus::Accepted; }, 20000))
            qFatal("the acceptance did not arrive");
    }
    return {created->id, bId};
}

inline Id SharingPair::localTicket(SharingSide &side, const QString &remoteUuid) {
    QSqlQuery q(side.instance().database().connection());
    q.prepare(QStringLiteral("SELECT ticket_id FROM ticket_shares WHERE remote_uuid = ?"));
    q.addBindValue(remoteUuid);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

inline QList<QByteArray> SharingPair::outboxBodies(SharingSide &side) {
    QList<QByteArray> out;
    QSqlQuery q(side.instance().database().connection());
    if (q.exec(QStringLiteral("SELECT body FROM outbox ORDER BY id")))
        while (q.next())
            out.append(q.value(0).toString().toUtf8());
    return out;
}

} // namespace DeskBridge::Test
