// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for the crash-safety test: writes through the core until it is killed.
//   md_crashchild batches DB   — commits batches of 50 students, each batch one transaction, with a
//                                tiny WAL auto-checkpoint so kills also land inside checkpoints
//   md_crashchild checkpoint DB — alternates writes and explicit TRUNCATE checkpoints
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "students/StudentStore.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace md;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 2;
    auto db = Database::openSqlite(args.at(2));
    if (!db) {
        QTextStream(stderr) << db.error().message << Qt::endl;
        return 1;
    }
    const bool checkpoints = args.at(1) == QLatin1String("checkpoint");
    Query autoCheckpoint(**db, QStringLiteral("PRAGMA wal_autocheckpoint = 8"));
    if (!autoCheckpoint.exec())
        return 1;
    autoCheckpoint.finish();
    QTextStream(stdout) << "ready" << Qt::endl;
    for (int batch = 0;; ++batch) {
        {
            Transaction tx(**db);
            if (!tx.ok())
                return 1;
            StudentWriter writer(**db, Actor{0, QStringLiteral("crash-test")});
            for (int i = 0; i < 50; ++i) {
                Student s;
                s.upn = QStringLiteral("K%1").arg(qint64(batch) * 50 + i, 12, 10, QLatin1Char('0'));
                s.legalForename = QStringLiteral("Child");
                s.legalSurname = QString(300, QLatin1Char('x'));
                if (!writer.upsertByUpn(s))
                    return 1;
            }
            if (!tx.commit())
                return 1;
        }
        if (checkpoints) {
            Query cp(**db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            cp.exec().ok();
        }
    }
}
