// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "students/ParentListModel.h"
#include "students/StudentFilterModel.h"
#include "students/StudentListModel.h"
#include "students/StudentStore.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

#include <algorithm>

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

    // The filter ranks rows once per column to sort quickly after each keystroke: the rows shown
    // must be those the words match, in the order Qt's own comparison gives, for every column, both
    // ways, under every filter, and again after the list reloads with other students. (Rows that
    // compare equal may come in any order; the filter keeps the list's own.)
    void rankedSortMatchesQtsOwnOrder()
    {
        test::TestDatabase t;
        const QStringList surnames{QStringLiteral("Quill"), QStringLiteral("quill"), QStringLiteral("Ábel"),
                                   QStringLiteral("Reed"), QStringLiteral("O'Neil"), QStringLiteral("Reed")};
        const QStringList forenames{QStringLiteral("Ada"), QStringLiteral("Bo"), QStringLiteral("Cy"), QStringLiteral("Di")};
        for (int i = 0; i < 24; ++i)
            t.addStudent(i + 1, forenames.at(i % 4), surnames.at(i % 6), 7 + i % 5,
                         QStringLiteral("%1%2").arg(7 + i % 5).arg(QChar(u'A' + i % 3)));
        StudentListModel model;
        QVERIFY(model.load(t.db(), Session::system()));
        StudentFilterModel ranked;
        ranked.setSourceModel(&model);
        struct QtComparison : QSortFilterProxyModel
        {
            using QSortFilterProxyModel::lessThan;
        } qt;
        qt.setSourceModel(&model);
        qt.setSortRole(ranked.sortRole());
        const auto check = [&](int column, Qt::SortOrder direction, const QString &text) {
            const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QList<int> expected;
            for (int r = 0; r < model.rowCount(); ++r)
                if (std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return model.searchTextAt(r).contains(w); }))
                    expected << r;
            QList<int> shown;
            for (int r = 0; r < ranked.rowCount(); ++r)
                shown << ranked.mapToSource(ranked.index(r, column)).row();
            QList<int> sortedShown = shown;
            std::sort(sortedShown.begin(), sortedShown.end());
            if (sortedShown != expected)
                return QStringLiteral("'%1' shows other rows").arg(text);
            for (int i = 1; i < shown.size(); ++i) {
                const QModelIndex before = model.index(shown.at(i - 1), column);
                const QModelIndex after = model.index(shown.at(i), column);
                if (direction == Qt::AscendingOrder ? qt.lessThan(after, before) : qt.lessThan(before, after))
                    return QStringLiteral("column %1, '%2': rows %3 and %4 out of order")
                        .arg(column)
                        .arg(text)
                        .arg(shown.at(i - 1))
                        .arg(shown.at(i));
            }
            return QString();
        };
        for (int column = 0; column < StudentListModel::ColumnCount; ++column) {
            for (Qt::SortOrder direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                ranked.sort(column, direction);
                for (const QString &text : {QString(), QStringLiteral("q"), QStringLiteral("re"), QStringLiteral("bo 9"), QString()}) {
                    ranked.setFilterText(text);
                    const QString problem = check(column, direction, text);
                    QVERIFY2(problem.isEmpty(), qPrintable(problem));
                }
            }
        }
        // Reloaded with more students: the ranks are made again, not reused.
        t.addStudent(90, QStringLiteral("Al"), QStringLiteral("Aaron"), 13, QStringLiteral("13Z"));
        QVERIFY(model.load(t.db(), Session::system()));
        ranked.sort(StudentListModel::NameColumn, Qt::AscendingOrder);
        ranked.setFilterText(QStringLiteral("a"));
        QVERIFY2(check(StudentListModel::NameColumn, Qt::AscendingOrder, QStringLiteral("a")).isEmpty(), "after reload");
        ranked.setFilterText(QString());
        QVERIFY2(check(StudentListModel::NameColumn, Qt::AscendingOrder, QString()).isEmpty(), "after reload");
        QCOMPARE(ranked.index(0, StudentListModel::NameColumn).data().toString(), QStringLiteral("Aaron, Al"));
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
