// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ilp/IlpReviewsPane.h"

#include "ilp/IlpReviewGridModel.h"
#include "ilp/IlpReviewStore.h"
#include "shell/DeskContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

namespace {

// The assessment column is edited with a list of the scale's grades (and a blank).
class ScaleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItem(QString());
        combo->addItems(index.data(IlpReviewGridModel::ScaleRole).toStringList());
        combo->setAccessibleName(QCoreApplication::translate("md::ui::IlpReviewsPane", "Assessment"));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(qMax(0, combo->findText(index.data(Qt::EditRole).toString())));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText(), Qt::EditRole);
    }
};

} // namespace

IlpReviewsPane::IlpReviewsPane(DeskContext &context, QWidget *parent)
    : Pane(context, parent), m_course(new QComboBox(this)), m_reviews(new QListWidget(this)),
      m_name(new QLineEdit(this)), m_date(new QDateEdit(QDate::currentDate(), this)), m_scale(new QPlainTextEdit(this)),
      m_lock(new QLabel(this)), m_new(new QPushButton(tr("&New review"), this)),
      m_save(new QPushButton(tr("&Save review"), this)), m_grid(new QTableView(this)),
      m_model(new IlpReviewGridModel(context.db(), context.session(), this)), m_bulk(new QComboBox(this)),
      m_apply(new QPushButton(tr("Assess se&lected"), this)), m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>") + tr("Midterm reviews") + QStringLiteral("</h2>"), this));
    auto *intro = new QLabel(tr("Interim feedback for each student on a course. It is not part of the assessment "
                                "record; mentors see it on the student's learning plan for the period it falls in. "
                                "Set the scale before assessing anyone: it locks after the first assessment."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    layout->addWidget(m_message);
    auto *top = new QHBoxLayout;
    auto *courseLabel = new QLabel(tr("&Course:"), this);
    courseLabel->setBuddy(m_course);
    m_course->setAccessibleName(tr("Course"));
    top->addWidget(courseLabel);
    top->addWidget(m_course, 1);
    layout->addLayout(top);

    auto *split = new QSplitter(this);
    auto *left = new QWidget(split);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    auto *reviewsLabel = new QLabel(tr("&Reviews:"), left);
    reviewsLabel->setBuddy(m_reviews);
    m_reviews->setAccessibleName(tr("Midterm reviews of the course"));
    ll->addWidget(reviewsLabel);
    ll->addWidget(m_reviews, 1);
    m_new->setAccessibleName(tr("New midterm review"));
    ll->addWidget(m_new);
    auto *form = new QFormLayout;
    m_name->setAccessibleName(tr("Review name"));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Review date"));
    m_scale->setAccessibleName(tr("Grade scale, one grade a line; empty for no grade"));
    m_scale->setTabChangesFocus(true);
    m_scale->setMaximumHeight(90);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("Da&te:"), m_date);
    form->addRow(tr("Sc&ale (one a line):"), m_scale);
    m_lock->setWordWrap(true);
    m_lock->setAccessibleName(tr("Scale lock"));
    form->addRow(m_lock);
    ll->addLayout(form);
    m_save->setAccessibleName(tr("Save the review's name, date and scale"));
    ll->addWidget(m_save);
    split->addWidget(left);

    auto *right = new QWidget(split);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    auto *gridLabel = new QLabel(tr("Assess&ments (saved as you go):"), right);
    gridLabel->setBuddy(m_grid);
    rl->addWidget(gridLabel);
    m_grid->setModel(m_model);
    m_grid->setItemDelegateForColumn(IlpReviewGridModel::AssessmentColumn, new ScaleDelegate(m_grid));
    m_grid->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->horizontalHeader()->setStretchLastSection(true);
    m_grid->verticalHeader()->hide();
    m_grid->setAccessibleName(tr("Students' assessments"));
    rl->addWidget(m_grid, 1);
    auto *bulk = new QHBoxLayout;
    auto *bulkLabel = new QLabel(tr("Several at once, &grade:"), right);
    bulkLabel->setBuddy(m_bulk);
    m_bulk->setAccessibleName(tr("Grade for the selected students"));
    m_apply->setAccessibleName(tr("Give the selected students this grade"));
    bulk->addWidget(bulkLabel);
    bulk->addWidget(m_bulk);
    bulk->addWidget(m_apply);
    bulk->addStretch();
    rl->addLayout(bulk);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_course, &QComboBox::currentIndexChanged, this, [this] { reloadReviews(); });
    connect(m_reviews, &QListWidget::currentRowChanged, this, &IlpReviewsPane::openReview);
    connect(m_new, &QPushButton::clicked, this, &IlpReviewsPane::newReview);
    connect(m_save, &QPushButton::clicked, this, &IlpReviewsPane::saveReview);
    connect(m_apply, &QPushButton::clicked, this, &IlpReviewsPane::assessSelected);
    connect(m_model, &IlpReviewGridModel::saveFailed, this, [this](const QString &m) { showMessage(m, true); });
    connect(m_model, &IlpReviewGridModel::saved, this, [this](int rows) {
        showMessage(tr("Saved %n line(s).", nullptr, rows));
        this->context().notifyChanged(QStringLiteral("ilp"));
    });
    connect(m_model, &IlpReviewGridModel::lockChanged, this, &IlpReviewsPane::showLock);
}

