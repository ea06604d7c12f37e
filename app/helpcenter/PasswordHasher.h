#pragma once
// PasswordHasher: Help Center passwords as PBKDF2-SHA256 (QPasswordDigestor) with a random
// 16-byte salt per user. Stored as password_hash = "pbkdf2-sha256$<iterations>$<base64 key>"
// and password_salt = base64 salt, so the iteration count can grow later without breaking
// stored passwords: verification reads it from the stored text. Pure: no database, no network.
#include <QByteArray>
#include <QString>

namespace DeskBridge::HelpCenter {

class PasswordHasher {
public:
    struct Hashed {
        QString hash;
        QString salt;
    };
    static constexpr int SaltBytes = 16;
    static constexpr int KeyBytes = 32;
    // Stored counts outside these bounds are refused (a damaged or hostile row must not make
    // one sign-in take minutes).
    static constexpr int MinIterations = 1000;
    static constexpr int MaxIterations = 10000000;

    // A fresh salt from the system's random source and the derived key.
    static Hashed hash(const QString &password, int iterations);
    // True when `password` matches; false for a malformed stored value. Constant-time compare.
    static bool verify(const QString &password, const QString &storedHash,
                       const QString &storedSalt);
    // Costs what a verification costs, for sign-ins of unknown addresses and users without a
    // password, so the time taken does not tell which addresses exist.
    static void dummyVerify(const QString &password, int iterations);
    // The iteration count of a stored hash; 0 when it is not one of ours.
    static int iterationsOf(const QString &storedHash);

    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    static QByteArray derive(const QString &password, const QByteArray &salt, int iterations);
};

} // namespace DeskBridge::HelpCenter
