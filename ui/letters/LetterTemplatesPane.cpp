// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/LetterTemplatesPane.h"

#include "common/ConflictDialog.h"

#include "common/MessageBox.h"
#include "letters/Letterhead.h"
#include "letters/LetterheadDialog.h"
#include "letters/LetterPrinting.h"
#include "letters/LetterService.h"
#include "letters/TemplateEditor.h"
#include "shell/DeskContext.h"
#include "students/StudentListModel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace md::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

LetterTemplatesPane::LetterTemplatesPane(DeskContext &context, QWidget *parent)
    : Pane(context, parent), m_students(new StudentListModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Letter templates"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    auto *split = new QSplitter(this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(left);
    m_list->setAccessibleName(tr("Letter templates"));
    leftLayout->addWidget(m_list, 1);
    m_new = new QPushButton(tr("&New template"), left);
    m_new->setAccessibleName(tr("New template"));
    m_remove = new QPushButton(tr("Delete or arc&hive"), left);
    m_remove->setAccessibleName(tr("Delete or archive template"));
    m_letterhead = new QPushButton(tr("&Letterhead\u2026"), left);
    m_letterhead->setAccessibleName(tr("Letterhead"));
    for (QPushButton *b : {m_new, m_remove, m_letterhead})
        leftLayout->addWidget(b);

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_editor = new TemplateEditor(right);
    rightLayout->addWidget(m_editor, 1);
    auto *actions = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save"), right);
    m_save->setAccessibleName(tr("Save template"));
    m_save->setShortcut(QKeySequence::Save);
    m_revert = new QPushButton(tr("Re&vert"), right);
    m_revert->setAccessibleName(tr("Revert template"));
    auto *studentLabel = new QLabel(tr("Preview &for:"), right);
    m_student = new QComboBox(right);
    m_student->setAccessibleName(tr("Student to preview with"));
    m_student->view()->setAccessibleName(tr("Students"));
    m_student->setModel(m_students);
    m_student->setModelColumn(StudentListModel::NameColumn);
    m_student->setMinimumContentsLength(24);
    studentLabel->setBuddy(m_student);
    m_preview = new QPushButton(tr("&Print preview\u2026"), right);
    m_preview->setAccessibleName(tr("Print preview"));
    actions->addWidget(m_save);
    actions->addWidget(m_revert);
    actions->addStretch();
    actions->addWidget(studentLabel);
    actions->addWidget(m_student);
    actions->addWidget(m_preview);
    rightLayout->addLayout(actions);
    m_message = new QLabel(right);
    m_message->setAccessibleName(tr("Message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    rightLayout->addWidget(m_message);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 4);
    split->setSizes({fontMetrics().horizontalAdvance(QLatin1Char('x')) * 34, 1000});
    layout->addWidget(split, 1);

    connect(m_list, &QListWidget::currentItemChanged, this, [this] {
        if (!m_switching)
            openCurrent();
    });
    connect(m_new, &QPushButton::clicked, this, &LetterTemplatesPane::newTemplate);
    connect(m_remove, &QPushButton::clicked, this, &LetterTemplatesPane::removeCurrent);
    connect(m_save, &QPushButton::clicked, this, &LetterTemplatesPane::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_editor->setModified(false);
        openCurrent();
    });
    connect(m_preview, &QPushButton::clicked, this, &LetterTemplatesPane::preview);
    connect(m_letterhead, &QPushButton::clicked, this, [this] {
        LetterheadDialog dialog(this->context().db(), this->context().session(), this);
        if (dialog.exec() == QDialog::Accepted)
            m_message->setText(tr("Letterhead saved. New letters, and drafts when printed, use it."));
    });
}

void LetterTemplatesPane::activate()
{
    if (m_students->rowCount() == 0) {
        const Status loaded = m_students->load(context().db(), context().session());
        if (!loaded)
            m_message->setText(loaded.error().message);
    }
    if (m_list->count() == 0)
        reloadList(m_currentId);
}

QWidget *LetterTemplatesPane::primaryFocus()
{
    return m_list;
}

void LetterTemplatesPane::reloadList(qint64 select)
{
    m_switching = true;
    m_list->clear();
    auto templates = LetterTemplateStore(context().db()).list(context().session(), true);
    if (!templates) {
        m_message->setText(templates.error().message);
        m_switching = false;
        return;
    }
    int row = -1;
    for (const LetterTemplate &t : std::as_const(*templates)) {
        QString text = tr("%1 \u2014 %2").arg(t.name, LetterTerms::label(t.type));
        if (t.archived)
            text += tr(" (archived)");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(kIdRole, t.id);
        if (t.id == select)
            row = m_list->count() - 1;
    }
    m_switching = false;
    if (m_list->count() == 0) {
        m_message->setText(tr("No templates yet. Choose New template to write the first one."));
        newTemplate();
        return;
    }
    m_list->setCurrentRow(row >= 0 ? row : 0);
    if (row < 0 || select != m_currentId)
        openCurrent();
}

bool LetterTemplatesPane::confirmLeave()
{
    if (!m_editor->isModified())
        return true;
    const auto answer =
        MessageBox::question(this, tr("Unsaved template"),
                             tr("Save the changes to \u201c%1\u201d first?").arg(m_editor->editedTemplate().name),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    return true;
}

void LetterTemplatesPane::openCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    const qint64 id = item ? item->data(kIdRole).toLongLong() : 0;
    if (id == m_currentId && m_editor->isModified())
        return;
    if (id != m_currentId && !confirmLeave()) {
        // Stay on the template being edited.
        m_switching = true;
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->data(kIdRole).toLongLong() == m_currentId)
                m_list->setCurrentRow(i);
        m_switching = false;
        return;
    }
    if (id == 0)
        return;
    auto t = LetterTemplateStore(context().db()).get(context().session(), id);
    if (!t) {
        m_message->setText(t.error().message);
        return;
    }
    m_currentId = id;
    m_editor->setTemplate(*t);
    m_message->setText(t->archived ? tr("This template is archived: letters can no longer be made from it.")
                                   : QString());
}

