// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessments/CourseEditor.h"

#include "assessments/AssessmentService.h"
#include "assessments/CourseCatalogue.h"
#include "common/MessageBox.h"
#include "shell/DeskContext.h"
#include "students/StudentStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setBuddy(buddy);
    return l;
}
} // namespace

CourseEditor::CourseEditor(DeskContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new AssessmentCourseModel(this))
{
    m_model->setSource(context.db(), context.session());
    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Result of the last action on courses"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    m_filter = new QComboBox(left);
    m_filter->setAccessibleName(tr("Show the courses of this term"));
    m_filter->setMinimumWidth(m_filter->fontMetrics().horizontalAdvance(QStringLiteral("Autumn term 2026 (complete)")) +
                              40);
    filterRow->addWidget(buddyLabel(tr("Show &in term:"), m_filter, left));
    filterRow->addWidget(m_filter, 1);
    m_new = new QPushButton(tr("&New course"), left);
    m_new->setAccessibleName(tr("Start a new course"));
    filterRow->addWidget(m_new);
    leftLayout->addLayout(filterRow);
    m_view = new QTableView(left);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Courses"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(AssessmentCourseModel::NameColumn, 190);
    m_view->setColumnWidth(AssessmentCourseModel::YearColumn, 50);
    m_view->setColumnWidth(AssessmentCourseModel::TermColumn, 110);
    m_view->setColumnWidth(AssessmentCourseModel::TeachersColumn, 150);
    m_view->setColumnWidth(AssessmentCourseModel::StudentsColumn, 110);
    leftLayout->addWidget(m_view, 1);
    splitter->addWidget(left);

    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form narrows; only the lists scroll
    auto *right = new QWidget(scroll);
    auto *grid = new QGridLayout(right);
    auto *details = new QGroupBox(tr("Course"), right);
    auto *form = new QFormLayout(details);
    m_name = new QLineEdit(details);
    m_name->setAccessibleName(tr("Course name"));
    m_name->setMaxLength(CourseCatalogue::kMaxNameLength);
    form->addRow(buddyLabel(tr("Na&me:"), m_name, details), m_name);
    m_subject = new QLineEdit(details);
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setMaxLength(CourseCatalogue::kMaxNameLength);
    form->addRow(buddyLabel(tr("Su&bject:"), m_subject, details), m_subject);
    m_year = new QSpinBox(details);
    m_year->setAccessibleName(tr("Year group"));
    m_year->setRange(0, 14);
    m_year->setSpecialValueText(tr("None"));
    form->addRow(buddyLabel(tr("&Year group:"), m_year, details), m_year);
    m_term = new QComboBox(details);
    m_term->setAccessibleName(tr("The course's term"));
    m_term->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    form->addRow(buddyLabel(tr("Te&rm:"), m_term, details), m_term);
    m_state = new QLabel(details);
    m_state->setWordWrap(true);
    m_state->setAccessibleName(tr("The course's state"));
    form->addRow(tr("Status:"), m_state);
    auto *saveRow = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save course"), details);
    m_save->setAccessibleName(tr("Save the course's details, teachers and grading scale (Ctrl+S)"));
    m_save->setToolTip(tr("Ctrl+S"));
    saveRow->addWidget(m_save);
    saveRow->addStretch();
    form->addRow(saveRow);
    grid->addWidget(details, 0, 0);

    auto *teachersBox = new QGroupBox(tr("Teachers"), right);
    auto *teachersLayout = new QVBoxLayout(teachersBox);
    m_teachers = new QListWidget(teachersBox);
    m_teachers->setAccessibleName(tr("Teachers of the course (Space ticks)"));
    teachersLayout->addWidget(buddyLabel(tr("Te&achers (tick with Space):"), m_teachers, teachersBox));
    teachersLayout->addWidget(m_teachers);
    m_teachers->setMinimumHeight(120);
    grid->addWidget(teachersBox, 1, 0);

    auto *scaleBox = new QGroupBox(tr("Grading scale, best first"), right);
    auto *scaleLayout = new QGridLayout(scaleBox);
    m_scale = new QListWidget(scaleBox);
    m_scale->setAccessibleName(tr("Grades of the course, best first (Ctrl+Up and Ctrl+Down move, Delete removes)"));
    scaleLayout->addWidget(buddyLabel(tr("Grading s&cale:"), m_scale, scaleBox), 0, 0, 1, 2);
    scaleLayout->addWidget(m_scale, 1, 0, 4, 1);
    m_up = new QPushButton(tr("Up"), scaleBox);
    m_up->setAccessibleName(tr("Move the grade up (Ctrl+Up)"));
    m_down = new QPushButton(tr("Down"), scaleBox);
    m_down->setAccessibleName(tr("Move the grade down (Ctrl+Down)"));
    m_removeGrade = new QPushButton(tr("Remove"), scaleBox);
    m_removeGrade->setAccessibleName(tr("Remove the grade (Delete)"));
    scaleLayout->addWidget(m_up, 1, 1);
    scaleLayout->addWidget(m_down, 2, 1);
    scaleLayout->addWidget(m_removeGrade, 3, 1);
    m_grade = new QLineEdit(scaleBox);
    m_grade->setAccessibleName(tr("A grade to add at the end (Enter adds)"));
    m_grade->setMaxLength(20);
    scaleLayout->addWidget(buddyLabel(tr("A&dd grade:"), m_grade, scaleBox), 5, 0, 1, 2);
    scaleLayout->addWidget(m_grade, 6, 0, 1, 2);
    m_preset = new QComboBox(scaleBox);
    m_preset->setAccessibleName(tr("Replace the grades with a common scale"));
    // Long preset texts must not widen the form past the pane. (A size policy, not a size-adjust
    // policy: that would create the popup's view early, a control without a name.)
    m_preset->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_preset->addItem(tr("Choose a common scale…"));
    for (const auto &[name, grades] : CourseCatalogue::gradingScalePresets())
        m_preset->addItem(tr("%1: %2").arg(name, grades.join(QStringLiteral(", "))), grades);
    scaleLayout->addWidget(buddyLabel(tr("Pr&eset:"), m_preset, scaleBox), 7, 0, 1, 2);
    scaleLayout->addWidget(m_preset, 8, 0, 1, 2);
    grid->addWidget(scaleBox, 2, 0);

    auto *studentsBox = new QGroupBox(tr("Enrolled students"), right);
    auto *studentsLayout = new QGridLayout(studentsBox);
    m_students = new QListWidget(studentsBox);
    m_students->setAccessibleName(tr("Students enrolled on the course (Delete takes them off)"));
    m_students->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_students->setMinimumHeight(180);
    studentsLayout->addWidget(buddyLabel(tr("Enro&lled:"), m_students, studentsBox), 0, 0, 1, 3);
    studentsLayout->addWidget(m_students, 1, 0, 1, 3);
    m_unenrol = new QPushButton(tr("Remo&ve from course"), studentsBox);
    m_unenrol->setAccessibleName(tr("Take the selected students off the course (Delete)"));
    studentsLayout->addWidget(m_unenrol, 2, 0, 1, 3);
    m_group = new QComboBox(studentsBox);
    m_group->setAccessibleName(tr("Tutor group to enrol"));
    m_enrolGroup = new QPushButton(tr("Enrol group"), studentsBox);
    m_enrolGroup->setAccessibleName(tr("Enrol every student of the tutor group"));
    studentsLayout->addWidget(buddyLabel(tr("Tutor grou&p:"), m_group, studentsBox), 3, 0);
    studentsLayout->addWidget(m_group, 3, 1);
    studentsLayout->addWidget(m_enrolGroup, 3, 2);
    m_upn = new QLineEdit(studentsBox);
    m_upn->setAccessibleName(tr("Enrol one student by UPN (Enter enrols)"));
    m_upn->setPlaceholderText(tr("UPN, then Enter"));
    studentsLayout->addWidget(buddyLabel(tr("&UPN:"), m_upn, studentsBox), 4, 0);
    studentsLayout->addWidget(m_upn, 4, 1, 1, 2);
    grid->addWidget(studentsBox, 3, 0);
    scroll->setWidget(right);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 420});
    layout->addWidget(splitter, 1);

    const auto keyOn = [this](QWidget *w, const QKeySequence &key, auto slot) {
        auto *s = new QShortcut(key, w);
        s->setContext(Qt::WidgetShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    keyOn(m_scale, QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveGrade(-1); });
    keyOn(m_scale, QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveGrade(1); });
    keyOn(m_scale, QKeySequence::Delete, [this] { removeGrade(); });
    keyOn(m_students, QKeySequence::Delete, [this] { unenrolSelected(); });

    connect(m_new, &QPushButton::clicked, this, &CourseEditor::startNew);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveGrade(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveGrade(1); });
    connect(m_removeGrade, &QPushButton::clicked, this, &CourseEditor::removeGrade);
    connect(m_grade, &QLineEdit::returnPressed, this, [this] {
        addGrade(m_grade->text());
        m_grade->clear();
    });
    connect(m_preset, &QComboBox::activated, this, &CourseEditor::applyPreset);
    connect(m_unenrol, &QPushButton::clicked, this, [this] { unenrolSelected(); });
    connect(m_enrolGroup, &QPushButton::clicked, this, [this] { enrolGroup(m_group->currentText()); });
    connect(m_upn, &QLineEdit::returnPressed, this, [this] {
        if (enrolUpn(m_upn->text()))
            m_upn->clear();
    });
    connect(m_name, &QLineEdit::returnPressed, this, [this] { save(); });
    connect(m_filter, &QComboBox::currentIndexChanged, this, &CourseEditor::loadList);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CourseEditor::showSelected);
    fillChoices();
}

