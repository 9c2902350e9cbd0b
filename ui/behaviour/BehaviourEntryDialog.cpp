// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "behaviour/BehaviourEntryDialog.h"

#include "behaviour/BehaviourStore.h"
#include "shell/DeskContext.h"
#include "students/StudentStore.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace md::ui {

BehaviourEntryDialog::BehaviourEntryDialog(DeskContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Record behaviour"));
    setAccessibleName(tr("Record behaviour"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    QStringList completions;
    if (auto rows = StudentStore(context.db()).list(context.session())) {
        for (const StudentRow &r : std::as_const(*rows)) {
            const QString label =
                QStringLiteral("%1 (%2, %3)").arg(r.student.sortName(), r.student.tutorGroup, r.student.upn);
            m_byText.insert(label, r.student.id);
            m_byText.insert(r.student.upn.toUpper(), r.student.id);
            m_label.insert(r.student.id, label);
            completions << label;
        }
    }
    m_studentEdit = new QLineEdit(this);
    m_studentEdit->setPlaceholderText(tr("Type a name or UPN, then Enter to add; add everyone involved"));
    m_studentEdit->setAccessibleName(tr("Add a student involved"));
    auto *completer = new QCompleter(completions, m_studentEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_studentEdit->setCompleter(completer);
    auto *studentsLabel = new QLabel(tr("&Students:"), this);
    studentsLabel->setBuddy(m_studentEdit);
    form->addRow(studentsLabel, m_studentEdit);
    m_students = new QListWidget(this);
    m_students->setAccessibleName(tr("Students involved (Delete removes the selected one)"));
    m_students->setMaximumHeight(110);
    form->addRow(QString(), m_students);
    auto *remove = new QAction(m_students);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_students->addAction(remove);
    connect(remove, &QAction::triggered, this, [this] { delete m_students->currentItem(); });
    // Return in the student field adds the student; it must not reach the dialog's Save. (While
    // the completion list shows, QCompleter hands Return straight to the line edit: returnPressed.)
    m_studentEdit->installEventFilter(this);
    connect(m_studentEdit, &QLineEdit::returnPressed, this, [this] {
        if (addStudentByText(m_studentEdit->text()))
            m_studentEdit->clear();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        if (addStudentByText(text))
            QMetaObject::invokeMethod(m_studentEdit, &QLineEdit::clear, Qt::QueuedConnection);
    });

    m_category = new QComboBox(this);
    m_category->setAccessibleName(tr("Category"));
    if (auto cats = BehaviourStore(context.db()).categories(true))
        for (const BehaviourCategory &c : std::as_const(*cats))
            m_category->addItem(QStringLiteral("%1 (%2%3)")
                                    .arg(c.name, c.defaultPoints > 0 ? QStringLiteral("+") : QString())
                                    .arg(c.defaultPoints),
                                QVariantList{c.id, c.defaultPoints});
    auto *categoryLabel = new QLabel(tr("&Category:"), this);
    categoryLabel->setBuddy(m_category);
    form->addRow(categoryLabel, m_category);
    m_points = new QSpinBox(this);
    m_points->setRange(-BehaviourStore::kMaxPoints, BehaviourStore::kMaxPoints);
    m_points->setAccessibleName(tr("Points"));
    auto *pointsLabel = new QLabel(tr("&Points:"), this);
    pointsLabel->setBuddy(m_points);
    form->addRow(pointsLabel, m_points);

    m_when = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_when->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_when->setCalendarPopup(true);
    m_when->setMaximumDate(QDate::currentDate());
    m_when->setAccessibleName(tr("Date and time"));
    auto *whenLabel = new QLabel(tr("&When:"), this);
    whenLabel->setBuddy(m_when);
    form->addRow(whenLabel, m_when);

    m_course = new QComboBox(this);
    m_course->setAccessibleName(tr("Lesson (course)"));
    m_course->addItem(tr("Not in a lesson"), qint64(0));
    if (auto courses = BehaviourStore(context.db()).courses(context.session()))
        for (const auto &[id, name] : std::as_const(*courses))
            m_course->addItem(name, id);
    auto *courseLabel = new QLabel(tr("&Lesson:"), this);
    courseLabel->setBuddy(m_course);
    form->addRow(courseLabel, m_course);
    m_place = new QLineEdit(this);
    m_place->setAccessibleName(tr("Place"));
    m_place->setPlaceholderText(tr("Corridor, canteen, playground…"));
    m_place->setMaxLength(BehaviourStore::kMaxShortLength);
    auto *placeLabel = new QLabel(tr("Pl&ace:"), this);
    placeLabel->setBuddy(m_place);
    form->addRow(placeLabel, m_place);

    m_description = new QPlainTextEdit(this);
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, m_description);
    m_action = new QComboBox(this);
    m_action->setEditable(true);
    m_action->setAccessibleName(tr("Action taken"));
    m_action->addItem(QString());
    m_action->addItems(behaviourActionSuggestions());
    auto *actionLabel = new QLabel(tr("Ac&tion taken:"), this);
    actionLabel->setBuddy(m_action);
    form->addRow(actionLabel, m_action);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Problem"));
    m_message->setStyleSheet(QStringLiteral("color: #a31c1c;"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the incident"));
    buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    buttons->button(QDialogButtonBox::Save)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &BehaviourEntryDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_category, &QComboBox::currentIndexChanged, this, &BehaviourEntryDialog::categoryChanged);
    categoryChanged();
}

bool BehaviourEntryDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_studentEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            QString text = m_studentEdit->text();
            if (QCompleter *completer = m_studentEdit->completer(); completer && completer->popup()->isVisible()) {
                const QModelIndex current = completer->popup()->currentIndex();
                if (current.isValid())
                    text = current.data().toString();
                completer->popup()->hide();
            }
            if (addStudentByText(text))
                m_studentEdit->clear();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void BehaviourEntryDialog::categoryChanged()
{
    const QVariantList data = m_category->currentData().toList();
    if (data.size() == 2)
        m_points->setValue(data.at(1).toInt());
}

void BehaviourEntryDialog::addStudent(qint64 studentId)
{
    for (qint64 id : studentIds())
        if (id == studentId)
            return;
    auto *item = new QListWidgetItem(m_label.value(studentId, tr("Student %1").arg(studentId)), m_students);
    item->setData(Qt::UserRole, studentId);
}

bool BehaviourEntryDialog::addStudentByText(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    qint64 id = m_byText.value(t, m_byText.value(t.toUpper(), 0));
    if (id == 0) {
        QList<qint64> matches;
        for (auto it = m_label.cbegin(); it != m_label.cend(); ++it)
            if (it.value().contains(t, Qt::CaseInsensitive))
                matches.append(it.key());
        if (matches.size() == 1)
            id = matches.first();
        else {
            m_message->setText(
                matches.isEmpty()
                    ? tr("No student you may record for matches \"%1\".").arg(t)
                    : tr("%1 students match \"%2\": type more of the name, or the UPN.").arg(matches.size()).arg(t));
            m_message->show();
            return false;
        }
    }
    m_message->hide();
    addStudent(id);
    return true;
}

QList<qint64> BehaviourEntryDialog::studentIds() const
{
    QList<qint64> out;
    for (int i = 0; i < m_students->count(); ++i)
        out.append(m_students->item(i)->data(Qt::UserRole).toLongLong());
    return out;
}

bool BehaviourEntryDialog::save()
{
    if (!m_studentEdit->text().trimmed().isEmpty() && addStudentByText(m_studentEdit->text()))
        m_studentEdit->clear();
    NewBehaviourEvent e;
    e.studentIds = studentIds();
    e.occurredAt = m_when->dateTime();
    e.courseId = m_course->currentData().toLongLong();
    e.place = m_place->text();
    const QVariantList data = m_category->currentData().toList();
    e.categoryId = data.isEmpty() ? 0 : data.at(0).toLongLong();
    e.points = m_points->value();
    e.description = m_description->toPlainText();
    e.actionTaken = m_action->currentText();
    auto ids = BehaviourStore(m_context.db()).record(m_context.session(), e);
    if (!ids) {
        m_message->setText(ids.error().message);
        m_message->show();
        return false;
    }
    m_saved = *ids;
    accept();
    return true;
}

} // namespace md::ui
