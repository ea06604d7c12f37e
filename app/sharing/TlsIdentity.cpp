#include "app/sharing/TlsIdentity.h"
#include "app/sharing/NhdCodec.h" // lcSharing

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLocale>
#include <QRegularExpression>
#include <QSysInfo>
#include <QUrl>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>
#include <vector>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QSaveFile>
#endif

namespace DeskBridge::Sharing {

namespace {

const QString KeyFile = QStringLiteral("key.pem");
const QString CertFile = QStringLiteral("cert.pem");
const QString InstalledDir = QStringLiteral("installed");
constexpr qint64 MaxPemBytes = 1 << 20;

template <auto Fn> struct OsslDeleter {
    template <typename T> void operator()(T *p) const { Fn(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, OsslDeleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, OsslDeleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, OsslDeleter<BIO_free_all>>;
using BnPtr = std::unique_ptr<BIGNUM, OsslDeleter<BN_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, OsslDeleter<X509_EXTENSION_free>>;
using NamesPtr = std::unique_ptr<GENERAL_NAMES, OsslDeleter<GENERAL_NAMES_free>>;

// The newest OpenSSL error as text (and the queue cleared), for messages and logs.
QString opensslError() {
    unsigned long code = 0;
    unsigned long last = 0;
    while ((code = ERR_get_error()) != 0)
        last = code;
    if (last == 0)
        return QStringLiteral("unknown OpenSSL error");
    char buffer[256];
    ERR_error_string_n(last, buffer, sizeof(buffer));
    return QString::fromLatin1(buffer);
}

QByteArray bioContents(BIO *bio) {
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, int(size)) : QByteArray();
}

// One subjectAltName entry: an IP address or a DNS name (lower-case, IDNA-encoded).
struct AltName {
    bool isIp = false;
    QHostAddress address;
    QByteArray dns;
    QString text() const {
        return isIp ? QStringLiteral("IP:") + address.toString()
                    : QStringLiteral("DNS:") + QString::fromLatin1(dns);
    }
};

std::optional<AltName> parseHost(const QString &host) {
    const QString h = host.trimmed();
    QHostAddress address;
    QString bare = h;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    if (address.setAddress(bare))
        return AltName{true, address, {}};
    const QByteArray ace = QUrl::toAce(h.toLower());
    static const QRegularExpression dnsName(QStringLiteral(
        "^(\\*\\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"));
    if (ace.isEmpty() || ace.size() > 253 || !dnsName.match(QString::fromLatin1(ace)).hasMatch())
        return std::nullopt;
    return AltName{false, {}, ace};
}

bool addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const char *value) {
    ExtPtr ext(X509V3_EXT_nconf_nid(nullptr, ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool addSubjectAltNames(X509 *cert, const QList<AltName> &names) {
    NamesPtr gens(sk_GENERAL_NAME_new_null());
    if (!gens)
        return false;
    for (const AltName &n : names) {
        GENERAL_NAME *g = GENERAL_NAME_new();
        if (!g)
            return false;
        if (n.isIp) {
            ASN1_OCTET_STRING *ip = ASN1_OCTET_STRING_new();
            bool ok = ip != nullptr;
            if (ok && n.address.protocol() == QAbstractSocket::IPv4Protocol) {
                const quint32 v4 = n.address.toIPv4Address();
                const unsigned char bytes[4] = {
                    static_cast<unsigned char>(v4 >> 24), static_cast<unsigned char>(v4 >> 16),
                    static_cast<unsigned char>(v4 >> 8), static_cast<unsigned char>(v4)};
                ok = ASN1_OCTET_STRING_set(ip, bytes, 4) == 1;
            } else if (ok) {
                const Q_IPV6ADDR v6 = n.address.toIPv6Address();
                ok = ASN1_OCTET_STRING_set(ip, v6.c, 16) == 1;
            }
            if (!ok) {
                ASN1_OCTET_STRING_free(ip);
                GENERAL_NAME_free(g);
                return false;
            }
            GENERAL_NAME_set0_value(g, GEN_IPADD, ip);
        } else {
            ASN1_IA5STRING *dns = ASN1_IA5STRING_new();
            if (!dns || ASN1_STRING_set(dns, n.dns.constData(), int(n.dns.size())) != 1) {
                ASN1_IA5STRING_free(dns);
                GENERAL_NAME_free(g);
                return false;
            }
            GENERAL_NAME_set0_value(g, GEN_DNS, dns);
        }
        if (sk_GENERAL_NAME_push(gens.get(), g) <= 0) {
            GENERAL_NAME_free(g);
            return false;
        }
    }
    return X509_add1_ext_i2d(cert, NID_subject_alt_name, gens.get(), 0, X509V3_ADD_DEFAULT) == 1;
}

struct Pem {
    QByteArray key;
    QByteArray certificate;
};

Result<Pem> generate(const QList<AltName> &names) {
    const auto fail = [](const QString &what) {
        return Result<Pem>::failure(TlsIdentity::tr("Could not create the TLS certificate (%1): %2")
                                        .arg(what, opensslError()));
    };
    PKeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        return fail(QStringLiteral("key generation"));

    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1)
        return fail(QStringLiteral("certificate"));

    // A random positive 159-bit serial number.
    unsigned char serial[20];
    if (RAND_bytes(serial, sizeof(serial)) != 1)
        return fail(QStringLiteral("serial number"));
    serial[0] = static_cast<unsigned char>((serial[0] & 0x7f) | 0x01);
    BnPtr bn(BN_bin2bn(serial, sizeof(serial), nullptr));
    if (!bn || !BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get())))
        return fail(QStringLiteral("serial number"));

    // Valid from an hour ago (clocks differ) for ten years: partners pin this very certificate.
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) ||
        !X509_time_adj_ex(X509_getm_notAfter(cert.get()), TlsIdentity::ValidityDays, 0, nullptr))
        return fail(QStringLiteral("validity"));
    if (X509_set_pubkey(cert.get(), key.get()) != 1)
        return fail(QStringLiteral("public key"));

