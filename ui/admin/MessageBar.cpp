#include "ui/admin/MessageBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace DeskBridge::Ui {

namespace {
// Breeze's semantic colours (positive, neutral/information, warning, negative).
QColor accent(MessageBar::Kind kind) {
    switch (kind) {
    case MessageBar::Kind::Positive:
        return QColor(0x27, 0xae, 0x60);
    case MessageBar::Kind::Information:
        return QColor(0x3d, 0xae, 0xe9);
    case MessageBar::Kind::Warning:
        return QColor(0xf6, 0x74, 0x00);
    case MessageBar::Kind::Error:
        return QColor(0xda, 0x44, 0x53);
    }
    return {};
}

QString iconName(MessageBar::Kind kind) {
    switch (kind) {
    case MessageBar::Kind::Positive:
        return QStringLiteral("dialog-positive");
    case MessageBar::Kind::Information:
        return QStringLiteral("dialog-information");
    case MessageBar::Kind::Warning:
        return QStringLiteral("dialog-warning");
    case MessageBar::Kind::Error:
        return QStringLiteral("dialog-error");
    }
    return {};
}

QStyle::StandardPixmap fallbackIcon(MessageBar::Kind kind) {
    switch (kind) {
    case MessageBar::Kind::Error:
        return QStyle::SP_MessageBoxCritical;
    case MessageBar::Kind::Warning:
        return QStyle::SP_MessageBoxWarning;
    default:
        return QStyle::SP_MessageBoxInformation;
    }
}

constexpr int kAutoHideMs = 8000;
} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("adminMessageBar"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignCenter);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_action->hide();
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(QIcon::fromTheme(QStringLiteral("dialog-close"),
                                      style()->standardIcon(QStyle::SP_DialogCloseButton)));
    m_close->setToolTip(tr("Close"));
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);
    layout->addWidget(m_text, 1, Qt::AlignVCenter);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignVCenter);

    m_autoHide.setSingleShot(true);
    connect(&m_autoHide, &QTimer::timeout, this, &MessageBar::clear);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);
    connect(m_action, &QPushButton::clicked, this, &MessageBar::runAction);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text) {
    showMessage(kind, text, QString(), {});
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &actionText,
                             std::function<void()> action) {
    m_kind = kind;
    m_text->setText(text);
    m_callback = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty() && m_callback);
    updateIcon();
    // Errors wait for the user; the rest fades out of the way (an undo offer for a while).
    if (kind == Kind::Error || kind == Kind::Warning)
        m_autoHide.stop();
    else
        m_autoHide.start(kAutoHideMs);
    show();
    update();
}

void MessageBar::clear() {
    m_autoHide.stop();
    m_callback = {};
    m_text->clear();
    hide();
}

QString MessageBar::text() const {
    return isHidden() ? QString() : m_text->text();
}

void MessageBar::runAction() {
    auto callback = std::move(m_callback);
    clear();
    if (callback)
        callback();
}

void MessageBar::updateIcon() {
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QIcon icon =
        QIcon::fromTheme(iconName(m_kind), style()->standardIcon(fallbackIcon(m_kind)));
    m_icon->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
}

void MessageBar::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor fill = accent(m_kind);
    fill.setAlphaF(0.18);
    QColor border = accent(m_kind);
    border.setAlphaF(0.8);
    p.setPen(QPen(border, 1));
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void MessageBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange)
        updateIcon();
    QFrame::changeEvent(event);
}

} // namespace DeskBridge::Ui
