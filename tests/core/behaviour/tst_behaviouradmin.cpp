// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The behaviour category list as an administrator keeps it, and deleting events with undo.
#include "BehaviourFixture.h"

#include "behaviour/BehaviourCategories.h"

#include <QAbstractItemModelTester>

using namespace md;
using md::test::BehaviourFixture;

namespace {
QDateTime yesterday()
{
    return QDateTime(QDate::currentDate().addDays(-1), QTime(10, 30));
}

int auditActions(Database &db, const QString &entity, const QString &action)
{
    Query q(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = ? AND action = ?"));
    q.bind(entity).bind(action);
    return q.scalar().value().toInt();
}
} // namespace

class TestBehaviourAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void categoriesAreManagedByTheRolesTheTableAllows()
    {
        BehaviourFixture f;
        BehaviourCategoryService s(f.db());
        BehaviourCategory c = s.category(f.disruption).value();
        c.defaultPoints = -2;
        for (const Session *who : {&f.teacher, &f.mentor}) {
            QCOMPARE(s.update(*who, c).error().kind, Error::Kind::Forbidden);
            QCOMPARE(s.setActive(*who, f.disruption, false).error().kind, Error::Kind::Forbidden);
            QCOMPARE(s.remove(*who, f.disruption).error().kind, Error::Kind::Forbidden);
        }
        QVERIFY(s.update(f.teacher, c).error().message.contains(QStringLiteral("change the behaviour categories")));
        for (const Session *who : {&f.admin, &f.head, &f.lead}) {
            c.defaultPoints -= 1;
            MD_VERIFY_OK(s.update(*who, c));
        }
        QCOMPARE(s.category(f.disruption)->defaultPoints, -5);
    }

    void changesAreValidatedWithClearMessages()
    {
        BehaviourFixture f;
        BehaviourCategoryService s(f.db());
        BehaviourCategory c = s.category(f.disruption).value();
        c.name = QStringLiteral("  FIGHTING ");
        auto clash = s.update(f.admin, c);
        QCOMPARE(clash.error().kind, Error::Kind::Conflict);
        QVERIFY2(clash.error().message.contains(QStringLiteral("already a behaviour category called \"FIGHTING\"")),
                 qPrintable(clash.error().message));
        c.name = QStringLiteral(" ");
        QCOMPARE(s.update(f.admin, c).error().message, QStringLiteral("A behaviour category needs a name."));
        c.name = QStringLiteral("Disruption");
        c.defaultPoints = -101;
        auto range = s.update(f.admin, c);
        QCOMPARE(range.error().kind, Error::Kind::Invalid);
        QVERIFY2(range.error().message.contains(QStringLiteral("out of range (from -100 to 100)")),
                 qPrintable(range.error().message));
        c.defaultPoints = 3; // positive points on a negative category
        QVERIFY(s.update(f.admin, c).error().message.contains(QStringLiteral("negative category")));
        // Renaming, and an unused category may change its type.
        c.name = QStringLiteral("Low-level disruption");
        c.kind = BehaviourKind::Positive;
        MD_VERIFY_OK(s.update(f.admin, c));
        QCOMPARE(s.category(f.disruption)->name, QStringLiteral("Low-level disruption"));
        QVERIFY(f.auditRows(QStringLiteral("behaviour_category")) >= 3 + 3); // 3 created, name, kind, points
    }

    void aCategoryInUseIsRetiredNotDeleted()
    {
        BehaviourFixture f;
        BehaviourCategoryService s(f.db());
        QVERIFY(f.record(f.teacher, f.ada, f.fighting, yesterday()) > 0);
        QVERIFY(f.record(f.teacher, f.ada, f.fighting, yesterday()) > 0);
        // How many events use each category, counted in one pass; unused ones are absent.
        auto usage = s.usage();
        QVERIFY(usage);
        QCOMPARE(usage->value(f.fighting), 2);
        QVERIFY(!usage->contains(f.disruption));
        auto refused = s.remove(f.admin, f.fighting);
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY2(refused.error().message.contains(QStringLiteral("used by 2 event")) &&
                     refused.error().message.contains(QStringLiteral("retire it instead")),
                 qPrintable(refused.error().message));
        // Its type cannot change either: the event's points would contradict it.
        BehaviourCategory c = s.category(f.fighting).value();
        c.kind = BehaviourKind::Positive;
        c.defaultPoints = 5;
        QCOMPARE(s.update(f.admin, c).error().kind, Error::Kind::Conflict);

        MD_VERIFY_OK(s.setActive(f.admin, f.fighting, false));
        QCOMPARE(s.setActive(f.admin, f.fighting, false).error().kind, Error::Kind::Conflict);
        QCOMPARE(BehaviourStore(f.db()).categories(true)->size(), 2);
        // No new events in a retired category; the old one keeps it.
        QTest::ignoreMessage(QtWarningMsg, "record: The category \"Fighting\" is no longer in use.");
        QCOMPARE(f.record(f.teacher, f.bo, f.fighting, yesterday()), 0);
        QCOMPARE(BehaviourStore(f.db()).list(f.head, {}, 10)->first().categoryName, QStringLiteral("Fighting"));
        MD_VERIFY_OK(s.setActive(f.head, f.fighting, true));
        QVERIFY(f.record(f.teacher, f.bo, f.fighting, yesterday()) > 0);

        // An unused category is deleted, and the deletion audited.
        MD_VERIFY_OK(s.remove(f.admin, f.good));
        QCOMPARE(s.category(f.good).error().kind, Error::Kind::NotFound);
        QCOMPARE(auditActions(f.db(), QStringLiteral("behaviour_category"), QStringLiteral("delete")), 1);
    }

