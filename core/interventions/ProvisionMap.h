// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "interventions/InterventionEnums.h"
#include "referrals/ReferralEnums.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace md {

class Database;
class Session;

struct ProvisionCriterion
{
    qint64 id = 0;
    QString text;
};

// One intervention type of the provision map (reference 004): its stage, what it is, what is
// provided, how long it lasts, and the criteria a student should meet.
struct ProvisionType
{
    qint64 id = 0;
    QString code; // stable key ("anger_management"); made from the name for new types
    int stage = 1;
    QString name;
    QString description;
    QString provision;
    QString duration;         // "6 × 25-minute sessions, weekly"
    std::optional<int> weeks; // planned length, when the policy gives one
    bool oneToOne = false;    // 1:1 mentoring: a mentoring action plan of up to three objectives
    bool active = true;
    int position = 0;
    QList<ProvisionCriterion> criteria;

    // Interventions are reviewed termly at the hub; a shorter programme is reviewed when it ends.
    QDate defaultReviewDate(const QDate &from) const;
};

// The provision map: read by everyone who plans an intervention, edited by the lead mentor or an
// administrator. Also the one place that knows who may request each stage.
class ProvisionMap
{
    Q_DECLARE_TR_FUNCTIONS(md::ProvisionMap)
public:
    explicit ProvisionMap(Database &db) : m_db(db) {}

    // In stage then catalogue order, each with its criteria.
    Result<QList<ProvisionType>> types(bool includeInactive = false) const;
    Result<ProvisionType> type(qint64 id) const;
    Result<ProvisionType> typeByCode(const QString &code) const;
    // Adds (id 0) or updates a type and replaces its criteria; every change is audited.
    Result<qint64> save(const Session &session, const ProvisionType &type);

    static constexpr int kMaxObjectives = 3;
    static constexpr int kTermWeeks = 13;

    // "Stage 2: Short term managed intervention".
    static QString stageTitle(int stage);
    // Who may ask for an intervention of the stage, in the policy's words.
    static QString stageRequestedBy(int stage);
    // OK when an intervention of `stage` may be asked for this way; otherwise an error that says why.
    // `atHubMeeting` is whether the decision is made at an assessment hub meeting.
    static Status checkRequest(int stage, RequestedVia via, RequestedBy requestedBy, bool atHubMeeting);

private:
    Result<QList<ProvisionType>> select(const QString &where, const QVariantList &binds) const;

    Database &m_db;
};

} // namespace md
