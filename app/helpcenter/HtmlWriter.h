#pragma once
// HtmlWriter: builds the Help Center's HTML so that nothing a user typed can become markup.
// Every text and every attribute value goes through escape() (& < > " '); only the page code's
// own constant tag and attribute names are written as they are. Comment bodies are written as
// text with <br> for line breaks, never as HTML.
#include <QByteArray>
#include <QLatin1String>
#include <QList>
#include <QPair>
#include <QString>

#include <initializer_list>

namespace DeskBridge::HelpCenter {

class HtmlWriter {
public:
    // An attribute: a constant name and a value that is escaped. A null value omits the
    // attribute (for optional ones like aria-current); an empty one writes name="".
    using Attribute = QPair<QLatin1String, QString>;
    using Attributes = std::initializer_list<Attribute>;

    // & < > " ' as character references; safe in text and in quoted attribute values.
    static QString escape(const QString &text);

    // <tag a="v" ...>; closed later with close().
    HtmlWriter &open(QLatin1String tag, Attributes attributes = {});
    HtmlWriter &close(QLatin1String tag);
    // <tag a="v"> (void elements: input, meta, link, br).
    HtmlWriter &empty(QLatin1String tag, Attributes attributes = {});
    // <tag a="v">escaped text</tag>
    HtmlWriter &element(QLatin1String tag, const QString &text, Attributes attributes = {});
    // Escaped text.
    HtmlWriter &text(const QString &text);
    // Escaped text whose line breaks (\n, \r\n, \r) become <br>.
    HtmlWriter &multilineText(const QString &text);
    // Markup written by the page code itself (constants only, never user input).
    HtmlWriter &markup(QLatin1String constant);

    const QString &html() const { return m_html; }
    QByteArray toUtf8() const { return m_html.toUtf8(); }

private:
    void writeAttributes(Attributes attributes);
    QString m_html;
};

} // namespace DeskBridge::HelpCenter
