// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentoring/SessionEditor.h"

#include "live/LiveUpdates.h"

#include "access/Permissions.h"
#include "common/VersionedSave.h"
#include "mentoring/MentoringLogging.h"
#include "mentoring/NoteAutosaver.h"
#include "mentoring/SessionStore.h"
#include "mentoring/TargetStore.h"
#include "shell/DeskContext.h"
#include "timetable/LessonTimetable.h"
#include "timetable/TimetablePlanner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QKeyEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTextCursor>
#include <QVBoxLayout>

namespace md::ui {

namespace {

// Remembers which box of a part last had the focus, so a prompt goes where the mentor was writing.
class FocusWatcher : public QObject
{
public:
    FocusWatcher(std::function<void(QPlainTextEdit *)> onFocus, QObject *parent) : QObject(parent), m_onFocus(std::move(onFocus)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusIn)
            if (auto *edit = qobject_cast<QPlainTextEdit *>(watched))
                m_onFocus(edit);
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void(QPlainTextEdit *)> m_onFocus;
};

} // namespace

SessionEditor::SessionEditor(DeskContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_autosaver(new NoteAutosaver(context.db(), context.session(), this))
{
    auto *outer = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setAccessibleName(tr("Session"));
    QFont f = m_heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_heading->setFont(f);
    m_heading->setWordWrap(true);
    top->addWidget(m_heading, 1);
    m_saveState = new QLabel(this);
    m_saveState->setAccessibleName(tr("Autosave"));
    top->addWidget(m_saveState);
    outer->addLayout(top);
    m_error = new QLabel(this);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a30000; font-weight: bold; }"));
    m_error->hide();
    outer->addWidget(m_error);
    // Another desk's save of this session: reloaded at once, or noted while this editor holds
    // notes or an attendance change not yet saved (the save then shows both versions).
    m_liveNote = RecordWatch::makeNote(this);
    outer->addWidget(m_liveNote);
    m_watch = new RecordWatch(m_context, QStringLiteral("mentoring_sessions"), 0, m_liveNote, this);
    m_watch->hasUnsavedEdits = [this] {
        if (m_statusTouched)
            return true;
        for (SessionField fld : allValues<SessionField>())
            if (m_fields.value(fld)->toPlainText() != m_session.text(fld))
                return true;
        return false;
    };
    m_watch->version = [this] { return m_session.rowVersion; };
    m_watch->reload = [this]() -> Status {
        if (!load(m_session.id))
            return Error::storage(m_error->text());
        return {};
    };

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    auto *layout = new QVBoxLayout(body);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    auto *watcher = new FocusWatcher(
        [this](QPlainTextEdit *edit) {
            for (SessionField fld : allValues<SessionField>())
                if (m_fields.value(fld) == edit)
                    if (const auto part = partOf(fld))
                        m_lastField[*part] = edit;
        },
        this);
    for (SessionField fld : allValues<SessionField>()) {
        auto *edit = new QPlainTextEdit(body);
        edit->setAccessibleName(labelOf(fld));
        edit->setPlaceholderText(SessionPrompts::placeholder(fld));
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 5 + 12);
        edit->installEventFilter(watcher);
        m_fields.insert(fld, edit);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, fld, edit] {
            if (!m_loading)
                m_autosaver->setText(fld, edit->toPlainText());
        });
    }

    // The plan: focus, target and the planned activity.
    auto *planBox = new QGroupBox(tr("Plan"), body);
    auto *planForm = new QFormLayout(planBox);
    m_focus = new QComboBox(planBox);
    m_focus->setAccessibleName(tr("Session focus"));
    m_focus->addItem(tr("Not chosen"), QString());
    for (SessionFocus fo : allValues<SessionFocus>())
        m_focus->addItem(labelOf(fo), codeOf(fo));
    m_target = new QComboBox(planBox);
    m_target->setAccessibleName(tr("Target worked on"));
    planForm->addRow(tr("&Focus:"), m_focus);
    planForm->addRow(tr("&Target:"), m_target);
    planForm->addRow(tr("&Planned activity:"), m_fields.value(SessionField::Plan));
    layout->addWidget(planBox);
    auto savePlan = [this] {
        if (m_loading || m_session.id == 0)
            return;
        const auto fo = fromCode<SessionFocus>(m_focus->currentData().toString());
        const qint64 target = m_target->currentData().toLongLong();
        const QString plan = m_fields.value(SessionField::Plan)->toPlainText();
        saveChecked([&](int version) {
            return SessionStore(m_context.db())
                .updatePlan(m_context.session(), m_session.id, fo, target, plan, version, &m_writtenVersion);
        });
    };
    connect(m_focus, &QComboBox::currentIndexChanged, this, savePlan);
    connect(m_target, &QComboBox::currentIndexChanged, this, savePlan);

    layout->addWidget(partBox(SessionPart::ReviewPast, tr("1. Review the past")));
    layout->addWidget(partBox(SessionPart::WorkTogether, tr("2. Work together")));
    layout->addWidget(partBox(SessionPart::LookForward, tr("3. Look forward")));

    auto *other = new QGroupBox(tr("Other notes"), body);
    auto *otherLayout = new QVBoxLayout(other);
    otherLayout->addWidget(m_fields.value(SessionField::Notes));
    layout->addWidget(other);

    auto *attendance = new QGroupBox(tr("Attendance"), body);
    auto *attendanceForm = new QFormLayout(attendance);
    m_status = new QComboBox(attendance);
    m_status->setAccessibleName(tr("Attendance"));
    for (SessionStatus st : {SessionStatus::Planned, SessionStatus::Attended, SessionStatus::Missed, SessionStatus::Cancelled})
        m_status->addItem(labelOf(st), codeOf(st));
    m_reason = new QLineEdit(attendance);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why it was missed or cancelled (needed for those)"));
    attendanceForm->addRow(tr("&Attendance:"), m_status);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            m_statusTouched = true;
    });
    attendanceForm->addRow(tr("R&eason:"), m_reason);
    m_reschedule = new QPushButton(tr("Re&schedule\u2026"), attendance);
    m_reschedule->setAccessibleName(tr("Reschedule the session"));
    m_reschedule->setToolTip(tr("When the teacher cannot let the student come: choose another lesson and say why."));
    attendanceForm->addRow(QString(), m_reschedule);
    connect(m_reschedule, &QPushButton::clicked, this, [this] {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Reschedule the session"));
        dialog.setAccessibleName(dialog.windowTitle());
        auto *form = new QFormLayout(&dialog);
        auto *date = new QDateEdit(m_session.date.addDays(1), &dialog);
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
        date->setAccessibleName(tr("New day"));
        auto *period = new QComboBox(&dialog);
        period->setAccessibleName(tr("New period"));
        if (auto bells = BellSchedule::load(m_context.db()))
            for (const LessonPeriod &p : bells->periods())
                period->addItem(bells->describe(p.period), p.period);
        period->setCurrentIndex(std::max(0, period->findData(m_session.period)));
        auto *reason = new QLineEdit(m_reason->text(), &dialog);
        reason->setAccessibleName(tr("Why it moves"));
        reason->setPlaceholderText(tr("For example: the teacher asked, an assessment in that lesson"));
        form->addRow(tr("&Day:"), date);
        form->addRow(tr("&Period:"), period);
        form->addRow(tr("&Why:"), reason);
        auto *problem = new QLabel(&dialog);
        problem->setAccessibleName(tr("Problem"));
        problem->setWordWrap(true);
        problem->hide();
        form->addRow(problem);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
        buttons->addButton(tr("&Reschedule"), QDialogButtonBox::AcceptRole)->setAccessibleName(tr("Reschedule"));
        buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
            if (Status s = reschedule(date->date(), period->currentData().toInt(), reason->text()); !s) {
                problem->setText(s.error().message);
                problem->show();
                return;
            }
            dialog.accept();
        });
        dialog.exec();
    });
    layout->addWidget(attendance);
    layout->addStretch();

    connect(m_autosaver, &NoteAutosaver::saved, this, [this](const QDateTime &at) {
        m_saveState->setText(tr("Saved as you type \u00b7 %1").arg(QLocale().toString(at.time(), QStringLiteral("HH:mm:ss"))));
    });
    connect(m_autosaver, &NoteAutosaver::saveFailed, this, [this](const QString &message) {
        m_saveState->setText(tr("Not saved"));
        showError(message);
    });
}

