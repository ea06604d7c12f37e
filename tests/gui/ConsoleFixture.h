#pragma once
// ConsoleFixture: a real account in a temporary directory for the console's GUI tests: an
// administrator, an agent, a group with both, and helpers to make tickets and to answer the
// modal dialogs the console opens.
#include "app/Instance.h"
#include "app/services/AccountService.h"
#include "app/services/GroupService.h"
#include "app/services/TicketService.h"
#include "app/services/UserService.h"
#include "models/store/TicketRepository.h"
#include "models/store/Transaction.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

namespace DeskBridge::Test {

class ConsoleFixture {
    QTemporaryDir m_dir; // first: it outlives the database opened in it

public:
    // False (with the reason in error()) when the account could not be made.
    bool setUp() {
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary directory"));
        auto opened = Instance::open(m_dir.path());
        if (!opened)
            return fail(opened.error());
        instance = std::move(opened).value();
        auto a = instance->accounts().initialize(
            QStringLiteral("Test GmbH"), Domain::Plan::Enterprise, QStringLiteral("Ada Admin"),
            QStringLiteral("ada@example.com"));
        if (!a)
            return fail(a.error());
        admin = *a;
        Domain::User b;
        b.name = QStringLiteral("Bob Agent");
        b.email = QStringLiteral("bob@example.com");
        b.role = Domain::Role::Agent;
        auto created = instance->users().create(admin, b);
        if (!created)
            return fail(created.error());
        agent = *created;
        auto g = instance->groups().create(admin, QStringLiteral("Support"));
        if (!g)
            return fail(g.error());
        group = *g;
        if (Status s = instance->groups().setMembers(admin, group.id, {admin.id, agent.id}); !s)
            return fail(s.error());
        return true;
    }
    QString error() const { return m_error; }
    QString dataDir() const { return m_dir.path(); }

    Domain::Id createTicket(const QString &subject, const QString &body = QStringLiteral("Help"),
                            Domain::Id assignee = 0) {
        Services::NewTicket n;
        n.subject = subject;
        n.comment = body;
        n.requesterEmail = QStringLiteral("carla@example.com");
        n.requesterName = QStringLiteral("Carla Customer");
        n.assigneeId = assignee;
        auto t = instance->tickets().create(admin, n);
        return t ? t->id : 0;
    }

    // Many tickets at once, straight through the repository in one transaction.
    bool insertTickets(int count) {
        Store::TicketRepository repo(instance->database());
        Store::Transaction tx(instance->database());
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-30);
        for (int i = 1; i <= count; ++i) {
            Domain::Ticket t;
            t.subject = QStringLiteral("Bulk ticket %1").arg(i);
            t.status = Domain::TicketStatus::Open;
            t.requesterId = admin.id;
            t.createdAt = base;
            t.updatedAt = base.addSecs(i);
            if (!repo.insert(t))
                return false;
        }
        return bool(tx.commit());
    }

    // Runs `handle` on the next modal dialog of type D that opens (from inside its exec()).
    template <typename D> static void whenDialogOpens(std::function<void(D *)> handle) {
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, [timer, handle] {
            if (auto *d = qobject_cast<D *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                handle(d);
            }
        });
        timer->start();
    }

    std::unique_ptr<Instance> instance;
    Domain::User admin;
    Domain::User agent;
    Domain::Group group;

private:
    bool fail(const QString &why) {
        m_error = why;
        return false;
    }
    QString m_error;
};

} // namespace DeskBridge::Test
