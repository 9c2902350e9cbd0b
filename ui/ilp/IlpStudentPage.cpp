// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ilp/IlpStudentPage.h"

#include "access/Permissions.h"
#include "ilp/IlpDocument.h"
#include "ilp/IlpFieldEditor.h"
#include "ilp/IlpPlanStore.h"
#include "ilp/IlpReviewStore.h"
#include "letters/LetterPrinting.h"
#include "shell/DeskContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace md::ui {

IlpStudentPage::IlpStudentPage(DeskContext &context, bool withSwitcher, QWidget *parent)
    : QWidget(parent), m_context(context), m_switcher(new QComboBox(this)), m_viewer(new QComboBox(this)),
      m_banner(new QLabel(this)), m_plans(new QListWidget(this)), m_heading(new QLabel(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_mentors(new QLabel(this)),
      m_mentorPick(new QComboBox(this)), m_addMentor(new QPushButton(tr("Add to pla&n"), this)),
      m_removeMentor(new QPushButton(tr("R&emove from plan"), this)),
      m_preview(new QPushButton(tr("Print pre&view\u2026"), this)),
      m_pdf(new QPushButton(tr("Save as P&DF\u2026"), this)), m_fieldsHost(new QWidget(this)),
      m_fieldsLayout(new QVBoxLayout(m_fieldsHost)), m_reviewsLabel(new QLabel(this)), m_reviews(new QTableWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *switchLabel = new QLabel(tr("S&tudent:"), this);
    switchLabel->setBuddy(m_switcher);
    m_switcher->setAccessibleName(tr("Student"));
    m_switcher->setMinimumContentsLength(24);
    top->addWidget(switchLabel);
    top->addWidget(m_switcher);
    switchLabel->setVisible(withSwitcher);
    m_switcher->setVisible(withSwitcher);
    top->addStretch();
    auto *viewLabel = new QLabel(tr("View &as:"), this);
    viewLabel->setBuddy(m_viewer);
    m_viewer->addItem(tr("Staff (you)"), int(Viewer::Staff));
    m_viewer->addItem(tr("Student"), int(Viewer::Student));
    m_viewer->addItem(tr("Parent"), int(Viewer::Parent));
    m_viewer->setAccessibleName(tr("View as"));
    top->addWidget(viewLabel);
    top->addWidget(m_viewer);
    m_preview->setAccessibleName(tr("Print preview of the plan"));
    m_preview->setShortcut(QKeySequence::Print);
    m_pdf->setAccessibleName(tr("Save the plan as PDF"));
    top->addWidget(m_preview);
    top->addWidget(m_pdf);
    layout->addLayout(top);

    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #e8f1fb; padding: 4px; }"));
    m_banner->setAccessibleName(tr("Who this view is for"));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *split = new QSplitter(this);
    auto *left = new QWidget(split);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    auto *plansLabel = new QLabel(tr("&Plans, oldest first:"), left);
    plansLabel->setBuddy(m_plans);
    m_plans->setAccessibleName(tr("The student's plans"));
    ll->addWidget(plansLabel);
    ll->addWidget(m_plans);
    split->addWidget(left);

    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    auto *right = new QWidget(scroll);
    auto *rl = new QVBoxLayout(right);
    m_heading->setWordWrap(true);
    m_heading->setAccessibleName(tr("Plan"));
    rl->addWidget(m_heading);
    auto *dates = new QFormLayout;
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setAccessibleName(tr("Valid from"));
    m_to->setAccessibleName(tr("Valid to"));
    dates->addRow(tr("Valid &from:"), m_from);
    dates->addRow(tr("Valid t&o:"), m_to);
    rl->addLayout(dates);
    m_mentors->setWordWrap(true);
    m_mentors->setAccessibleName(tr("Mentors working on this plan"));
    rl->addWidget(m_mentors);
    m_mentorRow = new QWidget(right);
    auto *mentorRow = new QHBoxLayout(m_mentorRow);
    mentorRow->setContentsMargins(0, 0, 0, 0);
    auto *pickLabel = new QLabel(tr("Mentor:"), m_mentorRow);
    pickLabel->setBuddy(m_mentorPick);
    m_mentorPick->setAccessibleName(tr("Mentor to add to or remove from the plan"));
    m_addMentor->setAccessibleName(tr("Add the mentor to the plan"));
    m_removeMentor->setAccessibleName(tr("Remove the mentor from the plan"));
    mentorRow->addWidget(pickLabel);
    mentorRow->addWidget(m_mentorPick);
    mentorRow->addWidget(m_addMentor);
    mentorRow->addWidget(m_removeMentor);
    mentorRow->addStretch();
    rl->addWidget(m_mentorRow);
    const bool manage = Permissions::allows(context.session(), Action::ManageIlps);
    m_mentorRow->setVisible(manage);
    if (manage)
        if (auto mentors = IlpPlanStore(context.db()).mentorCandidates(context.session()))
            for (const IlpPlanMentor &m : std::as_const(*mentors))
                if (m.userId != context.session().userId())
                    m_mentorPick->addItem(m.name, m.userId);
    m_fieldsLayout->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_fieldsHost);
    m_reviewsLabel->setText(tr("&Midterm reviews in this plan's period:"));
    m_reviewsLabel->setBuddy(m_reviews);
    rl->addWidget(m_reviewsLabel);
    m_reviews->setColumnCount(6);
    m_reviews->setHorizontalHeaderLabels(
        {tr("Date"), tr("Course"), tr("Review"), tr("Assessment"), tr("Teacher's comment"), tr("Self-assessment")});
    m_reviews->horizontalHeader()->setStretchLastSection(true);
    m_reviews->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reviews->setAccessibleName(tr("Midterm reviews"));
    m_reviews->setMinimumHeight(120);
    rl->addWidget(m_reviews);
    rl->addStretch();
    scroll->setWidget(right);
    split->addWidget(scroll);
    split->setStretchFactor(1, 3);
    split->setSizes({320, 900});
    layout->addWidget(split, 1);

    connect(m_switcher, &QComboBox::activated, this, [this](int i) {
        flush();
        showStudent(m_switcher->itemData(i).toLongLong());
    });
    connect(m_viewer, &QComboBox::currentIndexChanged, this, [this] {
        flush();
        reloadPlans(currentPlanId());
    });
    connect(m_plans, &QListWidget::currentRowChanged, this, [this] {
        flush();
        showPlan();
    });
    connect(m_from, &QDateEdit::editingFinished, this, &IlpStudentPage::saveDates);
    connect(m_to, &QDateEdit::editingFinished, this, &IlpStudentPage::saveDates);
    connect(m_addMentor, &QPushButton::clicked, this, [this] { changeMentor(true); });
    connect(m_removeMentor, &QPushButton::clicked, this, [this] { changeMentor(false); });
    connect(m_preview, &QPushButton::clicked, this, &IlpStudentPage::preview);
    connect(m_pdf, &QPushButton::clicked, this, &IlpStudentPage::savePdf);
    // Another desk's save in the open plan (a field, its dates) shows within a second; on a shared
    // SQLite file, or after a reconnect, the feed cannot say which record changed (empty table).
    connect(&m_context, &DeskContext::recordsChanged, this, [this](const QString &table, const QList<qint64> &ids) {
        const qint64 plan = currentPlanId();
        if (plan > 0 && (table.isEmpty() || (table == QLatin1String("ilp_plans") && ids.contains(plan))))
            followStoredPlan(plan);
    });
}

QString IlpStudentPage::planLabel(const IlpPlan &plan)
{
    QString label = plan.title() + QLatin1Char('\n') + ilpPlanStateLabel(plan.state);
    if (plan.isEmpty())
        label += tr(" \u00b7 empty");
    return label;
}

void IlpStudentPage::followStoredPlan(qint64 planId)
{
    auto stored = IlpPlanStore(m_context.db()).get(m_context.session(), planId);
    if (!stored)
        return; // gone or out of reach: the list's own reload says so
    for (IlpFieldEditor *editor : std::as_const(m_editors))
        for (const IlpPlanField &f : std::as_const(stored->fields))
            if (f.id == editor->fieldId())
                editor->followStored(f);
    // "empty" in the plan list goes once anyone has written in the plan.
    if (QListWidgetItem *item = m_plans->currentItem(); item && item->data(Qt::UserRole).toLongLong() == planId)
        item->setText(planLabel(*stored));
    // Dates being edited here stay as typed; their save then meets the row version.
    const int row = m_plans->currentRow();
    if (m_from->hasFocus() || m_to->hasFocus() || row < 0 || row >= m_shown.size() || m_shown.at(row).id != planId)
        return;
    m_shown[row].validFrom = stored->validFrom;
    m_shown[row].validTo = stored->validTo;
    m_shown[row].rowVersion = stored->rowVersion;
    const QSignalBlocker b1(m_from);
    const QSignalBlocker b2(m_to);
    m_from->setDate(stored->validFrom);
    m_to->setDate(stored->validTo);
}

void IlpStudentPage::setStudents(const QList<QPair<qint64, QString>> &students)
{
    m_switcher->clear();
    for (const auto &[id, label] : students)
        m_switcher->addItem(label, id);
    const int i = m_switcher->findData(m_studentId);
    if (i >= 0)
        m_switcher->setCurrentIndex(i);
}

void IlpStudentPage::showStudent(qint64 studentId, qint64 planId)
{
    m_studentId = studentId;
    const int i = m_switcher->findData(studentId);
    if (i >= 0)
        m_switcher->setCurrentIndex(i);
    reloadPlans(planId);
}

void IlpStudentPage::setViewer(Viewer viewer)
{
    m_viewer->setCurrentIndex(m_viewer->findData(int(viewer)));
}

IlpRole IlpStudentPage::audience() const
{
    switch (Viewer(m_viewer->currentData().toInt())) {
    case Viewer::Student:
        return IlpRole::Student;
    case Viewer::Parent:
        return IlpRole::Parent;
    case Viewer::Staff:
        break;
    }
    return IlpRole::Mentor;
}

qint64 IlpStudentPage::currentPlanId() const
{
    const int row = m_plans->currentRow();
    return row >= 0 && row < m_shown.size() ? m_shown.at(row).id : 0;
}

void IlpStudentPage::flush()
{
    for (IlpFieldEditor *e : std::as_const(m_editors))
        if (e->hasPending())
            e->flush();
}

void IlpStudentPage::reloadPlans(qint64 selectPlan)
{
    m_all.clear();
    m_shown.clear();
    if (m_studentId > 0) {
        auto plans = IlpPlanStore(m_context.db()).forStudent(m_context.session(), m_studentId);
        if (!plans)
            Q_EMIT statusMessage(plans.error().message);
        else
            m_all = *plans;
    }
    const IlpRole who = audience();
    const QDate today = QDate::currentDate();
    if (who == IlpRole::Mentor) {
        m_shown = m_all;
        m_banner->hide();
    } else {
        m_shown = IlpPlanStore::asSeenBy(m_all, who, today);
        m_banner->setText(who == IlpRole::Student
                              ? tr("Viewing as the student: only published plans, and only the fields the template "
                                   "shows to students. %n plan(s) hidden from them.",
                                   nullptr, int(m_all.size() - m_shown.size()))
                              : tr("Viewing as a parent: only current, published plans, and only the fields the "
                                   "template shows to parents. %n plan(s) hidden from them.",
                                   nullptr, int(m_all.size() - m_shown.size())));
        m_banner->show();
    }
    const QSignalBlocker block(m_plans);
    m_plans->clear();
    int select = m_shown.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_shown.size(); ++i) {
        const IlpPlan &p = m_shown.at(i);
        auto *item = new QListWidgetItem(planLabel(p), m_plans);
        item->setData(Qt::UserRole, p.id);
        if (p.id == selectPlan || (selectPlan == 0 && p.isCurrent(today)))
            select = i;
    }
    m_plans->setCurrentRow(select);
    showPlan();
}