SessionEditor::~SessionEditor()
{
    // Whatever happens, what was typed is in the drafts; commit it if we can.
    // If committing fails the drafts stay in the database and come back next time.
    // A record changed at another desk meanwhile is not overwritten: the drafts wait for next time.
    if (m_session.id != 0)
        if (auto r = m_autosaver->commit(m_session.rowVersion); !r)
            qCWarning(lcMentoring) << "could not commit the notes of session" << m_session.id;
}

QWidget *SessionEditor::partBox(SessionPart part, const QString &title)
{
    auto *box = new QGroupBox(title, this);
    box->setAccessibleName(labelOf(part));
    auto *row = new QHBoxLayout(box);
    auto *form = new QFormLayout;
    for (SessionField fld : fieldsOf(part))
        form->addRow(labelOf(fld) + QLatin1Char(':'), m_fields.value(fld));
    if (part == SessionPart::ReviewPast) {
        m_rating = new QComboBox(box);
        m_rating->setAccessibleName(tr("The student's rating of their week, 1 to 5"));
        m_rating->addItem(tr("Not given"), 0);
        for (int r = 1; r <= 5; ++r)
            m_rating->addItem(QString::number(r), r);
        form->addRow(tr("Week &rated (1–5):"), m_rating);
        connect(m_rating, &QComboBox::currentIndexChanged, this, [this] {
            if (m_loading || m_session.id == 0)
                return;
            const int r = m_rating->currentData().toInt();
            saveChecked([&](int version) {
                return SessionStore(m_context.db())
                    .setRating(m_context.session(), m_session.id, r > 0 ? std::optional(r) : std::nullopt, version,
                               &m_writtenVersion);
            });
        });
    }
    row->addLayout(form, 3);
    auto *side = new QVBoxLayout;
    auto *areas = new QLabel(SessionPrompts::areas(part).join(QLatin1Char('\n')), box);
    areas->setWordWrap(true);
    areas->setAccessibleName(tr("What %1 covers").arg(labelOf(part).toLower()));
    side->addWidget(areas);
    const QStringList questions = SessionPrompts::questions(part);
    if (!questions.isEmpty()) {
        auto *label = new QLabel(tr("Example questions (double-click or Enter to add one):"), box);
        side->addWidget(label);
        auto *list = new QListWidget(box);
        list->setAccessibleName(tr("Example questions for %1").arg(labelOf(part).toLower()));
        list->setWordWrap(true);
        list->addItems(questions);
        side->addWidget(list);
        m_prompts.insert(part, list);
        label->setBuddy(list);
        connect(list, &QListWidget::itemActivated, this, [this, part](QListWidgetItem *item) { insertPrompt(part, item->text()); });
    } else {
        QStringList foci;
        for (SessionFocus fo : allValues<SessionFocus>())
            foci << QStringLiteral("\u2022 ") + labelOf(fo);
        auto *focusList = new QLabel(tr("Examples of session focus:\n%1").arg(foci.join(QLatin1Char('\n'))), box);
        focusList->setWordWrap(true);
        focusList->setAccessibleName(tr("Examples of session focus"));
        side->addWidget(focusList);
    }
    row->addLayout(side, 2);
    return box;
}