void CourseEditor::fillChoices()
{
    const QSignalBlocker block(m_filter);
    const QVariant keepFilter = m_filter->currentData();
    m_filter->clear();
    m_term->clear();
    m_filter->addItem(tr("Every term"), qint64(0));
    m_filter->addItem(tr("No term"), qint64(-1));
    m_term->addItem(tr("No term"), qint64(0));
    AssessmentService service(m_context.db());
    qint64 current = 0;
    if (auto c = service.currentTerm(); c && *c)
        current = (*c)->id;
    if (auto terms = service.terms())
        for (const AssessmentTerm &t : std::as_const(*terms)) {
            const QString label = t.isComplete() ? tr("%1 (complete)").arg(t.name) : t.name;
            m_filter->addItem(label, t.id);
            m_term->addItem(label, t.id);
        }
    const int keep = keepFilter.isValid() ? m_filter->findData(keepFilter) : m_filter->findData(current);
    m_filter->setCurrentIndex(std::max(0, keep));
    m_teachers->clear();
    if (auto staff = CourseCatalogue(m_context.db()).teacherChoices(m_context.session()))
        for (const auto &[id, name] : std::as_const(*staff)) {
            auto *item = new QListWidgetItem(name, m_teachers);
            item->setData(kIdRole, id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    m_group->clear();
    if (auto groups = CourseCatalogue(m_context.db()).tutorGroups(m_context.session()))
        m_group->addItems(*groups);
}

void CourseEditor::reload()
{
    fillChoices();
    loadList();
}

void CourseEditor::loadList()
{
    const qint64 keep = m_editing;
    if (Status s = m_model->load(m_filter->currentData().toLongLong()); !s)
        showMessage(s.error().message, true);
    if (keep > 0 && selectCourse(keep))
        return;
    if (m_model->rowCount() > 0)
        selectCourse(m_model->courseAt(0).id);
    else
        startNew();
}

bool CourseEditor::selectCourse(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_model->index(row, 0));
    showSelected();
    return true;
}

void CourseEditor::showSelected()
{
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid())
        return;
    const AssessmentCourse &c = m_model->courseAt(i.row());
    m_editing = c.id;
    m_name->setText(c.name);
    m_subject->setText(c.subject);
    m_year->setValue(c.yearGroup);
    m_term->setCurrentIndex(std::max(0, m_term->findData(c.termId)));
    for (int r = 0; r < m_teachers->count(); ++r) {
        QListWidgetItem *item = m_teachers->item(r);
        item->setCheckState(c.teacherIds.contains(item->data(kIdRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    m_scale->clear();
    m_scale->addItems(c.gradingScale);
    m_savedScale = c.gradingScale;
    QString state;
    if (c.termComplete)
        state = tr("%1 is complete: this course and its assessments are locked.").arg(c.termName);
    else if (c.assessed > 0)
        state = tr("%n student(s) assessed: the grading scale and the term are fixed.", nullptr, c.assessed);
    else
        state = tr("Open; nobody assessed yet.");
    m_state->setText(state);
    setLocked(c.termComplete, c.assessed > 0);
    loadStudents();
}

void CourseEditor::setLocked(bool locked, bool scaleLocked)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_subject, m_year, m_term, m_teachers, m_save,
                                                       m_students, m_unenrol, m_group, m_enrolGroup, m_upn})
        w->setEnabled(!locked);
    for (QWidget *w : std::initializer_list<QWidget *>{m_scale, m_grade, m_preset, m_up, m_down, m_removeGrade})
        w->setEnabled(!locked && !scaleLocked);
    m_term->setEnabled(!locked && !scaleLocked);
}

void CourseEditor::loadStudents()
{
    m_students->clear();
    const bool saved = m_editing > 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_unenrol, m_group, m_enrolGroup, m_upn})
        if (!saved)
            w->setEnabled(false);
    if (!saved)
        return;
    auto rows = CourseCatalogue(m_context.db()).students(m_context.session(), m_editing);
    if (!rows) {
        showMessage(rows.error().message, true);
        return;
    }
    for (const AssessmentCourseStudent &s : std::as_const(*rows)) {
        QString text = tr("%1 (%2, %3)").arg(s.name, s.tutorGroup, s.upn);
        if (s.assessed)
            text += QLatin1Char(' ') + tr("assessed");
        auto *item = new QListWidgetItem(text, m_students);
        item->setData(kIdRole, s.id);
    }
}

