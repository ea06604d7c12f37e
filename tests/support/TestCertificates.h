#pragma once
// TestCertificates: a little certificate authority for tests, made with OpenSSL libcrypto (as
// TlsIdentity makes its own certificate): a root CA, an intermediate CA it issued, and server
// certificates with keys, valid or expired, RSA or EC, in PEM. Header-only, so any test can
// include it.
#include <QByteArray>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace DeskBridge::Test {

class TestCertificates {
public:
    struct Issued {
        QByteArray certificatePem; // the certificate alone
        QByteArray keyPem;         // unencrypted PKCS#8
        QSslCertificate certificate() const { return QSslCertificate(certificatePem, QSsl::Pem); }
    };
    enum class KeyKind { EcP256, EcP384, Rsa2048, Rsa1024 };

    // The root CA "DeskBridge Test Root <name>" and an intermediate it issued.
    explicit TestCertificates(const QString &name = QStringLiteral("A")) {
        m_root = issue(QStringLiteral("DeskBridge Test Root ") + name, {}, -1, 3650,
                       KeyKind::EcP256, true, nullptr);
        m_intermediate = issue(QStringLiteral("DeskBridge Test Intermediate ") + name, {}, -1, 3650,
                               KeyKind::EcP256, true, &m_root);
    }

    const Issued &root() const { return m_root; }
    const Issued &intermediate() const { return m_intermediate; }

    // A server certificate issued by the intermediate, valid from `fromDays` to `toDays` after
    // now, naming `hosts` ("localhost", "127.0.0.1", ...).
    Issued server(const QStringList &hosts = {QStringLiteral("localhost"),
                                              QStringLiteral("127.0.0.1")},
                  int fromDays = -1, int toDays = 365, KeyKind kind = KeyKind::EcP256) const {
        return issue(QStringLiteral("desk.example.test"), hosts, fromDays, toDays, kind, false,
                     &m_intermediate);
    }
    // The server's chain as a CA delivers it: the certificate, then the intermediate.
    QByteArray chainPem(const Issued &server) const {
        return server.certificatePem + m_intermediate.certificatePem;
    }

    // The key, encrypted with `passphrase` (AES-256).
    static QByteArray encryptedKey(const Issued &issued, const QByteArray &passphrase) {
        Key key = readKey(issued.keyPem);
        Bio bio(BIO_new(BIO_s_mem()));
        PEM_write_bio_PKCS8PrivateKey(bio.get(), key.get(), EVP_aes_256_cbc(),
                                      const_cast<char *>(passphrase.constData()),
                                      int(passphrase.size()), nullptr, nullptr);
        return contents(bio.get());
    }

private:
    template <auto Fn> struct Deleter {
        template <typename T> void operator()(T *p) const { Fn(p); }
    };
    using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
    using Cert = std::unique_ptr<X509, Deleter<X509_free>>;
    using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
    using Ext = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

    static QByteArray contents(BIO *bio) {
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        return QByteArray(data, int(size));
    }
    static Key readKey(const QByteArray &pem) {
        Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
        return Key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    }
    static Cert readCert(const QByteArray &pem) {
        Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
        return Cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    }
    static void addExt(X509 *cert, X509V3_CTX *ctx, int nid, const QByteArray &value) {
        Ext ext(X509V3_EXT_nconf_nid(nullptr, ctx, nid, value.constData()));
        if (ext)
            X509_add_ext(cert, ext.get(), -1);
    }

    static Issued issue(const QString &commonName, const QStringList &hosts, int fromDays,
                        int toDays, KeyKind kind, bool isCa, const Issued *issuer) {
        Key key;
        switch (kind) {
        case KeyKind::EcP256:
            key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
            break;
        case KeyKind::EcP384:
            key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384"));
            break;
        case KeyKind::Rsa2048:
            key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
            break;
        case KeyKind::Rsa1024:
            key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(1024)));
            break;
        }
        Cert cert(X509_new());
        X509_set_version(cert.get(), X509_VERSION_3);
        unsigned char serial[16];
        RAND_bytes(serial, sizeof(serial));
        serial[0] &= 0x7f;
        BIGNUM *bn = BN_bin2bn(serial, sizeof(serial), nullptr);
        BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
        BN_free(bn);
        X509_time_adj_ex(X509_getm_notBefore(cert.get()), fromDays, 0, nullptr);
        X509_time_adj_ex(X509_getm_notAfter(cert.get()), toDays, 0, nullptr);
        X509_set_pubkey(cert.get(), key.get());
        const QByteArray cn = commonName.toUtf8();
        X509_NAME *subject = X509_get_subject_name(cert.get());
        X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>("DeskBridge Tests"), -1,
                                   -1, 0);
        X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(cn.constData()),
                                   int(cn.size()), -1, 0);

        Cert issuerCert = issuer ? readCert(issuer->certificatePem) : Cert();
        Key issuerKey = issuer ? readKey(issuer->keyPem) : Key();
        X509_set_issuer_name(cert.get(),
                             issuer ? X509_get_subject_name(issuerCert.get()) : subject);
        X509V3_CTX ctx;
        X509V3_set_ctx_nodb(&ctx);
        X509V3_set_ctx(&ctx, issuer ? issuerCert.get() : cert.get(), cert.get(), nullptr, nullptr,
                       0);
        addExt(cert.get(), &ctx, NID_subject_key_identifier, "hash");
        addExt(cert.get(), &ctx, NID_authority_key_identifier, "keyid:always");
        if (isCa) {
            addExt(cert.get(), &ctx, NID_basic_constraints, "critical,CA:TRUE");
            addExt(cert.get(), &ctx, NID_key_usage, "critical,keyCertSign,cRLSign");
        } else {
            addExt(cert.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE");
            addExt(cert.get(), &ctx, NID_key_usage, "critical,digitalSignature,keyEncipherment");
            addExt(cert.get(), &ctx, NID_ext_key_usage, "serverAuth");
            QStringList names;
            for (const QString &h : hosts)
                names.append((h.front().isDigit() || h.contains(u':') ? QStringLiteral("IP:")
                                                                      : QStringLiteral("DNS:")) +
                             h);
            if (!names.isEmpty())
                addExt(cert.get(), &ctx, NID_subject_alt_name, names.join(u',').toLatin1());
        }
        X509_sign(cert.get(), issuer ? issuerKey.get() : key.get(), EVP_sha256());

        Bio certBio(BIO_new(BIO_s_mem()));
        Bio keyBio(BIO_new(BIO_s_mem()));
        PEM_write_bio_X509(certBio.get(), cert.get());
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
        return {contents(certBio.get()), contents(keyBio.get())};
    }

    Issued m_root;
    Issued m_intermediate;
};

} // namespace DeskBridge::Test