void SessionEditor::insertPrompt(SessionPart part, const QString &text)
{
    QPlainTextEdit *target = m_lastField.value(part);
    if (!target)
        target = m_fields.value(fieldsOf(part).first());
    target->setFocus();
    QTextCursor cursor = target->textCursor();
    cursor.movePosition(QTextCursor::End);
    if (!target->toPlainText().isEmpty() && !target->toPlainText().endsWith(QLatin1Char('\n')))
        cursor.insertText(QStringLiteral("\n"));
    cursor.insertText(text + QLatin1Char(' '));
    target->setTextCursor(cursor);
}

ConflictDialog::Outcome SessionEditor::saveChecked(const std::function<Status(int version)> &write)
{
    // From the version this editor last read: a save made at another desk since is shown with
    // both versions (ConflictDialog), never overwritten unasked.
    // The editor carries on from the version its own save left (the write reports it in
    // m_writtenVersion), never from a re-read, which could take on another desk's save unseen.
    m_writtenVersion = 0;
    return VersionedSave(this, m_context.db(), m_context.session().actor())
        .onSaved([this] {
            if (m_writtenVersion > 0)
                m_session.rowVersion = m_writtenVersion;
            showError(QString());
        })
        .onDiscarded([this] { load(m_session.id); }) // theirs, as saved
        .onKeepEditing([](const Error &) {})
        .onProblem([this](const Error &e) { showError(e.message); })
        .run(m_session.rowVersion, write);
}

void SessionEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString SessionEditor::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool SessionEditor::load(qint64 sessionId)
{
    if (m_session.id != 0 && m_session.id != sessionId)
        if (auto r = m_autosaver->commit(m_session.rowVersion); !r)
            showError(r.error().message); // the drafts stay, and come back when that session opens
    SessionStore store(m_context.db());
    auto s = store.get(m_context.session(), sessionId);
    if (!s) {
        showError(s.error().message);
        return false;
    }
    m_loading = true;
    if (m_session.id != sessionId)
        m_liveNote->hide();
    m_session = *s;
    m_watch->setId(sessionId);
    m_autosaver->setSessionId(sessionId);
    const QLocale locale;
    auto bells = BellSchedule::load(m_context.db());
    m_heading->setText(tr("1:1 session, %1, %2%3")
                           .arg(locale.toString(m_session.date, QStringLiteral("dddd d MMMM yyyy")),
                                bells ? bells->describe(m_session.period) : tr("period %1").arg(m_session.period),
                                m_session.subject.isEmpty() ? QString() : tr(", leaving %1").arg(m_session.subject)));
    m_focus->setCurrentIndex(std::max(0, m_focus->findData(m_session.focus ? codeOf(*m_session.focus) : QString())));
    m_target->clear();
    m_target->addItem(tr("No target"), qint64(0));
    if (auto targets = TargetStore(m_context.db()).forStudent(m_context.session(), m_session.studentId))
        for (const SmartTarget &t : std::as_const(*targets))
            if (t.status == TargetStatus::Active || t.id == m_session.targetId)
                m_target->addItem(t.title, t.id);
    m_target->setCurrentIndex(std::max(0, m_target->findData(m_session.targetId)));
    m_rating->setCurrentIndex(m_session.rating ? *m_session.rating : 0);
    m_status->setCurrentIndex(std::max(0, m_status->findData(codeOf(m_session.status))));
    m_reason->setText(m_session.statusReason);
    for (SessionField fld : allValues<SessionField>())
        m_fields.value(fld)->setPlainText(m_session.text(fld));
    m_saveState->setText(m_session.recordedAt.isValid() ? tr("Record saved") : tr("Notes save as you type"));
    // Notes a crash (or a closed laptop) left unsaved come back.
    if (auto drafts = store.drafts(m_context.session(), sessionId); drafts && !drafts->isEmpty()) {
        QDateTime newest;
        for (auto it = drafts->cbegin(); it != drafts->cend(); ++it) {
            m_fields.value(it.key())->setPlainText(it.value().text);
            if (!newest.isValid() || it.value().savedAt > newest)
                newest = it.value().savedAt;
        }
        m_saveState->setText(tr("Restored notes not yet saved (autosaved %1)")
                                 .arg(locale.toString(newest.toLocalTime(), QStringLiteral("d MMM HH:mm:ss"))));
    }
    m_statusTouched = false;
    m_canEdit = Permissions::allows(m_context.session(), Action::EditMentoringLog);
    const bool writable = m_canEdit && m_session.status != SessionStatus::Rescheduled;
    for (QPlainTextEdit *e : std::as_const(m_fields))
        e->setReadOnly(!writable);
    m_status->setEnabled(writable);
    m_reason->setReadOnly(!writable);
    m_focus->setEnabled(writable);
    m_target->setEnabled(writable);
    m_rating->setEnabled(writable);
    m_reschedule->setEnabled(m_canEdit && (m_session.status == SessionStatus::Planned || m_session.status == SessionStatus::Missed));
    if (!m_canEdit)
        m_saveState->setText(tr("Read only: your role does not write mentoring logs"));
    showError(QString());
    m_loading = false;
    return true;
}

Status SessionEditor::reschedule(const QDate &date, int period, const QString &reason)
{
    if (m_session.id == 0)
        return Error::invalid(tr("No session is open."));
    if (auto r = m_autosaver->commit(m_session.rowVersion); !r)
        return r.error();
    const QDate from = m_session.date;
    auto replacement = SessionStore(m_context.db()).reschedule(m_context.session(), m_session.id, reason, date, period);
    if (!replacement)
        return replacement.error();
    m_context.notifyChanged(QStringLiteral("mentoring"));
    load(*replacement);
    auto breaks = TimetablePlanner(m_context.db()).breaksOf(m_context.session(), *replacement);
    if (breaks && !breaks->isEmpty()) {
        QStringList lines;
        for (const RuleBreak &b : std::as_const(*breaks))
            lines << b.detail;
        showError(tr("Rescheduled, but the new slot breaks a rule: %1.").arg(lines.join(QStringLiteral("; "))));
    }
    m_saveState->setText(tr("Rescheduled from %1").arg(QLocale().toString(from, QStringLiteral("ddd d MMM"))));
    return {};
}

