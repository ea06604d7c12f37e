#pragma once
// HttpHeaders: the header fields of one request or response, in arrival order. Names compare
// case-insensitively (RFC 9110), so handlers look up "X-Ticket-Sharing-Token" whatever the
// sender's spelling.
#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

#include <initializer_list>

namespace DeskBridge::Server {

class HttpHeaders {
public:
    using Field = QPair<QByteArray, QByteArray>;

    HttpHeaders() = default;
    HttpHeaders(std::initializer_list<Field> fields);

    // The first value of `name`, or an empty array.
    QByteArray value(QByteArrayView name) const;
    bool contains(QByteArrayView name) const;
    // Replaces every field called `name` by one with `value`.
    void set(const QByteArray &name, const QByteArray &value);
    void add(const QByteArray &name, const QByteArray &value);
    void remove(QByteArrayView name);
    const QList<Field> &fields() const { return m_fields; }
    bool isEmpty() const { return m_fields.isEmpty(); }

private:
    QList<Field> m_fields;
};

} // namespace DeskBridge::Server
