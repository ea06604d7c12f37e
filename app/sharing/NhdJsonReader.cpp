#include "app/sharing/NhdJsonReader.h"
#include "app/sharing/NhdCodec.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace DeskBridge::Sharing {

namespace {

// ---- Limits checked before and after QJsonDocument parses --------------------------------------

// The deepest nesting of objects and arrays in the raw text (strings skipped). Stops counting as
// soon as `limit` is passed, so a hostile body costs one linear scan and no recursion.
int rawNestingDepth(const QByteArray &body, int limit) {
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            deepest = std::max(deepest, ++depth);
            if (deepest > limit)
                return deepest;
            break;
        case '}':
        case ']':
            --depth;
            break;
        default:
            break;
        }
    }
    return deepest;
}

qint64 utf8Size(const QString &s) {
    // Cheap bound first: one UTF-16 code unit becomes at most 3 UTF-8 bytes.
    if (qint64(s.size()) * 3 <= NhdCodec::MaxStringBytes)
        return s.size();
    return s.toUtf8().size();
}

// The JSON path of the first string longer than the limit, or an empty string.
QString findOversizeString(const QJsonValue &value, const QString &path) {
    if (value.isString())
        return utf8Size(value.toString()) > NhdCodec::MaxStringBytes ? path : QString();
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString found =
                findOversizeString(array.at(i), path + u'[' + QString::number(i) + u']');
            if (!found.isEmpty())
                return found;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString childPath = path.isEmpty() ? it.key() : path + u'.' + it.key();
            if (utf8Size(it.key()) > NhdCodec::MaxStringBytes)
                return path.isEmpty() ? QStringLiteral("(key)") : path + QStringLiteral(".(key)");
            const QString found = findOversizeString(it.value(), childPath);
            if (!found.isEmpty())
                return found;
        }
    }
    return {};
}

} // namespace

// Parses the body into its top-level object after the size, depth and content-type checks.
Result<QJsonObject> NhdJsonReader::parseBody(const QByteArray &body,
                                             const QByteArray &contentType) {
    if (const Status ct = NhdCodec::checkContentType(contentType); !ct)
        return Result<QJsonObject>::failure(ct.error());
    if (body.size() > NhdCodec::MaxBodyBytes)
        return Result<QJsonObject>::failure(
            NhdCodec::tr("The body is larger than %1 MiB.").arg(NhdCodec::MaxBodyBytes >> 20));
    if (body.trimmed().isEmpty())
        return Result<QJsonObject>::failure(NhdCodec::tr("The body is empty; a JSON object was "
                                                         "expected."));
    if (rawNestingDepth(body, NhdCodec::MaxDepth) > NhdCodec::MaxDepth)
        return Result<QJsonObject>::failure(
            NhdCodec::tr("The body is nested deeper than %1 levels.").arg(NhdCodec::MaxDepth));

    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QJsonObject>::failure(NhdCodec::tr("The body is not valid JSON: %1 (at byte "
                                                         "%2).")
                                                .arg(error.errorString())
                                                .arg(error.offset));
    if (!doc.isObject())
        return Result<QJsonObject>::failure(
            NhdCodec::tr("The body must be a JSON object, not a list or a single value."));
    const QJsonObject object = doc.object();
    if (const QString path = findOversizeString(object, QString()); !path.isEmpty())
        return Result<QJsonObject>::failure(NhdCodec::tr("The text in “%1” is longer than %2 MiB.")
                                                .arg(path)
                                                .arg(NhdCodec::MaxStringBytes >> 20));
    return object;
}

void NhdJsonReader::fail(const QString &message) {
    if (error.isEmpty())
        error = message;
}

QString NhdJsonReader::join(const QString &path, const QString &key) {
    return path.isEmpty() ? key : path + u'.' + key;
}

bool NhdJsonReader::has(const QJsonObject &o, const QString &key) {
    const auto it = o.constFind(key);
    return it != o.constEnd() && !it->isNull() && !it->isUndefined();
}

std::optional<QString> NhdJsonReader::string(const QJsonObject &o, const QString &key,
                                             const QString &path) {
    if (!has(o, key))
        return std::nullopt;
    const QJsonValue v = o.value(key);
    if (!v.isString()) {
        fail(NhdCodec::tr("“%1” must be text.").arg(join(path, key)));
        return std::nullopt;
    }
    return v.toString();
}

