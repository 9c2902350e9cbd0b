// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Offscreen UI tests of the 360° reports: each chart drawn into an image and checked not blank,
// the empty-data sentences, the course view's highlighting, sorting and paging, PNG export, the
// one-page summary as PDF and printed, and what a teacher sees.
#include "TestDatabase.h"

#include "reports/ReportChartPanel.h"
#include "reports/ReportCharts.h"
#include "reports/ReportCourseModel.h"
#include "reports/ReportCoursesPane.h"
#include "reports/ReportImporter.h"
#include "reports/ReportOutput.h"
#include "reports/ReportRecordTab.h"
#include "reports/ReportStudentListModel.h"
#include "reports/ReportStudentsPane.h"
#include "reports/ReportStudentView.h"
#include "shell/DeskContext.h"
#include "shell/PaneRegistry.h"
#include "storage/Query.h"
#include "students/RecordTabs.h"
#include "students/Upn.h"

#include <QApplication>
#include <QAreaSeries>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTabWidget>
#include <QtTest>

using namespace md;
using namespace md::ui;

namespace {

const QDate kToday(2026, 12, 4);

QString upn(int serial)
{
    return Upn::withCheckLetter(QStringLiteral("80120000") +
                                QString::number(serial).rightJustified(4, QLatin1Char('0')));
}

void import(Database &db, ReportImportKind kind, const QString &csv)
{
    QByteArray bytes = csv.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    auto r = ReportImporter::importFile(db, Session::system(), kind, buffer, QStringLiteral("t.csv"));
    if (!r)
        qWarning("%s", qPrintable(r.error().fullText()));
}

// Not blank: a fair share of the pixels are not the background, in several colours.
bool looksDrawn(const QImage &image)
{
    if (image.isNull())
        return false;
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    const QRgb background = img.pixel(2, 2);
    qint64 other = 0;
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 2)
        for (int x = 0; x < img.width(); x += 2) {
            const QRgb p = img.pixel(x, y);
            if (p != background)
                ++other;
            if (colours.size() < 200)
                colours.insert(p);
        }
    const double share = double(other) / (double(img.width() / 2) * double(img.height() / 2));
    return share > 0.02 && colours.size() > 8;
}

struct Desk
{
    test::TestDatabase t;
    Session mentor;
    Session teacher;
    qint64 ada = 0;
    qint64 bo = 0;
    DeskContext context;

    Desk()
    {
        mentor = t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        teacher = t.addUser(QStringLiteral("t.one"), {Role::Teacher});
        ada = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        bo = t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"));
        t.assignMentor(mentor.userId(), ada);
        t.assignMentor(mentor.userId(), bo);
        t.enrol(teacher.userId(), ada);
        t.enrol(teacher.userId(), bo);
        const Session art = t.addUser(QStringLiteral("t.two"), {Role::Teacher});
        t.enrol(art.userId(), ada, QStringLiteral("Year 8 Art"));
        Database &db = t.db();
        QString activity = QStringLiteral("UPN,Course,Week,Minutes,Messages,Posts\n");
        QString attendance = QStringLiteral("UPN,Week,Attendance\n");
        QString progress = QStringLiteral("UPN,Course,Task,Type,Due,Completed\n");
        QDate week(2026, 9, 7);
        for (int i = 0; i < 12; ++i, week = week.addDays(7)) {
            // Ada slides before the intervention (from 12 October) and recovers after it.
            const int minutes = i < 5 ? 80 - i * 8 : 40 + (i - 5) * 10;
            activity += QStringLiteral("%1,Year 8 Maths,%2,%3,%4,%5\n")
                            .arg(upn(1), week.toString(Qt::ISODate))
                            .arg(minutes)
                            .arg(i % 4)
                            .arg(i % 3);
            activity += QStringLiteral("%1,Year 8 Maths,%2,%3,1,0\n").arg(upn(2), week.toString(Qt::ISODate)).arg(60);
            attendance +=
                QStringLiteral("%1,%2,%3\n").arg(upn(1), week.toString(Qt::ISODate)).arg(i < 5 ? 92 - i * 3 : 85 + i);
            progress += QStringLiteral("%1,Year 8 Maths,Task %2,%3,%4,%5\n")
                            .arg(upn(1))
                            .arg(i)
                            .arg(i % 3 == 2 ? QStringLiteral("Optional") : QStringLiteral("Mandatory"),
                                 week.addDays(4).toString(Qt::ISODate),
                                 i % 2 ? week.addDays(3).toString(Qt::ISODate) : QString());
            progress += QStringLiteral("%1,Year 8 Maths,Task %2,Mandatory,%3,%3\n")
                            .arg(upn(2))
                            .arg(i)
                            .arg(week.addDays(4).toString(Qt::ISODate));
        }
        import(db, ReportImportKind::Activity, activity);
        import(db, ReportImportKind::Attendance, attendance);
        import(db, ReportImportKind::Progress, progress);
        import(db, ReportImportKind::Grades,
               QStringLiteral("UPN,Course,Date,Grade\n%1,Year 8 Maths,2026-09-25,55%\n%2,Year 8 Maths,2026-09-25,75%\n"
                              "%1,Year 8 Maths,2026-11-20,68%\n%2,Year 8 Maths,2026-11-20,70%\n")
                   .arg(upn(1), upn(2)));
        Query type(db, QStringLiteral("SELECT id FROM provision_types WHERE code = 'anger_management'"));
        const qint64 typeId = type.scalar()->toLongLong();
        Query i(db, QStringLiteral(
                        "INSERT INTO interventions (student_id, provision_type_id, stage, requested_via, status, "
                        "planned_on, started_on, concluded_on, outcome, created_at, updated_at) VALUES (?, ?, 2, "
                        "'direct', 'concluded', '2026-10-05', '2026-10-12', '2026-11-06', 'met', ?, ?)"));
        i.bind(ada).bind(typeId).bind(isoNow()).bind(isoNow());
        if (!i.exec())
            qWarning("intervention insert failed");
        Query s(db,
                QStringLiteral("INSERT INTO mentoring_sessions (student_id, mentor_id, session_date, period, status, "
                               "rating, created_at, updated_at) VALUES (?, ?, ?, 1, 'attended', ?, ?, ?)"));
        for (int k = 0; k < 4; ++k) {
            s.bind(ada)
                .bind(mentor.userId())
                .bind(isoDate(QDate(2026, 10, 14).addDays(7 * k)))
                .bind(2 + k % 4)
                .bind(isoNow())
                .bind(isoNow());
            if (!s.exec())
                qWarning("session insert failed");
        }
        context.setDatabase(std::move(*Database::openSqlite(t.path())));
        context.setSession(mentor);
    }
};

} // namespace

class TestReportsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    // An intervention band's boundary lines go with its chart (LeakSanitizer once found them
    // leaked: a QAreaSeries never owns them).
    void aChartFreesTheBandsItDraws()
    {
        ReportStudentReport report;
        report.from = QDate(2026, 9, 1);
        report.to = QDate(2026, 12, 1);
        report.attendance = {{QDate(2026, 9, 7), 95.0}, {QDate(2026, 9, 14), 90.0}};
        report.interventions = {{1, QStringLiteral("Band"), QDate(2026, 9, 14), QDate(2026, 10, 20), false, {}}};
        ReportChart chart = ReportCharts::pastoral(report);
        QVERIFY(!chart.isEmpty());
        QList<QPointer<QLineSeries>> lines;
        for (QAbstractSeries *series : chart.chart->series())
            if (auto *area = qobject_cast<QAreaSeries *>(series))
                lines << area->upperSeries() << area->lowerSeries();
        QCOMPARE(lines.size(), 2);
        chart.chart.reset();
        for (const QPointer<QLineSeries> &line : lines)
            QVERIFY(line.isNull());
    }

    void everyChartIsDrawnAndNotBlank()
    {
        Desk desk;
        ReportStudentsPane pane(desk.context);
        pane.resize(1300, 800);
        pane.show();
        pane.activate();
        QCOMPARE(pane.model()->rowCount(), 2);
        pane.report()->setToday(kToday);
        QVERIFY(pane.selectStudent(desk.ada));
        ReportStudentView *view = pane.report();
        QCOMPARE(view->report().studentId, desk.ada);
        int shot = 0;
        for (ReportChartPanel *panel :
             {view->activityPanel(), view->progressPanel(), view->gradesPanel(), view->pastoralPanel()}) {
            QVERIFY2(panel->showsChart(), qPrintable(panel->emptyText()));
            QVERIFY(panel->chartView()->chart()->series().size() >= 1);
            QVERIFY(looksDrawn(panel->image(QSize(800, 500))));
            QVERIFY(looksDrawn(panel->chartView()->grab().toImage()));
            if (qEnvironmentVariableIsSet("MD_REPORTS_SHOTS"))
                QVERIFY(panel->exportPng(qEnvironmentVariable("MD_REPORTS_SHOTS") + QStringLiteral("/chart-") +
                                         QString::number(++shot) + QStringLiteral(".png")));
        }
        if (qEnvironmentVariableIsSet("MD_REPORTS_SHOTS")) {
            pane.grab().save(qEnvironmentVariable("MD_REPORTS_SHOTS") + QStringLiteral("/pane.png"));
            QVERIFY(view->saveSummaryPdf(qEnvironmentVariable("MD_REPORTS_SHOTS") + QStringLiteral("/summary.pdf")));
        }
        // The pastoral chart draws the intervention as a band, and the table the before/during/after.
        const auto series = view->pastoralPanel()->chartView()->chart()->series();
        QVERIFY(std::any_of(series.cbegin(), series.cend(), [](QAbstractSeries *s) {
            return s->name() == QStringLiteral("Anger management programme");
        }));
        QAbstractItemModel *impact = view->pastoralPanel()->table()->model();
        QVERIFY(impact->rowCount() >= 4);
        QCOMPARE(impact->index(0, 0).data().toString(), QStringLiteral("Anger management programme"));
        QVERIFY(!impact->index(0, 2).data().toString().isEmpty());
        QCOMPARE(view->activityPanel()->table()->model()->rowCount(), 2);
    }

    void emptyDataIsShownAsSuch()
    {
        Desk desk;
        ReportStudentView view(desk.context);
        view.setToday(kToday);
        view.resize(1200, 700);
        QVERIFY(view.showStudent(desk.ada));
        // Art has no activity or grades: choosing it says so.
        view.activityCourse()->setCurrentIndex(view.activityCourse()->findText(QStringLiteral("Year 8 Art")));
        QVERIFY(!view.activityPanel()->showsChart());
        QCOMPARE(view.activityPanel()->emptyText(), QStringLiteral("No activity recorded for this course."));
        view.gradesCourse()->setCurrentIndex(view.gradesCourse()->findText(QStringLiteral("Year 8 Art")));
        QCOMPARE(view.gradesPanel()->emptyText(), QStringLiteral("No grades recorded for this course."));
        // The empty sentence is what an export draws, not a blank image.
        const QImage empty = view.activityPanel()->image(QSize(600, 400)).convertToFormat(QImage::Format_RGB32);
        int dark = 0;
        for (int y = 0; y < empty.height(); ++y)
            for (int x = 0; x < empty.width(); ++x)
                dark += qGray(empty.pixel(x, y)) < 128 ? 1 : 0;
        QVERIFY(dark > 200); // the sentence's letters

        // Bo has activity but no grades at all, no attendance and no behaviour recorded.
        QVERIFY(view.showStudent(desk.bo));
        QVERIFY(view.activityPanel()->showsChart());
        QVERIFY(view.gradesPanel()->showsChart());
        QCOMPARE(
            view.pastoralPanel()->emptyText(),
            QStringLiteral("No attendance, behaviour points or 1:1 session ratings recorded for this student."));
        QVERIFY(view.showStudent(0));
        QCOMPARE(view.activityPanel()->emptyText(), QStringLiteral("Choose a student to see their 360° report."));
        // A student on a course without any platform data.
        const qint64 cy = desk.t.addStudent(9, QStringLiteral("Cy"), QStringLiteral("Stone"));
        desk.t.assignMentor(desk.mentor.userId(), cy);
        desk.t.enrol(desk.teacher.userId(), cy);
        QVERIFY(view.showStudent(cy));
        QCOMPARE(view.activityPanel()->emptyText(),
                 QStringLiteral("No activity recorded in any course for this student."));
        QCOMPARE(view.progressPanel()->emptyText(), QStringLiteral("No work recorded in any course for this student."));
    }

    void exportsPngAndTheSummaryAsPdfAndPrint()
    {
        Desk desk;
        ReportStudentView view(desk.context);
        view.setToday(kToday);
        QVERIFY(view.showStudent(desk.ada));
        const QString png = desk.t.dir() + QStringLiteral("/activity.png");
        ReportOutput::setNextSaveFileName(png);
        view.activityPanel()->findChild<QPushButton *>(QString(), Qt::FindDirectChildrenOnly);
        for (QPushButton *b : view.activityPanel()->findChildren<QPushButton *>())
            if (b->accessibleName().startsWith(QStringLiteral("Export")))
                b->click();
        QImage saved(png);
        QCOMPARE(saved.size(), QSize(ReportOutput::kChartWidth, ReportOutput::kChartHeight));
        QVERIFY(looksDrawn(saved));

        const QString pdf = desk.t.dir() + QStringLiteral("/summary.pdf");
        ReportOutput::setNextSaveFileName(pdf);
        view.saveSummaryInteractive();
        const QByteArray bytes = test::fileBytes(pdf);
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.size() > 20000); // four chart images
        QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page "), 1);
        const QStringList figures = ReportOutput::keyFigures(view.report(), view.impact());
        QVERIFY(figures.join(QLatin1Char('\n')).contains(QStringLiteral("Anger management")));
        QVERIFY(figures.join(QLatin1Char('\n')).contains(QStringLiteral("Time in courses")));

        const QString printed = desk.t.dir() + QStringLiteral("/printed.pdf");
        ReportOutput::setPrintToFile(printed);
        view.printSummary();
        view.activityPanel()->printChart();
        ReportOutput::setPrintToFile(QString());
        QVERIFY(test::fileBytes(printed).startsWith("%PDF"));
    }

    void courseViewHighlightsSortsAndPages()
    {
        Desk desk;
        desk.context.setSession(desk.teacher);
        ReportCoursesPane pane(desk.context);
        pane.resize(1300, 800);
        pane.show();
        pane.activate();
        QCOMPARE(pane.courses()->count(), 1); // the teacher's Maths, not the Art they do not teach
        const int maths = pane.courses()->findData(1);
        pane.courses()->setCurrentIndex(maths);
        ReportCourseModel *model = pane.model();
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(pane.summary()->text().contains(QStringLiteral("below the course average")));
        QVERIFY(pane.panel()->showsChart());
        QVERIFY(looksDrawn(pane.panel()->image(QSize(800, 500))));
        // Ada has done half her mandatory work and Bo all of his: Ada's figure is shaded, Bo's not.
        int adaRow = model->learnerAt(0).studentId == desk.ada ? 0 : 1;
        QVERIFY(model->belowAverageCount(adaRow) > 0);
        QVERIFY(model->index(adaRow, ReportCourseModel::MandatoryColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model->index(1 - adaRow, ReportCourseModel::MandatoryColumn).data(Qt::BackgroundRole).isValid());
        // Clicking a header sorts; the chart follows.
        QHeaderView *header = pane.panel()->table()->horizontalHeader();
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(ReportCourseModel::MinutesColumn) + 5, header->height() / 2));
        const double first = *model->learnerAt(0).minutesPerWeek;
        const double second = *model->learnerAt(1).minutesPerWeek;
        QVERIFY(first <= second || header->sortIndicatorOrder() == Qt::DescendingOrder);
        QCOMPARE(pane.page(), 0);

        // The mentor sees both courses of their learners; Art has no data.
        desk.context.setSession(desk.mentor);
        ReportCoursesPane mentorPane(desk.context);
        mentorPane.activate();
        QCOMPARE(mentorPane.courses()->count(), 2);
        QVERIFY(mentorPane.showCourse(2));
        QVERIFY(!mentorPane.panel()->showsChart());
        QCOMPARE(mentorPane.panel()->emptyText(),
                 QStringLiteral("No activity, work or grades recorded for this course."));
    }

    void aTeacherSeesTheirCourseOnlyAndNoPastoralPicture()
    {
        Desk desk;
        desk.context.setSession(desk.teacher);
        ReportStudentView view(desk.context);
        view.setToday(kToday);
        QVERIFY(view.showStudent(desk.ada));
        QCOMPARE(view.report().activity.size(), 1);
        QVERIFY(view.message().contains(QStringLiteral("courses you teach")));
        QVERIFY(!view.pastoralPanel()->showsChart());
        QVERIFY(view.pastoralPanel()->emptyText().contains(QStringLiteral("for the student's mentor")));
        // A student outside every scope is refused with a message, not shown.
        const qint64 stranger = desk.t.addStudent(9, QStringLiteral("Cy"), QStringLiteral("Stone"));
        QVERIFY(!view.showStudent(stranger));
        QVERIFY(view.message().contains(QStringLiteral("not in your group")));
    }

    void panesAndRecordTabAreRegistered()
    {
        Desk desk;
        QStringList ids;
        for (const PaneInfo &p : allPanes())
            if (p.visibleFor(desk.mentor))
                ids << p.id;
        QVERIFY(ids.contains(QStringLiteral("report-students")));
        QVERIFY(ids.contains(QStringLiteral("report-courses")));
        bool tab = false;
        for (const RecordTabInfo &t : recordTabs())
            if (t.id == QStringLiteral("360") && t.visibleFor(desk.teacher)) {
                std::unique_ptr<RecordTab> w(t.create(desk.context, nullptr));
                w->showStudent(desk.ada);
                tab = static_cast<ReportRecordTab *>(w.get())->view()->report().studentId == desk.ada;
            }
        QVERIFY(tab);
        // Keyboard: typing in the filter narrows the list.
        ReportStudentsPane pane(desk.context);
        pane.show();
        pane.activate();
        QTest::keyClicks(pane.filter(), QStringLiteral("reed"));
        QTest::keyClick(pane.filter(), Qt::Key_Return);
        QCOMPARE(pane.model()->rowCount(), 1);
        QCOMPARE(pane.model()->studentIdAt(0), desk.bo);
    }
};

QTEST_MAIN(TestReportsUi)
#include "tst_reportsui.moc"
