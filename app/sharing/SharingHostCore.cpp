#include "app/sharing/SharingHostCore.h"

#include "app/Instance.h"
#include "app/helpcenter/HelpCenterHandler.h"
#include "app/server/AgreementHandler.h"
#include "app/server/HttpsServer.h"
#include "app/server/SharingAgreementsApiHandler.h"
#include "app/server/TicketHandler.h"
#include "app/services/AccountService.h"
#include "app/sharing/NhdCodec.h"
#include "app/sharing/OutboxWorker.h"
#include "app/sharing/SharingInbox.h"
#include "app/sharing/SharingService.h"
#include "app/sharing/TlsIdentity.h"
#include "models/domain/Clock.h"
#include "models/store/AccountRepository.h"
#include "models/store/Transaction.h"

#include <QHostAddress>
#include <QHostInfo>

namespace DeskBridge::Sharing {

SharingHostCore::SharingHostCore() = default;

SharingHostCore::~SharingHostCore() {
    shutdown();
}

bool SharingHostCore::parseListen(const QString &text, QString *host, quint16 *port) {
    const QString t = text.trimmed();
    const int colon = t.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString h = t.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    bool ok = false;
    const uint p = t.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535 || QHostAddress(h).isNull())
        return false;
    *host = h;
    *port = quint16(p);
    return true;
}

Result<HostStarted> SharingHostCore::init(const QString &dataDir, const QString &listenAddress,
                                          const QString &publicUrl, int jobTimeoutMs) {
    using R = Result<HostStarted>;
    QString host;
    quint16 port = 0;
    if (!parseListen(listenAddress, &host, &port))
        return R::failure(tr("\"%1\" is not an address to listen on; use ADDR:PORT, e.g. "
                             "127.0.0.1:8443.")
                              .arg(listenAddress));
    auto opened = Instance::open(dataDir);
    if (!opened)
        return R::failure(opened.error());
    m_instance = std::move(opened).value();
    if (!m_instance->accounts().isInitialized())
        return R::failure(tr("There is no account in %1 yet.").arg(dataDir));
    const QHostAddress address(host);
    QStringList extraHosts{host};
    // The installed CA-issued certificate when there is one, else the self-signed identity.
    auto identity = TlsIdentity::loadForServer(m_instance->tlsDir(), extraHosts);
    if (!identity)
        return R::failure(identity.error());

    m_inbox = std::make_unique<SharingInbox>(m_instance->sharing());
    m_agreements = std::make_unique<Server::AgreementHandler>(*m_inbox);
    m_tickets = std::make_unique<Server::TicketHandler>(*m_inbox);
    m_api = std::make_unique<Server::SharingAgreementsApiHandler>(m_instance->sharing());
    m_server = std::make_unique<Server::HttpsServer>(*identity);
    m_server->addRoute(QStringLiteral("/sharing/agreements"),
                       [this](const Server::HttpRequest &r) { return m_agreements->handle(r); },
                       {"GET", "POST", "PUT"});
    m_server->addRoute(QStringLiteral("/sharing/tickets"),
                       [this](const Server::HttpRequest &r) { return m_tickets->handle(r); },
                       {"POST", "PUT", "DELETE"});
    for (const QString &prefix : {QStringLiteral("/api/v2/sharing_agreements"),
                                  QStringLiteral("/api/v2/sharing_agreements.json")})
        m_server->addRoute(prefix,
                           [this](const Server::HttpRequest &r) { return m_api->handle(r); },
                           {"GET", "POST", "PUT", "DELETE"});
    // End users' Help Center: "/" (redirect) and "/hc/..." (its pages).
    m_helpCenter = std::make_unique<HelpCenter::HelpCenterHandler>(m_instance->helpCenter(),
                                                                   m_instance->accounts());
    HelpCenter::HelpCenterHandler::addRoutes(*m_server, *m_helpCenter);
    if (Status s = m_server->listen(address, port); !s)
        return R::failure(s.error());

    HostStarted started;
    started.port = m_server->port();
    started.fingerprint = identity->fingerprint();
    QString urlHost = host;
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
        address == QHostAddress::AnyIPv6)
        urlHost = QHostInfo::localHostName();
    else if (address.protocol() == QAbstractSocket::IPv6Protocol)
        urlHost = QLatin1Char('[') + host + QLatin1Char(']');
    started.sharingUrl =
        publicUrl.trimmed().isEmpty()
            ? QStringLiteral("https://%1:%2/sharing").arg(urlHost).arg(started.port)
            : publicUrl.trimmed();
    while (started.sharingUrl.endsWith(QLatin1Char('/')))
        started.sharingUrl.chop(1);

    // Partners reach us here: the account row says so for the CLI, the GUI and new invites.
    Store::AccountRepository accounts(m_instance->database());
    auto account = accounts.get();
    if (account && (account->publicUrl != started.sharingUrl ||
                    account->listenAddress != listenAddress.trimmed())) {
        account->publicUrl = started.sharingUrl;
        account->listenAddress = listenAddress.trimmed();
        account->updatedAt = Domain::Clock::now();
        Store::Transaction tx(m_instance->database());
        if (Status s = accounts.update(*account); !s)
            return R::failure(s.error());
        if (Status s = tx.commit(); !s)
            return R::failure(s.error());
    }

    m_worker = std::make_unique<OutboxWorker>(m_instance->database(), m_instance->changes());
    m_worker->setJobTimeout(std::chrono::milliseconds(jobTimeoutMs));
    connect(&m_instance->sharing(), &SharingService::outboxChanged, m_worker.get(),
            &OutboxWorker::wake);
    m_worker->start();
    qCInfo(lcSharing).noquote() << "sharing service at" << started.sharingUrl << "fingerprint"
                                << started.fingerprint;
    return started;
}

void SharingHostCore::wake() {
    if (m_worker)
        m_worker->wake();
}

void SharingHostCore::shutdown() {
    if (m_worker)
        m_worker->stop();
    m_worker.reset();
    if (m_server)
        m_server->close();
    m_server.reset();
    m_helpCenter.reset();
    m_api.reset();
    m_tickets.reset();
    m_agreements.reset();
    m_inbox.reset();
    m_instance.reset();
}

} // namespace DeskBridge::Sharing