    const QByteArray commonName =
        names.size() > 3 ? names.at(3).text().mid(names.at(3).text().indexOf(u':') + 1).toUtf8()
                         : QByteArrayLiteral("localhost");
    X509_NAME *subject = X509_get_subject_name(cert.get());
    const auto addEntry = [subject](const char *field, const QByteArray &value) {
        return X509_NAME_add_entry_by_txt(
                   subject, field, MBSTRING_UTF8,
                   reinterpret_cast<const unsigned char *>(value.constData()), int(value.size()),
                   -1, 0) == 1;
    };
    if (!addEntry("O", QByteArrayLiteral("DeskBridge")) ||
        !addEntry("CN", QByteArrayLiteral("DeskBridge ") + commonName.left(50)) ||
        X509_set_issuer_name(cert.get(), subject) != 1)
        return fail(QStringLiteral("subject"));

    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    // No keyUsage extension: with one that lacks keyCertSign, OpenSSL no longer counts the
    // certificate as self-signed (it reports "unable to get local issuer" instead).
    if (!addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), &ctx, NID_ext_key_usage, "serverAuth,clientAuth") ||
        !addExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash") ||
        !addSubjectAltNames(cert.get(), names))
        return fail(QStringLiteral("extensions"));

    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return fail(QStringLiteral("signature"));

    BioPtr keyBio(BIO_new(BIO_s_mem()));
    BioPtr certBio(BIO_new(BIO_s_mem()));
    if (!keyBio || !certBio ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) !=
            1 ||
        PEM_write_bio_X509(certBio.get(), cert.get()) != 1)
        return fail(QStringLiteral("PEM encoding"));
    return Pem{bioContents(keyBio.get()), bioContents(certBio.get())};
}

