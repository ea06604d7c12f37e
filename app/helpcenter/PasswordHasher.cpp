#include "app/helpcenter/PasswordHasher.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace DeskBridge::HelpCenter {

namespace {
const QLatin1String kScheme("pbkdf2-sha256");
} // namespace

QByteArray PasswordHasher::derive(const QString &password, const QByteArray &salt, int iterations) {
    // NFC, so the same password typed on systems that compose accents differently matches.
    const QByteArray bytes = password.normalized(QString::NormalizationForm_C).toUtf8();
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, bytes, salt, iterations,
                                              KeyBytes);
}

PasswordHasher::Hashed PasswordHasher::hash(const QString &password, int iterations) {
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          SaltBytes / int(sizeof(quint32)));
    const QByteArray key = derive(password, salt, iterations);
    return {kScheme + QLatin1Char('$') + QString::number(iterations) + QLatin1Char('$') +
                QString::fromLatin1(key.toBase64()),
            QString::fromLatin1(salt.toBase64())};
}

int PasswordHasher::iterationsOf(const QString &storedHash) {
    const QStringList parts = storedHash.split(QLatin1Char('$'));
    if (parts.size() != 3 || parts.at(0) != kScheme)
        return 0;
    bool ok = false;
    const int n = parts.at(1).toInt(&ok);
    return ok && n >= MinIterations && n <= MaxIterations ? n : 0;
}

bool PasswordHasher::verify(const QString &password, const QString &storedHash,
                            const QString &storedSalt) {
    const int iterations = iterationsOf(storedHash);
    if (!iterations)
        return false;
    const auto key =
        QByteArray::fromBase64Encoding(storedHash.section(QLatin1Char('$'), 2).toLatin1());
    const auto salt = QByteArray::fromBase64Encoding(storedSalt.toLatin1());
    if (!key || !salt || key.decoded.size() != KeyBytes || salt.decoded.isEmpty())
        return false;
    return constantTimeEquals(derive(password, salt.decoded, iterations), key.decoded);
}

void PasswordHasher::dummyVerify(const QString &password, int iterations) {
    static const QByteArray salt(SaltBytes, '\x5a');
    const QByteArray key = derive(password, salt, iterations);
    // Compare like verify() does, so the work cannot be optimised away.
    static const QByteArray never(KeyBytes, '\0');
    volatile bool same = constantTimeEquals(key, never);
    (void)same;
}

bool PasswordHasher::constantTimeEquals(const QByteArray &a, const QByteArray &b) {
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i)) ^ static_cast<unsigned char>(b.at(i));
    return diff == 0;
}

} // namespace DeskBridge::HelpCenter
