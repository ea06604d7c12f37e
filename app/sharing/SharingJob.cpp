#include "app/sharing/SharingJob.h"
#include "app/sharing/NhdCodec.h" // lcSharing

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimeZone>

namespace DeskBridge::Sharing {

namespace {

// Errors that only say "nobody vouches for this certificate" (or "it names another host"). When
// the certificate is exactly the pinned one, these are expected and carry no risk: the pin names
// the certificate itself, which is stronger than a CA's word for a host name.
bool isTrustOnlyError(QSslError::SslError error) {
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false;
    }
}

QString describe(const QList<QSslError> &errors) {
    QStringList parts;
    for (const QSslError &e : errors)
        parts.append(e.errorString());
    parts.removeDuplicates();
    return parts.join(QStringLiteral("; "));
}

bool isRetryableNetworkError(QNetworkReply::NetworkError error) {
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::UnknownServerError:
    case QNetworkReply::ProtocolFailure:
        return true;
    default:
        return false;
    }
}

QString printable(QString text, int max) {
    text = text.simplified();
    QString out;
    for (const QChar c : std::as_const(text))
        out.append(c.isPrint() ? c : u' ');
    if (out.size() > max)
        out = out.left(max - 1) + QChar(0x2026);
    return out;
}

} // namespace

QString SharingJobResult::outcomeName(JobOutcome outcome) {
    switch (outcome) {
    case JobOutcome::Done:
        return QStringLiteral("done");
    case JobOutcome::Retry:
        return QStringLiteral("retry");
    case JobOutcome::ConfigurationError:
        return QStringLiteral("configuration_error");
    case JobOutcome::SslError:
        return QStringLiteral("ssl_error");
    case JobOutcome::Orphaned:
        return QStringLiteral("orphaned");
    case JobOutcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

// ---- SharingJob ---------------------------------------------------------------------------------

SharingJob::SharingJob(const QByteArray &method, const QUrl &url, const QByteArray &body,
                       const QByteArray &token, const QString &pinnedFingerprint, QObject *parent)
    : QObject(parent)
    , m_method(method.toUpper())
    , m_url(url)
    , m_body(body)
    , m_token(token)
    , m_pinText(pinnedFingerprint) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SharingJob::onTimeout);
}

SharingJob::~SharingJob() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply;
    }
}

void SharingJob::setTimeout(std::chrono::milliseconds timeout) {
    m_timeout = std::max(timeout, std::chrono::milliseconds(1));
}

void SharingJob::setNetworkAccessManager(QNetworkAccessManager *manager) {
    if (!m_started)
        m_manager = manager;
}

void SharingJob::setExtraCaCertificates(const QList<QSslCertificate> &certificates) {
    m_extraCa = certificates;
}

void SharingJob::setTrustStore(const TrustStore &store) {
    if (!m_started)
        m_trust = store;
}

