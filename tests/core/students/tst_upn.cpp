// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "students/Upn.h"

#include <QtTest>

using md::Upn;

// Unique Pupil Numbers: the check letter, the shape, temporary UPNs and building one from 12 characters.
class TestUpn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidUpn_data();
    void acceptsValidUpn();
    void refusesWrongCheckLetter_data();
    void refusesWrongCheckLetter();
    void refusesWrongLength_data();
    void refusesWrongLength();
    void refusesNonDigits_data();
    void refusesNonDigits();
    void refusesMissingUpn();
    void acceptsTemporaryUpnEndingInLetter();
    void refusesTemporaryUpnEndingInLetterOutsideAlphabet();
    void checkLetterIsNullForMalformedUpn();
    void withCheckLetterRoundTrips_data();
    void withCheckLetterRoundTrips();
    void withCheckLetterRefusesMalformedInput();
};

void TestUpn::acceptsValidUpn_data()
{
    QTest::addColumn<QString>("upn");
    QTest::newRow("B801200005001") << QStringLiteral("B801200005001");
    QTest::newRow("Q801200005002") << QStringLiteral("Q801200005002");
    QTest::newRow("W801200005015") << QStringLiteral("W801200005015");
}

void TestUpn::acceptsValidUpn()
{
    QFETCH(QString, upn);
    const md::Status s = Upn::validate(upn);
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    QCOMPARE(Upn::checkLetter(upn), upn.at(0));
}

void TestUpn::refusesWrongCheckLetter_data()
{
    QTest::addColumn<QString>("upn");
    QTest::newRow("A instead of B") << QStringLiteral("A801200005001");
    QTest::newRow("one digit changed") << QStringLiteral("B801200005002");
    QTest::newRow("lower-case check letter") << QStringLiteral("b801200005001");
}

void TestUpn::refusesWrongCheckLetter()
{
    QFETCH(QString, upn);
    const md::Status s = Upn::validate(upn);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, md::Error::Kind::Invalid);
    QCOMPARE(s.error().message, QStringLiteral("UPN '%1' has the wrong check letter").arg(upn));
}

void TestUpn::refusesWrongLength_data()
{
    QTest::addColumn<QString>("upn");
    QTest::addColumn<QString>("message");
    QTest::newRow("12 characters") << QStringLiteral("B80120000500")
                                   << QStringLiteral("UPN 'B80120000500' must be 13 characters, not 12");
    QTest::newRow("14 characters") << QStringLiteral("B8012000050011")
                                   << QStringLiteral("UPN 'B8012000050011' must be 13 characters, not 14");
    QTest::newRow("with a space") << QStringLiteral("B801200005001 ")
                                  << QStringLiteral("UPN 'B801200005001 ' must be 13 characters, not 14");
}

void TestUpn::refusesWrongLength()
{
    QFETCH(QString, upn);
    QFETCH(QString, message);
    const md::Status s = Upn::validate(upn);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message, message);
}

void TestUpn::refusesNonDigits_data()
{
    QTest::addColumn<QString>("upn");
    QTest::newRow("letter O for zero") << QStringLiteral("B8012000O5001");
    QTest::newRow("hyphen") << QStringLiteral("B8012-0005001");
    QTest::newRow("full-width digit") << QStringLiteral("B80120000500") + QChar(0xFF11);
    QTest::newRow("Arabic-Indic digit") << QStringLiteral("B8012000") + QChar(0x0665) + QStringLiteral("5001");
}

void TestUpn::refusesNonDigits()
{
    QFETCH(QString, upn);
    const md::Status s = Upn::validate(upn);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message, QStringLiteral("UPN '%1' must be a letter, 11 digits and a digit or letter").arg(upn));
}

void TestUpn::refusesMissingUpn()
{
    const md::Status s = Upn::validate(QString());
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message, QStringLiteral("UPN is missing"));
}

void TestUpn::acceptsTemporaryUpnEndingInLetter()
{
    const QString temporary = Upn::withCheckLetter(QStringLiteral("80120000501A"));
    QCOMPARE(temporary, QStringLiteral("A80120000501A"));
    QVERIFY(Upn::validate(temporary).ok());
    // The final letter counts towards the check letter, like a digit does.
    QVERIFY(!Upn::validate(QStringLiteral("A80120000501B")).ok());
}

void TestUpn::refusesTemporaryUpnEndingInLetterOutsideAlphabet()
{
    // I, O and S are not in the check-letter alphabet, so they cannot end a temporary UPN.
    for (const char *upn : {"A80120000501I", "A80120000501O", "A80120000501S"}) {
        const md::Status s = Upn::validate(QString::fromLatin1(upn));
        QVERIFY2(!s.ok(), upn);
        QCOMPARE(s.error().message,
                 QStringLiteral("UPN '%1' must be a letter, 11 digits and a digit or letter").arg(QLatin1String(upn)));
    }
}

void TestUpn::checkLetterIsNullForMalformedUpn()
{
    QVERIFY(Upn::checkLetter(QStringLiteral("B80120000500")).isNull());
    QVERIFY(Upn::checkLetter(QStringLiteral("B8012000O5001")).isNull());
    QCOMPARE(Upn::checkLetter(QStringLiteral("A801200005001")), QLatin1Char('B'));
}

void TestUpn::withCheckLetterRoundTrips_data()
{
    QTest::addColumn<QString>("twelve");
    QTest::addColumn<QString>("expected");
    QTest::newRow("801200005001") << QStringLiteral("801200005001") << QStringLiteral("B801200005001");
    QTest::newRow("801200005002") << QStringLiteral("801200005002") << QStringLiteral("Q801200005002");
    QTest::newRow("801200005010") << QStringLiteral("801200005010") << QStringLiteral("A801200005010");
    QTest::newRow("temporary") << QStringLiteral("80120000501A") << QStringLiteral("A80120000501A");
}

void TestUpn::withCheckLetterRoundTrips()
{
    QFETCH(QString, twelve);
    QFETCH(QString, expected);
    const QString upn = Upn::withCheckLetter(twelve);
    QCOMPARE(upn, expected);
    QVERIFY(Upn::validate(upn).ok());
    QCOMPARE(upn.mid(1), twelve);
}

void TestUpn::withCheckLetterRefusesMalformedInput()
{
    QVERIFY(Upn::withCheckLetter(QStringLiteral("80120000500")).isEmpty());  // 11 characters
    QVERIFY(Upn::withCheckLetter(QStringLiteral("8012O0005001")).isEmpty()); // a letter among the digits
}

QTEST_GUILESS_MAIN(TestUpn)
#include "tst_upn.moc"