    void categoryModelShowsTypePointsUseAndStatus()
    {
        BehaviourFixture f;
        QVERIFY(f.record(f.teacher, f.ada, f.disruption, yesterday()) > 0);
        QVERIFY(f.record(f.teacher, f.bo, f.disruption, yesterday()) > 0);
        MD_VERIFY_OK(BehaviourCategoryService(f.db()).setActive(f.admin, f.fighting, false));
        BehaviourCategoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(f.db());
        MD_VERIFY_OK(model.load());
        QCOMPARE(model.rowCount(), 3);
        const int good = model.rowOf(f.good);
        const int disruption = model.rowOf(f.disruption);
        const int fighting = model.rowOf(f.fighting);
        QCOMPARE(model.index(good, BehaviourCategoryModel::KindColumn).data().toString(), QStringLiteral("Positive"));
        QCOMPARE(model.index(good, BehaviourCategoryModel::PointsColumn).data().toString(), QStringLiteral("+2"));
        QVERIFY(model.index(disruption, BehaviourCategoryModel::UsedColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("2 event")));
        QCOMPARE(model.index(fighting, BehaviourCategoryModel::StatusColumn).data().toString(),
                 QStringLiteral("Retired"));
        QCOMPARE(model.index(disruption, 0).data(BehaviourCategoryModel::CategoryIdRole).toLongLong(), f.disruption);
    }

    void deletedEventComesBackWithUndo()
    {
        BehaviourFixture f;
        BehaviourStore store(f.db());
        const qint64 id = f.record(f.teacher, f.ada, f.fighting, yesterday(), f.maths);
        const qint64 newer = f.record(f.teacher, f.bo, f.good, yesterday());
        const BehaviourEvent before = store.list(f.head, {}, 10)->last();
        QCOMPARE(before.id, id);
        BehaviourDeletion taken;
        MD_VERIFY_OK(store.deleteEvent(f.teacher, id, &taken));
        QCOMPARE(taken.event.id, id);
        QVERIFY(!taken.recordedAt.isEmpty());
        QCOMPARE(store.count(f.head, {}).value(), 1);
        // Only the person who deleted it undoes it.
        QCOMPARE(store.restoreEvent(f.head, taken).error().kind, Error::Kind::Forbidden);
        auto back = store.restoreEvent(f.teacher, taken);
        MD_VERIFY_OK(back);
        QCOMPARE(*back, id); // its own id again
        const QList<BehaviourEvent> rows = store.list(f.head, {}, 10).value();
        QCOMPARE(rows.size(), 2);
        const BehaviourEvent &after = rows.last();
        QCOMPARE(after.id, id);
        QCOMPARE(after.studentId, before.studentId);
        QCOMPARE(after.occurredAt, before.occurredAt);
        QCOMPARE(after.courseId, f.maths);
        QCOMPARE(after.points, -5);
        QCOMPARE(after.recordedBy, f.teacher.userId());
        QCOMPARE(after.description, before.description);
        QCOMPARE(auditActions(f.db(), QStringLiteral("behaviour_event"), QStringLiteral("restore")), 1);
        // Undoing twice puts nothing back a second time.
        QCOMPARE(store.restoreEvent(f.teacher, taken).error().kind, Error::Kind::Conflict);
        QVERIFY(newer > 0);
    }

    void deletingFollowsTheRoleTable()
    {
        BehaviourFixture f;
        BehaviourStore store(f.db());
        const qint64 byTeacher = f.record(f.teacher, f.bo, f.disruption, yesterday());
        const BehaviourEvent e = store.list(f.head, {}, 10)->first();
        // The recorder, the headteacher and the lead mentor may; a mentor who did not record it,
        // another teacher and the administrator may not.
        QCOMPARE(store.mayDelete(f.teacher, e).value(), true);
        QCOMPARE(store.mayDelete(f.head, e).value(), true);
        QCOMPARE(store.mayDelete(f.lead, e).value(), true);
        QCOMPARE(store.mayDelete(f.mentor, e).value(), false);
        QCOMPARE(store.mayDelete(f.teacher2, e).value(), false);
        QCOMPARE(store.mayDelete(f.admin, e).value(), false);
        QCOMPARE(store.deleteEvent(f.teacher2, byTeacher).error().kind, Error::Kind::Forbidden);
        QCOMPARE(store.deleteEvent(f.admin, byTeacher).error().kind, Error::Kind::Forbidden);
        MD_VERIFY_OK(store.deleteEvent(f.lead, byTeacher));
        QCOMPARE(store.deleteEvent(f.head, byTeacher).error().kind, Error::Kind::NotFound);
        // A mentor deletes what they recorded for their own learner.
        const qint64 byMentor = f.record(f.mentor, f.di, f.good, yesterday());
        MD_VERIFY_OK(store.deleteEvent(f.mentor, byMentor));
        QCOMPARE(auditActions(f.db(), QStringLiteral("behaviour_event"), QStringLiteral("delete")), 2);
    }
};

QTEST_GUILESS_MAIN(TestBehaviourAdmin)
#include "tst_behaviouradmin.moc"