Status SessionEditor::save()
{
    if (m_session.id == 0 || !m_canEdit)
        return {};
    SessionStore store(m_context.db());
    // The notes, from the version this editor read: a record saved at another desk since is shown
    // with both versions. Keeping theirs drops this desk's drafts; keeping on editing keeps them.
    Status committed;
    const auto outcome = saveChecked([&](int version) -> Status {
        auto r = m_autosaver->commit(version);
        committed = r ? Status() : Status(r.error());
        if (r) // committing changed texts bumps the version once; nothing changed leaves it
            m_writtenVersion = *r > 0 ? version + 1 : version;
        return committed;
    });
    switch (outcome) {
    case ConflictDialog::Outcome::Saved:
        break;
    case ConflictDialog::Outcome::Discarded:
        if (Status s = store.discardDrafts(m_context.session(), m_session.id); !s) {
            showError(s.error().message);
            return s;
        }
        load(m_session.id);
        return Error::conflict(tr("The session was changed at another desk; its saved version is shown."));
    case ConflictDialog::Outcome::KeepEditing:
        return Error::conflict(tr("Not saved: the session was changed at another desk."));
    case ConflictDialog::Outcome::Failed:
        return committed ? Status(Error::storage(errorText())) : committed;
    }
    const auto wanted = fromCode<SessionStatus>(m_status->currentData().toString()).value_or(SessionStatus::Planned);
    // Only what the mentor chose: writing a record already marks a past planned session attended.
    // The status and reason, from the version this editor holds: a status saved at another desk since
    // is shown with both versions, never overwritten unasked.
    auto now = store.get(m_context.session(), m_session.id);
    const bool statusChanged =
        now && m_statusTouched && wanted != now->status && now->status != SessionStatus::Rescheduled;
    const bool reasonChanged = now && wanted == now->status && m_reason->text().trimmed() != now->statusReason &&
                               (wanted == SessionStatus::Missed || wanted == SessionStatus::Cancelled);
    if (statusChanged || reasonChanged) {
        const QString reason = m_reason->text();
        Status statusSaved;
        switch (saveChecked([&](int version) {
            statusSaved =
                store.setStatus(m_context.session(), m_session.id, wanted, reason, version, &m_writtenVersion);
            return statusSaved;
        })) {
        case ConflictDialog::Outcome::Saved:
            break;
        case ConflictDialog::Outcome::Discarded:
            return Error::conflict(tr("The session was changed at another desk; its saved version is shown."));
        case ConflictDialog::Outcome::KeepEditing:
            return Error::conflict(tr("Not saved: the session was changed at another desk."));
        case ConflictDialog::Outcome::Failed:
            return statusSaved;
        }
    }
    // Shown as stored only when it is this editor's own save; a newer version from another desk is
    // the RecordWatch's to show (reloaded, or noted while this editor has edits).
    if (auto fresh = store.get(m_context.session(), m_session.id); fresh && fresh->rowVersion == m_session.rowVersion) {
        m_session = *fresh;
        m_loading = true;
        m_status->setCurrentIndex(std::max(0, m_status->findData(codeOf(m_session.status))));
        m_loading = false;
        m_statusTouched = false;
    }
    m_saveState->setText(tr("Record saved"));
    showError(QString());
    m_context.notifyChanged(QStringLiteral("mentoring"));
    Q_EMIT saved();
    return {};
}

SessionEditorDialog::SessionEditorDialog(DeskContext &context, qint64 sessionId, QWidget *parent)
    : QDialog(parent), m_editor(new SessionEditor(context, this))
{
    setWindowTitle(tr("1:1 session"));
    setAccessibleName(tr("1:1 session"));
    resize(900, 760);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("&Save and close"), QDialogButtonBox::AcceptRole);
    save->setAccessibleName(tr("Save and close"));
    save->setShortcut(QKeySequence::Save);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    m_editor->load(sessionId);
}

void SessionEditorDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter belongs to the prompts and boxes (it adds a question, starts a line), never to closing.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void SessionEditorDialog::done(int result)
{
    // Closing always keeps the notes; a problem (a missing reason) keeps the window open.
    if (Status s = m_editor->save(); !s && result == QDialog::Accepted)
        return;
    QDialog::done(result);
}

} // namespace md::ui
