// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "mentors/AddMentorFlow.h"
#include "mentors/MentorStore.h"

#include <QHash>
#include <QWizard>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;
class QVBoxLayout;

namespace md {
class Database;
}

namespace md::ui {

// Reference 002's add-mentor flow as a wizard: Personal details, Subject, Age range, Key stage
// and Check your answers, with the reference's messages shown above each field and in a summary
// at the top of the page, no answer chosen for the user, and a Change link for every answer on
// Check your answers. In Edit mode the same pages change an existing mentor's basic details,
// starting at the answer being changed.
class AddMentorWizard : public QWizard
{
    Q_OBJECT
public:
    // Adds a new mentor.
    AddMentorWizard(Database &db, const Session &session, QWidget *parent = nullptr);
    // Changes `mentor`'s basic details, opening at `start`.
    AddMentorWizard(Database &db, const Session &session, const MentorProfile &mentor, AddMentorFlow::Step start,
                    QWidget *parent = nullptr);

    bool isEditing() const { return m_mentorId != 0; }
    const AddMentorFlow &flow() const { return m_flow; }
    // What adding made (after the wizard is accepted in Add mode).
    const AddedMentor &added() const { return m_added; }

    // Follows a Change link on Check your answers.
    void changeAnswer(AddMentorFlow::Step step);

    // For tests and keyboard users: the controls of each page.
    QLineEdit *edit(MentorField field) const { return m_edits.value(field); }
    QLabel *fieldError(MentorField field) const { return m_fieldErrors.value(field); }
    QLabel *errorSummary(AddMentorFlow::Step step) const { return m_summaries.value(int(step)); }
    // The radio button of an option on the Subject, Age range or Key stage page (after the page was shown).
    QRadioButton *option(AddMentorFlow::Step step, const QString &code) const;
    QList<QRadioButton *> options(AddMentorFlow::Step step) const;
    QAbstractButton *changeLink(MentorField field) const { return m_changeLinks.value(field); }
    QLabel *answer(MentorField field) const { return m_answers.value(field); }

Q_SIGNALS:
    void mentorAdded(const md::AddedMentor &added);
    void detailsSaved(qint64 mentorId);

private:
    friend class MentorStepPage;
    void build(AddMentorFlow::Step start);
    QWizardPage *personalPage();
    QWizardPage *choicePage(AddMentorFlow::Step step);
    QWizardPage *checkPage();
    // Fills a choice page's radio buttons from the flow's options for the current answers.
    void fillChoices(AddMentorFlow::Step step);
    void fillCheckAnswers();
    // Reads a page's answers into the flow and shows its problems; true when there are none.
    bool collect(AddMentorFlow::Step step);
    bool finish();
    void showErrors(AddMentorFlow::Step step, const FieldErrors &errors);

    Database &m_db;
    Session m_session;
    qint64 m_mentorId = 0;
    int m_version = 0; // editing: the profile's row version as shown, saved from it
    AddMentorFlow m_flow;
    AddedMentor m_added;
    QHash<MentorField, QLineEdit *> m_edits;
    QHash<MentorField, QLabel *> m_fieldErrors;
    QHash<int, QLabel *> m_summaries;
    QHash<int, QButtonGroup *> m_groups;
    QHash<int, QVBoxLayout *> m_choiceLayouts;
    QHash<MentorField, QAbstractButton *> m_changeLinks;
    QHash<MentorField, QLabel *> m_answers;
};

} // namespace md::ui
