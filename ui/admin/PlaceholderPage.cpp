#include "ui/admin/PlaceholderPage.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

PlaceholderPage::PlaceholderPage(AdminContext &context, const QString &iconName,
                                 const QString &summary, const QStringList &points, QWidget *parent)
    : AdminPage(context, parent) {
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(14);

    auto *icon = new QLabel(box);
    icon->setAlignment(Qt::AlignHCenter);
    icon->setPixmap(QIcon::fromTheme(iconName).pixmap(QSize(64, 64), devicePixelRatioF()));
    layout->addWidget(icon);

    auto *text = new QLabel(summary, box);
    text->setObjectName(QStringLiteral("placeholderSummary"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(text);

    if (!points.isEmpty()) {
        QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
        for (const QString &p : points)
            html += QStringLiteral("<li style=\"margin-bottom:4px\">") + p.toHtmlEscaped() +
                    QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
        auto *list = new QLabel(html, box);
        list->setObjectName(QStringLiteral("placeholderPoints"));
        list->setTextFormat(Qt::RichText);
        list->setWordWrap(true);
        layout->addWidget(list);
    }

    auto *later = new QLabel(tr("This page is not ready yet; a coming version of DeskBridge "
                                "fills it."),
                             box);
    later->setObjectName(QStringLiteral("placeholderNotice"));
    later->setWordWrap(true);
    later->setAlignment(Qt::AlignHCenter);
    later->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(later);

    box->setMaximumWidth(620);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(box, 10);
    row->addStretch();
    bodyLayout()->addSpacing(24);
    bodyLayout()->addLayout(row);
    bodyLayout()->addStretch();
}

} // namespace DeskBridge::Ui
