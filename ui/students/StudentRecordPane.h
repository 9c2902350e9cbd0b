// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "shell/Pane.h"
#include "students/RecordTabs.h"

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QFormLayout;
class QStackedWidget;

namespace md {
class ParentListModel;
}

namespace md::ui {

// One student's record: a header (name, UPN, year, tutor group, flags) and tabs — overview,
// parents and carers, then one per capability.
class StudentRecordPane : public Pane
{
    Q_OBJECT
public:
    explicit StudentRecordPane(DeskContext &context, QWidget *parent = nullptr);

    void showStudent(qint64 studentId);
    qint64 studentId() const { return m_studentId; }
    void activate() override;
    // Writes the subject access export as JSON and, beside it, PDF (sealed with a passphrase when given).
    Status exportSubjectAccessTo(const QString &jsonPath, const QString &passphrase = {});
    QPushButton *exportButton() const { return m_exportButton; }
    QWidget *primaryFocus() override;

    QTabWidget *tabs() const { return m_tabs; }
    QLabel *heading() const { return m_name; }

private:
    void clearOverview();
    void exportSubjectAccess();

    qint64 m_studentId = 0;
    QStackedWidget *m_stack;
    QLabel *m_emptyState;
    QLabel *m_name;
    QPushButton *m_exportButton;
    QString m_upn;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QFormLayout *m_overview;
    QWidget *m_overviewPage;
    QTableView *m_parentsView;
    QLabel *m_parentsNote;
    ParentListModel *m_parents;
    QList<RecordTab *> m_extraTabs;
};

} // namespace md::ui
