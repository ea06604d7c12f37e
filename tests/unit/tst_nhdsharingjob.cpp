// SharingJob against a real HttpsServer on 127.0.0.1: pinning, the conservative headers, every
// HTTP answer mapped to its outcome, 413, timeouts, refused connections, abort.
#include "app/server/HttpsServer.h"
#include "app/sharing/NhdCodec.h"
#include "app/sharing/SharingJob.h"
#include "app/sharing/TlsIdentity.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace DeskBridge;
using namespace DeskBridge::Server;
using namespace DeskBridge::Sharing;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(DeskBridge::Sharing::JobOutcome)

namespace {

// Runs the job to its end and returns what it reported (the signal's copy).
SharingJobResult run(SharingJob &job, int ms = 20000) {
    QSignalSpy finished(&job, &SharingJob::finished);
    job.start();
    if (!finished.wait(ms) && finished.isEmpty())
        qWarning("job did not finish within %d ms", ms);
    if (finished.size() != 1)
        qWarning("finished emitted %d times", int(finished.size()));
    return finished.isEmpty() ? SharingJobResult{}
                              : finished.first().first().value<SharingJobResult>();
}

} // namespace

class TestSharingJob : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TlsIdentity m_server; // the partner's identity
    TlsIdentity m_other;  // someone else's
    std::unique_ptr<HttpsServer> m_https;
    int m_calls = 0;
    HttpRequest m_last;

    QUrl url(const QString &path) const {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_https->port()).arg(path));
    }

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<SharingJobResult>();
        QVERIFY(m_dir.isValid());
        auto server = TlsIdentity::loadOrCreate(m_dir.filePath(QStringLiteral("partner")));
        auto other = TlsIdentity::loadOrCreate(m_dir.filePath(QStringLiteral("other")));
        QVERIFY2(server.ok() && other.ok(), qPrintable(server.error() + other.error()));
        m_server = server.value();
        m_other = other.value();
    }

    void init() {
        m_calls = 0;
        m_last = {};
        m_https = std::make_unique<HttpsServer>(m_server);
        // The partner's sharing endpoint: checks what a conservative sender must send.
        m_https->addRoute(QStringLiteral("/sharing"), [this](const HttpRequest &r) {
            ++m_calls;
            m_last = r;
            const auto token = NhdCodec::parseToken(r.headers.value("X-Ticket-Sharing-Token"));
            if (!token)
                return HttpResponse::error(401, QStringLiteral("no token"));
            if (!NhdCodec::constantTimeEquals(token->accessKey, "s3cret"))
                return HttpResponse::error(403, QStringLiteral("wrong key"));
            const QString uuid = r.path.section(u'/', 2, 2);
            const auto ticket = NhdCodec::readTicket(r.body, r.headers.value("Content-Type"), uuid);
            if (!ticket)
                return HttpResponse::error(422, ticket.error());
            return HttpResponse::json(201, QJsonObject{{QStringLiteral("uuid"), ticket->uuid}});
        });
        // Answers with the status named in the path: /status/503 -> 503.
        m_https->addRoute(QStringLiteral("/status"), [this](const HttpRequest &r) {
            ++m_calls;
            const int status = r.path.mid(1).toInt();
            HttpResponse response =
                HttpResponse::error(status, QStringLiteral("partner says %1").arg(status));
            if (status == 503)
                response.headers.set("Retry-After", "120");
            if (status == 301)
                response.headers.set("Location", "https://elsewhere.example/sharing");
            if (status < 300)
                response = HttpResponse::json(status, QJsonObject{{QStringLiteral("ok"), true}});
            if (status == 204)
                response = HttpResponse::empty(204);
            return response;
        });
        const Status listening = m_https->listen(QHostAddress::LocalHost, 0);
        QVERIFY2(listening.ok(), qPrintable(listening.error()));
    }

    void cleanup() { m_https.reset(); }

    void roundTripWithThePin_data() {
        QTest::addColumn<QString>("pin");
        const QString fp = m_server.fingerprint();
        QTest::newRow("canonical") << fp;
        QTest::newRow("pasted lower case without colons") << fp.toLower().remove(u':');
    }
    void roundTripWithThePin() {
        QFETCH(QString, pin);
        NhdTicket ticket;
        ticket.uuid = NhdCodec::randomUuid();
        ticket.subject = QStringLiteral("Spülmaschine undicht");
        ticket.status = Domain::TicketStatus::Open;
        const QByteArray body = NhdCodec::writeTicket(ticket);

        SharingJob job("POST", url(QStringLiteral("/sharing/tickets/") + ticket.uuid), body,
                       "agreement-1:s3cret", pin);
        const SharingJobResult r = run(job);
        QCOMPARE(r.outcome, JobOutcome::Done);
        QCOMPARE(r.httpStatus, 201);
        QCOMPARE(r.peerFingerprint, m_server.fingerprint());
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("uuid")).toString(),
                 ticket.uuid);
        QVERIFY(job.isFinished());
        QVERIFY(!job.isRunning());

        // The conservative headers, as the partner received them.
        QCOMPARE(m_calls, 1);
        QCOMPARE(m_last.method, QByteArray("POST"));
        QCOMPARE(m_last.headers.value("Content-Type"), QByteArray("application/json"));
        QCOMPARE(m_last.headers.value("X-Ticket-Sharing-Version"), QByteArray("1"));
        QCOMPARE(m_last.headers.value("X-Ticket-Sharing-Token"), QByteArray("agreement-1:s3cret"));
        QCOMPARE(m_last.body, body);
    }

    void wrongPinIsSslErrorAndNothingIsSent() {
        SharingJob job("PUT", url(QStringLiteral("/sharing/tickets/abc")), "{}",
                       "agreement-1:s3cret", m_other.fingerprint());
        const SharingJobResult r = run(job);
        QCOMPARE(r.outcome, JobOutcome::SslError);
        QCOMPARE(r.httpStatus, 0);
        QCOMPARE(r.peerFingerprint, m_server.fingerprint());
        QVERIFY2(r.message.contains(m_server.fingerprint()) &&
                     r.message.contains(m_other.fingerprint()),
                 qPrintable(r.message));
        QCOMPARE(m_calls, 0);
    }

    void withoutPinOnlyTrustedCertificatesPass() {
        SharingJob job("GET", url(QStringLiteral("/sharing/agreements/a")), {}, "a:s3cret", {});
        const SharingJobResult r = run(job);
        QCOMPARE(r.outcome, JobOutcome::SslError);
        QVERIFY2(r.message.contains(m_server.fingerprint()), qPrintable(r.message));
        QCOMPARE(m_calls, 0);
    }

    void caTrustedCertificateIsAcceptedDespiteAnotherPin() {
        // Trusted through a CA (here: the certificate itself as an extra CA), no pin: accepted.
        {
            SharingJob job("POST", url(QStringLiteral("/sharing/tickets/t1")), "{}", "a:s3cret",
                           {});
            job.setExtraCaCertificates({m_server.certificate()});
            const SharingJobResult r = run(job);
            QCOMPARE(r.outcome, JobOutcome::Done);
            QCOMPARE(m_calls, 1);
        }
        // Trusted through a CA but not the pinned certificate: accepted, as any HTTPS client
        // would (a partner that installed a CA-issued certificate has a new fingerprint).
        {
            SharingJob job("POST", url(QStringLiteral("/sharing/tickets/t2")), "{}", "a:s3cret",
                           m_other.fingerprint());
            job.setExtraCaCertificates({m_server.certificate()});
            const SharingJobResult r = run(job);
            QCOMPARE(r.outcome, JobOutcome::Done);
            QCOMPARE(r.peerFingerprint, m_server.fingerprint());
            QCOMPARE(m_calls, 2);
        }
        // Neither pinned nor vouched for: refused.
        {
            SharingJob job("POST", url(QStringLiteral("/sharing/tickets/t3")), "{}", "a:s3cret",
                           m_other.fingerprint());
            job.setExtraCaCertificates({m_other.certificate()});
            const SharingJobResult r = run(job);
            QCOMPARE(r.outcome, JobOutcome::SslError);
            QCOMPARE(m_calls, 2);
        }
    }

    void answersMapToOutcomes_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<JobOutcome>("outcome");
        QTest::newRow("200") << 200 << JobOutcome::Done;
        QTest::newRow("201") << 201 << JobOutcome::Done;
        QTest::newRow("204") << 204 << JobOutcome::Done;
        QTest::newRow("301") << 301 << JobOutcome::ConfigurationError;
        QTest::newRow("400") << 400 << JobOutcome::Failed;
        QTest::newRow("401") << 401 << JobOutcome::ConfigurationError;
        QTest::newRow("403") << 403 << JobOutcome::ConfigurationError;
        QTest::newRow("404") << 404 << JobOutcome::Orphaned;
        QTest::newRow("405") << 405 << JobOutcome::Failed;
        QTest::newRow("410") << 410 << JobOutcome::Orphaned;
        QTest::newRow("413") << 413 << JobOutcome::Failed;
        QTest::newRow("422") << 422 << JobOutcome::Failed;
        QTest::newRow("429") << 429 << JobOutcome::Retry;
        QTest::newRow("500") << 500 << JobOutcome::Retry;
        QTest::newRow("502") << 502 << JobOutcome::Retry;
        QTest::newRow("503") << 503 << JobOutcome::Retry;
    }
    void answersMapToOutcomes() {
        QFETCH(int, status);
        QFETCH(JobOutcome, outcome);
        SharingJob job("PUT", url(QStringLiteral("/status/%1").arg(status)), "{}", "a:k",
                       m_server.fingerprint());
        const SharingJobResult r = run(job);
        QCOMPARE(r.httpStatus, status);
        QCOMPARE(r.outcome, outcome);
        QCOMPARE(m_calls, 1);
        if (status == 503) {
            QVERIFY(r.retryAfter.has_value());
            QCOMPARE(*r.retryAfter, 120s);
        } else {
            QVERIFY(!r.retryAfter.has_value());
        }
        if (outcome == JobOutcome::Failed) // the partner's own words reach the admin
            QVERIFY2(r.message.contains(QStringLiteral("partner says %1").arg(status)),
                     qPrintable(r.message));
        if (status == 301)
            QVERIFY2(r.message.contains(QStringLiteral("elsewhere.example")),
                     qPrintable(r.message));
        if (outcome != JobOutcome::Done)
            QVERIFY(!r.message.isEmpty());
    }

    void partnerRefusesBadData() {
        // A real 422 from the partner's codec, its message carried back.
        SharingJob job("POST", url(QStringLiteral("/sharing/tickets/abc")),
                       "{\"uuid\":\"xyz\",\"subject\":1}", "a:s3cret", m_server.fingerprint());
        const SharingJobResult r = run(job);
        QCOMPARE(r.outcome, JobOutcome::Failed);
        QCOMPARE(r.httpStatus, 422);
        QVERIFY2(r.message.contains(QStringLiteral("“subject” must be text")),
                 qPrintable(r.message));

        SharingJob wrongKey("POST", url(QStringLiteral("/sharing/tickets/abc")), "{}", "a:nope",
                            m_server.fingerprint());
        QCOMPARE(run(wrongKey).outcome, JobOutcome::ConfigurationError);
        SharingJob noToken("POST", url(QStringLiteral("/sharing/tickets/abc")), "{}", {},
                           m_server.fingerprint());
        const SharingJobResult unauthorized = run(noToken);
        QCOMPARE(unauthorized.outcome, JobOutcome::ConfigurationError);
        QCOMPARE(unauthorized.httpStatus, 401);
    }

    void oversizeBodyIs413AndNeverHandled() {
        const QByteArray body(11 * 1024 * 1024, ' ');
        SharingJob job("POST", url(QStringLiteral("/sharing/tickets/big")), body, "a:s3cret",
                       m_server.fingerprint());
        const SharingJobResult r = run(job, 60000);
        QCOMPARE(r.httpStatus, 413);
        QCOMPARE(r.outcome, JobOutcome::Failed);
        QCOMPARE(m_calls, 0);
    }

    void silentPartnerTimesOutAsRetry() {
        // Completes the TLS handshake, then never answers.
        QSslServer silent;
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(m_server.certificate());
        conf.setPrivateKey(m_server.privateKey());
        silent.setSslConfiguration(conf);
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held;
        connect(&silent, &QSslServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket *s = silent.nextPendingConnection())
                held.append(s);
        });

        SharingJob job(
            "PUT",
            QUrl(QStringLiteral("https://127.0.0.1:%1/sharing/tickets/x").arg(silent.serverPort())),
            "{}", "a:k", m_server.fingerprint());
        job.setTimeout(400ms);
        QCOMPARE(job.timeout(), 400ms);
        const SharingJobResult r = run(job);
        QCOMPARE(r.outcome, JobOutcome::Retry);
        QCOMPARE(r.httpStatus, 0);
        QVERIFY2(r.message.contains(QStringLiteral("did not answer")), qPrintable(r.message));
        QCOMPARE(held.size(), 1); // it did connect: the timeout, not a refusal, ended it
    }

    void refusedConnectionIsRetry() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        SharingJob job("GET", QUrl(QStringLiteral("https://127.0.0.1:%1/sharing").arg(closedPort)),
                       {}, "a:k", m_server.fingerprint());
        const SharingJobResult r = run(job);
        QCOMPARE(r.outcome, JobOutcome::Retry);
        QCOMPARE(r.networkError, QNetworkReply::ConnectionRefusedError);
    }

    void abortIsRetryAndFinishesOnce() {
        QSslServer silent;
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(m_server.certificate());
        conf.setPrivateKey(m_server.privateKey());
        silent.setSslConfiguration(conf);
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        SharingJob job(
            "GET", QUrl(QStringLiteral("https://127.0.0.1:%1/sharing").arg(silent.serverPort())),
            {}, "a:k", m_server.fingerprint());
        QSignalSpy finished(&job, &SharingJob::finished);
        QSignalSpy accepted(&silent, &QSslServer::pendingConnectionAvailable);
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(accepted.wait(10000));
        job.abort();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job.result().outcome, JobOutcome::Retry);
        QVERIFY(job.result().message.contains(QStringLiteral("cancelled")));
        job.abort(); // harmless now
        QCOMPARE(finished.size(), 1);
    }

    void unusableConfigurationIsReported() {
        SharingJob plain("GET",
                         QUrl(QStringLiteral("http://127.0.0.1:%1/sharing").arg(m_https->port())),
                         {}, "a:k", m_server.fingerprint());
        const SharingJobResult r = run(plain);
        QCOMPARE(r.outcome, JobOutcome::ConfigurationError);
        QVERIFY(r.message.contains(QStringLiteral("https://")));

        SharingJob badPin("GET", url(QStringLiteral("/sharing")), {}, "a:k",
                          QStringLiteral("AB:CD"));
        QCOMPARE(run(badPin).outcome, JobOutcome::ConfigurationError);
        QCOMPARE(m_calls, 0);
    }

    // ---- The pure parts ---------------------------------------------------------------------

    void retryAfter() {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 0), QTimeZone::utc());
        QCOMPARE(SharingJob::parseRetryAfter("120", now), std::optional(120s));
        QCOMPARE(SharingJob::parseRetryAfter(" 0 ", now), std::optional(0s));
        QCOMPARE(SharingJob::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now),
                 std::optional(std::chrono::seconds(28 * 60)));
        QCOMPARE(SharingJob::parseRetryAfter("Wed, 21 Oct 2015 06:00:00 GMT", now),
                 std::optional(0s));
        QVERIFY(!SharingJob::parseRetryAfter("-5", now));
        QVERIFY(!SharingJob::parseRetryAfter("soon", now));
    }

    void partnerMessages() {
        QCOMPARE(SharingJob::partnerMessage(R"({"error":"Subject missing"})"),
                 QStringLiteral("Subject missing"));
        QCOMPARE(SharingJob::partnerMessage(R"({"errors":["a","b"]})"), QStringLiteral("a; b"));
        QCOMPARE(SharingJob::partnerMessage(R"({"error":"Invalid","description":"uuid taken"})"),
                 QStringLiteral("Invalid; uuid taken"));
        QCOMPARE(SharingJob::partnerMessage("plain\r\ntext"), QStringLiteral("plain text"));
        QCOMPARE(SharingJob::partnerMessage("<html><body>502</body></html>"), QString());
        QVERIFY(SharingJob::partnerMessage(QByteArray(5000, 'x')).size() <= 500);
        QCOMPARE(SharingJobResult::outcomeName(JobOutcome::SslError), QStringLiteral("ssl_error"));
    }
};

QTEST_GUILESS_MAIN(TestSharingJob)
#include "tst_nhdsharingjob.moc"
