#include "app/sharing/TrustStore.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QUrl>

#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace DeskBridge::Sharing {

namespace {

template <auto Fn> struct OsslDeleter {
    template <typename T> void operator()(T *p) const { Fn(p); }
};
using X509Ptr = std::unique_ptr<X509, OsslDeleter<X509_free>>;
using StorePtr = std::unique_ptr<X509_STORE, OsslDeleter<X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, OsslDeleter<X509_STORE_CTX_free>>;
void freeStack(STACK_OF(X509) * stack) {
    sk_X509_pop_free(stack, X509_free);
}
using StackPtr = std::unique_ptr<STACK_OF(X509), OsslDeleter<freeStack>>;

X509Ptr toX509(const QSslCertificate &certificate) {
    const QByteArray der = certificate.toDer();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, long(der.size())));
}

} // namespace

TrustStore TrustStore::system() {
    // Reading /etc/ssl/certs takes a moment; the list does not change while we run.
    static const QList<QSslCertificate> cas = QSslConfiguration::systemCaCertificates();
    return only(cas);
}

TrustStore TrustStore::only(const QList<QSslCertificate> &caCertificates) {
    TrustStore store;
    store.m_cas = caCertificates;
    return store;
}

void TrustStore::addCaCertificates(const QList<QSslCertificate> &caCertificates) {
    for (const QSslCertificate &c : caCertificates) {
        if (!c.isNull() && !m_cas.contains(c))
            m_cas.append(c);
    }
}

Status TrustStore::verify(const QList<QSslCertificate> &chain, const QString &host) const {
    if (chain.isEmpty() || chain.first().isNull())
        return Status::failure(tr("No certificate was presented."));
    if (host.isEmpty())
        return Status::failure(tr("There is no host name to check the certificate against."));

    StorePtr store(X509_STORE_new());
    StackPtr untrusted(sk_X509_new_null());
    StoreCtxPtr ctx(X509_STORE_CTX_new());
    X509Ptr leaf = toX509(chain.first());
    if (!store || !untrusted || !ctx || !leaf)
        return Status::failure(tr("The certificate could not be read."));
    for (const QSslCertificate &ca : m_cas) {
        if (X509Ptr x = toX509(ca))
            X509_STORE_add_cert(store.get(), x.get()); // takes its own reference
    }
    for (qsizetype i = 1; i < chain.size(); ++i) {
        if (X509Ptr x = toX509(chain.at(i)); x && sk_X509_push(untrusted.get(), x.get()) > 0)
            x.release(); // the stack owns it now
    }
    if (X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get()) != 1) {
        ERR_clear_error();
        return Status::failure(tr("The certificate could not be checked."));
    }
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    X509_VERIFY_PARAM_set_purpose(param, X509_PURPOSE_SSL_SERVER);
    QString bare = host;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    const QByteArray name = QHostAddress(bare).isNull() ? QUrl::toAce(bare) : bare.toLatin1();
    const int set = QHostAddress(bare).isNull()
                        ? X509_VERIFY_PARAM_set1_host(param, name.constData(), size_t(name.size()))
                        : X509_VERIFY_PARAM_set1_ip_asc(param, name.constData());
    if (set != 1) {
        ERR_clear_error();
        return Status::failure(
            tr("“%1” is not a host name to check a certificate against.").arg(host.left(100)));
    }
    const int ok = X509_verify_cert(ctx.get());
    const int error = X509_STORE_CTX_get_error(ctx.get());
    ERR_clear_error();
    if (ok == 1)
        return {};
    return Status::failure(
        tr("No trusted certificate authority vouches for it for %1: %2")
            .arg(host, QString::fromLatin1(X509_verify_cert_error_string(error))));
}

} // namespace DeskBridge::Sharing
