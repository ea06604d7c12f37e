// FetchCertificateJob against a real HttpsServer on 127.0.0.1: it reads the presented
// certificate and its fingerprint, and sends no request.
#include "app/server/HttpsServer.h"
#include "app/sharing/FetchCertificateJob.h"
#include "app/sharing/TlsIdentity.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace DeskBridge;
using namespace DeskBridge::Server;
using namespace DeskBridge::Sharing;

class TestFetchCertificateJob : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TlsIdentity m_server;
    std::unique_ptr<HttpsServer> m_https;
    int m_calls = 0;

    QUrl url(const QString &path) const {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_https->port()).arg(path));
    }

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<CertificateProbeResult>();
        QVERIFY(m_dir.isValid());
        auto server = TlsIdentity::loadOrCreate(m_dir.path());
        QVERIFY2(server.ok(), qPrintable(server.error()));
        m_server = server.value();
        m_https = std::make_unique<HttpsServer>(m_server);
        m_https->addRoute(QStringLiteral("/sharing"), [this](const HttpRequest &) {
            ++m_calls;
            return HttpResponse::empty(200);
        });
        const Status listening = m_https->listen(QHostAddress::LocalHost, 0);
        QVERIFY2(listening.ok(), qPrintable(listening.error()));
    }

    void cleanupTestCase() { m_https.reset(); }

    void readsTheCertificateAndSendsNothing() {
        QSignalSpy requests(m_https.get(), &HttpsServer::requestFinished);
        FetchCertificateJob job(url(QStringLiteral("/sharing")));
        QSignalSpy finished(&job, &FetchCertificateJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        const CertificateProbeResult r = finished.first().first().value<CertificateProbeResult>();
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.fingerprint, m_server.fingerprint());
        QCOMPARE(r.certificate, m_server.certificate());
        QVERIFY(!r.trustedBySystem); // self-signed: the admin must confirm the fingerprint
        QVERIFY(!r.problems.isEmpty());
        QVERIFY(job.isFinished());
        // The connection is closed without a request.
        QTRY_COMPARE(m_https->connectionCount(), 0);
        QCOMPARE(requests.size(), 0);
        QCOMPARE(m_calls, 0);
    }

    void helperDeletesItsJob() {
        QPointer<FetchCertificateJob> helper = fetchCertificate(url(QString()));
        QVERIFY(helper);
        QSignalSpy done(helper.data(), &FetchCertificateJob::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().first().value<CertificateProbeResult>().fingerprint,
                 m_server.fingerprint());
        QTRY_VERIFY(helper.isNull());
    }

    void refusedConnectionIsReported() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        FetchCertificateJob job(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(closedPort)));
        QSignalSpy done(&job, &FetchCertificateJob::finished);
        job.start();
        QVERIFY(done.wait(10000));
        QVERIFY(!job.result().ok);
        QVERIFY(job.result().fingerprint.isEmpty());
        QVERIFY(!job.result().message.isEmpty());
    }

    void silentPeerTimesOut() {
        // Accepts TCP, never speaks TLS.
        QTcpServer mute;
        QVERIFY(mute.listen(QHostAddress::LocalHost, 0));
        FetchCertificateJob job(
            QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(mute.serverPort())));
        job.setTimeout(std::chrono::milliseconds(300));
        QSignalSpy done(&job, &FetchCertificateJob::finished);
        job.start();
        QVERIFY(done.wait(10000));
        QVERIFY(!job.result().ok);
        QVERIFY2(job.result().message.contains(QStringLiteral("TLS handshake")),
                 qPrintable(job.result().message));
    }

    void onlyHttpsUrls() {
        FetchCertificateJob job(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_https->port())));
        QSignalSpy done(&job, &FetchCertificateJob::finished);
        job.start();
        QVERIFY(done.wait(10000));
        QVERIFY(!job.result().ok);
        QCOMPARE(m_calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestFetchCertificateJob)
#include "tst_nhdfetchcertificatejob.moc"