std::optional<QString> NhdJsonReader::stringOrNumber(const QJsonObject &o, const QString &key,
                                                     const QString &path) {
    if (!has(o, key))
        return std::nullopt;
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    fail(NhdCodec::tr("“%1” must be text or a number.").arg(join(path, key)));
    return std::nullopt;
}

std::optional<bool> NhdJsonReader::boolean(const QJsonObject &o, const QString &key,
                                           const QString &path) {
    if (!has(o, key))
        return std::nullopt;
    const QJsonValue v = o.value(key);
    if (v.isBool())
        return v.toBool();
    // Tolerated: 0/1 and "true"/"false"/"0"/"1", as loosely typed senders write them.
    if (v.isDouble() && (v.toDouble() == 0.0 || v.toDouble() == 1.0))
        return v.toDouble() == 1.0;
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == u"true" || s == u"1")
            return true;
        if (s == u"false" || s == u"0")
            return false;
    }
    fail(NhdCodec::tr("“%1” must be true or false.").arg(join(path, key)));
    return std::nullopt;
}

std::optional<QJsonObject> NhdJsonReader::object(const QJsonObject &o, const QString &key,
                                                 const QString &path) {
    if (!has(o, key))
        return std::nullopt;
    const QJsonValue v = o.value(key);
    if (!v.isObject()) {
        fail(NhdCodec::tr("“%1” must be an object.").arg(join(path, key)));
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<QJsonArray> NhdJsonReader::array(const QJsonObject &o, const QString &key,
                                               const QString &path) {
    if (!has(o, key))
        return std::nullopt;
    const QJsonValue v = o.value(key);
    if (!v.isArray()) {
        fail(NhdCodec::tr("“%1” must be a list.").arg(join(path, key)));
        return std::nullopt;
    }
    return v.toArray();
}

std::optional<QDateTime> NhdJsonReader::time(const QJsonObject &o, const QString &key,
                                             const QString &path) {
    const std::optional<QString> s = string(o, key, path);
    if (!s)
        return std::nullopt;
    const std::optional<QDateTime> t = NhdCodec::parseTime(*s);
    if (!t)
        fail(NhdCodec::tr("“%1” is not a time (expected e.g. “2010-11-24 14:13:54 -0800” or "
                          "ISO 8601): %2")
                 .arg(join(path, key), s->left(64)));
    return t;
}

std::optional<QString> NhdJsonReader::uuid(const QJsonObject &o, const QString &key,
                                           const QString &path) {
    std::optional<QString> s = string(o, key, path);
    if (s && !NhdCodec::isValidUuid(*s)) {
        fail(NhdCodec::tr("“%1” is not a valid uuid (1 to %2 characters A-Z, a-z, 0-9, "
                          "“-”, “.”, “_”, “~”).")
                 .arg(join(path, key))
                 .arg(NhdCodec::MaxUuidLength));
        return std::nullopt;
    }
    return s;
}

std::optional<QString> NhdJsonReader::httpsUrl(const QJsonObject &o, const QString &key,
                                               const QString &path) {
    std::optional<QString> s = string(o, key, path);
    if (!s)
        return s;
    const QUrl url(*s, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(u"https", Qt::CaseInsensitive) != 0 ||
        url.host().isEmpty()) {
        fail(NhdCodec::tr("“%1” must be an https:// URL: %2").arg(join(path, key), s->left(128)));
        return std::nullopt;
    }
    return s;
}

std::optional<NhdActor> NhdJsonReader::actor(const QJsonObject &o, const QString &key,
                                             const QString &path) {
    const std::optional<QJsonObject> a = object(o, key, path);
    if (!a)
        return std::nullopt;
    const QString p = join(path, key);
    NhdActor actor;
    actor.uuid = uuid(*a, QStringLiteral("uuid"), p).value_or(QString());
    actor.name = string(*a, QStringLiteral("name"), p).value_or(QString());
    actor.role = string(*a, QStringLiteral("role"), p).value_or(QString());
    return actor;
}

std::optional<NhdAttachment> NhdJsonReader::attachment(const QJsonValue &v, const QString &path) {
    if (!v.isObject()) {
        fail(NhdCodec::tr("“%1” must be an object.").arg(path));
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    NhdAttachment a;
    a.url = string(o, QStringLiteral("url"), path).value_or(QString());
    a.filename = string(o, QStringLiteral("filename"), path).value_or(QString());
    a.contentType = string(o, QStringLiteral("content_type"), path).value_or(QString());
    a.displayFilename = string(o, QStringLiteral("display_filename"), path).value_or(QString());
    const QUrl url(a.url, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!a.url.isEmpty() &&
        (!url.isValid() || (scheme != u"https" && scheme != u"http") || url.host().isEmpty()))
        fail(NhdCodec::tr("“%1” must be an http(s) URL: %2")
                 .arg(join(path, QStringLiteral("url")), a.url.left(128)));
    return a;
}

std::optional<NhdComment> NhdJsonReader::comment(const QJsonValue &v, const QString &path) {
    if (!v.isObject()) {
        fail(NhdCodec::tr("“%1” must be an object.").arg(path));
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    NhdComment c;
    c.uuid = uuid(o, QStringLiteral("uuid"), path).value_or(QString());
    c.author = actor(o, QStringLiteral("author"), path);
    c.body = string(o, QStringLiteral("body"), path).value_or(QString());
    c.htmlBody = string(o, QStringLiteral("html_body"), path).value_or(QString());
    c.authoredAt = time(o, QStringLiteral("authored_at"), path).value_or(QDateTime());
    c.isPublic = boolean(o, QStringLiteral("public"), path).value_or(true);
    if (const auto list = array(o, QStringLiteral("attachments"), path)) {
        const QString p = join(path, QStringLiteral("attachments"));
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (auto a = attachment(list->at(i), p + u'[' + QString::number(i) + u']'))
                c.attachments.append(*a);
        }
    }
    c.customFields = customFields(o, QStringLiteral("custom_fields"), path).value_or(QJsonObject());
    if (c.uuid.isEmpty())
        c.uuid = NhdCodec::synthesizedCommentUuid(c);
    return c;
}

std::optional<QJsonObject> NhdJsonReader::customFields(const QJsonObject &o, const QString &key,
                                                       const QString &path) {
    if (!has(o, key))
        return std::nullopt;
    const QJsonValue v = o.value(key);
    if (v.isObject())
        return v.toObject();
    if (v.isArray()) {
        QJsonObject result;
        const QJsonArray list = v.toArray();
        for (const QJsonValue &entry : list) {
            const QJsonObject e = entry.toObject();
            QJsonValue id = e.value(QStringLiteral("id"));
            if (id.isUndefined() || id.isNull())
                id = e.value(QStringLiteral("key"));
            if (id.isUndefined() || id.isNull())
                id = e.value(QStringLiteral("name"));
            QString name;
            if (id.isString())
                name = id.toString();
            else if (id.isDouble())
                name = QString::number(qint64(id.toDouble()));
            if (!entry.isObject() || name.isEmpty()) {
                fail(NhdCodec::tr("“%1” must be an object of field values.").arg(join(path, key)));
                return std::nullopt;
            }
            result.insert(name, e.value(QStringLiteral("value")));
        }
        return result;
    }
    fail(NhdCodec::tr("“%1” must be an object of field values.").arg(join(path, key)));
    return std::nullopt;
}

std::optional<QStringList> NhdJsonReader::tags(const QJsonObject &o, const QString &key,
                                               const QString &path) {
    if (!has(o, key))
        return std::nullopt;
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString().split(QRegularExpression(QStringLiteral("[\\s,]+")),
                                  Qt::SkipEmptyParts);
    if (!v.isArray()) {
        fail(NhdCodec::tr("“%1” must be a list of texts.").arg(join(path, key)));
        return std::nullopt;
    }
    QStringList result;
    const QJsonArray list = v.toArray();
    for (const QJsonValue &tag : list) {
        if (!tag.isString()) {
            fail(NhdCodec::tr("“%1” must be a list of texts.").arg(join(path, key)));
            return std::nullopt;
        }
        const QString t = tag.toString().trimmed();
        if (!t.isEmpty() && !result.contains(t))
            result.append(t);
    }
    return result;
}

} // namespace DeskBridge::Sharing
