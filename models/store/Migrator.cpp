#include "models/store/Migrator.h"

#include "models/store/Database.h"
#include "models/store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace DeskBridge::Store {

Migrator::Migrator(Database &db, QString resourceDir)
    : m_db(db)
    , m_dir(std::move(resourceDir)) {}

QList<Migrator::Step> Migrator::steps() const {
    static const QRegularExpression number(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    QList<Step> result;
    const QStringList files =
        QDir(m_dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const auto m = number.match(f);
        if (m.hasMatch())
            result.append({m.captured(1).toInt(), m_dir + QLatin1Char('/') + f});
    }
    return result;
}

int Migrator::latestVersion() const {
    const auto all = steps();
    return all.isEmpty() ? 0 : all.constLast().version;
}

int Migrator::currentVersion() const {
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

QStringList Migrator::splitStatements(const QString &sql) {
    QStringList out;
    QString current;
    bool inTrigger = false;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        if (current.isEmpty() &&
            line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += rawLine + QLatin1Char('\n');
        const bool ends = line.endsWith(QLatin1Char(';'));
        if (ends && (!inTrigger || line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0)) {
            out.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

Status Migrator::migrate(bool existingFile, int target) {
    const int current = currentVersion();
    if (current < 0)
        return Status::failure(tr("The file %1 is not a DeskBridge database.").arg(m_db.path()));
    const int latest = latestVersion();
    if (current > latest)
        return Status::failure(
            tr("The database %1 was written by a newer version of DeskBridge (schema %2; this "
               "program knows up to %3). Install the newer DeskBridge to open it.")
                .arg(m_db.path())
                .arg(current)
                .arg(latest));
    if (current == 0 && existingFile) {
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next() &&
            q.value(0).toInt() > 0)
            return Status::failure(
                tr("The file %1 is an SQLite database of another program, not DeskBridge's; "
                   "it was left untouched.")
                    .arg(m_db.path()));
    }
    if (target < 0)
        target = latest;
    for (const Step &step : steps()) {
        if (step.version <= current || step.version > target)
            continue;
        QFile file(step.file);
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(tr("Migration %1 is missing from the program.").arg(step.file));
        const QString sql = QString::fromUtf8(file.readAll());
        Transaction tx(m_db);
        if (!tx.isActive())
            return Status::failure(
                tr("Cannot update the database %1: %2").arg(m_db.path(), tx.beginError()));
        for (const QString &statement : splitStatements(sql)) {
            QSqlQuery q(m_db.connection());
            if (!q.exec(statement))
                return Status::failure(
                    tr("Migration %1 failed: %2").arg(step.version).arg(Database::describe(q)));
        }
        QSqlQuery v(m_db.connection());
        if (!v.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
            return Status::failure(Database::describe(v));
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace DeskBridge::Store