void IlpStudentPage::showPlan()
{
    qDeleteAll(m_editors);
    m_editors.clear();
    m_reviews->setRowCount(0);
    const int row = m_plans->currentRow();
    const bool has = row >= 0 && row < m_shown.size();
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_addMentor->setEnabled(false);
    m_removeMentor->setEnabled(false);
    m_mentors->clear();
    m_preview->setEnabled(has);
    m_pdf->setEnabled(has);
    if (!has) {
        m_heading->setText(m_studentId > 0 ? tr("No plan to show. Create one from the ILP student list.") : QString());
        return;
    }
    const IlpPlan &plan = m_shown.at(row);
    const IlpRole who = audience();
    const Session &session = m_context.session();
    const bool archived = plan.state == IlpPlanState::Archived;
    m_heading->setText(QStringLiteral("<h3>") + plan.studentName.toHtmlEscaped() + QStringLiteral(": ") +
                       plan.templateName.toHtmlEscaped() + QStringLiteral("</h3>") +
                       tr("State: %1").arg(ilpPlanStateLabel(plan.state)));
    {
        const QSignalBlocker b1(m_from);
        const QSignalBlocker b2(m_to);
        m_from->setDate(plan.validFrom);
        m_to->setDate(plan.validTo);
    }
    const bool manage = who == IlpRole::Mentor && !archived && Permissions::allows(session, Action::ManageIlps);
    m_from->setEnabled(manage);
    m_to->setEnabled(manage);
    m_addMentor->setEnabled(manage && m_mentorPick->count() > 0);
    m_removeMentor->setEnabled(manage && !plan.mentors.isEmpty());
    QStringList names;
    for (const IlpPlanMentor &m : plan.mentors)
        names << m.name;
    m_mentors->setVisible(who == IlpRole::Mentor);
    m_mentorRow->setVisible(who == IlpRole::Mentor && Permissions::allows(session, Action::ManageIlps));
    m_mentors->setText(names.isEmpty() ? tr("No other mentors added to this plan.")
                                       : tr("Also working on this plan: %1").arg(names.join(QStringLiteral(", "))));

    for (const IlpPlanField &f : plan.fields) {
        bool editable = false;
        std::optional<IlpRole> behalf;
        if (!archived) {
            if (who == IlpRole::Mentor)
                editable = Permissions::allows(session, Action::ContributeIlps) && f.editableBy(ilpRolesOf(session));
            else if (Permissions::allows(session, Action::ManageIlps) && f.editableBy(who)) {
                // Typing in a student's or parent's words on their behalf.
                editable = true;
                behalf = who;
            }
        }
        auto *editor = new IlpFieldEditor(m_context.db(), session, f, editable, behalf, m_fieldsHost);
        connect(editor, &IlpFieldEditor::saved, this, &IlpStudentPage::plansChanged);
        connect(editor, &IlpFieldEditor::saved, this, [this, id = plan.id] { followStoredPlan(id); });
        m_fieldsLayout->addWidget(editor);
        m_editors.append(editor);
    }

    const bool showReviews = who != IlpRole::Parent;
    m_reviewsLabel->setVisible(showReviews);
    m_reviews->setVisible(showReviews);
    if (showReviews) {
        auto reviews = IlpReviewStore(m_context.db()).forPlan(session, plan);
        if (!reviews) {
            Q_EMIT statusMessage(reviews.error().message);
            return;
        }
        const QLocale locale;
        m_reviews->setRowCount(int(reviews->size()));
        for (int i = 0; i < reviews->size(); ++i) {
            const IlpPlanReview &r = reviews->at(i);
            const QStringList cells{locale.toString(r.review.date, QLocale::ShortFormat),
                                    r.review.courseName,
                                    r.review.name,
                                    r.entry.assessment,
                                    r.entry.comment,
                                    r.entry.selfAssessment};
            for (int c = 0; c < cells.size(); ++c)
                m_reviews->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        }
        m_reviewsLabel->setText(tr("&Midterm reviews in this plan's period (%1 to %2): %3")
                                    .arg(locale.toString(plan.validFrom, QLocale::ShortFormat),
                                         locale.toString(plan.validTo, QLocale::ShortFormat))
                                    .arg(reviews->size()));
    }
}