void SharingJob::start() {
    if (m_started) {
        qCWarning(lcSharing) << "SharingJob::start() called twice for" << m_url;
        return;
    }
    m_started = true;

    if (!m_url.isValid() || m_url.scheme() != u"https" || m_url.host().isEmpty()) {
        SharingJobResult r;
        r.outcome = JobOutcome::ConfigurationError;
        r.message =
            tr("The partner's address %1 is not an https:// URL.").arg(m_url.toDisplayString());
        // Report after start() returns, like every other outcome.
        QMetaObject::invokeMethod(
            this, [this, r] { finish(r); }, Qt::QueuedConnection);
        return;
    }
    if (!m_pinText.trimmed().isEmpty()) {
        const Result<QString> pin = TlsIdentity::normalizeFingerprint(m_pinText);
        if (!pin) {
            SharingJobResult r;
            r.outcome = JobOutcome::ConfigurationError;
            r.message = tr("The pinned certificate fingerprint is not usable: %1").arg(pin.error());
            QMetaObject::invokeMethod(
                this, [this, r] { finish(r); }, Qt::QueuedConnection);
            return;
        }
        m_pin = pin.value();
    }

    if (!m_manager) {
        m_manager = new QNetworkAccessManager(this);
        m_ownManager = true;
    }

    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("X-Ticket-Sharing-Version"), QByteArrayLiteral("1"));
    if (!m_token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("X-Ticket-Sharing-Token"), m_token);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("DeskBridge/" DESKBRIDGE_VERSION));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // The handshake and refusalFor() trust the same CAs.
    if (!m_trust)
        m_trust = TrustStore::system();
    m_trust->addCaCertificates(m_extraCa);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setCaCertificates(m_trust->caCertificates());
    request.setSslConfiguration(ssl);

    m_reply = m_manager->sendCustomRequest(request, m_method, m_body);
    connect(m_reply, &QNetworkReply::sslErrors, this, &SharingJob::onSslErrors);
    connect(m_reply, &QNetworkReply::encrypted, this, &SharingJob::onEncrypted);
    connect(m_reply, &QNetworkReply::finished, this, &SharingJob::onReplyFinished);
    const auto progress = [this](qint64, qint64) {
        if (m_timer.isActive())
            m_timer.start(m_timeout);
    };
    connect(m_reply, &QNetworkReply::uploadProgress, this, progress);
    connect(m_reply, &QNetworkReply::downloadProgress, this, progress);
    m_timer.start(m_timeout);
    qCDebug(lcSharing).noquote() << "->" << m_method << m_url.toDisplayString() << m_body.size()
                                 << "bytes";
}

void SharingJob::abort() {
    if (!m_reply || m_finished)
        return;
    m_aborted = true;
    m_reply->abort(); // finished() follows synchronously
}

QSslCertificate SharingJob::presentedCertificate(const QList<QSslError> &errors) const {
    if (m_reply) {
        const QSslCertificate leaf = m_reply->sslConfiguration().peerCertificate();
        if (!leaf.isNull())
            return leaf;
    }
    for (const QSslError &e : errors) {
        if (!e.certificate().isNull())
            return e.certificate();
    }
    return QSslCertificate();
}

QString SharingJob::refusalFor(const QList<QSslCertificate> &chain) const {
    const QString presented = TlsIdentity::fingerprintOf(chain.value(0));
    if (!m_pin.isEmpty() && presented == m_pin)
        return {};
    const Status trusted = m_trust ? m_trust->verify(chain, m_url.host())
                                   : TrustStore::system().verify(chain, m_url.host());
    if (trusted)
        return {};
    if (m_pin.isEmpty())
        return tr("The partner's certificate is not trusted (%1). Its fingerprint is %2; pin it "
                  "in the agreement if you trust it.")
            .arg(trusted.error(), presented.isEmpty() ? tr("none") : presented);
    return tr("The partner presented a different certificate than the pinned one, and no "
              "trusted certificate authority vouches for it: it presented %1, the agreement "
              "pins %2.")
        .arg(presented.isEmpty() ? tr("none") : presented, m_pin);
}

void SharingJob::onSslErrors(const QList<QSslError> &errors) {
    const QString presented = TlsIdentity::fingerprintOf(presentedCertificate(errors));
    if (!presented.isEmpty())
        m_peerFingerprint = presented;
    // Errors here mean the trust store's CAs do not vouch for the certificate (or it names
    // another host): only the pin can make it acceptable.
    if (m_pin.isEmpty()) {
        m_sslProblem = tr("The partner's certificate is not trusted (%1). Its fingerprint is %2; "
                          "pin it in the agreement if you trust it.")
                           .arg(describe(errors), presented);
        return; // not ignored: the handshake fails
    }
    if (presented != m_pin) {
        m_sslProblem =
            tr("The partner presented a different certificate than the pinned one, "
               "and no trusted certificate authority vouches for it (%3): it presented "
               "%1, the agreement pins %2.")
                .arg(presented.isEmpty() ? tr("none") : presented, m_pin, describe(errors));
        return;
    }
    QList<QSslError> other;
    for (const QSslError &e : errors) {
        if (!isTrustOnlyError(e.error()))
            other.append(e);
    }
    if (!other.isEmpty()) {
        m_sslProblem =
            tr("The partner's pinned certificate cannot be used: %1").arg(describe(other));
        return;
    }
    m_reply->ignoreSslErrors(errors);
}

