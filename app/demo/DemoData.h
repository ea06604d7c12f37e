#pragma once
// DemoData: the sample account `deskbridge demo` opens: the retailer "Elektro Schmidt GmbH"
// (plan Enterprise) with its agents, groups, custom fields and about forty German and English
// tickets with public replies and internal notes, some tagged `garantieanspruch`, and
// the organization "Hausverwaltung Sonnenhof GmbH" whose staff use the Help Center. Everything
// is written through the services, as a user of the console would, so the history is real.
#include "app/Instance.h"
#include "models/domain/Entities.h"
#include "models/domain/Result.h"

#include <QCoreApplication>

namespace DeskBridge::Demo {

class DemoData {
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    // Fills an empty data directory and returns the account's administrator. Ticket times are
    // spread over the last three weeks (the domain Clock is moved while writing and given back
    // to the system clock afterwards). Refuses a directory that already holds an account.
    static Result<Domain::User> createRetailer(Instance &instance);

    // The manufacturer "Kessel & Co. Hersteller AG" for the sharing demo: its own agents and a
    // few tickets. Refuses a directory that already holds an account.
    static Result<Domain::User> createManufacturer(Instance &instance);
    static QString manufacturerAdminEmail() {
        return QStringLiteral("jonas.kessel@kessel-hersteller.de");
    }
    static QString retailerAdminEmail() {
        return QStringLiteral("sabine.schmidt@elektro-schmidt.de");
    }
    // The retailer's Help Center demo user (organization "Hausverwaltung Sonnenhof GmbH",
    // "view all tickets and comment") and her password, printed by `deskbridge demo`.
    static QString helpCenterDemoEmail() {
        return QStringLiteral("claudia.vogel@sonnenhof-verwaltung.de");
    }
    static QString helpCenterDemoPassword() { return QStringLiteral("sonnenhof-demo"); }
};

} // namespace DeskBridge::Demo