void IlpStudentPage::saveDates()
{
    const qint64 id = currentPlanId();
    if (!id || !m_from->isEnabled())
        return;
    const IlpPlan &plan = m_shown.at(m_plans->currentRow());
    if (plan.validFrom == m_from->date() && plan.validTo == m_to->date())
        return;
    const Status s =
        IlpPlanStore(m_context.db()).setDates(m_context.session(), id, m_from->date(), m_to->date(), plan.rowVersion);
    flush(); // the reload below rebuilds the field editors
    if (!s) {
        Q_EMIT statusMessage(s.error().message);
        reloadPlans(id); // the dates as stored now (another desk's, after a conflict)
        return;
    }
    Q_EMIT statusMessage(tr("Validity dates saved."));
    Q_EMIT plansChanged();
    reloadPlans(id);
}

void IlpStudentPage::changeMentor(bool add)
{
    const qint64 id = currentPlanId();
    const qint64 user = m_mentorPick->currentData().toLongLong();
    if (!id || !user)
        return;
    IlpPlanStore store(m_context.db());
    const Status s =
        add ? store.addMentor(m_context.session(), id, user) : store.removeMentor(m_context.session(), id, user);
    if (!s) {
        Q_EMIT statusMessage(s.error().message);
        return;
    }
    Q_EMIT statusMessage(add ? tr("%1 can now work on this plan.").arg(m_mentorPick->currentText())
                             : tr("%1 no longer works on this plan.").arg(m_mentorPick->currentText()));
    reloadPlans(id);
}

void IlpStudentPage::preview()
{
    flush();
    const qint64 id = currentPlanId();
    if (!id)
        return;
    auto doc = IlpDocument::build(m_context.db(), m_context.session(), id, audience(), QDate::currentDate());
    if (!doc) {
        Q_EMIT statusMessage(doc.error().message);
        return;
    }
    LetterPrinting::preview(this, {*doc}, IlpDocument::title(m_shown.at(m_plans->currentRow()), audience()));
}

void IlpStudentPage::savePdf()
{
    flush();
    const qint64 id = currentPlanId();
    if (!id)
        return;
    auto doc = IlpDocument::build(m_context.db(), m_context.session(), id, audience(), QDate::currentDate());
    if (!doc) {
        Q_EMIT statusMessage(doc.error().message);
        return;
    }
    QString path;
    auto done =
        LetterPrinting::savePdf(this, {*doc}, IlpDocument::title(m_shown.at(m_plans->currentRow()), audience()), &path);
    if (!done)
        Q_EMIT statusMessage(done.error().message);
    else if (!done->cancelled)
        Q_EMIT statusMessage(tr("Saved the plan as %1.").arg(path));
}

} // namespace md::ui
