#include "models/store/Database.h"

#include "models/store/Migrator.h"
#include "models/store/SqlUtil.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcStore, "deskbridge.store")

namespace DeskBridge::Store {

namespace {
QAtomicInteger<quint64> s_connectionCounter;
}

Database::Database()
    : m_connectionName(QStringLiteral("deskbridge-%1").arg(++s_connectionCounter)) {}

Database::~Database() {
    close();
}

Status Database::openRaw(const QString &path) {
    close();
    m_path = path;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid())
        return Status::failure(
            tr("The SQLite driver for Qt is not installed (libqt6sql6-sqlite)."));
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return Status::failure(
            tr("Cannot open the database %1: %2").arg(path, m_db.lastError().text()));
    return applyPragmas();
}

Status Database::open(const QString &path) {
    const bool existed = QFileInfo::exists(path) && QFileInfo(path).size() > 0;
    if (Status s = openRaw(path); !s)
        return s;
    Migrator migrator(*this);
    if (Status s = migrator.migrate(existed); !s) {
        close();
        return s;
    }
    return {};
}

Status Database::applyPragmas() {
    // journal_mode must not run inside a transaction; all of these are per connection.
    const char *pragmas[] = {"PRAGMA foreign_keys = ON",    "PRAGMA journal_mode = WAL",
                             "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000",
                             "PRAGMA temp_store = MEMORY",  "PRAGMA cache_size = -65536"};
    for (const char *p : pragmas) {
        QSqlQuery q(m_db);
        if (!q.exec(QString::fromLatin1(p))) {
            const QString why = q.lastError().text();
            return Status::failure(tr("The file %1 is not a DeskBridge database (%2).")
                                       .arg(m_path, why.isEmpty() ? QString::fromLatin1(p) : why));
        }
    }
    return {};
}

void Database::close() {
    qDeleteAll(m_statements);
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::isOpen() const {
    return m_db.isValid() && m_db.isOpen();
}

QSqlQuery &Database::prepared(const QString &sql) {
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto *q = new QSqlQuery(m_db);
        // Every reader walks its rows once with next(); without the driver's row cache each
        // statement costs markedly less (bulk imports run hundreds of thousands).
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            qCWarning(lcStore) << "prepare failed:" << q->lastError().text() << sql;
        it = m_statements.insert(sql, q);
    }
    (*it)->finish();
    return **it;
}

Status Database::exec(const QString &sql, const QVariantList &values) {
    QSqlQuery &q = prepared(sql);
    bindAll(q, values);
    if (!q.exec())
        return Status::failure(describe(q));
    q.finish();
    return {};
}

qint64 Database::dataVersion() {
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

QString Database::describe(const QSqlQuery &query) {
    const QSqlError e = query.lastError();
    QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        return tr("The data directory is read-only: %1").arg(text);
    return text;
}

} // namespace DeskBridge::Store
