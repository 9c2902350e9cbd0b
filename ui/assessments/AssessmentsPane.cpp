// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessments/AssessmentsPane.h"

#include "assessments/AssessmentRosterModel.h"
#include "assessments/AssessmentService.h"
#include "common/ConflictDialog.h"
#include "common/MessageBox.h"
#include "shell/DeskContext.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace md::ui {

namespace {
// Grades are chosen from the course's scale.
class GradeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        auto *box = new QComboBox(parent);
        box->setAccessibleName(QCoreApplication::translate("md::ui::AssessmentsPane", "Grade"));
        box->addItem(QString());
        box->addItems(index.data(AssessmentRosterModel::ScaleRole).toStringList());
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(std::max(0, box->findText(index.data(Qt::EditRole).toString())));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText(), Qt::EditRole);
    }
};
} // namespace

AssessmentsPane::AssessmentsPane(DeskContext &context, QWidget *parent)
    : Pane(context, parent), m_model(new AssessmentRosterModel(this))
{
    m_model->setSource(context.db(), context.session());
    // A co-teacher's grade or comment saved meanwhile: both versions shown, the user chooses.
    m_model->setVersionedWrite([this](int version, const std::function<Status(int)> &write) -> Status {
        Error error;
        switch (ConflictDialog::save(this, this->context().db(), this->context().session().actor(), version, write,
                                     &error)) {
        case ConflictDialog::Outcome::Saved:
            return {};
        case ConflictDialog::Outcome::Discarded:
            // Theirs kept: shown once this edit has finished.
            QTimer::singleShot(0, this, &AssessmentsPane::reload);
            return Error::conflict(tr("Kept the grade and comment saved at another desk."));
        case ConflictDialog::Outcome::KeepEditing:
        case ConflictDialog::Outcome::Failed:
            break;
        }
        return error;
    });
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("My course assessments"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    top->addWidget(title);
    top->addStretch();
    m_term = new QComboBox(this);
    m_term->setAccessibleName(tr("Term"));
    auto *termLabel = new QLabel(tr("T&erm:"), this);
    termLabel->setBuddy(m_term);
    top->addWidget(termLabel);
    top->addWidget(m_term);
    m_course = new QComboBox(this);
    m_course->setAccessibleName(tr("Course"));
    m_course->setMinimumWidth(200);
    auto *courseLabel = new QLabel(tr("C&ourse:"), this);
    courseLabel->setBuddy(m_course);
    top->addWidget(courseLabel);
    top->addWidget(m_course);
    layout->addLayout(top);
    auto *stageRow = new QHBoxLayout;
    m_stage = new QLabel(this);
    m_stage->setWordWrap(true);
    m_stage->setAccessibleName(tr("Stage of the course's assessments"));
    stageRow->addWidget(m_stage, 1);
    m_complete = new QPushButton(tr("&Mark assessments complete"), this);
    m_complete->setAccessibleName(tr("Mark the course's assessments complete for the headteacher"));
    stageRow->addWidget(m_complete);
    layout->addLayout(stageRow);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Students and their grades"));
    m_view->setItemDelegateForColumn(AssessmentRosterModel::GradeColumn, new GradeDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(AssessmentRosterModel::StudentColumn, 200);
    m_view->setColumnWidth(AssessmentRosterModel::UpnColumn, 130);
    m_view->setColumnWidth(AssessmentRosterModel::GradeColumn, 130);
    layout->addWidget(m_view, 1);

    AssessmentService service(context.db());
    if (auto terms = service.terms())
        for (const AssessmentTerm &t : std::as_const(*terms))
            m_term->addItem(t.isComplete() ? tr("%1 (complete)").arg(t.name) : t.name, t.id);
    if (auto current = service.currentTerm(); current && *current)
        m_term->setCurrentIndex(std::max(0, m_term->findData((*current)->id)));
    fillCourses();
    connect(m_term, &QComboBox::currentIndexChanged, this, [this] {
        fillCourses();
        reload();
    });
    connect(m_course, &QComboBox::currentIndexChanged, this, &AssessmentsPane::reload);
    connect(m_complete, &QPushButton::clicked, this, &AssessmentsPane::markComplete);
    connect(m_model, &AssessmentRosterModel::editRefused, this, &Pane::statusMessage);
    connect(m_model, &AssessmentRosterModel::editRefused, m_stage, &QLabel::setText);
    connect(&context, &DeskContext::dataChanged, this, [this](const QString &what) {
        if (what == QLatin1String("assessments")) {
            // The courses the user teaches may have changed (Courses and terms).
            const QVariant keep = m_course->currentData();
            fillCourses();
            if (const int row = m_course->findData(keep); row >= 0) {
                const QSignalBlocker block(m_course);
                m_course->setCurrentIndex(row);
            }
            m_stale = true;
            if (isVisible())
                reload();
        }
    });
}

void AssessmentsPane::fillCourses()
{
    const QSignalBlocker block(m_course);
    m_course->clear();
    if (auto courses =
            AssessmentService(context().db()).taughtCourses(context().session(), m_term->currentData().toLongLong()))
        for (const auto &[id, name] : std::as_const(*courses))
            m_course->addItem(name, id);
}

void AssessmentsPane::activate()
{
    if (m_stale)
        reload();
}

QWidget *AssessmentsPane::primaryFocus()
{
    return m_course->count() > 0 ? static_cast<QWidget *>(m_view) : m_course;
}

void AssessmentsPane::reload()
{
    m_stale = false;
    const qint64 course = m_course->currentData().toLongLong();
    if (course == 0) {
        (void)m_model->load(0); // empties the view
        m_stage->setText(tr("You teach no course in this term."));
        m_complete->setEnabled(false);
        return;
    }
    if (Status s = m_model->load(course); !s) {
        m_stage->setText(s.error().message);
        m_complete->setEnabled(false);
        return;
    }
    AssessmentService service(context().db());
    auto term = service.term(m_term->currentData().toLongLong());
    auto stage = service.stage(course);
    if (!term || !stage)
        return;
    QString text = tr("Stage: %1.").arg(assessmentStageLabel(*stage));
    if (term->isComplete()) {
        text += QLatin1Char(' ') + tr("The term is complete: these assessments are locked.");
    } else if (*stage == AssessmentStage::Returned) {
        if (auto comment = service.returnComment(context().session(), course); comment && !comment->isEmpty())
            text += QLatin1Char(' ') + tr("Returned by the headteacher: %1").arg(*comment);
    } else if (*stage == AssessmentStage::Complete) {
        text += QLatin1Char(' ') + tr("Waiting for the headteacher's approval.");
    }
    m_stage->setText(text);
    m_complete->setEnabled(!term->isComplete() && *stage != AssessmentStage::Complete &&
                           *stage != AssessmentStage::Approved);
}

bool AssessmentsPane::markComplete()
{
    const qint64 course = m_course->currentData().toLongLong();
    if (Status s = AssessmentService(context().db()).markComplete(context().session(), course); !s) {
        m_stage->setText(s.error().message);
        Q_EMIT statusMessage(s.error().message);
        return false;
    }
    context().notifyChanged(QStringLiteral("assessments"));
    reload();
    Q_EMIT statusMessage(tr("Marked the assessments of %1 complete.").arg(m_course->currentText()));
    return true;
}

} // namespace md::ui
