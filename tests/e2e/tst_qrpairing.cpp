// Pairing without typing: the school prints an invite letter with
// `aanwezig-server invite --letter`; the app reads its QR code from camera
// frames (QrScanner, the first-run screen's path), opens the pairing link and
// pairs with the real server.
#include "appruntime.h"
#include "protocol/pairinglink.h"
#include "services/qrscanner.h"
#include "testschool.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QVideoFrame>
#include <QVideoSink>
#include <QtTest>
#include <cstring>

using namespace Aanwezig;
using namespace Aanwezig::Test;

namespace {

// A camera frame showing `image` (Qt 6.4 has no QVideoFrame(QImage)).
QVideoFrame frameOf(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_ARGB32);
    QVideoFrame frame(QVideoFrameFormat(rgb.size(), QVideoFrameFormat::Format_BGRA8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < rgb.height(); ++y)
        memcpy(frame.bits(0) + y * frame.bytesPerLine(0), rgb.constScanLine(y),
               size_t(rgb.width()) * 4);
    frame.unmap();
    return frame;
}

} // namespace

class TstQrPairing : public QObject
{
    Q_OBJECT

private slots:
    void letterPairsTheAppThroughTheCamera();
    void otherCodesAreNotALink();
};

void TstQrPairing::letterPairsTheAppThroughTheCamera()
{
    TestSchool school;
    QVERIFY2(school.setUp(), qPrintable(school.errorString()));
    QTemporaryDir letters;
    const CommandResult invite = school.command(
        {QStringLiteral("invite"), QStringLiteral("--email"), People::parentOfS1,
         QStringLiteral("--role"), QStringLiteral("parent"), QStringLiteral("--language"),
         QStringLiteral("tr"), QStringLiteral("--letter"), letters.path(),
         QStringLiteral("--server-url"), school.server().baseUrl()});
    QVERIFY2(invite.exitCode == 0, qPrintable(invite.err));
    const QString code = invite.out.section(QLatin1Char('\n'), 0, 0).trimmed();

    // The letter, in the parent's language, with the code as text.
    QFile html(letters.filePath(QStringLiteral("invite-parent.one_home.nl.html")));
    QVERIFY2(html.open(QIODevice::ReadOnly), qPrintable(invite.out));
    const QString page = QString::fromUtf8(html.readAll());
    QVERIFY(page.contains(QStringLiteral("lang=\"tr\"")));
    QVERIFY(
        page.contains(QStringLiteral("Kod: <span class=\"code\" dir=\"ltr\">%1</span>").arg(code)));
    QVERIFY(page.contains(QStringLiteral("data:image/png;base64,")));

    // The camera sees the letter's QR code.
    const QImage qr(letters.filePath(QStringLiteral("invite-parent.one_home.nl.png")));
    QVERIFY(!qr.isNull());
    QImage photo(qr.width() + 200, qr.height() + 120, QImage::Format_RGB32);
    photo.fill(QColor(0xEE, 0xEA, 0xE0)); // the paper around it
    for (int y = 0; y < qr.height(); ++y)
        for (int x = 0; x < qr.width(); ++x)
            photo.setPixel(100 + x, 60 + y, qr.pixel(x, y));
    QVideoSink viewfinder;
    QrScanner scanner;
    scanner.setVideoSink(&viewfinder);
    QSignalSpy found(&scanner, &QrScanner::found);
    viewfinder.setVideoFrame(frameOf(photo));
    QCOMPARE(found.size(), 1);
    const QString link = found.first().first().toString();
    QVERIFY2(link.startsWith(QStringLiteral("aanwezig://pair?")), qPrintable(link));

    // The app opens the link and pairs, as the first-run screen does.
    QTemporaryDir profile;
    AppRuntime app(profile.path());
    QVERIFY(app.ok());
    app.start();
    Session &session = app.services().session();
    QVERIFY(session.openPairingLink(link));
    QCOMPARE(session.linkServerUrl(), school.server().baseUrl());
    QCOMPARE(session.linkCode(), code);
    QSignalSpy finished(&session, &Session::pairingFinished);
    session.pair(session.linkServerUrl(), session.linkCode());
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().last().toString()));
    QVERIFY(session.paired());
    QCOMPARE(session.userId(), People::parentOfS1);
}

void TstQrPairing::otherCodesAreNotALink()
{
    QTemporaryDir profile;
    AppRuntime app(profile.path());
    Session &session = app.services().session();
    QSignalSpy opened(&session, &Session::pairingLinkOpened);
    for (const char *text :
         {"https://aanwezig.school.nl", "aanwezig://pair?server=https%3A%2F%2Fx.nl",
          "aanwezig://pair?server=ftp%3A%2F%2Fx.nl&code=ABCD", "aanwezig://other?server=x&code=y",
          "ABCD-EFGH-JKLM"})
        QVERIFY2(!session.openPairingLink(QLatin1String(text)), text);
    QCOMPARE(opened.size(), 0);
    const PairingLink link{QStringLiteral("https://a.nl/x?y=1&z=2"), QStringLiteral("AB&CD")};
    QCOMPARE(PairingLink::parse(link.toString()), link);
}

QTEST_MAIN(TstQrPairing)
#include "tst_qrpairing.moc"
