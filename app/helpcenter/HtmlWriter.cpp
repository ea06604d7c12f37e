#include "app/helpcenter/HtmlWriter.h"

namespace DeskBridge::HelpCenter {

QString HtmlWriter::escape(const QString &text) {
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\'':
            out += QLatin1String("&#39;");
            break;
        case 0:
            out += QChar(0xFFFD); // a NUL has no business in a page
            break;
        default:
            out += c;
        }
    }
    return out;
}

void HtmlWriter::writeAttributes(Attributes attributes) {
    for (const Attribute &a : attributes) {
        if (a.second.isNull())
            continue;
        m_html += QLatin1Char(' ');
        m_html += a.first;
        m_html += QLatin1String("=\"");
        m_html += escape(a.second);
        m_html += QLatin1Char('"');
    }
}

HtmlWriter &HtmlWriter::open(QLatin1String tag, Attributes attributes) {
    m_html += QLatin1Char('<');
    m_html += tag;
    writeAttributes(attributes);
    m_html += QLatin1Char('>');
    return *this;
}

HtmlWriter &HtmlWriter::close(QLatin1String tag) {
    m_html += QLatin1String("</");
    m_html += tag;
    m_html += QLatin1Char('>');
    return *this;
}

HtmlWriter &HtmlWriter::empty(QLatin1String tag, Attributes attributes) {
    return open(tag, attributes);
}

HtmlWriter &HtmlWriter::element(QLatin1String tag, const QString &content, Attributes attributes) {
    open(tag, attributes);
    text(content);
    return close(tag);
}

HtmlWriter &HtmlWriter::text(const QString &content) {
    m_html += escape(content);
    return *this;
}

HtmlWriter &HtmlWriter::multilineText(const QString &content) {
    QString normalized = content;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
    const QStringList lines = normalized.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            m_html += QLatin1String("<br>");
        m_html += escape(lines.at(i));
    }
    return *this;
}

HtmlWriter &HtmlWriter::markup(QLatin1String constant) {
    m_html += constant;
    return *this;
}

} // namespace DeskBridge::HelpCenter
