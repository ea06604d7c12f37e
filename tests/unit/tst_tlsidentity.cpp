// TlsIdentity: first run creates key (0600) and self-signed certificate with the SANs, later runs
// load the same identity, damaged pairs are errors, fingerprints normalize.
#include "app/sharing/TlsIdentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace DeskBridge;
using namespace DeskBridge::Sharing;

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

const QRegularExpression FingerprintFormat(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"));

} // namespace

class TestTlsIdentity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsOnFirstRun() {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(QStringLiteral("account/tls"));
        const auto identity = TlsIdentity::loadOrCreate(
            dir, {QStringLiteral("desk.example.org"), QStringLiteral("192.0.2.10"),
                  QStringLiteral("[2001:db8::1]"), QStringLiteral("localhost")});
        QVERIFY2(identity.ok(), qPrintable(identity.error()));
        QVERIFY(identity->wasCreated());
        QVERIFY(!identity->isNull());

        // Files and modes: the key is the owner's alone, from the moment it exists.
        QCOMPARE(identity->keyPath(), QDir(dir).filePath(QStringLiteral("key.pem")));
        QCOMPARE(modeOf(identity->keyPath()), mode_t(0600));
        QCOMPARE(modeOf(identity->certificatePath()) & 0022, mode_t(0));
        QCOMPARE(modeOf(dir), mode_t(0700));
        QVERIFY(!QFileInfo::exists(identity->keyPath() + QStringLiteral(".tmp")));
        QVERIFY(readAll(identity->keyPath()).startsWith("-----BEGIN PRIVATE KEY-----"));
        QVERIFY(readAll(identity->certificatePath()).startsWith("-----BEGIN CERTIFICATE-----"));

        // ECDSA P-256, self-signed, valid now and for years.
        const QSslCertificate &cert = identity->certificate();
        QCOMPARE(identity->privateKey().algorithm(), QSsl::Ec);
        QCOMPARE(identity->privateKey().length(), 256);
        QCOMPARE(cert.publicKey().algorithm(), QSsl::Ec);
        QVERIFY(cert.isSelfSigned());
        QCOMPARE(cert.version(), QByteArray("3"));
        QVERIFY(cert.effectiveDate() <= QDateTime::currentDateTimeUtc());
        QVERIFY(cert.expiryDate() > QDateTime::currentDateTimeUtc().addYears(9));
        QCOMPARE(cert.subjectInfo(QSslCertificate::Organization),
                 QStringList{QStringLiteral("DeskBridge")});

        // subjectAltName: the defaults and the extras, each once.
        const QStringList sans = identity->subjectAltNames();
        for (const char *expected : {"DNS:localhost", "IP:127.0.0.1", "IP:::1",
                                     "DNS:desk.example.org", "IP:192.0.2.10", "IP:2001:db8::1"})
            QVERIFY2(sans.contains(QString::fromLatin1(expected)),
                     qPrintable(sans.join(u' ') + QStringLiteral(" lacks ") +
                                QString::fromLatin1(expected)));
        QCOMPARE(sans.size(), 6);

        // The fingerprint is the SHA-256 of the certificate as written.
        QVERIFY2(FingerprintFormat.match(identity->fingerprint()).hasMatch(),
                 qPrintable(identity->fingerprint()));
        const QSslCertificate fromDisk(readAll(identity->certificatePath()), QSsl::Pem);
        QCOMPARE(
            identity->fingerprint(),
            QString::fromLatin1(fromDisk.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
    }

    void reloadsTheSameIdentity() {
        QTemporaryDir tmp;
        const auto first = TlsIdentity::loadOrCreate(tmp.path());
        QVERIFY2(first.ok(), qPrintable(first.error()));
        const QByteArray keyBefore = readAll(first->keyPath());

        const auto second = TlsIdentity::loadOrCreate(tmp.path());
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QVERIFY(!second->wasCreated());
        QCOMPARE(second->fingerprint(), first->fingerprint());
        QCOMPARE(second->privateKey().toPem(), first->privateKey().toPem());
        QCOMPARE(readAll(second->keyPath()), keyBefore);

        const auto loaded = TlsIdentity::load(tmp.path());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->fingerprint(), first->fingerprint());

        // Two accounts never share an identity.
        QTemporaryDir other;
        QVERIFY(TlsIdentity::loadOrCreate(other.path())->fingerprint() != first->fingerprint());
    }