// Checks with OpenSSL that the private key belongs to the certificate.
bool keyMatchesCertificate(const QByteArray &keyPem, const QByteArray &certPem) {
    BioPtr keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    BioPtr certBio(BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
    if (!keyBio || !certBio)
        return false;
    PKeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    X509Ptr cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    const bool ok = key && cert && X509_check_private_key(cert.get(), key.get()) == 1;
    ERR_clear_error();
    return ok;
}

// The algorithm QSslKey needs to read a PEM private key (it does not guess); EC when unknown.
QSsl::KeyAlgorithm keyAlgorithm(const QByteArray &keyPem) {
    BioPtr bio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    PKeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    ERR_clear_error();
    return key && EVP_PKEY_get_base_id(key.get()) == EVP_PKEY_RSA ? QSsl::Rsa : QSsl::Ec;
}

QSslCertificate fromX509(X509 *certificate) {
    unsigned char *der = nullptr;
    const int size = i2d_X509(certificate, &der);
    if (size <= 0)
        return QSslCertificate();
    const QSslCertificate out(QByteArray(reinterpret_cast<const char *>(der), size), QSsl::Der);
    OPENSSL_free(der);
    return out;
}

// Every certificate in a PEM text, in order; other blocks (a key in the same file) are skipped.
std::vector<X509Ptr> readCertificates(const QByteArray &pem) {
    std::vector<X509Ptr> out;
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    while (bio) {
        X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!cert)
            break;
        out.push_back(std::move(cert));
    }
    ERR_clear_error(); // the end of the text reads as "no start line"
    return out;
}

// The password callback of a key that turns out to be encrypted: remember, and give none.
int refusePassword(char *, int, int, void *asked) {
    *static_cast<bool *>(asked) = true;
    return -1;
}

QString subjectText(const QSslCertificate &certificate) {
    QString name = certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    if (name.isEmpty())
        name = certificate.subjectDisplayName();
    return name.isEmpty() ? TlsIdentity::tr("(no name)") : name;
}

Status readSmallFile(const QString &path, QByteArray *out) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            TlsIdentity::tr("Could not read %1: %2").arg(path, file.errorString()));
    if (file.size() > MaxPemBytes)
        return Status::failure(TlsIdentity::tr("%1 is too large for a PEM file.").arg(path));
    *out = file.read(MaxPemBytes);
    return {};
}