void SharingJob::onEncrypted() {
    const QList<QSslCertificate> chain = m_reply->sslConfiguration().peerCertificateChain();
    const QString presented = TlsIdentity::fingerprintOf(presentedCertificate());
    if (!presented.isEmpty())
        m_peerFingerprint = presented;
    // Without sslErrors a CA vouched for the certificate; a different one than the pinned is
    // fine then (checked once more with OpenSSL, for the same host and CAs).
    if (!m_pin.isEmpty() && presented != m_pin) {
        m_sslProblem = refusalFor(chain.isEmpty() ? QList{presentedCertificate()} : chain);
        if (!m_sslProblem.isEmpty())
            m_reply->abort();
        else
            qCInfo(lcSharing).noquote()
                << m_url.host() << "presented" << presented << "instead of the pinned" << m_pin
                << "- accepted: a trusted certificate authority vouches for it";
    }
}

void SharingJob::onTimeout() {
    if (!m_reply || m_finished)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void SharingJob::onReplyFinished() {
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_timer.stop();

    SharingJobResult r;
    r.networkError = reply->error();
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    // Compare once more at the end: a reused connection raises neither signal.
    if (!m_pin.isEmpty() && m_sslProblem.isEmpty()) {
        const QSslConfiguration conf = reply->sslConfiguration();
        const QString finalPrint = TlsIdentity::fingerprintOf(conf.peerCertificate());
        if (!finalPrint.isEmpty()) {
            m_peerFingerprint = finalPrint;
            if (finalPrint != m_pin) {
                QList<QSslCertificate> chain = conf.peerCertificateChain();
                if (chain.isEmpty())
                    chain = {conf.peerCertificate()};
                m_sslProblem = refusalFor(chain);
            }
        }
    }

    if (m_aborted) {
        r.outcome = JobOutcome::Retry;
        r.message = tr("The request was cancelled.");
    } else if (!m_sslProblem.isEmpty()) {
        r.outcome = JobOutcome::SslError;
        r.message = m_sslProblem;
    } else if (m_timedOut) {
        r.outcome = JobOutcome::Retry;
        r.message = tr("The partner did not answer within %1 s.")
                        .arg(QString::number(double(m_timeout.count()) / 1000.0, 'g', 3));
    } else if (status > 0) {
        const QByteArray body = reply->read(MaxAnswerBytes);
        const QByteArray retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
        const QByteArray location = reply->rawHeader(QByteArrayLiteral("Location"));
        const QNetworkReply::NetworkError error = r.networkError;
        r = classify(status, body, retryAfter, location);
        r.networkError = error;
    } else if (r.networkError == QNetworkReply::SslHandshakeFailedError) {
        r.outcome = JobOutcome::SslError;
        r.message = tr("The TLS connection to the partner failed: %1").arg(reply->errorString());
    } else if (isRetryableNetworkError(r.networkError)) {
        r.outcome = JobOutcome::Retry;
        r.message = tr("The partner could not be reached: %1").arg(reply->errorString());
    } else if (r.networkError == QNetworkReply::ProtocolUnknownError ||
               r.networkError == QNetworkReply::ProtocolInvalidOperationError) {
        r.outcome = JobOutcome::ConfigurationError;
        r.message = tr("The request cannot be sent to this address: %1").arg(reply->errorString());
    } else {
        r.outcome = JobOutcome::Retry;
        r.message = tr("The request failed: %1").arg(reply->errorString());
    }
    r.peerFingerprint = m_peerFingerprint;
    r.httpStatus = status;

    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    finish(r);
}

void SharingJob::finish(SharingJobResult result) {
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_result = std::move(result);
    if (m_result.outcome == JobOutcome::Done)
        qCDebug(lcSharing).noquote()
            << m_method << m_url.toDisplayString() << "->" << m_result.httpStatus;
    else
        qCInfo(lcSharing).noquote() << m_method << m_url.toDisplayString() << "->"
                                    << SharingJobResult::outcomeName(m_result.outcome)
                                    << m_result.httpStatus << m_result.message;
    Q_EMIT finished(m_result);
}

SharingJobResult SharingJob::classify(int httpStatus, const QByteArray &body,
                                      const QByteArray &retryAfter, const QByteArray &location) {
    SharingJobResult r;
    r.httpStatus = httpStatus;
    r.body = body.left(MaxAnswerBytes);
    if (!retryAfter.isEmpty())
        r.retryAfter = parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc());
    const QString partner = partnerMessage(body);
    const auto withPartner = [&partner](const QString &ours) {
        return partner.isEmpty() ? ours : ours + QStringLiteral(" — ") + partner;
    };

    if (httpStatus >= 200 && httpStatus < 300) {
        r.outcome = JobOutcome::Done;
    } else if (httpStatus >= 300 && httpStatus < 400) {
        r.outcome = JobOutcome::ConfigurationError;
        r.message = tr("The partner answered %1 and points to %2; check the partner's sharing "
                       "URL.")
                        .arg(httpStatus)
                        .arg(location.isEmpty() ? tr("no address")
                                                : printable(QString::fromUtf8(location), 200));
    } else if (httpStatus == 401 || httpStatus == 403) {
        r.outcome = JobOutcome::ConfigurationError;
        r.message = withPartner(
            httpStatus == 401
                ? tr("The partner asked for credentials (401): the agreement's token was not "
                     "accepted.")
                : tr("The partner refused the agreement's token (403): the agreement may be "
                     "unknown there, not accepted yet, or deactivated."));
    } else if (httpStatus == 404 || httpStatus == 410) {
        r.outcome = JobOutcome::Orphaned;
        r.message = withPartner(httpStatus == 404 ? tr("The partner does not know this (404).")
                                                  : tr("The partner unshared this (410)."));
    } else if (httpStatus == 408 || httpStatus == 429 || (httpStatus >= 500 && httpStatus < 600)) {
        r.outcome = JobOutcome::Retry;
        r.message = withPartner(tr("The partner is unavailable for now (%1).").arg(httpStatus));
    } else {
        r.outcome = JobOutcome::Failed;
        r.message =
            partner.isEmpty()
                ? tr("The partner refused the request (%1).").arg(httpStatus)
                : tr("The partner refused the request (%1): %2").arg(httpStatus).arg(partner);
    }
    return r;
}

