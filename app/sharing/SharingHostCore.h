#pragma once
// SharingHostCore: what SharingHost runs inside its thread (internal to app/sharing): the
// thread's own Instance, the HTTPS server with the sharing, API and Help Center handlers, and
// the worker.
#include "models/domain/Result.h"

#include <QObject>
#include <memory>

namespace DeskBridge {
class Instance;
}
namespace DeskBridge::Server {
class HttpsServer;
class AgreementHandler;
class TicketHandler;
class SharingAgreementsApiHandler;
} // namespace DeskBridge::Server
namespace DeskBridge::HelpCenter {
class HelpCenterHandler;
}

namespace DeskBridge::Sharing {

class OutboxWorker;
class SharingInbox;

struct HostStarted {
    QString sharingUrl;
    QString fingerprint;
    quint16 port = 0;
};

class SharingHostCore : public QObject {
    Q_OBJECT
public:
    SharingHostCore();
    ~SharingHostCore() override;

    Result<HostStarted> init(const QString &dataDir, const QString &listenAddress,
                             const QString &publicUrl, int jobTimeoutMs);
    void shutdown();
    void wake();

    // "host:port" / "[v6]:port" -> address text and port; false when unreadable.
    static bool parseListen(const QString &text, QString *host, quint16 *port);

private:
    std::unique_ptr<Instance> m_instance;
    std::unique_ptr<SharingInbox> m_inbox;
    std::unique_ptr<Server::AgreementHandler> m_agreements;
    std::unique_ptr<Server::TicketHandler> m_tickets;
    std::unique_ptr<Server::SharingAgreementsApiHandler> m_api;
    std::unique_ptr<HelpCenter::HelpCenterHandler> m_helpCenter;
    std::unique_ptr<Server::HttpsServer> m_server;
    std::unique_ptr<OutboxWorker> m_worker;
};

} // namespace DeskBridge::Sharing