void CourseEditor::startNew()
{
    m_editing = 0;
    m_view->clearSelection();
    m_view->setCurrentIndex({});
    m_name->clear();
    m_subject->clear();
    m_year->setValue(0);
    const qint64 filterTerm = m_filter->currentData().toLongLong();
    m_term->setCurrentIndex(std::max(0, m_term->findData(filterTerm > 0 ? filterTerm : 0)));
    for (int r = 0; r < m_teachers->count(); ++r)
        m_teachers->item(r)->setCheckState(Qt::Unchecked);
    m_scale->clear();
    m_scale->addItems(CourseCatalogue::gradingScalePresets().first().second);
    m_savedScale.clear();
    m_state->setText(tr("New: not saved yet. Enrol students once it is saved."));
    setLocked(false, false);
    loadStudents();
    m_name->setFocus();
}

QStringList CourseEditor::scale() const
{
    QStringList out;
    for (int r = 0; r < m_scale->count(); ++r)
        out << m_scale->item(r)->text();
    return out;
}

void CourseEditor::addGrade(const QString &grade)
{
    const QString g = grade.simplified();
    if (g.isEmpty())
        return;
    m_scale->addItem(g);
    m_scale->setCurrentRow(m_scale->count() - 1);
}

void CourseEditor::moveGrade(int delta)
{
    const int row = m_scale->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_scale->count())
        return;
    QListWidgetItem *item = m_scale->takeItem(row);
    m_scale->insertItem(to, item);
    m_scale->setCurrentRow(to);
}

