// `deskbridge certificate show|install|remove`: the certificate the account's HTTPS server
// (sharing and Help Center) presents, through the same ServerCertificates as the Admin Center.
#include "app/cli/Commands.h"
#include "app/sharing/ServerCertificates.h"

#include <QJsonArray>
#include <QJsonObject>

namespace DeskBridge::Cli {

namespace {
class CertificateCommands {
    Q_DECLARE_TR_FUNCTIONS(CertificateCommands)
public:
    static int run(CliContext &ctx);

private:
    static int show(CliContext &ctx);
    static int install(CliContext &ctx);
    static int remove(CliContext &ctx);
    static void print(CliContext &ctx, const Sharing::CertificateInfo &info);
    static QJsonObject json(const Sharing::CertificateInfo &info);
};

QCommandLineOption opt(const char *name, const QString &help, const QString &value) {
    return QCommandLineOption(QString::fromLatin1(name), help, value);
}

QJsonObject CertificateCommands::json(const Sharing::CertificateInfo &info) {
    return {{QStringLiteral("kind"),
             info.installed ? QStringLiteral("installed") : QStringLiteral("self-signed")},
            {QStringLiteral("subject"), info.subject},
            {QStringLiteral("issuer"), info.issuer},
            {QStringLiteral("valid_from"), info.validFrom.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("valid_until"), info.validUntil.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("fingerprint"), info.fingerprint},
            {QStringLiteral("names"), QJsonArray::fromStringList(info.names)},
            {QStringLiteral("intermediates"), info.intermediates}};
}

void CertificateCommands::print(CliContext &ctx, const Sharing::CertificateInfo &info) {
    ctx.print(tr("Certificate:  %1")
                  .arg(info.installed ? tr("installed (CA-issued)") : tr("self-signed")));
    ctx.print(tr("Subject:      %1").arg(info.subject));
    ctx.print(tr("Issuer:       %1").arg(info.issuer));
    ctx.print(tr("Valid until:  %1").arg(info.validUntil.toUTC().toString(Qt::ISODate)));
    ctx.print(tr("Names:        %1").arg(info.names.join(QStringLiteral(", "))));
    ctx.print(tr("Fingerprint:  %1").arg(info.fingerprint));
}

int CertificateCommands::show(CliContext &ctx) {
    if (!ctx.parse(2, false, true))
        return 2;
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto info = Sharing::ServerCertificates(instance->tlsDir()).current();
    if (!info)
        return ctx.fail(info.error());
    if (ctx.json())
        ctx.printJson(json(*info));
    else
        print(ctx, *info);
    return 0;
}

int CertificateCommands::install(CliContext &ctx) {
    if (!ctx.parse(2, true, true,
                   {opt("cert",
                        tr("The certificate chain (PEM: the server's certificate first, then "
                           "the intermediates)."),
                        tr("FILE")),
                    opt("key", tr("Its private key (PEM, unencrypted)."), tr("FILE"))}))
        return 2;
    if (!ctx.require({QStringLiteral("cert"), QStringLiteral("key")}))
        return 2;
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    const auto installed =
        Sharing::ServerCertificates(instance->tlsDir())
            .install(*actor, ctx.value(QStringLiteral("cert")), ctx.value(QStringLiteral("key")));
    if (!installed)
        return ctx.fail(installed.error());
    if (ctx.json()) {
        ctx.printJson(json(*installed));
        return 0;
    }
    print(ctx, *installed);
    ctx.print(Sharing::ServerCertificates::fingerprintChangedNote());
    return 0;
}

int CertificateCommands::remove(CliContext &ctx) {
    if (!ctx.parse(2, true, false))
        return 2;
    Instance *instance = ctx.open();
    if (!instance)
        return 1;
    const auto actor = ctx.actor();
    if (!actor)
        return 1;
    Sharing::ServerCertificates certificates(instance->tlsDir());
    if (!certificates.hasInstalled()) {
        ctx.print(tr("No certificate is installed; the server presents its self-signed one."));
        return 0;
    }
    if (Status s = certificates.useSelfSigned(*actor); !s)
        return ctx.fail(s.error());
    ctx.print(tr("Removed the installed certificate; the server presents its self-signed one "
                 "again from its next start."));
    ctx.print(Sharing::ServerCertificates::fingerprintChangedNote(false));
    return 0;
}

int CertificateCommands::run(CliContext &ctx) {
    const QString verb = ctx.args().value(1);
    if (verb == QLatin1String("show"))
        return show(ctx);
    if (verb == QLatin1String("install"))
        return install(ctx);
    if (verb == QLatin1String("remove"))
        return remove(ctx);
    return ctx.usage(tr("Use: certificate show | install --cert FILE --key FILE | remove"));
}
} // namespace

int runCertificate(CliContext &ctx) {
    return CertificateCommands::run(ctx);
}

} // namespace DeskBridge::Cli
