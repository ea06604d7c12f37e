#pragma once
// NhdJsonReader: the checks and the typed field access behind NhdCodec's tolerant reader
// (internal to app/sharing). parseBody() applies the limits before and after QJsonDocument parses;
// the member functions read one field each, keep the first problem as a translated message that
// names the JSON path ("comments[2].author.name must be text"), and return nullopt for absent or
// null (= unchanged).
#include "app/sharing/NhdTypes.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace DeskBridge::Sharing {

class NhdJsonReader {
public:
    // Content type, size, depth and JSON syntax checks, then: the top-level object, with no
    // string (keys included) longer than NhdCodec::MaxStringBytes.
    static Result<QJsonObject> parseBody(const QByteArray &body, const QByteArray &contentType);

    QString error; // the first problem found, empty while all is well

    bool failed() const { return !error.isEmpty(); }
    // Keeps `message` unless an earlier problem was already recorded.
    void fail(const QString &message);
    static QString join(const QString &path, const QString &key);
    // Present and not null?
    static bool has(const QJsonObject &o, const QString &key);
    std::optional<QString> string(const QJsonObject &o, const QString &key, const QString &path);
    // Text, or a number written as text (identifiers that some senders send as numbers).
    std::optional<QString> stringOrNumber(const QJsonObject &o, const QString &key,
                                          const QString &path);
    std::optional<bool> boolean(const QJsonObject &o, const QString &key, const QString &path);
    std::optional<QJsonObject> object(const QJsonObject &o, const QString &key,
                                      const QString &path);
    std::optional<QJsonArray> array(const QJsonObject &o, const QString &key, const QString &path);
    std::optional<QDateTime> time(const QJsonObject &o, const QString &key, const QString &path);
    std::optional<QString> uuid(const QJsonObject &o, const QString &key, const QString &path);
    std::optional<QString> httpsUrl(const QJsonObject &o, const QString &key, const QString &path);
    std::optional<NhdActor> actor(const QJsonObject &o, const QString &key, const QString &path);
    std::optional<NhdAttachment> attachment(const QJsonValue &v, const QString &path);
    std::optional<NhdComment> comment(const QJsonValue &v, const QString &path);
    // An object {key: value}; tolerated too: a list of {"id"|"key"|"name": k, "value": v}.
    std::optional<QJsonObject> customFields(const QJsonObject &o, const QString &key,
                                            const QString &path);
    // A list of texts; tolerated too: one text of space-separated tags.
    std::optional<QStringList> tags(const QJsonObject &o, const QString &key, const QString &path);
};

} // namespace DeskBridge::Sharing
