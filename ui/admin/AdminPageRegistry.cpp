#include "ui/admin/AdminPageRegistry.h"

#include <algorithm>

namespace DeskBridge::Ui {

QList<AdminPageInfo> &AdminPageRegistry::storage() {
    // A function-local static: registrations run during static initialisation, in any order.
    static QList<AdminPageInfo> pages;
    return pages;
}

void AdminPageRegistry::add(AdminPageInfo info) {
    QList<AdminPageInfo> &all = storage();
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&](const AdminPageInfo &p) { return p.id == info.id; }),
              all.end());
    all.append(std::move(info));
}

QList<AdminPageInfo> AdminPageRegistry::pages() {
    importBuiltinPages();
    QList<AdminPageInfo> out = storage();
    std::stable_sort(out.begin(), out.end(), [](const AdminPageInfo &a, const AdminPageInfo &b) {
        if (a.section != b.section)
            return int(a.section) < int(b.section);
        return a.order < b.order;
    });
    return out;
}

std::optional<AdminPageInfo> AdminPageRegistry::page(const QString &id) {
    for (const AdminPageInfo &p : pages())
        if (p.id == id)
            return p;
    return std::nullopt;
}

QList<AdminSection> AdminPageRegistry::sections() {
    return {AdminSection::Account, AdminSection::People, AdminSection::Channels,
            AdminSection::ObjectsAndRules};
}

QString AdminPageRegistry::sectionTitle(AdminSection section) {
    switch (section) {
    case AdminSection::Account:
        return tr("Account");
    case AdminSection::People:
        return tr("People");
    case AdminSection::Channels:
        return tr("Channels");
    case AdminSection::ObjectsAndRules:
        return tr("Objects and rules");
    }
    return {};
}

} // namespace DeskBridge::Ui
