// Every reason code of core/protocol/reasoncodes.h has words of its own in
// Wording::ruleError: never the code itself, never the general sentence an
// unknown code gets.
#include "protocol/reasoncodes.h"
#include "services/wording.h"

#include <QTest>

using namespace Aanwezig;

class TestWording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyReasonCodeHasWords_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : ReasonCodes::all)
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void everyReasonCodeHasWords()
    {
        QFETCH(QString, code);
        const QString general = Wording::ruleError({QStringLiteral("a_code_nobody_knows"), {}});
        const QString words = Wording::ruleError({code, {}});
        QVERIFY(!words.isEmpty());
        QVERIFY2(words != general, qPrintable(code + QStringLiteral(" has no words of its own")));
        QVERIFY2(!words.contains(code), qPrintable(words));
    }
};

QTEST_GUILESS_MAIN(TestWording)
#include "tst_wording.moc"
