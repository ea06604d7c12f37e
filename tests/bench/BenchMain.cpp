// deskbridge-bench: prints figures for the speed targets the issues name.
//   deskbridge-bench store [--tickets N]      deskbridge-bench console [--tickets N]
//   deskbridge-bench organizations [--users N] [--tickets N] [--org-tickets N]
//   deskbridge-bench rules [--updates N] [--tickets N]
//   deskbridge-bench sharing [--tickets N] [--updates N] [--rate R]
//   deskbridge-bench helpcenter [--tickets N] [--rate R] [--seconds S] [--clients C]
//   deskbridge-bench all                       (every benchmark with its default size)
#include "tests/bench/Benches.h"

#include <QApplication>
#include <QTextStream>
#include <cstring>

using namespace DeskBridge::Bench;

namespace {
struct Entry {
    const char *name;
    int (*run)(const QStringList &);
};
const Entry kBenches[] = {{"store", store}, {"console", console}, {"organizations", organizations},
                          {"rules", rules}, {"sharing", sharing}, {"helpcenter", helpcenter}};
} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // measurable on servers and in CI too
    QApplication app(argc, argv); // the console benchmark needs widgets; the others don't mind
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString name = args.value(0);
    QTextStream out(stdout);
    if (name == QLatin1String("all")) {
        int rc = 0;
        for (const Entry &e : kBenches) {
            out << "== " << e.name << " ==" << Qt::endl;
            rc |= e.run({});
        }
        return rc;
    }
    for (const Entry &e : kBenches)
        if (name == QLatin1String(e.name))
            return e.run(args.mid(1));
    out << "usage: deskbridge-bench store|console|organizations|rules|sharing|helpcenter|all "
           "[--tickets N]"
        << Qt::endl;
    return 2;
}
