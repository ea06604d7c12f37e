// The sharing subcommands: agreement invite|list|show|accept|decline|deactivate|retry,
// ticket share|unshare, api-token create. They go through the same SharingService as the UI.
#include "app/cli/Commands.h"
#include "app/cli/JsonFormat.h"
#include "app/sharing/FetchCertificateJob.h"
#include "app/sharing/SharingService.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace DeskBridge::Cli {

using namespace Domain;

namespace {
class SharingCommands {
    Q_DECLARE_TR_FUNCTIONS(SharingCommands)
public:
    static int agreement(CliContext &ctx);
    static int share(CliContext &ctx);
    static int apiToken(CliContext &ctx);

private:
    static int invite(CliContext &ctx);
    static int list(CliContext &ctx);
    static int show(CliContext &ctx);
    static int change(CliContext &ctx, const QString &verb);
    static QJsonObject json(const Sharing::AgreementInfo &info);
    static QString statusText(const Agreement &a);
    static std::optional<bool> onOff(CliContext &ctx, const QString &name, bool fallback);
};

QCommandLineOption opt(const char *name, const QString &help, const QString &value = {}) {
    return value.isEmpty() ? QCommandLineOption(QString::fromLatin1(name), help)
                           : QCommandLineOption(QString::fromLatin1(name), help, value);
}

QString SharingCommands::statusText(const Agreement &a) {
    QString s = Names::name(a.status);
    if (!a.statusReason.isEmpty())
        s += QStringLiteral(" (") + a.statusReason + QLatin1Char(')');
    return s;
}

QJsonObject SharingCommands::json(const Sharing::AgreementInfo &i) {
    const Agreement &a = i.agreement;
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("uuid"), a.uuid},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("direction"), Names::name(a.direction)},
            {QStringLiteral("partner_url"), a.partnerUrl},
            {QStringLiteral("status"), Names::name(a.status)},
            {QStringLiteral("status_reason"), a.statusReason},
            {QStringLiteral("comments"), Names::name(a.commentSync)},
            {QStringLiteral("status_sync"), a.statusSync},
            {QStringLiteral("tag_sync"), a.tagSync},
            {QStringLiteral("fingerprint"), a.certFingerprint},
            {QStringLiteral("queue_length"), i.queueLength},
            {QStringLiteral("active_shares"), i.activeShares},
            {QStringLiteral("last_error"), a.lastError},
            {QStringLiteral("created_at"), JsonFormat::time(a.createdAt)},
            {QStringLiteral("updated_at"), JsonFormat::time(a.updatedAt)}};
}

std::optional<bool> SharingCommands::onOff(CliContext &ctx, const QString &name, bool fallback) {
    if (!ctx.isSet(name))
        return fallback;
    const QString v = ctx.value(name).toLower();
    if (v == QLatin1String("on") || v == QLatin1String("yes") || v == QLatin1String("true"))
        return true;
    if (v == QLatin1String("off") || v == QLatin1String("no") || v == QLatin1String("false"))
        return false;
    ctx.usage(tr("--%1 takes on or off.").arg(name));
    return std::nullopt;
}

