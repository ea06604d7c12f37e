#pragma once
// SharingJob: one outgoing Networked Help Desk request, the way owncloud's AbstractNetworkJob
// does it: constructed with everything it needs, start(), abort(), an inactivity timeout, and one
// finished() signal whose result says what the outbox does next (JobOutcome). Certificate
// checks happen here: a partner is accepted when its certificate is the pinned one, or when
// its chain verifies against the trust store (TrustStore) for the URL's host name, as for any
// HTTPS site (a partner that installed a CA-issued certificate has a new fingerprint). The flow is
// drawn in app/sharing/NhdClient.h.
#include "app/sharing/TlsIdentity.h"
#include "app/sharing/TrustStore.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace DeskBridge::Sharing {

// What the outbox does next (DESIGN.md §6).
enum class JobOutcome {
    Done,               // 2xx
    Retry,              // 5xx, 408, 429, timeout, refused or reset connection, cancelled
    ConfigurationError, // 401/403 (token refused), 3xx, a URL or pin that cannot be used
    SslError,           // TLS failed, or the certificate is not the pinned one / not trusted
    Orphaned,           // 404/410: the partner no longer has the ticket
    Failed,             // 422 and other 4xx: kept as failed with the partner's message
};

struct SharingJobResult {
    JobOutcome outcome = JobOutcome::Retry;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QByteArray body;    // the answer's body (capped), for the caller to parse
    QString message;    // translated, for the admin; the partner's own words for Failed
    std::optional<std::chrono::seconds> retryAfter; // from Retry-After, when given
    QString peerFingerprint; // the leaf certificate the partner presented, when TLS got that far
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;

    static QString outcomeName(JobOutcome outcome); // "done", "retry", ... for logs
};

class SharingJob : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultTimeout{30000};
    static constexpr qint64 MaxAnswerBytes = 1024 * 1024;

    // `method` GET/POST/PUT/DELETE; `url` the full https URL (base URL + path); `token` the
    // X-Ticket-Sharing-Token value (may be empty for an invite); `pinnedFingerprint` the
    // partner's SHA-256 (any format normalizeFingerprint() accepts), or empty to trust only
    // certificates that a CA of the trust store vouches for. With a pin, a certificate a CA
    // vouches for (for the URL's host) is accepted too.
    SharingJob(const QByteArray &method, const QUrl &url, const QByteArray &body,
               const QByteArray &token, const QString &pinnedFingerprint,
               QObject *parent = nullptr);
    ~SharingJob() override;

    // Inactivity timeout: no progress for this long ends the job as Retry.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Use a shared manager instead of the job's own. Share one only among jobs with the same
    // pin: a reused connection is not verified again.
    void setNetworkAccessManager(QNetworkAccessManager *manager);
    // Extra CA certificates trusted besides the trust store's (a private CA; tests).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    // The CAs that vouch for partners' certificates; default TrustStore::system(). Before start().
    void setTrustStore(const TrustStore &store);

    void start();
    // Ends a running job now; finished() is emitted with Retry ("cancelled").
    void abort();
    bool isRunning() const { return m_reply != nullptr; }
    bool isFinished() const { return m_finished; }
    const SharingJobResult &result() const { return m_result; }

    // The HTTP part of the decision, pure: status, body and Retry-After / Location headers.
    static SharingJobResult classify(int httpStatus, const QByteArray &body,
                                     const QByteArray &retryAfter = {},
                                     const QByteArray &location = {});
    // Seconds from `delta-seconds` or an HTTP date; nullopt when unreadable.
    static std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value,
                                                               const QDateTime &now);
    // A short, printable message from an error body: JSON "error" / "message" / "errors"
    // / "description", else the text itself.
    static QString partnerMessage(const QByteArray &body);

Q_SIGNALS:
    void finished(const DeskBridge::Sharing::SharingJobResult &result);

private:
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void onReplyFinished();
    void onTimeout();
    void finish(SharingJobResult result);
    QSslCertificate presentedCertificate(const QList<QSslError> &errors = {}) const;
    // Empty when the presented chain is acceptable (the pinned certificate, or one a CA of the
    // trust store vouches for); else why not.
    QString refusalFor(const QList<QSslCertificate> &chain) const;

    QByteArray m_method;
    QUrl m_url;
    QByteArray m_body;
    QByteArray m_token;
    QString m_pinText;
    QString m_pin; // normalized, or empty
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    QPointer<QNetworkAccessManager> m_manager;
    bool m_ownManager = false;
    QList<QSslCertificate> m_extraCa;
    std::optional<TrustStore> m_trust; // TrustStore::system() unless set
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    bool m_started = false;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_aborted = false;
    QString m_sslProblem;
    QString m_peerFingerprint;
    SharingJobResult m_result;
};

} // namespace DeskBridge::Sharing

Q_DECLARE_METATYPE(DeskBridge::Sharing::SharingJobResult)