std::optional<std::chrono::seconds> SharingJob::parseRetryAfter(const QByteArray &value,
                                                                const QDateTime &now) {
    const QByteArray v = value.trimmed();
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional(std::chrono::seconds(seconds)) : std::nullopt;
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(when)));
}

QString SharingJob::partnerMessage(const QByteArray &body) {
    const QByteArray trimmed = body.left(64 * 1024).trimmed();
    if (trimmed.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        QStringList parts;
        for (const char *key : {"error", "message", "description", "errors"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString())
                parts.append(v.toString());
            else if (v.isArray()) {
                for (const QJsonValue &item : v.toArray()) {
                    if (item.isString())
                        parts.append(item.toString());
                }
            } else if (v.isObject()) {
                const QJsonObject inner = v.toObject();
                for (auto it = inner.constBegin(); it != inner.constEnd(); ++it)
                    parts.append(it.key() + QStringLiteral(": ") +
                                 (it.value().isString()
                                      ? it.value().toString()
                                      : QString::fromUtf8(QJsonDocument(QJsonArray{it.value()})
                                                              .toJson(QJsonDocument::Compact))));
            }
        }
        parts.removeDuplicates();
        if (!parts.isEmpty())
            return printable(parts.join(QStringLiteral("; ")), 500);
    }
    if (trimmed.startsWith('<')) // an HTML error page says nothing useful in one line
        return {};
    return printable(QString::fromUtf8(trimmed), 500);
}

} // namespace DeskBridge::Sharing
