// The desktop entry and the AppStream metainfo pass their validators, as Debian's tools check.
#include "support/TestSupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace DeskBridge;

class TestPackaging : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void desktopFileIsValid();
    void metainfoIsValid();

private:
    static QString runTool(const QString &tool, const QStringList &args, int *code);
};

QString TestPackaging::runTool(const QString &tool, const QStringList &args, int *code) {
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000))
        qFatal("%s hangs", qPrintable(tool));
    *code = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

void TestPackaging::desktopFileIsValid() {
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    QVERIFY2(!tool.isEmpty(), "desktop-file-utils is installed by packaging/install-deps.sh");
    int code = -1;
    const QString out = runTool(
        tool, {Test::sourceDir() + QStringLiteral("/packaging/org.deskbridge.DeskBridge.desktop")},
        &code);
    QVERIFY2(code == 0 && out.trimmed().isEmpty(), qPrintable(out));
}

void TestPackaging::metainfoIsValid() {
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    QVERIFY2(!tool.isEmpty(), "appstream is installed by packaging/install-deps.sh");
    int code = -1;
    const QString out = runTool(
        tool,
        {QStringLiteral("validate"), QStringLiteral("--no-net"),
         Test::sourceDir() + QStringLiteral("/packaging/org.deskbridge.DeskBridge.metainfo.xml")},
        &code);
    QVERIFY2(code == 0, qPrintable(out));
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
