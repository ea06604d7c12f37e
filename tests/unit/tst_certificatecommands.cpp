// `deskbridge certificate show|install|remove` and `serve --cert --key`, as a separate process:
// a valid chain and key install (JSON shows it), a bad pair or a non-admin is refused with
// exit code 1 and nothing installed, remove goes back to the self-signed certificate.
#include "app/Instance.h"
#include "app/sharing/TlsIdentity.h"
#include "support/TestCertificates.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace DeskBridge;
using DeskBridge::Test::TestCertificates;

class TestCertificateCommands : public QObject {
    Q_OBJECT

    struct Run {
        int code;
        QString out;
        QString err;
    };
    QTemporaryDir m_tmp;
    QString m_data;
    QString m_tls;
    TestCertificates m_ca;

    Run run(QStringList args) {
        args << QStringLiteral("--data-dir") << m_data;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(Test::deskbridgeBinary(), args);
        if (!p.waitForFinished(60000))
            qFatal("deskbridge did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QString write(const QString &name, const QByteArray &data) {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(data);
        return path;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        m_data = m_tmp.filePath(QStringLiteral("data"));
        auto account = Test::makeAccount(m_data);
        m_tls = account.instance->tlsDir();
    }

    void showBeforeTheFirstStart() {
        const Run r = run({QStringLiteral("certificate"), QStringLiteral("show")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not run yet")), qPrintable(r.err));
    }

    void installShowRemove() {
        const auto self = Sharing::TlsIdentity::loadOrCreate(m_tls);
        QVERIFY(self.ok());
        const auto server = m_ca.server();
        const QString chain = write(QStringLiteral("chain.pem"), m_ca.chainPem(server));
        const QString key = write(QStringLiteral("key.pem"), server.keyPem);
        const QString wrongKey = write(QStringLiteral("wrong.pem"), m_ca.server().keyPem);

        // Refused: a key of another certificate; an agent.
        Run r = run({QStringLiteral("certificate"), QStringLiteral("install"),
                     QStringLiteral("--cert"), chain, QStringLiteral("--key"), wrongKey});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not belong")), qPrintable(r.err));
        r = run({QStringLiteral("certificate"), QStringLiteral("install"), QStringLiteral("--cert"),
                 chain, QStringLiteral("--key"), key, QStringLiteral("--as"),
                 QStringLiteral("agent@example.test")});
        QCOMPARE(r.code, 1);
        QVERIFY(!Sharing::TlsIdentity::hasInstalled(m_tls));
        r = run({QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--cert"), chain, QStringLiteral("--key"), wrongKey});
        QCOMPARE(r.code, 1);
        QVERIFY(!Sharing::TlsIdentity::hasInstalled(m_tls));
        r = run({QStringLiteral("certificate"), QStringLiteral("install"), QStringLiteral("--cert"),
                 chain});
        QCOMPARE(r.code, 2);

        // Installed, and shown.
        r = run({QStringLiteral("certificate"), QStringLiteral("install"), QStringLiteral("--cert"),
                 chain, QStringLiteral("--key"), key});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("new certificate fingerprint")), qPrintable(r.out));
        r = run({QStringLiteral("certificate"), QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("kind")).toString(), QStringLiteral("installed"));
        QCOMPARE(shown.value(QStringLiteral("fingerprint")).toString(),
                 Sharing::TlsIdentity::fingerprintOf(server.certificate()));
        QCOMPARE(shown.value(QStringLiteral("intermediates")).toInt(), 1);

        // Removed: the self-signed one again.
        r = run({QStringLiteral("certificate"), QStringLiteral("remove")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("certificate"), QStringLiteral("show"), QStringLiteral("--json")});
        shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("kind")).toString(), QStringLiteral("self-signed"));
        QCOMPARE(shown.value(QStringLiteral("fingerprint")).toString(), self->fingerprint());
        r = run({QStringLiteral("certificate"), QStringLiteral("bogus")});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCertificateCommands)
#include "tst_certificatecommands.moc"
