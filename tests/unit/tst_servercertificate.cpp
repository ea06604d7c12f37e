// The account's HTTPS server with a CA-issued certificate (issue 7): TlsIdentity::install checks
// chain and key and changes nothing on any error; removeInstalled goes back to the self-signed
// identity; the server presents the installed leaf and its intermediate; SharingJob accepts a
// partner whose chain a trusted CA vouches for (without the pin) and still refuses the rest.
#include "app/server/HttpsServer.h"
#include "app/sharing/SharingJob.h"
#include "app/sharing/TlsIdentity.h"
#include "app/sharing/TrustStore.h"
#include "support/TestCertificates.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace DeskBridge;
using namespace DeskBridge::Server;
using namespace DeskBridge::Sharing;
using DeskBridge::Test::TestCertificates;

namespace {

mode_t modeOf(const QString &path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

// Every file below `dir` with its contents, to prove a refused install changed nothing.
QMap<QString, QByteArray> tree(const QString &dir) {
    QMap<QString, QByteArray> out;
    QDir d(dir);
    const auto entries = d.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &info : entries) {
        if (info.isDir()) {
            out.insert(info.fileName() + u'/', {});
            const auto sub = tree(info.filePath());
            for (auto it = sub.constBegin(); it != sub.constEnd(); ++it)
                out.insert(info.fileName() + u'/' + it.key(), it.value());
        } else {
            out.insert(info.fileName(), readAll(info.filePath()));
        }
    }
    return out;
}

SharingJobResult run(SharingJob &job) {
    QSignalSpy finished(&job, &SharingJob::finished);
    job.start();
    if (finished.isEmpty())
        finished.wait(20000);
    return finished.isEmpty() ? SharingJobResult{}
                              : finished.first().first().value<SharingJobResult>();
}

} // namespace

class TestServerCertificate : public QObject {
    Q_OBJECT

    TestCertificates m_ca{QStringLiteral("A")};
    TestCertificates m_otherCa{QStringLiteral("B")};

    // A tls directory with the self-signed identity, like the server's first run makes it.
    QString selfSigned(const QTemporaryDir &dir, TlsIdentity *identity = nullptr) {
        const QString tls = dir.filePath(QStringLiteral("tls"));
        auto created = TlsIdentity::loadOrCreate(tls);
        if (!created)
            qWarning("%s", qPrintable(created.error()));
        else if (identity)
            *identity = created.value();
        return tls;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SharingJobResult>(); }

    void installsAChainAndKey() {
        QTemporaryDir dir;
        TlsIdentity self;
        const QString tls = selfSigned(dir, &self);
        const QByteArray selfCert = readAll(self.certificatePath());
        const QByteArray selfKey = readAll(self.keyPath());

        const auto server = m_ca.server();
        const auto installed = TlsIdentity::install(
            tls, writeFile(dir, QStringLiteral("chain.pem"), m_ca.chainPem(server)),
            writeFile(dir, QStringLiteral("key.pem"), server.keyPem));
        QVERIFY2(installed.ok(), qPrintable(installed.error()));
        QVERIFY(installed->isInstalled());
        QCOMPARE(installed->certificate(), server.certificate());
        QCOMPARE(installed->intermediates(), QList{m_ca.intermediate().certificate()});
        QCOMPARE(installed->certificateChain().size(), 2);
        QVERIFY(installed->fingerprint() != self.fingerprint());

        // On disk: <tls>/installed/cert.pem (the chain) and key.pem, the owner's alone.
        const QString inst = TlsIdentity::installedDirectory(tls);
        QCOMPARE(inst, QDir(tls).filePath(QStringLiteral("installed")));
        QVERIFY(TlsIdentity::hasInstalled(tls));
        QCOMPARE(modeOf(QDir(inst).filePath(QStringLiteral("key.pem"))), mode_t(0600));
        QCOMPARE(modeOf(inst), mode_t(0700));
        QCOMPARE(QSslCertificate::fromPath(QDir(inst).filePath(QStringLiteral("cert.pem"))),
                 installed->certificateChain());

        // The server (and the fingerprint partners are told) use it from now on; the
        // self-signed identity stays as it was.
        const auto forServer = TlsIdentity::loadForServer(tls);
        QVERIFY2(forServer.ok(), qPrintable(forServer.error()));
        QVERIFY(forServer->isInstalled());
        QCOMPARE(forServer->fingerprint(), installed->fingerprint());
        QCOMPARE(forServer->intermediates().size(), 1);
        QCOMPARE(TlsIdentity::loadActive(tls)->fingerprint(), installed->fingerprint());
        QCOMPARE(readAll(self.certificatePath()), selfCert);
        QCOMPARE(readAll(self.keyPath()), selfKey);

        // Removing goes back to the self-signed one, which never went away.
        QVERIFY(TlsIdentity::removeInstalled(tls).ok());
        QVERIFY(!TlsIdentity::hasInstalled(tls));
        QVERIFY(!QFileInfo::exists(inst));
        const auto back = TlsIdentity::loadForServer(tls);
        QVERIFY(back.ok());
        QVERIFY(!back->isInstalled());
        QCOMPARE(back->fingerprint(), self.fingerprint());
        QVERIFY(TlsIdentity::removeInstalled(tls).ok()); // nothing to remove: fine
    }

