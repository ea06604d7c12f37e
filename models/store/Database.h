#pragma once
// Database: owns one SQLite connection of one account (one per thread), sets its pragmas and
// migrates it. Every repository works through it; nothing else opens connections.
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace DeskBridge::Store {

class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) the SQLite file, applies the pragmas and the migrations.
    // A database that is not DeskBridge's, or that is newer than this program, is refused.
    Status open(const QString &path);
    // Opens without migrating (for tools that inspect a file as it is).
    Status openRaw(const QString &path);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase &connection() { return m_db; }

    // A prepared statement cached per SQL text, reused across calls. Values are always bound.
    QSqlQuery &prepared(const QString &sql);
    // Runs one statement with positional values bound; on failure returns the error text.
    Status exec(const QString &sql, const QVariantList &values = {});
    // PRAGMA data_version: changes when another connection commits to the same file.
    qint64 dataVersion();

    // An error message for a failed query, for logs and for the "what went wrong" detail.
    static QString describe(const QSqlQuery &query);

private:
    Status applyPragmas();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QHash<QString, QSqlQuery *> m_statements;
};

} // namespace DeskBridge::Store
