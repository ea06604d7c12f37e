// PasswordHasher: the stored form, verification (also of other iteration counts), per-user
// salts, and refusal of damaged stored values. Prints how long one hash takes.
#include "app/helpcenter/HelpCenterService.h"
#include "app/helpcenter/PasswordHasher.h"

#include <QElapsedTimer>
#include <QTest>

using namespace DeskBridge::HelpCenter;

class TestPasswordHasher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void storedFormAndVerify();
    void saltsDifferPerHash();
    void iterationsComeFromTheStoredValue();
    void damagedStoredValuesNeverMatch();
    void composedAndDecomposedAccentsMatch();
    void constantTimeEquals();
    void timePerHash();
};

void TestPasswordHasher::storedFormAndVerify() {
    const auto h = PasswordHasher::hash(QStringLiteral("correct horse"), 1000);
    const QStringList parts = h.hash.split(QLatin1Char('$'));
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
    QCOMPARE(parts.at(1), QStringLiteral("1000"));
    QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), 32);
    QCOMPARE(QByteArray::fromBase64(h.salt.toLatin1()).size(), 16);
    QVERIFY(!h.hash.contains(QStringLiteral("correct horse")));

    QVERIFY(PasswordHasher::verify(QStringLiteral("correct horse"), h.hash, h.salt));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("correct horsE"), h.hash, h.salt));
    QVERIFY(!PasswordHasher::verify(QString(), h.hash, h.salt));
}

void TestPasswordHasher::saltsDifferPerHash() {
    const auto a = PasswordHasher::hash(QStringLiteral("same password"), 1000);
    const auto b = PasswordHasher::hash(QStringLiteral("same password"), 1000);
    QVERIFY(a.salt != b.salt);
    QVERIFY(a.hash != b.hash);
    // Each one only with its own salt.
    QVERIFY(!PasswordHasher::verify(QStringLiteral("same password"), a.hash, b.salt));
}

void TestPasswordHasher::iterationsComeFromTheStoredValue() {
    const auto h = PasswordHasher::hash(QStringLiteral("older password"), 2000);
    QCOMPARE(PasswordHasher::iterationsOf(h.hash), 2000);
    QVERIFY(PasswordHasher::verify(QStringLiteral("older password"), h.hash, h.salt));
    // The same key claimed under another count is not the same password hash.
    QString other = h.hash;
    other.replace(QStringLiteral("$2000$"), QStringLiteral("$2001$"));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("older password"), other, h.salt));
}

void TestPasswordHasher::damagedStoredValuesNeverMatch() {
    const auto h = PasswordHasher::hash(QStringLiteral("pw123456"), 1000);
    const QString key = h.hash.section(QLatin1Char('$'), 2);
    const QStringList damaged{
        QString(),
        QStringLiteral("pw123456"),
        QStringLiteral("sha1$1000$") + key,
        QStringLiteral("pbkdf2-sha256$abc$") + key,
        QStringLiteral("pbkdf2-sha256$10$") + key,         // too few iterations to trust
        QStringLiteral("pbkdf2-sha256$2000000000$") + key, // would take minutes
        QStringLiteral("pbkdf2-sha256$1000$"),
        QStringLiteral("pbkdf2-sha256$1000$%%%%"),
        QStringLiteral("pbkdf2-sha256$1000$") + key + QStringLiteral("$x"),
    };
    for (const QString &stored : damaged)
        QVERIFY2(!PasswordHasher::verify(QStringLiteral("pw123456"), stored, h.salt),
                 qPrintable(stored));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("pw123456"), h.hash, QString()));
}

void TestPasswordHasher::composedAndDecomposedAccentsMatch() {
    const QString composed = QStringLiteral("Gr\u00fc\u00dfe-2024");
    const QString decomposed = QStringLiteral("Gru\u0308\u00dfe-2024");
    const auto h = PasswordHasher::hash(composed, 1000);
    QVERIFY(PasswordHasher::verify(decomposed, h.hash, h.salt));
}

void TestPasswordHasher::constantTimeEquals() {
    QVERIFY(PasswordHasher::constantTimeEquals("abc", "abc"));
    QVERIFY(!PasswordHasher::constantTimeEquals("abc", "abd"));
    QVERIFY(!PasswordHasher::constantTimeEquals("abc", "abcd"));
    QVERIFY(PasswordHasher::constantTimeEquals(QByteArray(), QByteArray()));
}

void TestPasswordHasher::timePerHash() {
    QElapsedTimer timer;
    timer.start();
    const auto h = PasswordHasher::hash(QStringLiteral("a good password"),
                                        HelpCenterService::Pbkdf2Iterations);
    const qint64 hashMs = timer.restart();
    QVERIFY(PasswordHasher::verify(QStringLiteral("a good password"), h.hash, h.salt));
    const qint64 verifyMs = timer.restart();
    PasswordHasher::dummyVerify(QStringLiteral("a good password"),
                                HelpCenterService::Pbkdf2Iterations);
    const qint64 dummyMs = timer.elapsed();
    QCOMPARE(PasswordHasher::iterationsOf(h.hash), HelpCenterService::Pbkdf2Iterations);
    qDebug("PBKDF2-SHA256, %d iterations: hash %lld ms, verify %lld ms, dummy %lld ms",
           HelpCenterService::Pbkdf2Iterations, hashMs, verifyMs, dummyMs);
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
