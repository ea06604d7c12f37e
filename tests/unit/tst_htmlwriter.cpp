// HtmlWriter: whatever a user typed stays text: & < > " ' are escaped in text and in
// attributes, line breaks become <br>, and a null attribute value is left out.
#include "app/helpcenter/HtmlWriter.h"

#include <QTest>

using namespace DeskBridge::HelpCenter;

class TestHtmlWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void escapesTheFiveCharacters() {
        QCOMPARE(HtmlWriter::escape(QStringLiteral("<script>alert('x&y')</script> \"q\"")),
                 QStringLiteral("&lt;script&gt;alert(&#39;x&amp;y&#39;)&lt;/script&gt; "
                                "&quot;q&quot;"));
        QCOMPARE(HtmlWriter::escape(QStringLiteral("Grüße")), QStringLiteral("Grüße"));
    }

    void attributesAndTextAreEscaped() {
        HtmlWriter w;
        w.element(QLatin1String("a"), QStringLiteral("<b>bold</b>"),
                  {{QLatin1String("href"), QStringLiteral("/x\" onclick=\"evil()")},
                   {QLatin1String("aria-current"), QString()},
                   {QLatin1String("title"), QStringLiteral("")}});
        QCOMPARE(w.html(), QStringLiteral("<a href=\"/x&quot; onclick=&quot;evil()\" "
                                          "title=\"\">&lt;b&gt;bold&lt;/b&gt;</a>"));
    }

    void multilineTextKeepsLinesAsText() {
        HtmlWriter w;
        w.multilineText(QStringLiteral("one <i>\r\ntwo\rthree\n\nfive"));
        QCOMPARE(w.html(), QStringLiteral("one &lt;i&gt;<br>two<br>three<br><br>five"));
    }

    void openCloseAndEmpty() {
        HtmlWriter w;
        w.open(QLatin1String("p"), {{QLatin1String("class"), QStringLiteral("notice")}})
            .text(QStringLiteral("a&b"))
            .empty(QLatin1String("br"))
            .close(QLatin1String("p"));
        QCOMPARE(w.toUtf8(), QByteArray("<p class=\"notice\">a&amp;b<br></p>"));
    }
};

QTEST_GUILESS_MAIN(TestHtmlWriter)
#include "tst_htmlwriter.moc"
