#include "app/server/HttpHeaders.h"

#include <algorithm>

namespace DeskBridge::Server {

HttpHeaders::HttpHeaders(std::initializer_list<Field> fields)
    : m_fields(fields) {}

QByteArray HttpHeaders::value(QByteArrayView name) const {
    for (const Field &f : m_fields) {
        if (f.first.compare(name, Qt::CaseInsensitive) == 0)
            return f.second;
    }
    return {};
}

bool HttpHeaders::contains(QByteArrayView name) const {
    return std::any_of(m_fields.cbegin(), m_fields.cend(), [name](const Field &f) {
        return f.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

void HttpHeaders::set(const QByteArray &name, const QByteArray &value) {
    remove(name);
    add(name, value);
}

void HttpHeaders::add(const QByteArray &name, const QByteArray &value) {
    m_fields.append({name, value});
}

void HttpHeaders::remove(QByteArrayView name) {
    m_fields.removeIf(
        [name](const Field &f) { return f.first.compare(name, Qt::CaseInsensitive) == 0; });
}

} // namespace DeskBridge::Server
