// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentors/MentorQualityModel.h"

#include "mentors/MentorCatalogue.h"
#include "mentors/MentorMetrics.h"
#include "mentors/MentorQualityStore.h"

#include <QLocale>

namespace md {

namespace {

QString dateText(const QDate &date)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMM yyyy"));
}

// Short headings for the five questions, in MentorCatalogue::feedbackQuestions() order.
const char *const kQuestionHeadings[] = {
    QT_TRANSLATE_NOOP("md::MentorQualityModel", "Listens"),    QT_TRANSLATE_NOOP("md::MentorQualityModel", "Targets"),
    QT_TRANSLATE_NOOP("md::MentorQualityModel", "Feels safe"), QT_TRANSLATE_NOOP("md::MentorQualityModel", "Lessons"),
    QT_TRANSLATE_NOOP("md::MentorQualityModel", "Recommend"),
};

} // namespace

MentorQualityModel::MentorQualityModel(Kind kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind) {}

Status MentorQualityModel::load(Database &db, const Session &session, qint64 mentorId)
{
    MentorQualityStore store(db);
    beginResetModel();
    m_development.clear();
    m_observations.clear();
    m_feedback.clear();
    Status status;
    switch (m_kind) {
    case Kind::Development:
        if (auto r = store.development(session, mentorId))
            m_development = *r;
        else
            status = r.error();
        break;
    case Kind::Observations:
        if (auto r = store.observations(session, mentorId))
            m_observations = *r;
        else
            status = r.error();
        break;
    case Kind::Feedback:
        if (auto r = store.feedback(session, mentorId))
            m_feedback = *r;
        else
            status = r.error();
        break;
    }
    endResetModel();
    return status;
}

void MentorQualityModel::clear()
{
    beginResetModel();
    m_development.clear();
    m_observations.clear();
    m_feedback.clear();
    endResetModel();
}

int MentorQualityModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_kind) {
    case Kind::Development:
        return int(m_development.size());
    case Kind::Observations:
        return int(m_observations.size());
    case Kind::Feedback:
        return int(m_feedback.size());
    }
    return 0;
}

int MentorQualityModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_kind) {
    case Kind::Development:
        return 6; // date, kind, topic, hours, notes, recorded by
    case Kind::Observations:
        return 6; // date, setting, observer, score, strengths, to develop
    case Kind::Feedback:
        return 2 + MentorCatalogue::kFeedbackQuestions + 2; // date, student, five answers, average, comment
    }
    return 0;
}

QVariant MentorQualityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int c = index.column();
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    if (m_kind == Kind::Development) {
        const DevelopmentRecord &d = m_development.at(index.row());
        if (role == RecordIdRole)
            return d.id;
        if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
            return {};
        switch (c) {
        case 0:
            return dateText(d.heldOn);
        case 1:
            return MentorCatalogue::labelOf(MentorCatalogue::developmentKinds(), d.kind);
        case 2:
            return d.topic;
        case 3:
            return locale.toString(d.hours, 'f', 1);
        case 4:
            return d.notes;
        case 5:
            return d.recordedBy;
        }
    } else if (m_kind == Kind::Observations) {
        const Observation &o = m_observations.at(index.row());
        if (role == RecordIdRole)
            return o.id;
        if (role == Qt::ToolTipRole && c == 3) {
            QStringList lines;
            for (const ObservationJudgement &j : o.items)
                lines << QStringLiteral("%1: %2").arg(
                    MentorCatalogue::labelOf(MentorCatalogue::judgements(), j.judgement), j.item);
            return lines.join(QLatin1Char('\n'));
        }
        if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
            return {};
        switch (c) {
        case 0:
            return dateText(o.observedOn);
        case 1:
            return MentorCatalogue::labelOf(MentorCatalogue::observationSettings(), o.setting);
        case 2:
            return o.observer;
        case 3: {
            const auto score = MentorMetrics::observationScore(o);
            return score ? MentorMetrics::percent(*score) : tr("Nothing judged");
        }
        case 4:
            return o.strengths;
        case 5:
            return o.development;
        }
    } else {
        const LearnerFeedback &f = m_feedback.at(index.row());
        if (role == RecordIdRole)
            return f.id;
        if (role == Qt::TextAlignmentRole && c >= 2 && c < 2 + MentorCatalogue::kFeedbackQuestions + 1)
            return int(Qt::AlignCenter);
        if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
            return {};
        if (c == 0)
            return dateText(f.collectedOn);
        if (c == 1)
            return f.studentName;
        if (c < 2 + MentorCatalogue::kFeedbackQuestions) {
            const int rating = f.ratings.at(std::size_t(c - 2));
            return role == Qt::DisplayRole ? QVariant(QString::number(rating))
                                           : QVariant(MentorCatalogue::ratingLabel(rating));
        }
        if (c == 2 + MentorCatalogue::kFeedbackQuestions) {
            const FeedbackSummary s = MentorMetrics::feedbackSummary({f});
            return locale.toString(s.overall.value_or(0), 'f', 1);
        }
        return f.comment;
    }
    return {};
}

QVariant MentorQualityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_kind) {
    case Kind::Development: {
        const QString headings[] = {tr("Date"), tr("Kind"), tr("Topic"), tr("Hours"), tr("Notes"), tr("Recorded by")};
        return section >= 0 && section < 6 ? headings[section] : QVariant();
    }
    case Kind::Observations: {
        const QString headings[] = {tr("Date"),      tr("Observed"),  tr("Observer"), tr("Checklist score"),
                                    tr("Strengths"), tr("To develop")};
        return section >= 0 && section < 6 ? headings[section] : QVariant();
    }
    case Kind::Feedback:
        if (section == 0)
            return tr("Date");
        if (section == 1)
            return tr("Student");
        if (section >= 2 && section < 2 + MentorCatalogue::kFeedbackQuestions) {
            if (role == Qt::ToolTipRole)
                return MentorCatalogue::feedbackQuestions().at(section - 2).label;
            return tr(kQuestionHeadings[section - 2]);
        }
        if (section == 2 + MentorCatalogue::kFeedbackQuestions)
            return tr("Average");
        if (section == 3 + MentorCatalogue::kFeedbackQuestions)
            return tr("Comment");
        return {};
    }
    return {};
}

} // namespace md
