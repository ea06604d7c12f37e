#pragma once
// CliContext: what every subcommand shares: its parsed options, the opened account, the
// acting user, output as text or JSON, and errors that end with a message and exit code 1.
#include "app/Instance.h"
#include "models/domain/Entities.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QTextStream>
#include <memory>

namespace DeskBridge::Cli {

class CliContext {
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    CliContext(QStringList args, QTextStream &out, QTextStream &err);

    // The words after the program name: {"ticket", "create", ...}.
    const QStringList &args() const { return m_args; }
    QCommandLineParser &parser() { return m_parser; }

    // Adds --data-dir, --as, --json (as asked) and parses `args` from `skip` on. Returns false
    // (after printing the parser's message) on unknown options or missing values.
    bool parse(int skip, bool withAs, bool withJson, const QList<QCommandLineOption> &options = {});
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    bool json() const { return m_json; }

    QString dataDir() const;
    // Opens the account; `needAccount` refuses a data directory without one.
    Instance *open(bool needAccount = true);
    // The acting user: --as EMAIL, else the account's first active administrator.
    std::optional<Domain::User> actor();

    // Required option: prints "--name is required" and returns false when missing.
    bool require(const QStringList &names);

    int fail(const QString &message, int code = 1);
    // A message on stderr that does not end the command.
    void warn(const QString &message);
    int usage(const QString &message);
    void print(const QString &text);
    void printJson(const QJsonValue &value);

private:
    QStringList m_args;
    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
    bool m_json = false;
    std::unique_ptr<Instance> m_instance;
};

} // namespace DeskBridge::Cli