// The key in unencrypted PKCS#8 PEM ("BEGIN PRIVATE KEY"), as the self-signed key is stored.
QByteArray pkcs8Pem(const QByteArray &keyPem) {
    BioPtr in(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    PKeyPtr key(in ? PEM_read_bio_PrivateKey(in.get(), nullptr, nullptr, nullptr) : nullptr);
    BioPtr out(BIO_new(BIO_s_mem()));
    const bool ok =
        key && out &&
        PEM_write_bio_PrivateKey(out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1;
    ERR_clear_error();
    return ok ? bioContents(out.get()) : QByteArray();
}

// Removes a directory this class made (the installed certificate's), with its files.
bool removeTree(const QString &path) {
    QDir dir(path);
    return !dir.exists() || dir.removeRecursively();
}

#ifdef Q_OS_UNIX
// Writes `data` to `path` + ".tmp" created with `mode` from the start (a key is never readable
// by others, not even for a moment), synced to disk.
Status writeTemp(const QString &path, const QByteArray &data, mode_t mode) {
    const QByteArray tmp = QFile::encodeName(path + QStringLiteral(".tmp"));
    ::unlink(tmp.constData()); // a leftover of an interrupted first run
    const int fd =
        ::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode);
    if (fd < 0)
        return Status::failure(TlsIdentity::tr("Could not write %1: %2")
                                   .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    bool ok = ::fchmod(fd, mode) == 0;
    qsizetype written = 0;
    while (ok && written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        written += n > 0 ? n : 0;
    }
    ok = ok && ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!ok) {
        ::unlink(tmp.constData());
        return Status::failure(TlsIdentity::tr("Could not write %1: %2")
                                   .arg(path, QString::fromLocal8Bit(std::strerror(savedErrno))));
    }
    return {};
}

Status commitTemp(const QString &path) {
    const QByteArray tmp = QFile::encodeName(path + QStringLiteral(".tmp"));
    if (::rename(tmp.constData(), QFile::encodeName(path).constData()) != 0)
        return Status::failure(TlsIdentity::tr("Could not write %1: %2")
                                   .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    return {};
}
#else
Status writeTemp(const QString &path, const QByteArray &data, int mode) {
    QFile file(path + QStringLiteral(".tmp"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        !file.setPermissions(mode == 0600 ? (QFile::ReadOwner | QFile::WriteOwner)
                                          : (QFile::ReadOwner | QFile::WriteOwner |
                                             QFile::ReadGroup | QFile::ReadOther)) ||
        file.write(data) != data.size() || !file.flush())
        return Status::failure(
            TlsIdentity::tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

Status commitTemp(const QString &path) {
    QFile::remove(path);
    if (!QFile::rename(path + QStringLiteral(".tmp"), path))
        return Status::failure(TlsIdentity::tr("Could not write %1.").arg(path));
    return {};
}
#endif

} // namespace

QString TlsIdentity::keyPath() const {
    return QDir(m_directory).filePath(KeyFile);
}

QString TlsIdentity::certificatePath() const {
    return QDir(m_directory).filePath(CertFile);
}

Result<TlsIdentity> TlsIdentity::loadOrCreate(const QString &directory,
                                              const QStringList &extraHosts) {
    const QDir dir(directory);
    const bool hasKey = QFileInfo::exists(dir.filePath(KeyFile));
    const bool hasCert = QFileInfo::exists(dir.filePath(CertFile));
    if (hasKey || hasCert) {
        Result<TlsIdentity> loaded = load(directory);
        if (loaded) {
            const QStringList present = loaded->subjectAltNames();
            for (const QString &host : extraHosts) {
                const auto name = parseHost(host);
                if (name && !present.contains(name->text()))
                    qCWarning(lcSharing).noquote()
                        << "the existing TLS certificate does not name" << name->text()
                        << "- partners must pin its fingerprint or reach it by another name";
            }
        }
        return loaded;
    }

    // Default names first, then the extra ones, without repeats.
    QList<AltName> names;
    QStringList seen;
    const QStringList defaults{QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
                               QStringLiteral("::1")};
    for (const QString &host : defaults + extraHosts) {
        if (host.trimmed().isEmpty())
            continue;
        const auto name = parseHost(host);
        if (!name)
            return Result<TlsIdentity>::failure(
                tr("“%1” is neither a host name nor an IP address.").arg(host.left(100)));
        if (!seen.contains(name->text())) {
            seen.append(name->text());
            names.append(*name);
        }
    }

    if (!dir.exists()) {
        if (!QDir().mkpath(directory))
            return Result<TlsIdentity>::failure(
                tr("Could not create the directory %1.").arg(directory));
        QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    const Result<Pem> pem = generate(names);
    if (!pem)
        return Result<TlsIdentity>::failure(pem.error());

    const QString keyPath = dir.filePath(KeyFile);
    const QString certPath = dir.filePath(CertFile);
    // Both files are complete on disk before either gets its final name.
    Status written = writeTemp(keyPath, pem->key, 0600);
    if (written)
        written = writeTemp(certPath, pem->certificate, 0644);
    if (written)
        written = commitTemp(keyPath);
    if (written)
        written = commitTemp(certPath);
    if (!written)
        return Result<TlsIdentity>::failure(written.error());

    Result<TlsIdentity> created = load(directory);
    if (created) {
        created.value().m_created = true;
        qCInfo(lcSharing).noquote()
            << "created TLS identity in" << directory << "fingerprint" << created->fingerprint()
            << "names" << seen.join(QStringLiteral(", "));
    }
    return created;
}

Result<TlsIdentity> TlsIdentity::load(const QString &directory) {
    const QDir dir(directory);
    const QString keyPath = dir.filePath(KeyFile);
    const QString certPath = dir.filePath(CertFile);
    const bool hasKey = QFileInfo::exists(keyPath);
    const bool hasCert = QFileInfo::exists(certPath);
    if (!hasKey || !hasCert)
        return Result<TlsIdentity>::failure(
            tr("The TLS identity in %1 is incomplete: %2 is missing. Partners pin this "
               "account's certificate, so DeskBridge does not replace it on its own; restore the "
               "file, or remove both key.pem and cert.pem to make a new identity (partners must "
               "then confirm the new fingerprint).")
                .arg(directory, hasKey ? CertFile : KeyFile));

    QFile keyFile(keyPath);
    QFile certFile(certPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Result<TlsIdentity>::failure(
            tr("Could not read %1: %2").arg(keyPath, keyFile.errorString()));
    if (!certFile.open(QIODevice::ReadOnly))
        return Result<TlsIdentity>::failure(
            tr("Could not read %1: %2").arg(certPath, certFile.errorString()));
    const QByteArray keyPem = keyFile.read(1 << 20);
    const QByteArray certPem = certFile.read(1 << 20);

    // The key is for this account alone: tighten a mode that lets others read it.
    const QFileDevice::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (keyFile.permissions() & others) {
        qCWarning(lcSharing).noquote() << keyPath << "was readable by others; setting mode 0600";
        keyFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }

    TlsIdentity identity;
    identity.m_directory = directory;
    const QList<QSslCertificate> certs = QSslCertificate::fromData(certPem, QSsl::Pem);
    if (certs.isEmpty() || certs.first().isNull())
        return Result<TlsIdentity>::failure(
            tr("%1 does not contain a PEM certificate.").arg(certPath));
    identity.m_certificate = certs.first();
    identity.m_key = QSslKey(keyPem, keyAlgorithm(keyPem), QSsl::Pem, QSsl::PrivateKey);
    if (identity.m_key.isNull())
        return Result<TlsIdentity>::failure(
            tr("%1 does not contain an unencrypted PEM EC private key.").arg(keyPath));
    if (!keyMatchesCertificate(keyPem, certPem))
        return Result<TlsIdentity>::failure(
            tr("The private key %1 does not belong to the certificate %2.").arg(keyPath, certPath));
    return identity;
}

QList<QSslCertificate> TlsIdentity::certificateChain() const {
    return QList<QSslCertificate>{m_certificate} + m_intermediates;
}

QString TlsIdentity::installedDirectory(const QString &directory) {
    return QDir(directory).filePath(InstalledDir);
}

bool TlsIdentity::hasInstalled(const QString &directory) {
    const QDir dir(installedDirectory(directory));
    return QFileInfo::exists(dir.filePath(CertFile)) || QFileInfo::exists(dir.filePath(KeyFile));
}

Result<TlsIdentity> TlsIdentity::fromPem(const QByteArray &chainPem, const QByteArray &keyPem,
                                         bool installable, const QDateTime &now) {
    using R = Result<TlsIdentity>;
    const std::vector<X509Ptr> chain = readCertificates(chainPem);
    if (chain.empty())
        return R::failure(tr("The certificate file does not contain a PEM certificate "
                             "(“-----BEGIN CERTIFICATE-----”)."));

    bool askedForPassword = false;
    BioPtr keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    PKeyPtr key(
        keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, &refusePassword, &askedForPassword)
               : nullptr);
    ERR_clear_error();
    if (!key && askedForPassword)
        return R::failure(tr("The private key is protected by a passphrase. DeskBridge starts "
                             "without anyone to type it, so it needs the key without one, e.g. "
                             "from “openssl pkey -in key.pem -out key-plain.pem”."));
    if (!key)
        return R::failure(
            tr("The key file does not contain a PEM private key (“-----BEGIN PRIVATE KEY-----”)."));

    const int type = EVP_PKEY_get_base_id(key.get());
    if (installable) {
        if (type == EVP_PKEY_RSA) {
            if (EVP_PKEY_get_bits(key.get()) < MinRsaBits)
                return R::failure(tr("The RSA key has %1 bits; browsers and DeskBridge need at "
                                     "least %2.")
                                      .arg(EVP_PKEY_get_bits(key.get()))
                                      .arg(MinRsaBits));
        } else if (type == EVP_PKEY_EC) {
            char group[64] = {};
            size_t length = 0;
            EVP_PKEY_get_utf8_string_param(key.get(), OSSL_PKEY_PARAM_GROUP_NAME, group,
                                           sizeof(group), &length);
            const QByteArray curve(group);
            if (curve != "prime256v1" && curve != "secp384r1" && curve != "secp521r1")
                return R::failure(tr("The EC key is on the curve “%1”; DeskBridge serves keys on "
                                     "P-256, P-384 or P-521.")
                                      .arg(QString::fromLatin1(curve)));
        } else {
            return R::failure(tr("The key is of a type DeskBridge cannot serve (%1); use an RSA "
                                 "key of at least %2 bits or an EC key on P-256.")
                                  .arg(QString::fromLatin1(OBJ_nid2sn(type)))
                                  .arg(MinRsaBits));
        }
    }

    // The key must be the one the first certificate's public key belongs to.
    if (EVP_PKEY_eq(X509_get0_pubkey(chain.front().get()), key.get()) != 1) {
        ERR_clear_error();
        return R::failure(
            tr("The private key does not belong to the certificate (the first one in the "
               "certificate file, which must be the server's own)."));
    }

    TlsIdentity identity;
    for (const X509Ptr &cert : chain) {
        const QSslCertificate qt = fromX509(cert.get());
        if (qt.isNull())
            return R::failure(tr("The certificate file contains a certificate that cannot be "
                                 "read."));
        if (identity.m_certificate.isNull())
            identity.m_certificate = qt;
        else
            identity.m_intermediates.append(qt);
    }

    if (installable) {
        const QLocale locale;
        for (const QSslCertificate &cert : identity.certificateChain()) {
            if (cert.effectiveDate() > now)
                return R::failure(
                    tr("The certificate “%1” is not valid yet: it is valid from %2.")
                        .arg(subjectText(cert), locale.toString(cert.effectiveDate().toLocalTime(),
                                                                QLocale::ShortFormat)));
            if (cert.expiryDate() <= now)
                return R::failure(
                    tr("The certificate “%1” expired on %2.")
                        .arg(subjectText(cert), locale.toString(cert.expiryDate().toLocalTime(),
                                                                QLocale::ShortFormat)));
        }
        // Leaf first, then each issuer: what clients expect to receive, in that order.
        for (size_t i = 0; i + 1 < chain.size(); ++i) {
            if (X509_check_issued(chain.at(i + 1).get(), chain.at(i).get()) != X509_V_OK)
                return R::failure(
                    tr("The certificates are not in order: “%1” was not issued by “%2”. Put the "
                       "server's certificate first, then each intermediate certificate after "
                       "the one it issued.")
                        .arg(subjectText(identity.certificateChain().at(qsizetype(i))),
                             subjectText(identity.certificateChain().at(qsizetype(i) + 1))));
        }
    }

    // Normalized PKCS#8 PEM, which QSslKey reads for both algorithms.
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!out ||
        PEM_write_bio_PrivateKey(out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return R::failure(tr("Could not read the private key: %1").arg(opensslError()));
    identity.m_key = QSslKey(bioContents(out.get()), type == EVP_PKEY_RSA ? QSsl::Rsa : QSsl::Ec,
                             QSsl::Pem, QSsl::PrivateKey);
    if (identity.m_key.isNull())
        return R::failure(tr("The private key cannot be used for TLS."));
    return identity;
}

Result<TlsIdentity> TlsIdentity::checkInstallable(const QByteArray &chainPem,
                                                  const QByteArray &keyPem, const QDateTime &now) {
    return fromPem(chainPem, keyPem, true, now);
}

Result<TlsIdentity> TlsIdentity::loadInstalled(const QString &directory) {
    using R = Result<TlsIdentity>;
    const QString dirPath = installedDirectory(directory);
    const QDir dir(dirPath);
    QByteArray chainPem;
    QByteArray keyPem;
    if (Status s = readSmallFile(dir.filePath(CertFile), &chainPem); !s)
        return R::failure(
            tr("The installed certificate in %1 is damaged (%2). Install it again, or remove it "
               "(“deskbridge certificate remove”) to use the self-signed one.")
                .arg(dirPath, s.error()));
    if (Status s = readSmallFile(dir.filePath(KeyFile), &keyPem); !s)
        return R::failure(
            tr("The installed certificate in %1 is damaged (%2). Install it again, or remove it "
               "(“deskbridge certificate remove”) to use the self-signed one.")
                .arg(dirPath, s.error()));
    auto identity = fromPem(chainPem, keyPem, false, QDateTime::currentDateTimeUtc());
    if (!identity)
        return R::failure(
            tr("The installed certificate in %1 is damaged (%2). Install it again, or remove it "
               "(“deskbridge certificate remove”) to use the self-signed one.")
                .arg(dirPath, identity.error()));
    identity.value().m_directory = dirPath;
    identity.value().m_installed = true;
    return identity;
}

Result<TlsIdentity> TlsIdentity::loadForServer(const QString &directory,
                                               const QStringList &extraHosts) {
    auto selfSigned = loadOrCreate(directory, extraHosts);
    if (!selfSigned || !hasInstalled(directory))
        return selfSigned;
    auto installed = loadInstalled(directory);
    if (installed && installed->certificate().expiryDate() <= QDateTime::currentDateTimeUtc()) {
        qCWarning(lcSharing).noquote()
            << "the installed certificate expired on"
            << installed->certificate().expiryDate().toString(Qt::ISODate)
            << "- serving the self-signed one; install a new certificate";
        return selfSigned;
    }
    return installed;
}

Result<TlsIdentity> TlsIdentity::loadActive(const QString &directory) {
    if (!hasInstalled(directory))
        return load(directory);
    auto installed = loadInstalled(directory);
    if (installed && installed->certificate().expiryDate() <= QDateTime::currentDateTimeUtc())
        return load(directory);
    return installed;
}

Result<TlsIdentity> TlsIdentity::install(const QString &directory, const QString &chainFile,
                                         const QString &keyFile) {
    using R = Result<TlsIdentity>;
    QByteArray chainPem;
    QByteArray keyPem;
    if (Status s = readSmallFile(chainFile, &chainPem); !s)
        return R::failure(s.error());
    if (Status s = readSmallFile(keyFile, &keyPem); !s)
        return R::failure(s.error());
    auto checked = checkInstallable(chainPem, keyPem);
    if (!checked)
        return checked;

    // Normalized PEM: the chain as checked (nothing else from the file), the key as PKCS#8.
    QByteArray certOut;
    for (const QSslCertificate &cert : checked->certificateChain())
        certOut += cert.toPem();
    const QByteArray keyOut = pkcs8Pem(keyPem);
    if (keyOut.isEmpty())
        return R::failure(tr("Could not read the private key: %1").arg(opensslError()));

    // Written next to the installed one, then swapped in by renaming directories, so a
    // failure (or a crash) never leaves a half-replaced pair.
    const QString target = installedDirectory(directory);
    const QString fresh = target + QStringLiteral(".new");
    const QString old = target + QStringLiteral(".old");
    const auto fail = [&](const QString &message) {
        removeTree(fresh);
        return R::failure(message);
    };
    if (!QDir().mkpath(directory))
        return R::failure(tr("Could not create the directory %1.").arg(directory));
    if (!removeTree(fresh) || !removeTree(old) || !QDir().mkpath(fresh))
        return fail(tr("Could not create the directory %1.").arg(fresh));
    QFile::setPermissions(fresh, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString freshKey = QDir(fresh).filePath(KeyFile);
    const QString freshCert = QDir(fresh).filePath(CertFile);
    Status written = writeTemp(freshKey, keyOut, 0600);
    if (written)
        written = commitTemp(freshKey);
    if (written)
        written = writeTemp(freshCert, certOut, 0644);
    if (written)
        written = commitTemp(freshCert);
    if (!written)
        return fail(written.error());

    const bool hadOne = QFileInfo::exists(target);
    if (hadOne && !QDir().rename(target, old))
        return fail(tr("Could not replace the installed certificate in %1.").arg(target));
    if (!QDir().rename(fresh, target)) {
        if (hadOne)
            QDir().rename(old, target);
        return fail(tr("Could not replace the installed certificate in %1.").arg(target));
    }
    removeTree(old);

    auto installed = loadInstalled(directory);
    if (installed)
        qCInfo(lcSharing).noquote()
            << "installed certificate" << subjectText(installed->certificate()) << "fingerprint"
            << installed->fingerprint() << "in" << target;
    return installed;
}

Status TlsIdentity::removeInstalled(const QString &directory) {
    const QString target = installedDirectory(directory);
    if (!QFileInfo::exists(target))
        return {};
    // Renamed away first: the server never sees half of a pair.
    const QString old = target + QStringLiteral(".old");
    if (!removeTree(old) || !QDir().rename(target, old) || !removeTree(old))
        return Status::failure(tr("Could not remove the installed certificate in %1.").arg(target));
    qCInfo(lcSharing).noquote() << "removed the installed certificate; the self-signed one is "
                                   "used again";
    return {};
}

QStringList TlsIdentity::subjectAltNames() const {
    QStringList out;
    const auto names = m_certificate.subjectAlternativeNames();
    for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
        if (it.key() == QSsl::DnsEntry)
            out.append(QStringLiteral("DNS:") + it.value());
        else if (it.key() == QSsl::IpAddressEntry)
            out.append(QStringLiteral("IP:") + QHostAddress(it.value()).toString());
    }
    return out;
}

QString TlsIdentity::fingerprintOf(const QSslCertificate &certificate) {
    if (certificate.isNull())
        return {};
    return formatFingerprint(certificate.digest(QCryptographicHash::Sha256));
}

QString TlsIdentity::formatFingerprint(const QByteArray &sha256) {
    if (sha256.size() != 32)
        return {};
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

Result<QString> TlsIdentity::normalizeFingerprint(const QString &text) {
    QString t = text.trimmed();
    static const QRegularExpression prefix(
        QStringLiteral("^(sha-?256)(\\s*fingerprint)?\\s*[:=]?\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    t.remove(prefix);
    QString digits;
    digits.reserve(64);
    for (const QChar c : std::as_const(t)) {
        if (c == u':' || c == u'-' || c.isSpace())
            continue;
        const char16_t u = c.unicode();
        const bool hexDigit =
            (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!hexDigit || digits.size() >= 64)
            return Result<QString>::failure(
                tr("This is not a SHA-256 fingerprint: it must have 64 hexadecimal digits "
                   "(0-9, A-F), optionally in pairs separated by colons."));
        digits.append(c.toUpper());
    }
    if (digits.size() != 64)
        return Result<QString>::failure(
            tr("This is not a SHA-256 fingerprint: it has %1 hexadecimal digits instead of 64.")
                .arg(digits.size()));
    return formatFingerprint(QByteArray::fromHex(digits.toLatin1()));
}

} // namespace DeskBridge::Sharing
