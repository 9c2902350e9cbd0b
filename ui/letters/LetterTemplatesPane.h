// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Pane.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace md {
class StudentListModel;
}

namespace md::ui {

class TemplateEditor;

// Administration: the letter templates (one list, one editor) and the school letterhead. A
// template with an unknown merge field cannot be saved; "Print preview" merges it for a student
// so the administrator sees exactly what a letter will look like.
class LetterTemplatesPane : public Pane
{
    Q_OBJECT
public:
    explicit LetterTemplatesPane(DeskContext &context, QWidget *parent = nullptr);

    void activate() override;
    QWidget *primaryFocus() override;

    // Saves the template being edited; false (and the reasons shown) when refused.
    bool save();
    // Merges the edited template for the chosen student and shows the print preview.
    void preview();

    QListWidget *templateList() const { return m_list; }
    TemplateEditor *editor() const { return m_editor; }
    QComboBox *previewStudent() const { return m_student; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *letterheadButton() const { return m_letterhead; }
    QLabel *messageLabel() const { return m_message; }

private:
    void reloadList(qint64 select = 0);
    void openCurrent();
    bool confirmLeave();
    void newTemplate();
    void removeCurrent();

    qint64 m_currentId = 0;
    bool m_switching = false;
    QListWidget *m_list;
    TemplateEditor *m_editor;
    QComboBox *m_student;
    StudentListModel *m_students;
    QPushButton *m_new;
    QPushButton *m_remove;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_preview;
    QPushButton *m_letterhead;
    QLabel *m_message;
};

} // namespace md::ui
