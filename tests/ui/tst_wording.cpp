// Every reason code of core/protocol/reasoncodes.h has words of its own in
// Wording::ruleError: never the code itself, never the general sentence an
// unknown code gets. The app-only codes are left out of `all` on purpose:
// they carry the words of the check that failed.
#include "protocol/reasoncodes.h"
#include "services/actionresult.h"
#include "services/wording.h"

#include <QTest>
#include <algorithm>
#include <cstring>

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

    void appOnlyCodeCarriesTheWordsOfItsCheck()
    {
        for (const char *code : ReasonCodes::appOnly) {
            QVERIFY2(std::none_of(std::begin(ReasonCodes::all), std::end(ReasonCodes::all),
                                  [code](const char *other) { return !std::strcmp(code, other); }),
                     code);
        }
        const ActionResult refused =
            ActionResult::invalidField(QStringLiteral("Kies een datum in de toekomst."));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), QString::fromLatin1(ReasonCodes::invalidField));
        QCOMPARE(refused.words(), QStringLiteral("Kies een datum in de toekomst."));
    }
};

QTEST_GUILESS_MAIN(TestWording)
#include "tst_wording.moc"