    void installsRsaAndReplacesAnEarlierOne() {
        QTemporaryDir dir;
        const QString tls = selfSigned(dir);
        const auto first = m_ca.server();
        QVERIFY(TlsIdentity::install(tls,
                                     writeFile(dir, QStringLiteral("c1.pem"), m_ca.chainPem(first)),
                                     writeFile(dir, QStringLiteral("k1.pem"), first.keyPem))
                    .ok());
        const auto rsa = m_otherCa.server({QStringLiteral("localhost")}, -1, 90,
                                          TestCertificates::KeyKind::Rsa2048);
        const auto second = TlsIdentity::install(
            tls, writeFile(dir, QStringLiteral("c2.pem"), m_otherCa.chainPem(rsa)),
            writeFile(dir, QStringLiteral("k2.pem"), rsa.keyPem));
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(second->privateKey().algorithm(), QSsl::Rsa);
        const auto loaded = TlsIdentity::loadActive(tls);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->certificate(), rsa.certificate());
        QCOMPARE(loaded->privateKey().algorithm(), QSsl::Rsa);
        QVERIFY(!QFileInfo::exists(TlsIdentity::installedDirectory(tls) + QStringLiteral(".old")));
        QVERIFY(!QFileInfo::exists(TlsIdentity::installedDirectory(tls) + QStringLiteral(".new")));
    }

    void refusesAndChangesNothing_data() {
        QTest::addColumn<QByteArray>("chain");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("expected");
        const auto good = m_ca.server();
        const auto other = m_ca.server();
        const auto expired = m_ca.server({QStringLiteral("localhost")}, -30, -1);
        const auto future = m_ca.server({QStringLiteral("localhost")}, 2, 30);
        const auto weak =
            m_ca.server({QStringLiteral("localhost")}, -1, 30, TestCertificates::KeyKind::Rsa1024);
        QTest::newRow("key of another certificate")
            << m_ca.chainPem(good) << other.keyPem << QStringLiteral("does not belong");
        QTest::newRow("expired") << m_ca.chainPem(expired) << expired.keyPem
                                 << QStringLiteral("expired");
        QTest::newRow("not valid yet")
            << m_ca.chainPem(future) << future.keyPem << QStringLiteral("not valid yet");
        QTest::newRow("garbage certificate")
            << QByteArray("hello\n") << good.keyPem << QStringLiteral("PEM certificate");
        QTest::newRow("garbage key") << m_ca.chainPem(good)
                                     << QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END "
                                                   "PRIVATE KEY-----\n")
                                     << QStringLiteral("PEM private key");
        QTest::newRow("encrypted key")
            << m_ca.chainPem(good) << TestCertificates::encryptedKey(good, "secret")
            << QStringLiteral("passphrase");
        QTest::newRow("RSA 1024") << m_ca.chainPem(weak) << weak.keyPem
                                  << QStringLiteral("at least 2048");
        QTest::newRow("intermediate first")
            << (m_ca.intermediate().certificatePem + good.certificatePem) << good.keyPem
            << QStringLiteral("does not belong");
        QTest::newRow("chain out of order") << (good.certificatePem + m_ca.root().certificatePem +
                                                m_ca.intermediate().certificatePem)
                                            << good.keyPem << QStringLiteral("not in order");
    }
    void refusesAndChangesNothing() {
        QFETCH(QByteArray, chain);
        QFETCH(QByteArray, key);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QTemporaryDir files;
        const QString tls = selfSigned(dir);
        const QString chainFile = writeFile(files, QStringLiteral("chain.pem"), chain);
        const QString keyFile = writeFile(files, QStringLiteral("key.pem"), key);

        // Nothing installed: still nothing installed.
        const auto before = tree(tls);
        const auto refused = TlsIdentity::install(tls, chainFile, keyFile);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(expected), qPrintable(refused.error()));
        QCOMPARE(tree(tls), before);

        // One installed: it stays, byte for byte.
        const auto good = m_ca.server();
        QVERIFY(TlsIdentity::install(
                    tls, writeFile(files, QStringLiteral("good.pem"), m_ca.chainPem(good)),
                    writeFile(files, QStringLiteral("goodkey.pem"), good.keyPem))
                    .ok());
        const auto withOne = tree(tls);
        QVERIFY(!TlsIdentity::install(tls, chainFile, keyFile).ok());
        QCOMPARE(tree(tls), withOne);
        QCOMPARE(TlsIdentity::loadActive(tls)->certificate(), good.certificate());
    }

    void missingFilesAreErrors() {
        QTemporaryDir dir;
        const QString tls = selfSigned(dir);
        const auto r = TlsIdentity::install(tls, dir.filePath(QStringLiteral("nope.pem")),
                                            dir.filePath(QStringLiteral("nokey.pem")));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("nope.pem")), qPrintable(r.error()));
        QVERIFY(!TlsIdentity::hasInstalled(tls));
    }

    void expiredInstalledFallsBackToSelfSigned() {
        QTemporaryDir dir;
        TlsIdentity self;
        const QString tls = selfSigned(dir, &self);
        // Installed while valid, expired since: written directly, as time would have done.
        const auto expired = m_ca.server({QStringLiteral("localhost")}, -30, -1);
        const QString inst = TlsIdentity::installedDirectory(tls);
        QVERIFY(QDir().mkpath(inst));
        QTemporaryDir unused;
        Q_UNUSED(unused);
        {
            QFile c(QDir(inst).filePath(QStringLiteral("cert.pem")));
            QFile k(QDir(inst).filePath(QStringLiteral("key.pem")));
            QVERIFY(c.open(QIODevice::WriteOnly) && k.open(QIODevice::WriteOnly));
            c.write(m_ca.chainPem(expired));
            k.write(expired.keyPem);
            k.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("expired")));
        const auto served = TlsIdentity::loadForServer(tls);
        QVERIFY2(served.ok(), qPrintable(served.error()));
        QVERIFY(!served->isInstalled());
        QCOMPARE(served->fingerprint(), self.fingerprint());

        // A damaged installed pair is an error, never silently replaced.
        QFile k(QDir(inst).filePath(QStringLiteral("key.pem")));
        QVERIFY(k.open(QIODevice::WriteOnly | QIODevice::Truncate));
        k.write(m_ca.server().keyPem);
        k.close();
        const auto damaged = TlsIdentity::loadForServer(tls);
        QVERIFY(!damaged.ok());
        QVERIFY2(damaged.error().contains(QStringLiteral("damaged")), qPrintable(damaged.error()));
    }

    void serverPresentsTheInstalledChain() {
        QTemporaryDir dir;
        const QString tls = selfSigned(dir);
        const auto server = m_ca.server();
        QVERIFY(TlsIdentity::install(
                    tls, writeFile(dir, QStringLiteral("chain.pem"), m_ca.chainPem(server)),
                    writeFile(dir, QStringLiteral("key.pem"), server.keyPem))
                    .ok());
        const auto identity = TlsIdentity::loadForServer(tls);
        QVERIFY(identity.ok());
        HttpsServer https(*identity);
        https.addRoute(QStringLiteral("/hc"),
                       [](const HttpRequest &) { return HttpResponse::empty(204); });
        QVERIFY(https.listen(QHostAddress::LocalHost, 0).ok());

        // A client that trusts only the root: the intermediate must come from the server.
        QSslSocket socket;
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setCaCertificates({m_ca.root().certificate()});
        socket.setSslConfiguration(conf);
        QList<QSslError> errors;
        connect(&socket, &QSslSocket::sslErrors, this,
                [&errors](const QList<QSslError> &e) { errors += e; });
        // The server runs in this thread: wait with the event loop running.
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        socket.connectToHostEncrypted(QStringLiteral("localhost"), https.port());
        QVERIFY2(encrypted.wait(10000), qPrintable(socket.errorString()));
        QVERIFY(errors.isEmpty());
        const QList<QSslCertificate> chain = socket.peerCertificateChain();
        QVERIFY(chain.size() >= 2);
        QCOMPARE(chain.at(0), server.certificate());
        QCOMPARE(chain.at(1), m_ca.intermediate().certificate());
        QCOMPARE(TlsIdentity::fingerprintOf(socket.peerCertificate()), identity->fingerprint());
    }

    void trustStoreChecksChainAndHost() {
        const auto server = m_ca.server({QStringLiteral("desk.example.org")});
        const QList<QSslCertificate> chain{server.certificate(), m_ca.intermediate().certificate()};
        const TrustStore store = TrustStore::only({m_ca.root().certificate()});
        QVERIFY(store.verify(chain, QStringLiteral("desk.example.org")).ok());
        QVERIFY(store.verify(chain, QStringLiteral("DESK.example.org")).ok());
        const Status otherHost = store.verify(chain, QStringLiteral("evil.example.org"));
        QVERIFY(!otherHost.ok());
        QVERIFY(!store.verify({server.certificate()}, QStringLiteral("desk.example.org")).ok());
        QVERIFY(!TrustStore::only({m_otherCa.root().certificate()})
                     .verify(chain, QStringLiteral("desk.example.org"))
                     .ok());
        QVERIFY(!TrustStore::only({}).verify(chain, QStringLiteral("desk.example.org")).ok());
    }

    // The sending side: partners pinned our self-signed fingerprint; after we install a
    // CA-issued certificate they must still deliver to us, and nothing else may get through.
    void sharingJobAcceptsACaVouchedPeerWithoutThePin_data() {
        QTest::addColumn<QStringList>("names"); // the installed certificate's names
        QTest::addColumn<bool>("trustTheCa");   // the job's trust store holds our root
        QTest::addColumn<QString>("pin");       // "self" / "installed" / "other" / ""
        QTest::addColumn<bool>("accepted");
        const QStringList local{QStringLiteral("localhost"), QStringLiteral("127.0.0.1")};
        const QStringList elsewhere{QStringLiteral("desk.example.org")};
        QTest::newRow("old pin, CA trusted") << local << true << "self" << true;
        QTest::newRow("no pin, CA trusted") << local << true << "" << true;
        QTest::newRow("new pin, CA untrusted") << local << false << "installed" << true;
        QTest::newRow("old pin, CA untrusted") << local << false << "self" << false;
        QTest::newRow("no pin, CA untrusted") << local << false << "" << false;
        QTest::newRow("old pin, CA trusted, other host") << elsewhere << true << "self" << false;
    }
    void sharingJobAcceptsACaVouchedPeerWithoutThePin() {
        QFETCH(QStringList, names);
        QFETCH(bool, trustTheCa);
        QFETCH(QString, pin);
        QFETCH(bool, accepted);
        QTemporaryDir dir;
        TlsIdentity self;
        const QString tls = selfSigned(dir, &self);
        const auto server = m_ca.server(names);
        const auto installed = TlsIdentity::install(
            tls, writeFile(dir, QStringLiteral("chain.pem"), m_ca.chainPem(server)),
            writeFile(dir, QStringLiteral("key.pem"), server.keyPem));
        QVERIFY2(installed.ok(), qPrintable(installed.error()));
        HttpsServer https(*TlsIdentity::loadForServer(tls));
        int calls = 0;
        https.addRoute(QStringLiteral("/sharing"), [&calls](const HttpRequest &) {
            ++calls;
            return HttpResponse::json(200, QJsonObject{});
        });
        QVERIFY(https.listen(QHostAddress::LocalHost, 0).ok());

        const QString pinned = pin == u"self"        ? self.fingerprint()
                               : pin == u"installed" ? installed->fingerprint()
                                                     : QString();
        SharingJob job(
            "POST",
            QUrl(QStringLiteral("https://127.0.0.1:%1/sharing/tickets/x").arg(https.port())), "{}",
            "a:b", pinned);
        job.setTrustStore(TrustStore::only(
            {trustTheCa ? m_ca.root().certificate() : m_otherCa.root().certificate()}));
        const SharingJobResult r = run(job);
        if (accepted) {
            QVERIFY2(r.outcome == JobOutcome::Done, qPrintable(r.message));
            QCOMPARE(calls, 1);
        } else {
            QVERIFY2(r.outcome == JobOutcome::SslError, qPrintable(r.message));
            QCOMPARE(calls, 0);
        }
        QCOMPARE(r.peerFingerprint, installed->fingerprint());
    }
};

QTEST_GUILESS_MAIN(TestServerCertificate)
#include "tst_servercertificate.moc"