void LetterTemplatesPane::newTemplate()
{
    if (!confirmLeave())
        return;
    LetterTemplate t;
    t.name = tr("New letter");
    t.bodyHtml = tr("<p>{{recipient.name}}<br />{{recipient.address}}</p>"
                    "<p align=\"right\">{{letter.date}}</p>"
                    "<p>{{recipient.salutation}},</p>"
                    "<p><b>{{student.full_name}} ({{student.tutor_group}})</b></p>"
                    "<p></p>"
                    "<p>Yours sincerely,</p>"
                    "<p>{{sender.name}}<br />{{sender.role}}</p>");
    m_currentId = 0;
    m_switching = true;
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    m_switching = false;
    m_editor->setTemplate(t);
    m_editor->setModified(true);
    m_editor->nameEdit()->setFocus();
    m_editor->nameEdit()->selectAll();
    m_message->setText(tr("A new template: give it a name and a type, write the letter and save it."));
}

bool LetterTemplatesPane::save()
{
    LetterTemplate t = m_editor->editedTemplate();
    t.id = m_currentId;
    qint64 savedId = 0;
    Error error;
    const auto outcome = ConflictDialog::save(
        this, context().db(), context().session().actor(), t.rowVersion,
        [&](int version) -> Status {
            LetterTemplate at = t;
            at.rowVersion = version;
            auto id = LetterTemplateStore(context().db()).save(context().session(), at);
            if (!id)
                return id.error();
            savedId = *id;
            return {};
        },
        &error);
    if (outcome == ConflictDialog::Outcome::Discarded) {
        // Theirs stands: show the stored template (or the list without it, if it was deleted).
        m_editor->setModified(false);
        reloadList(m_currentId);
        openCurrent();
        m_message->setText(tr("Your changes were discarded; this is the template as it is saved now."));
        return false;
    }
    if (outcome != ConflictDialog::Outcome::Saved) {
        m_message->setText(error.fullText());
        return false;
    }
    auto id = std::optional<qint64>(savedId);
    m_currentId = *id;
    m_editor->setModified(false);
    reloadList(*id);
    openCurrent();
    m_message->setText(tr("Saved \u201c%1\u201d. Letters already made from it are not changed.").arg(t.name));
    Q_EMIT statusMessage(tr("Letter template saved."));
    return true;
}

void LetterTemplatesPane::preview()
{
    const QModelIndex index = m_students->index(m_student->currentIndex(), 0);
    if (!index.isValid()) {
        m_message->setText(tr("Choose a student to preview the letter with."));
        return;
    }
    const qint64 studentId = index.data(StudentListModel::StudentIdRole).toLongLong();
    auto letter =
        LetterService(context().db()).previewTemplate(context().session(), m_editor->editedTemplate(), studentId);
    if (!letter) {
        m_message->setText(letter.error().fullText());
        return;
    }
    auto letterhead = LetterheadStore(context().db()).current();
    if (!letterhead) {
        m_message->setText(letterhead.error().message);
        return;
    }
    if (!letter->missing.isEmpty())
        m_message->setText(tr("No data for %1 with this student: those places are marked.")
                               .arg(letter->missing.join(QStringLiteral(", "))));
    else
        m_message->clear();
    const RenderLetter r{letter->bodyHtml, std::make_shared<const Letterhead>(*letterhead), QString()};
    LetterPrinting::preview(this, {r}, m_editor->editedTemplate().name);
}

void LetterTemplatesPane::removeCurrent()
{
    if (m_currentId == 0) {
        m_editor->setModified(false);
        reloadList();
        return;
    }
    const QString name = m_editor->editedTemplate().name;
    if (MessageBox::question(this, tr("Delete template"),
                             tr("Delete \u201c%1\u201d? If letters were made from it, it is archived instead, so "
                                "those letters keep their history.")
                                 .arg(name)) != QMessageBox::Yes)
        return;
    auto removed = LetterTemplateStore(context().db()).remove(context().session(), m_currentId);
    if (!removed) {
        m_message->setText(removed.error().message);
        return;
    }
    m_message->setText(*removed ? tr("\u201c%1\u201d was deleted.").arg(name)
                                : tr("\u201c%1\u201d was archived: letters were made from it.").arg(name));
    m_editor->setModified(false);
    const qint64 keep = *removed ? 0 : m_currentId;
    m_currentId = 0;
    reloadList(keep);
}

} // namespace md::ui
