// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/TemplateEditor.h"

#include "letters/LetterMerger.h"
#include "letters/LetterRenderer.h"
#include "letters/MergeFieldHighlighter.h"
#include "letters/MergeFields.h"
#include "letters/RichTextToolBar.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace md::ui {

namespace {
constexpr int kKeyRole = Qt::UserRole + 1;
} // namespace

TemplateEditor::TemplateEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Template name"));
    m_type = new QComboBox(this);
    m_type->setAccessibleName(tr("Letter type"));
    m_type->view()->setAccessibleName(tr("Letter types"));
    for (LetterType t : LetterTerms::allTypes())
        m_type->addItem(LetterTerms::label(t), int(t));
    m_description = new QLineEdit(this);
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("When to use this letter"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Description:"), m_description);
    layout->addLayout(form);

    auto *split = new QSplitter(this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_body = new QTextEdit(left);
    m_body->setAccessibleName(tr("Letter text"));
    m_body->setAccessibleDescription(tr("The body of the letter. Merge fields are written {{field}}; pick them from "
                                        "the list of fields."));
    m_body->setAcceptRichText(true);
    m_body->setTabChangesFocus(true);
    m_body->document()->setDefaultFont(LetterRenderer::bodyFont());
    auto *toolbar = new RichTextToolBar(m_body, left);
    leftLayout->addWidget(toolbar);
    leftLayout->addWidget(m_body, 1);
    m_highlighter = new MergeFieldHighlighter(m_body->document(), MergeFieldHighlighter::Mode::Template);

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *fieldsLabel = new QLabel(tr("Merge &fields:"), right);
    rightLayout->addWidget(fieldsLabel);
    m_fieldFilter = new QLineEdit(right);
    m_fieldFilter->setPlaceholderText(tr("Filter fields"));
    m_fieldFilter->setAccessibleName(tr("Filter merge fields"));
    m_fieldFilter->setClearButtonEnabled(true);
    rightLayout->addWidget(m_fieldFilter);
    m_fields = new QListWidget(right);
    m_fields->setAccessibleName(tr("Merge fields"));
    m_fields->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30);
    m_fields->setAccessibleDescription(tr("Press Enter or double-click to insert the field at the cursor."));
    fieldsLabel->setBuddy(m_fields);
    rightLayout->addWidget(m_fields, 1);
    m_insert = new QPushButton(tr("&Insert field"), right);
    m_insert->setAccessibleName(tr("Insert field"));
    rightLayout->addWidget(m_insert);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_problems = new QLabel(this);
    m_problems->setAccessibleName(tr("Merge field problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problems);

    m_check = new QTimer(this);
    m_check->setSingleShot(true);
    m_check->setInterval(200);
    connect(m_check, &QTimer::timeout, this, &TemplateEditor::updateProblems);

    auto touched = [this] {
        if (m_loading)
            return;
        m_modified = true;
        m_check->start();
        Q_EMIT changed();
    };
    connect(m_name, &QLineEdit::textEdited, this, touched);
    connect(m_description, &QLineEdit::textEdited, this, touched);
    connect(m_body, &QTextEdit::textChanged, this, touched);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this, touched] {
        m_highlighter->setLetterType(currentType());
        fillFields();
        touched();
    });
    connect(m_fieldFilter, &QLineEdit::textChanged, this, [this] { fillFields(); });
    auto insertCurrent = [this] {
        if (QListWidgetItem *item = m_fields->currentItem())
            insertField(item->data(kKeyRole).toString());
    };
    connect(m_insert, &QPushButton::clicked, this, insertCurrent);
    connect(m_fields, &QListWidget::itemActivated, this, insertCurrent);
    fillFields();
    updateProblems();
}

LetterType TemplateEditor::currentType() const
{
    return LetterType(m_type->currentData().toInt());
}

void TemplateEditor::fillFields()
{
    const QString filter = m_fieldFilter->text().trimmed();
    m_fields->clear();
    for (const MergeField *f : MergeFieldRegistry::instance().fields(currentType())) {
        const QString text = tr("%1: %2").arg(f->groupLabel(), f->labelText());
        if (!filter.isEmpty() && !text.contains(filter, Qt::CaseInsensitive) &&
            !f->key.contains(filter, Qt::CaseInsensitive))
            continue;
        auto *item = new QListWidgetItem(text, m_fields);
        item->setData(kKeyRole, f->key);
        item->setToolTip(f->token());
    }
    if (m_fields->count() > 0)
        m_fields->setCurrentRow(0);
}

void TemplateEditor::setTemplate(const LetterTemplate &letterTemplate)
{
    m_loading = true;
    m_template = letterTemplate;
    m_name->setText(letterTemplate.name);
    m_type->setCurrentIndex(m_type->findData(int(letterTemplate.type)));
    m_highlighter->setLetterType(letterTemplate.type);
    m_description->setText(letterTemplate.description);
    m_body->document()->setDefaultFont(LetterRenderer::bodyFont());
    m_body->setHtml(letterTemplate.bodyHtml);
    m_body->document()->setModified(false);
    m_loading = false;
    m_modified = false;
    fillFields();
    updateProblems();
}

void TemplateEditor::setModified(bool modified)
{
    m_modified = modified;
}

LetterTemplate TemplateEditor::editedTemplate() const
{
    LetterTemplate t = m_template;
    t.name = m_name->text().trimmed();
    t.type = currentType();
    t.description = m_description->text().trimmed();
    // Formatting that splits a field would break it in the HTML: one format per field first.
    QTextDocument copy;
    copy.setDefaultFont(LetterRenderer::bodyFont());
    copy.setHtml(m_body->toHtml());
    LetterMerger::normaliseFieldFormats(copy);
    t.bodyHtml = copy.toHtml();
    return t;
}

QStringList TemplateEditor::problems() const
{
    QStringList out;
    const LetterType type = currentType();
    // Paragraph by paragraph, as the editor shows them.
    for (QTextBlock block = m_body->document()->begin(); block.isValid(); block = block.next())
        out += LetterMerger::checkMessages(block.text(), type);
    return out;
}

void TemplateEditor::updateProblems()
{
    const QStringList p = problems();
    QStringList warnings;
    const QString plain = m_body->toPlainText();
    if (!plain.trimmed().isEmpty()) {
        if (!plain.contains(QLatin1String("{{recipient.address}}")))
            warnings << tr(
                "Note: the letter does not include {{recipient.address}}, so it will not show who it is addressed to.");
        if (!plain.contains(QLatin1String("{{recipient.salutation}}")))
            warnings << tr("Note: the letter does not greet anyone: add {{recipient.salutation}}.");
    }
    if (p.isEmpty()) {
        m_problems->setText(warnings.isEmpty() ? tr("Every merge field is known.") : warnings.join(QLatin1Char('\n')));
        m_problems->setStyleSheet(QString());
        return;
    }
    m_problems->setText(tr("%n problem(s) to fix before saving:", nullptr, int(p.size())) + QLatin1Char('\n') +
                        QStringLiteral("\u2022 ") + p.join(QStringLiteral("\n\u2022 ")));
    m_problems->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
}

void TemplateEditor::insertField(const QString &key)
{
    const MergeField *f = MergeFieldRegistry::instance().find(key);
    if (!f)
        return;
    m_body->textCursor().insertText(f->token());
    m_body->setFocus();
}

} // namespace md::ui