void IlpReviewsPane::activate()
{
    reloadCourses();
}

QWidget *IlpReviewsPane::primaryFocus()
{
    return m_course;
}

void IlpReviewsPane::showMessage(const QString &message, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setText(message);
    if (!message.isEmpty())
        Q_EMIT statusMessage(message);
}

void IlpReviewsPane::reloadCourses()
{
    const qint64 keep = m_course->currentData().toLongLong();
    auto courses = IlpReviewStore(context().db()).courses(context().session());
    const QSignalBlocker block(m_course);
    m_course->clear();
    if (!courses) {
        showMessage(courses.error().message, true);
        return;
    }
    for (const IlpCourse &c : std::as_const(*courses))
        m_course->addItem(tr("%1 (%n student(s))", nullptr, c.students).arg(c.name), c.id);
    const int i = m_course->findData(keep);
    m_course->setCurrentIndex(i >= 0 ? i : 0);
    reloadReviews(m_model->reviewId());
}

void IlpReviewsPane::reloadReviews(qint64 select)
{
    const qint64 course = m_course->currentData().toLongLong();
    const QSignalBlocker block(m_reviews);
    m_reviews->clear();
    m_new->setEnabled(course > 0);
    int row = -1;
    if (course > 0) {
        auto reviews = IlpReviewStore(context().db()).reviews(context().session(), course);
        if (!reviews) {
            showMessage(reviews.error().message, true);
        } else {
            const QLocale locale;
            for (int i = 0; i < reviews->size(); ++i) {
                const IlpReview &r = reviews->at(i);
                auto *item = new QListWidgetItem(
                    QStringLiteral("%1 \u00b7 %2").arg(locale.toString(r.date, QLocale::ShortFormat), r.name),
                    m_reviews);
                item->setData(Qt::UserRole, r.id);
                if (r.id == select || row < 0)
                    row = i;
            }
        }
    }
    m_reviews->setCurrentRow(row);
    openReview();
}

void IlpReviewsPane::openReview()
{
    const QListWidgetItem *item = m_reviews->currentItem();
    const qint64 id = item ? item->data(Qt::UserRole).toLongLong() : 0;
    if (Status s = m_model->load(id); !s)
        showMessage(s.error().message, true);
    const IlpReview &r = m_model->review();
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_date, m_scale, m_save, m_grid})
        w->setEnabled(id > 0);
    m_name->setText(r.name);
    m_date->setDate(r.date.isValid() ? r.date : QDate::currentDate());
    m_scale->setPlainText(r.scale.join(QLatin1Char('\n')));
    m_grid->resizeColumnsToContents();
    showLock();
}

void IlpReviewsPane::showLock()
{
    const IlpReview &r = m_model->review();
    m_scale->setReadOnly(r.locked);
    m_lock->setText(!r.id      ? QString()
                    : r.locked ? tr("The scale is locked: %n student(s) have been assessed.", nullptr, r.assessed)
                    : r.scale.isEmpty() ? tr("No grade scale: comments only. You can still add one.")
                                        : tr("The scale can change until the first student is assessed."));
    m_bulk->clear();
    m_bulk->addItems(r.scale);
    m_bulk->setEnabled(!r.scale.isEmpty());
    m_apply->setEnabled(!r.scale.isEmpty());
}

void IlpReviewsPane::newReview()
{
    const qint64 course = m_course->currentData().toLongLong();
    if (!course)
        return;
    const QStringList defaultScale{tr("Working towards"), tr("Working at"), tr("Working beyond")};
    auto id = IlpReviewStore(context().db())
                  .create(context().session(), course, tr("Midterm review"), QDate::currentDate(), defaultScale);
    if (!id) {
        showMessage(id.error().message, true);
        return;
    }
    showMessage(tr("Made a new review: name it and set the scale (or clear it for comments only) before assessing."));
    reloadReviews(*id);
    m_name->setFocus();
    m_name->selectAll();
}

bool IlpReviewsPane::saveReview()
{
    const qint64 id = m_model->reviewId();
    if (!id)
        return false;
    const QStringList scale = m_scale->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (Status s =
            IlpReviewStore(context().db())
                .update(context().session(), id, m_name->text(), m_date->date(), scale, m_model->review().rowVersion);
        !s) {
        showMessage(s.error().message, true);
        if (s.error().kind == Error::Kind::Conflict)
            reloadReviews(id); // theirs, as stored now; the message says to make the change again
        return false;
    }
    showMessage(tr("Saved the review."));
    reloadReviews(id);
    return true;
}

void IlpReviewsPane::assessSelected()
{
    QList<int> rows;
    for (const QModelIndex &i : m_grid->selectionModel()->selectedRows())
        rows << i.row();
    if (rows.isEmpty()) {
        showMessage(tr("Select the students to give this grade first."), true);
        return;
    }
    if (Status s = m_model->assessRows(rows, m_bulk->currentText()); !s)
        return;
    showLock();
}

} // namespace md::ui
