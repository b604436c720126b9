#include "domain/registrationcode.h"

#include <QTest>

using namespace Aanwezig;

class TestRegistrationCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nineCodesRoundTrip()
    {
        QCOMPARE(allRegistrationCodes().size(), 9);
        for (RegistrationCode code : allRegistrationCodes())
            QCOMPARE(parseRegistrationCode(codeKey(code)), code);
    }

    void unknownCodeIsRefused()
    {
        QVERIFY(!parseRegistrationCode(u"X").has_value());
        QVERIFY(!parseRegistrationCode(u"z").has_value());
        QVERIFY(!parseRegistrationCode(u"").has_value());
    }

    void flags_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("authorised");
        QTest::addColumn<bool>("parentMayReport");
        QTest::addColumn<bool>("parentMayRequest");
        QTest::newRow("A") << "A" << false << false << false;
        QTest::newRow("Z") << "Z" << true << true << false;
        QTest::newRow("OA") << "OA" << false << false << false;
        QTest::newRow("TL") << "TL" << false << false << false;
        QTest::newRow("V") << "V" << true << false << true;
        QTest::newRow("G") << "G" << true << true << false;
        QTest::newRow("D") << "D" << true << true << false;
        QTest::newRow("S") << "S" << false << false << false;
        QTest::newRow("VW") << "VW" << false << false << false;
    }

    void flags()
    {
        QFETCH(QString, key);
        QFETCH(bool, authorised);
        QFETCH(bool, parentMayReport);
        QFETCH(bool, parentMayRequest);
        const auto code = parseRegistrationCode(key);
        QVERIFY(code.has_value());
        const auto &info = codeInfo(*code);
        QCOMPARE(info.authorised, authorised);
        QCOMPARE(info.parentMayReport, parentMayReport);
        QCOMPARE(info.parentMayRequest, parentMayRequest);
        QCOMPARE(parentMaySubmit(*code), parentMayReport || parentMayRequest);
    }
};

QTEST_GUILESS_MAIN(TestRegistrationCode)
#include "tst_registrationcode.moc"