    void tightensALooseKeyMode() {
        QTemporaryDir tmp;
        const auto created = TlsIdentity::loadOrCreate(tmp.path());
        QVERIFY(created.ok());
        QVERIFY(::chmod(QFile::encodeName(created->keyPath()).constData(), 0644) == 0);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("readable by others")));
        QVERIFY(TlsIdentity::loadOrCreate(tmp.path()).ok());
        QCOMPARE(modeOf(created->keyPath()), mode_t(0600));
    }

    void neverReplacesAHalfIdentity() {
        QTemporaryDir tmp;
        const auto created = TlsIdentity::loadOrCreate(tmp.path());
        QVERIFY(created.ok());
        const QByteArray key = readAll(created->keyPath());
        QVERIFY(QFile::remove(created->certificatePath()));

        const auto again = TlsIdentity::loadOrCreate(tmp.path());
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(QStringLiteral("cert.pem is missing")),
                 qPrintable(again.error()));
        QVERIFY(!QFileInfo::exists(created->certificatePath()));
        QCOMPARE(readAll(created->keyPath()), key);
    }

    void refusesDamagedFiles() {
        QTemporaryDir a;
        QTemporaryDir b;
        const auto first = TlsIdentity::loadOrCreate(a.path());
        const auto second = TlsIdentity::loadOrCreate(b.path());
        QVERIFY(first.ok() && second.ok());

        // Someone else's key next to our certificate.
        QVERIFY(QFile::remove(first->keyPath()));
        QVERIFY(QFile::copy(second->keyPath(), first->keyPath()));
        auto mixed = TlsIdentity::loadOrCreate(a.path());
        QVERIFY(!mixed.ok());
        QVERIFY2(mixed.error().contains(QStringLiteral("does not belong")),
                 qPrintable(mixed.error()));

        // A certificate file that is not one.
        QFile cert(second->certificatePath());
        QVERIFY(cert.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cert.write("not a certificate\n");
        cert.close();
        auto broken = TlsIdentity::load(b.path());
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().contains(QStringLiteral("does not contain a PEM certificate")),
                 qPrintable(broken.error()));

        // A key file that is not one.
        QTemporaryDir c;
        const auto third = TlsIdentity::loadOrCreate(c.path());
        QVERIFY(third.ok());
        QFile key(third->keyPath());
        QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
        key.write("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        key.close();
        auto badKey = TlsIdentity::load(c.path());
        QVERIFY(!badKey.ok());
        QVERIFY2(badKey.error().contains(QStringLiteral("private key")),
                 qPrintable(badKey.error()));
    }

    void refusesBadHostNames() {
        QTemporaryDir tmp;
        for (const char *bad : {"bad host", "exa_mple.com", "-lead.example", "a..b"}) {
            const auto r = TlsIdentity::loadOrCreate(tmp.path(), {QString::fromLatin1(bad)});
            QVERIFY2(!r.ok(), bad);
            QVERIFY(r.error().contains(QStringLiteral("neither a host name nor an IP address")));
        }
        QVERIFY(!QFileInfo::exists(QDir(tmp.path()).filePath(QStringLiteral("key.pem"))));
        // Internationalized names are stored in their ASCII form.
        const auto idn = TlsIdentity::loadOrCreate(tmp.path(), {QStringLiteral("bücher.example")});
        QVERIFY2(idn.ok(), qPrintable(idn.error()));
        QVERIFY(idn->subjectAltNames().contains(QStringLiteral("DNS:xn--bcher-kva.example")));
    }

    void missingDirectoryIsAnError() {
        QVERIFY(!TlsIdentity::load(QStringLiteral("/nonexistent/deskbridge/tls")).ok());
        QVERIFY(!TlsIdentity::loadOrCreate(QStringLiteral("/proc/deskbridge-cannot-create")).ok());
    }

    void normalizesFingerprints_data() {
        QTest::addColumn<QString>("input");
        const QString canonical = QStringLiteral(
            "3A:0F:5B:C2:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:01:02:03:04:05:06:07:08:"
            "09:0A:0B:0C");
        QTest::newRow("canonical") << canonical;
        QTest::newRow("lower case") << canonical.toLower();
        QTest::newRow("no colons") << QString(canonical).remove(u':');
        QTest::newRow("spaces") << QString(canonical).replace(u':', u' ');
        QTest::newRow("dashes, padded")
            << QStringLiteral("  ") + QString(canonical).replace(u':', u'-') + QStringLiteral("\n");
        QTest::newRow("openssl output") << QStringLiteral("sha256 Fingerprint=") + canonical;
        QTest::newRow("SHA256: prefix")
            << QStringLiteral("SHA256:") + QString(canonical).remove(u':').toLower();
    }
    void normalizesFingerprints() {
        QFETCH(QString, input);
        const auto n = TlsIdentity::normalizeFingerprint(input);
        QVERIFY2(n.ok(), qPrintable(n.error()));
        QCOMPARE(n.value(), QStringLiteral("3A:0F:5B:C2:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:"
                                           "FF:00:01:02:03:04:05:06:07:08:09:0A:0B:0C"));
    }

    void refusesNonFingerprints() {
        for (const char *bad :
             {"", "3A:0F",
              "zz:0F:5B:C2:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:01:02:03:04:05:06:07:08:"
              "09:0A:0B:0C",
              "3A0F5BC2112233445566778899AABBCCDDEEFF000102030405060708090A0B0C00",
              "SHA1:3A0F5BC2112233445566778899AABBCCDDEEFF00"}) {
            const auto n = TlsIdentity::normalizeFingerprint(QString::fromLatin1(bad));
            QVERIFY2(!n.ok(), bad);
            QVERIFY(n.error().contains(QStringLiteral("SHA-256 fingerprint")));
        }
        QCOMPARE(TlsIdentity::formatFingerprint(QByteArray(31, 'a')), QString());
    }
};

QTEST_GUILESS_MAIN(TestTlsIdentity)
#include "tst_tlsidentity.moc"
