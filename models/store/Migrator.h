#pragma once
// Migrator: brings a database to the program's schema. Migrations are the numbered files
// `:/migrations/NNNN_name.sql`, applied in order, each in its own transaction, with the number
// recorded in `PRAGMA user_version`. A database newer than the program is refused untouched.
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace DeskBridge::Store {

class Database;

class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    explicit Migrator(Database &db, QString resourceDir = QStringLiteral(":/migrations"));

    // The highest migration this program knows.
    int latestVersion() const;
    int currentVersion() const;
    // Applies what is missing, up to `target` (default: all). `existingFile` says the file had
    // content before it was opened: such a file with version 0 must be empty of tables.
    Status migrate(bool existingFile, int target = -1);

    // Splits a migration file into statements (a CREATE TRIGGER ... END; block stays whole).
    static QStringList splitStatements(const QString &sql);

private:
    struct Step {
        int version;
        QString file;
    };
    QList<Step> steps() const;

    Database &m_db;
    QString m_dir;
};

} // namespace DeskBridge::Store