int SharingCommands::invite(CliContext &ctx) {
    if (!ctx.parse(
            2, true, true,
            {opt("url", tr("The partner's sharing URL."), tr("URL")),
             opt("name", tr("The partner's name."), tr("NAME")),
             opt("fingerprint", tr("The partner certificate's SHA-256 fingerprint."), tr("SHA256")),
             opt("trust-presented",
                 tr("Pin the certificate the partner presents now (check the printed "
                    "fingerprint with the partner).")),
             opt("comments", tr("Comment sync: all, public or none."), tr("SYNC")),
             opt("status-sync", tr("Sync the status: on or off."), tr("ON|OFF")),
             opt("tag-sync", tr("Sync tags: on or off."), tr("ON|OFF")),
             opt("fields", tr("Custom field keys to sync, comma-separated."), tr("F1,F2"))}))
        return 2;
    if (!ctx.require({QStringLiteral("url"), QStringLiteral("name")}))
        return 2;
    const bool trust = ctx.isSet(QStringLiteral("trust-presented"));
    if (ctx.isSet(QStringLiteral("fingerprint")) == trust)
        return ctx.usage(tr("Give either --fingerprint SHA256 or --trust-presented."));
    Sharing::InviteRequest request;
    request.partnerUrl = ctx.value(QStringLiteral("url"));
    request.name = ctx.value(QStringLiteral("name"));
    if (ctx.isSet(QStringLiteral("comments"))) {
        const auto cs = Names::fromName<CommentSync>(ctx.value(QStringLiteral("comments")));
        if (!cs)
            return ctx.usage(tr("--comments takes all, public or none."));
        request.permissions.commentSync = *cs;
    }
    const auto status = onOff(ctx, QStringLiteral("status-sync"), true);
    const auto tags = onOff(ctx, QStringLiteral("tag-sync"), true);
    if (!status || !tags)
        return 2;
    request.permissions.statusSync = *status;
    request.permissions.tagSync = *tags;
    for (const QString &f :
         ctx.value(QStringLiteral("fields")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        request.permissions.fields.append(f.trimmed());
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    if (trust) {
        // Trust on first use: read what the partner presents now; the admin compares the
        // printed fingerprint with the one the partner shows in its Admin Center.
        Sharing::FetchCertificateJob job{QUrl(request.partnerUrl)};
        QEventLoop loop;
        QObject::connect(&job, &Sharing::FetchCertificateJob::finished, &loop, &QEventLoop::quit);
        job.start();
        if (!job.isFinished())
            loop.exec();
        if (!job.result().ok)
            return ctx.fail(job.result().message);
        request.fingerprint = job.result().fingerprint;
        if (!ctx.json())
            ctx.print(tr("The partner presents the certificate %1.").arg(request.fingerprint));
    } else {
        request.fingerprint = ctx.value(QStringLiteral("fingerprint"));
    }
    auto created = instance->sharing().invite(*actor, request);
    if (!created)
        return ctx.fail(created.error());
    if (ctx.json())
        ctx.printJson(json({*created, 1, 0}));
    else
        ctx.print(tr("Invited %1 (agreement %2, %3); it is pending until the partner accepts.")
                      .arg(created->name)
                      .arg(created->id)
                      .arg(created->uuid));
    return 0;
}

int SharingCommands::list(CliContext &ctx) {
    if (!ctx.parse(2, true, true))
        return 2;
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    auto all = instance->sharing().agreements(*actor);
    if (!all)
        return ctx.fail(all.error());
    if (ctx.json()) {
        QJsonArray arr;
        for (const auto &i : *all)
            arr.append(json(i));
        ctx.printJson(arr);
        return 0;
    }
    for (const auto &i : *all)
        ctx.print(
            QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                .arg(i.agreement.id)
                .arg(Names::name(i.agreement.direction), i.agreement.name, statusText(i.agreement))
                .arg(i.queueLength)
                .arg(i.agreement.lastError));
    return 0;
}

int SharingCommands::show(CliContext &ctx) {
    if (!ctx.parse(2, true, true))
        return 2;
    const QString which = ctx.positional().value(0);
    if (which.isEmpty())
        return ctx.usage(tr("Say which agreement: deskbridge agreement show ID."));
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    auto a = instance->sharing().findAgreement(which);
    if (!a)
        return ctx.fail(a.error());
    auto info = instance->sharing().agreementInfo(*actor, a->id);
    if (!info)
        return ctx.fail(info.error());
    if (ctx.json()) {
        ctx.printJson(json(*info));
        return 0;
    }
    ctx.print(tr("Agreement:    %1 (%2)").arg(info->agreement.id).arg(info->agreement.uuid));
    ctx.print(tr("Partner:      %1 at %2").arg(info->agreement.name, info->agreement.partnerUrl));
    ctx.print(tr("Direction:    %1").arg(Names::label(info->agreement.direction)));
    ctx.print(tr("Status:       %1").arg(statusText(info->agreement)));
    ctx.print(tr("Comments:     %1").arg(Names::label(info->agreement.commentSync)));
    ctx.print(tr("Certificate:  %1").arg(info->agreement.certFingerprint));
    ctx.print(tr("Queue:        %1 waiting").arg(info->queueLength));
    ctx.print(tr("Shared:       %1 tickets").arg(info->activeShares));
    ctx.print(tr("Last error:   %1").arg(info->agreement.lastError));
    return 0;
}

int SharingCommands::change(CliContext &ctx, const QString &verb) {
    if (!ctx.parse(
            2, true, true,
            {opt("fingerprint", tr("Pin this certificate fingerprint (accept)."), tr("SHA256"))}))
        return 2;
    const QString which = ctx.positional().value(0);
    if (which.isEmpty())
        return ctx.usage(tr("Say which agreement: deskbridge agreement %1 ID.").arg(verb));
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    auto a = instance->sharing().findAgreement(which);
    if (!a)
        return ctx.fail(a.error());
    Sharing::SharingService &sharing = instance->sharing();
    Status s;
    if (verb == QLatin1String("accept"))
        s = sharing.accept(*actor, a->id, ctx.value(QStringLiteral("fingerprint")));
    else if (verb == QLatin1String("decline"))
        s = sharing.decline(*actor, a->id);
    else if (verb == QLatin1String("deactivate"))
        s = sharing.deactivate(*actor, a->id);
    else
        s = sharing.retry(*actor, a->id);
    if (!s)
        return ctx.fail(s.error());
    auto info = sharing.agreementInfo(*actor, a->id);
    if (ctx.json())
        ctx.printJson(json(*info));
    else
        ctx.print(tr("The agreement with %1 is now %2.")
                      .arg(info->agreement.name, statusText(info->agreement)));
    return 0;
}

int SharingCommands::agreement(CliContext &ctx) {
    const QString verb = ctx.args().value(1);
    if (verb == QLatin1String("invite"))
        return invite(ctx);
    if (verb == QLatin1String("list"))
        return list(ctx);
    if (verb == QLatin1String("show"))
        return show(ctx);
    if (verb == QLatin1String("accept") || verb == QLatin1String("decline") ||
        verb == QLatin1String("deactivate") || verb == QLatin1String("retry"))
        return change(ctx, verb);
    return ctx.usage(
        tr("Use 'deskbridge agreement invite|list|show|accept|decline|deactivate|retry'."));
}

int SharingCommands::share(CliContext &ctx) {
    const QString verb = ctx.args().value(1);
    if (!ctx.parse(2, true, true,
                   {opt("agreement", tr("The agreement (id or partner name)."), tr("ID|NAME"))}))
        return 2;
    if (!ctx.require({QStringLiteral("agreement")}))
        return 2;
    bool ok = false;
    const Id ticket = ctx.positional().value(0).toLongLong(&ok);
    if (!ok)
        return ctx.usage(tr("Say which ticket: deskbridge ticket %1 ID --agreement A.").arg(verb));
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    auto a = instance->sharing().findAgreement(ctx.value(QStringLiteral("agreement")));
    if (!a)
        return ctx.fail(a.error());
    const Status s = verb == QLatin1String("share")
                         ? instance->sharing().share(*actor, ticket, a->id)
                         : instance->sharing().unshare(*actor, ticket, a->id);
    if (!s)
        return ctx.fail(s.error());
    if (ctx.json()) {
        QJsonArray shares;
        for (const TicketShare &sh : instance->sharing().sharesOfTicket(ticket))
            shares.append(QJsonObject{{QStringLiteral("agreement_id"), sh.agreementId},
                                      {QStringLiteral("direction"), Names::name(sh.direction)},
                                      {QStringLiteral("remote_uuid"), sh.remoteUuid},
                                      {QStringLiteral("state"), Names::name(sh.state)}});
        ctx.printJson(shares);
    } else {
        ctx.print(verb == QLatin1String("share")
                      ? tr("Ticket #%1 is shared with %2.").arg(ticket).arg(a->name)
                      : tr("Ticket #%1 is no longer shared with %2.").arg(ticket).arg(a->name));
    }
    return 0;
}

int SharingCommands::apiToken(CliContext &ctx) {
    if (ctx.args().value(1) != QLatin1String("create"))
        return ctx.usage(tr("Use 'deskbridge api-token create [--description TEXT]'."));
    if (!ctx.parse(2, true, true, {opt("description", tr("What the token is for."), tr("TEXT"))}))
        return 2;
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    auto token =
        instance->sharing().createApiToken(*actor, ctx.value(QStringLiteral("description")));
    if (!token)
        return ctx.fail(token.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("token"), *token}});
    else
        ctx.print(*token);
    return 0;
}
} // namespace

int runAgreement(CliContext &ctx) {
    return SharingCommands::agreement(ctx);
}
int runApiToken(CliContext &ctx) {
    return SharingCommands::apiToken(ctx);
}
int runTicketShare(CliContext &ctx) {
    return SharingCommands::share(ctx);
}

} // namespace DeskBridge::Cli
