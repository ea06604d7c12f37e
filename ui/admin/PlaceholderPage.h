#pragma once
// PlaceholderPage: an Admin Center page whose feature comes with a later version. It says what
// the page will hold, in the product article's words, so the navigation already shows the whole
// Admin Center. PlannedPages.cpp registers the pages that use it.
#include "ui/admin/AdminPage.h"

#include <QStringList>

namespace DeskBridge::Ui {

class PlaceholderPage : public AdminPage {
    Q_OBJECT
public:
    // `points`: a few short lines on what the page will let an administrator do.
    PlaceholderPage(AdminContext &context, const QString &iconName, const QString &summary,
                    const QStringList &points, QWidget *parent = nullptr);
};

} // namespace DeskBridge::Ui
