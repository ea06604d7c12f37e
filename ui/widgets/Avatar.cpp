#include "ui/widgets/Avatar.h"

#include <QPainter>

namespace DeskBridge::Ui {

Avatar::Avatar(const QString &name, int diameter, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_diameter(diameter) {
    setFixedSize(diameter, diameter);
    setToolTip(name);
}

QString Avatar::initials(const QString &name) {
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString out;
    if (!words.isEmpty())
        out += words.first().left(1);
    if (words.size() > 1)
        out += words.last().left(1);
    return out.toUpper();
}

void Avatar::paintEvent(QPaintEvent *) {
    // Soft, readable colours (white text on each).
    static const QColor palette[] = {QColor(0x1F, 0x73, 0xB7), QColor(0x03, 0x81, 0x53),
                                     QColor(0xAD, 0x54, 0x18), QColor(0x6A, 0x27, 0xB8),
                                     QColor(0xC7, 0x2A, 0x1C), QColor(0x0F, 0x76, 0x7A),
                                     QColor(0x5A, 0x61, 0x6B), QColor(0x9E, 0x35, 0x78)};
    const QColor colour = palette[qHash(m_name) % (sizeof(palette) / sizeof(palette[0]))];
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(rect());
    QFont f = font();
    f.setBold(true);
    f.setPixelSize(std::max(9, m_diameter * 2 / 5));
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(rect(), Qt::AlignCenter, initials(m_name));
}

} // namespace DeskBridge::Ui
