#include "app/services/FieldService.h"

#include "app/services/Permissions.h"
#include "models/domain/Clock.h"
#include "models/store/Transaction.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace DeskBridge::Services {

using namespace Domain;

FieldService::FieldService(ServiceContext ctx, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_repo(ctx.db) {}

QString FieldService::keyFromTitle(const QString &title) {
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    QString decomposed = title.toLower();
    decomposed.replace(QStringLiteral("ß"), QStringLiteral("ss"));
    decomposed = decomposed.normalized(QString::NormalizationForm_KD);
    QString key;
    for (const QChar c : std::as_const(decomposed))
        if (c.category() != QChar::Mark_NonSpacing) // drop the accents NFKD split off
            key.append(c);
    key.replace(nonWord, QStringLiteral("_"));
    while (key.startsWith(QLatin1Char('_')))
        key.remove(0, 1);
    while (key.endsWith(QLatin1Char('_')))
        key.chop(1);
    return key.left(64);
}

Result<QString> FieldService::normalizeValue(const CustomField &field, const QString &raw) {
    const QString value = field.type == FieldType::MultiLine ? raw : raw.trimmed();
    if (value.isEmpty())
        return QString();
    switch (field.type) {
    case FieldType::Text:
    case FieldType::MultiLine:
        if (value.size() > 65536)
            return Result<QString>::failure(
                tr("The value for \"%1\" is too long.").arg(field.title));
        return value;
    case FieldType::Number: {
        bool ok = false;
        double d = QLocale::c().toDouble(value, &ok);
        if (!ok)
            d = QLocale().toDouble(value, &ok);
        if (!ok)
            return Result<QString>::failure(
                tr("\"%1\" is not a number (field \"%2\").").arg(value, field.title));
        return QLocale::c().toString(d, 'g', 15);
    }
    case FieldType::Checkbox: {
        const QString v = value.toLower();
        if (v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes") ||
            v == QLatin1String("ja"))
            return QStringLiteral("1");
        if (v == QLatin1String("false") || v == QLatin1String("0") || v == QLatin1String("no") ||
            v == QLatin1String("nein"))
            return QStringLiteral("0");
        return Result<QString>::failure(
            tr("The checkbox \"%1\" takes true or false, not \"%2\".").arg(field.title, value));
    }
    case FieldType::Dropdown:
        for (const QString &o : field.options)
            if (o.compare(value, Qt::CaseInsensitive) == 0)
                return o;
        return Result<QString>::failure(
            tr("\"%1\" is not an option of \"%2\" (options: %3).")
                .arg(value, field.title, field.options.join(QStringLiteral(", "))));
    case FieldType::Date: {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (!d.isValid())
            return Result<QString>::failure(
                tr("\"%1\" is not a date in the form YYYY-MM-DD (field \"%2\").")
                    .arg(value, field.title));
        return d.toString(Qt::ISODate);
    }
    }
    return value;
}

Status FieldService::validate(const CustomField &f) {
    if (f.title.trimmed().isEmpty())
        return Status::failure(tr("The field needs a title."));
    if (f.key.isEmpty())
        return Status::failure(
            tr("The title \"%1\" gives no usable key; use letters or digits.").arg(f.title));
    if (f.type == FieldType::Dropdown) {
        if (f.options.isEmpty())
            return Status::failure(tr("A drop-down list needs at least one option."));
        QStringList seen;
        for (const QString &o : f.options) {
            if (o.trimmed().isEmpty())
                return Status::failure(tr("Drop-down options cannot be empty."));
            if (seen.contains(o.trimmed(), Qt::CaseInsensitive))
                return Status::failure(tr("The option \"%1\" appears twice.").arg(o));
            seen.append(o.trimmed());
        }
    } else if (!f.options.isEmpty()) {
        return Status::failure(tr("Only drop-down lists have options."));
    }
    return {};
}

Result<CustomField> FieldService::create(const User &actor, CustomField field) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return Result<CustomField>::failure(s.error());
    field.title = field.title.trimmed();
    if (field.key.isEmpty())
        field.key = keyFromTitle(field.title);
    for (QString &o : field.options)
        o = o.trimmed();
    if (Status s = validate(field); !s)
        return Result<CustomField>::failure(s.error());
    if (m_repo.findByKey(field.key))
        return Result<CustomField>::failure(
            tr("A field with the key \"%1\" already exists.").arg(field.key));
    field.createdAt = Clock::now();
    field.position = m_repo.list().size();
    Store::Transaction tx(m_ctx.db);
    auto id = m_repo.insert(field);
    if (!id)
        return Result<CustomField>::failure(id.error());
    if (Status s = tx.commit(); !s)
        return Result<CustomField>::failure(s.error());
    field.id = *id;
    Q_EMIT m_ctx.hub.fieldsChanged();
    return field;
}

Status FieldService::update(const User &actor, const CustomField &field) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return s;
    auto current = m_repo.find(field.id);
    if (!current)
        return Status::failure(tr("There is no field with the id %1.").arg(field.id));
    CustomField f = field;
    f.key = current->key;
    f.type = current->type; // a field's type never changes: stored values depend on it
    f.title = f.title.trimmed();
    if (Status s = validate(f); !s)
        return s;
    Store::Transaction tx(m_ctx.db);
    if (Status s = m_repo.update(f); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT m_ctx.hub.fieldsChanged();
    return {};
}

Status FieldService::reorder(const User &actor, const QList<Id> &order) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return s;
    QList<CustomField> fields = m_repo.list();
    QList<Id> sortedOrder = order;
    std::sort(sortedOrder.begin(), sortedOrder.end());
    QList<Id> existing;
    for (const CustomField &f : fields)
        existing.append(f.id);
    std::sort(existing.begin(), existing.end());
    if (sortedOrder != existing)
        return Status::failure(
            tr("The new order must name every ticket field exactly once; reload and try again."));
    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    bool changed = false;
    for (CustomField &f : fields) {
        const int position = int(order.indexOf(f.id));
        if (f.position == position)
            continue;
        f.position = position;
        changed = true;
        if (Status s = m_repo.update(f); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    if (changed)
        Q_EMIT m_ctx.hub.fieldsChanged();
    return {};
}

QList<CustomField> FieldService::list(bool activeOnly) {
    QList<CustomField> out;
    for (const CustomField &f : m_repo.list())
        if (!activeOnly || f.active)
            out.append(f);
    return out;
}

std::optional<CustomField> FieldService::find(Id id) {
    return m_repo.find(id);
}

std::optional<CustomField> FieldService::findByKeyOrTitle(const QString &name) {
    if (auto f = m_repo.findByKey(name.trimmed()))
        return f;
    for (const CustomField &f : m_repo.list())
        if (f.title.compare(name.trimmed(), Qt::CaseInsensitive) == 0 ||
            f.key.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

} // namespace DeskBridge::Services