void CourseEditor::removeGrade()
{
    const int row = m_scale->currentRow();
    if (row < 0)
        return;
    delete m_scale->takeItem(row);
    m_scale->setCurrentRow(std::min(row, m_scale->count() - 1));
}

void CourseEditor::applyPreset(int index)
{
    if (index <= 0)
        return;
    m_scale->clear();
    m_scale->addItems(m_preset->itemData(index).toStringList());
    m_preset->setCurrentIndex(0);
}

void CourseEditor::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #a31c1c;") : QString());
    m_message->setVisible(!text.isEmpty());
}

bool CourseEditor::save()
{
    CourseCatalogue catalogue(m_context.db());
    AssessmentCourseDraft draft;
    draft.name = m_name->text();
    draft.subject = m_subject->text();
    draft.yearGroup = m_year->value();
    draft.termId = m_term->currentData().toLongLong();
    QList<qint64> teachers;
    for (int r = 0; r < m_teachers->count(); ++r)
        if (m_teachers->item(r)->checkState() == Qt::Checked)
            teachers << m_teachers->item(r)->data(kIdRole).toLongLong();
    const QStringList grades = scale();
    qint64 id = m_editing;
    if (id == 0) {
        auto created = catalogue.createCourse(m_context.session(), draft, grades);
        if (!created) {
            showMessage(created.error().message, true);
            return false;
        }
        id = *created;
    } else {
        // The scale first: it is the part most often refused (locked once anyone is assessed).
        if (grades != m_savedScale)
            if (Status s = AssessmentService(m_context.db()).setGradingScale(m_context.session(), id, grades); !s) {
                showMessage(s.error().message, true);
                return false;
            }
        if (Status s = catalogue.updateCourse(m_context.session(), id, draft); !s) {
            showMessage(s.error().message, true);
            return false;
        }
    }
    m_editing = id;
    if (Status s = catalogue.setTeachers(m_context.session(), id, teachers); !s) {
        showMessage(s.error().message, true);
        m_context.notifyChanged(QStringLiteral("assessments"));
        return false;
    }
    showMessage(tr("Saved the course %1.").arg(draft.name.simplified()), false);
    // A new course may sit in another term than the one shown: show its term.
    if (const qint64 shown = m_filter->currentData().toLongLong();
        shown != 0 && shown != (draft.termId > 0 ? draft.termId : -1)) {
        const QSignalBlocker block(m_filter);
        m_filter->setCurrentIndex(std::max(0, m_filter->findData(draft.termId > 0 ? draft.termId : qint64(-1))));
    }
    m_context.notifyChanged(QStringLiteral("assessments"));
    reload();
    return true;
}

