#include "ui/admin/AdminRefusalWidget.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

AdminRefusalWidget::AdminRefusalWidget(const QString &reason, const QString &accountName,
                                       QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("adminRefusal"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->setSpacing(12);
    layout->addStretch(2);

    auto *icon = new QLabel(this);
    icon->setAlignment(Qt::AlignCenter);
    icon->setPixmap(QIcon::fromTheme(QStringLiteral("dialog-password"),
                                     style()->standardIcon(QStyle::SP_MessageBoxWarning))
                        .pixmap(QSize(64, 64), devicePixelRatioF()));
    layout->addWidget(icon);

    auto *title = new QLabel(tr("The Admin Center is for administrators"), this);
    title->setObjectName(QStringLiteral("adminRefusalTitle"));
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    auto *text = new QLabel(reason, this);
    text->setObjectName(QStringLiteral("adminRefusalReason"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(text);

    const QString hint =
        accountName.isEmpty()
            ? tr("Ask an administrator to change your role if you need these settings.")
            : tr("Ask an administrator of %1 to change your role if you need these settings.")
                  .arg(accountName);
    auto *help = new QLabel(hint, this);
    help->setAlignment(Qt::AlignCenter);
    help->setWordWrap(true);
    help->setTextFormat(Qt::PlainText);
    help->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(help);

    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("adminRefusalClose"));
    close->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(close);
    row->addStretch();
    layout->addSpacing(8);
    layout->addLayout(row);
    layout->addStretch(3);
    connect(close, &QPushButton::clicked, this, &AdminRefusalWidget::closeRequested);
}

} // namespace DeskBridge::Ui
