// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letters/LetterTemplate.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextEdit;
class QTimer;

namespace md::ui {

class MergeFieldHighlighter;

// Edits one letter template: name, type, description and the rich-text body, with the merge
// fields of the chosen type listed to pick from and every field problem shown as it is typed.
class TemplateEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateEditor(QWidget *parent = nullptr);

    void setTemplate(const LetterTemplate &letterTemplate);
    // The template as edited (fields given one format each, so none is split in the HTML).
    LetterTemplate editedTemplate() const;
    bool isModified() const { return m_modified; }
    void setModified(bool modified);
    // The merge-field problems of the text as it stands (what Save would refuse).
    QStringList problems() const;

    // Inserts {{key}} at the cursor.
    void insertField(const QString &key);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeCombo() const { return m_type; }
    QTextEdit *bodyEdit() const { return m_body; }
    QListWidget *fieldList() const { return m_fields; }
    QPushButton *insertButton() const { return m_insert; }
    QLabel *problemLabel() const { return m_problems; }

Q_SIGNALS:
    void changed();

private:
    LetterType currentType() const;
    void fillFields();
    void updateProblems();

    LetterTemplate m_template;
    bool m_modified = false;
    bool m_loading = false;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLineEdit *m_description;
    QTextEdit *m_body;
    MergeFieldHighlighter *m_highlighter;
    QLineEdit *m_fieldFilter;
    QListWidget *m_fields;
    QPushButton *m_insert;
    QLabel *m_problems;
    QTimer *m_check;
};

} // namespace md::ui