bool CourseEditor::enrolGroup(const QString &tutorGroup)
{
    if (m_editing == 0 || tutorGroup.isEmpty())
        return false;
    auto added = CourseCatalogue(m_context.db()).enrolGroup(m_context.session(), m_editing, tutorGroup);
    if (!added) {
        showMessage(added.error().message, true);
        return false;
    }
    showMessage(tr("Enrolled %n student(s) of %1.", nullptr, *added).arg(tutorGroup), false);
    m_context.notifyChanged(QStringLiteral("assessments"));
    reload();
    return true;
}

bool CourseEditor::enrolUpn(const QString &upn)
{
    if (m_editing == 0 || upn.trimmed().isEmpty())
        return false;
    auto student = StudentStore(m_context.db()).getByUpn(m_context.session(), upn.trimmed().toUpper());
    if (!student) {
        showMessage(student.error().message, true);
        return false;
    }
    auto added = CourseCatalogue(m_context.db()).enrol(m_context.session(), m_editing, {student->id});
    if (!added) {
        showMessage(added.error().message, true);
        return false;
    }
    showMessage(*added > 0 ? tr("Enrolled %1.").arg(upn.trimmed().toUpper())
                           : tr("%1 is already on the course.").arg(upn.trimmed().toUpper()),
                false);
    m_context.notifyChanged(QStringLiteral("assessments"));
    reload();
    return true;
}

bool CourseEditor::unenrolSelected()
{
    if (m_editing == 0)
        return false;
    QList<qint64> ids;
    for (QListWidgetItem *item : m_students->selectedItems())
        ids << item->data(kIdRole).toLongLong();
    if (ids.isEmpty())
        return false;
    if (MessageBox::question(this, tr("Remove from course"),
                             tr("Take %n student(s) off %1?", nullptr, int(ids.size())).arg(m_name->text())) !=
        QMessageBox::Yes)
        return false;
    if (Status s = CourseCatalogue(m_context.db()).unenrol(m_context.session(), m_editing, ids); !s) {
        showMessage(s.error().message, true);
        return false;
    }
    showMessage(tr("Took %n student(s) off the course.", nullptr, int(ids.size())), false);
    m_context.notifyChanged(QStringLiteral("assessments"));
    reload();
    return true;
}

} // namespace md::ui
