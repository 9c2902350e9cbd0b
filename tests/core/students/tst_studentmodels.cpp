// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "students/ParentListModel.h"
#include "students/StudentFilterModel.h"
#include "students/StudentListModel.h"
#include "students/StudentStore.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace md;

class TestStudentModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listModelPassesModelTesterAndShowsScope()
    {
        test::TestDatabase t;
        const Session mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        const qint64 ada = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"), 7, QStringLiteral("7B"));
        t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"), 9, QStringLiteral("9C"));
        t.assignMentor(mentor.userId(), ada);

        StudentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.load(t.db(), Session::system()));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, StudentListModel::NameColumn).data().toString(), QStringLiteral("Quill, Ada"));
        QCOMPARE(model.index(0, StudentListModel::MentorColumn).data().toString(), QStringLiteral("m.one"));
        QVERIFY(model.load(t.db(), mentor));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(StudentListModel::StudentIdRole).toLongLong(), ada);
    }

    void badgesAreReadableText()
    {
        Student s;
        s.senStatus = SenStatus::Support;
        s.pupilPremium = true;
        s.lookedAfter = true;
        s.priorityFlags = {QStringLiteral("Young carer")};
        QCOMPARE(s.badges(), (QStringList{QStringLiteral("SEN K"), QStringLiteral("PP"), QStringLiteral("LAC"),
                                          QStringLiteral("Young carer")}));
    }

    void filterMatchesEveryWordAcrossNameUpnGroupAndFlags()
    {
        test::TestDatabase t;
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"), 7, QStringLiteral("7B"));
        t.addStudent(2, QStringLiteral("Adam"), QStringLiteral("Reed"), 9, QStringLiteral("9C"));
        t.addStudent(3, QStringLiteral("Bo"), QStringLiteral("Stone"), 9, QStringLiteral("9C"));
        StudentListModel model;
        QVERIFY(model.load(t.db(), Session::system()));
        StudentFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 3);
        filter.setFilterText(QStringLiteral("ada"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setFilterText(QStringLiteral("ADA 9c"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Reed, Adam"));
        const QString upn = model.rowAt(model.rowOfStudent(filter.index(0, 0).data(StudentListModel::StudentIdRole).toLongLong())).student.upn;
        filter.setFilterText(upn.left(9).toLower());
        QVERIFY(filter.rowCount() >= 1);
        filter.setFilterText(QStringLiteral("nobody-matches-this"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setFilterText(QString());
        QCOMPARE(filter.rowCount(), 3);
    }

    void sortingByYearIsNumeric()
    {
        test::TestDatabase t;
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"), 10, QStringLiteral("10A"));
        t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"), 7, QStringLiteral("7A"));
        t.addStudent(3, QStringLiteral("Cy"), QStringLiteral("Stone"), 9, QStringLiteral("9A"));
        StudentListModel model;
        QVERIFY(model.load(t.db(), Session::system()));
        StudentFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(StudentListModel::YearColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, StudentListModel::YearColumn).data().toInt(), 7);
        QCOMPARE(filter.index(2, StudentListModel::YearColumn).data().toInt(), 10);
    }

    void parentModelShowsContactDetails()
    {
        ParentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Parent p;
        p.title = QStringLiteral("Mr");
        p.forename = QStringLiteral("Jon");
        p.surname = QStringLiteral("Quill");
        p.relationship = QStringLiteral("Father");
        p.phone = QStringLiteral("07700 900001");
        p.address = QStringLiteral("1 Example Row\nTesttown");
        model.setParents({p});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ParentListModel::NameColumn).data().toString(), QStringLiteral("Mr Jon Quill"));
        QCOMPARE(model.index(0, ParentListModel::AddressColumn).data().toString(), QStringLiteral("1 Example Row, Testtown"));
        QCOMPARE(p.salutation(), QStringLiteral("Dear Mr Quill"));
    }
};

QTEST_GUILESS_MAIN(TestStudentModels)
#include "tst_studentmodels.moc"
