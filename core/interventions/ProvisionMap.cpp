// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interventions/ProvisionMap.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "interventions/InterventionsLogging.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QRegularExpression>

namespace md {

namespace {
constexpr int kMaxNameLength = 120;
constexpr int kMaxTextLength = 4000;
} // namespace

QDate ProvisionType::defaultReviewDate(const QDate &from) const
{
    const int w = weeks && *weeks < ProvisionMap::kTermWeeks ? *weeks : ProvisionMap::kTermWeeks;
    return from.addDays(7 * w);
}

QString ProvisionMap::stageTitle(int stage)
{
    switch (stage) {
    case 1:
        return tr("Stage 1: Support intervention");
    case 2:
        return tr("Stage 2: Short term managed intervention");
    case 3:
        return tr("Stage 3: Long term managed intervention");
    }
    return tr("Stage %1").arg(stage);
}

QString ProvisionMap::stageRequestedBy(int stage)
{
    // Reference 004, "Mentoring provision map".
    switch (stage) {
    case 1:
        return tr("Requested by any member of staff through contact with Learning Support.");
    case 2:
        return tr("Requested by any member of staff through the Assessment Hub referral.");
    case 3:
        return tr("Requested by SENCo, DoL or SLT through referral process.");
    }
    return {};
}

Status ProvisionMap::checkRequest(int stage, RequestedVia via, RequestedBy requestedBy, bool atHubMeeting)
{
    if (stage <= 1)
        return {};
    if (stage == 2) {
        if (via == RequestedVia::Direct)
            return Error::invalid(tr("Stage 2 interventions are requested through the referral process and the "
                                     "assessment hub decides on them: refer the student rather than asking "
                                     "learning support directly."));
        return {};
    }
    if (via == RequestedVia::Direct)
        return Error::invalid(tr("Stage 3 interventions are considered only at the discretion of the SENCo, a "
                                 "director of learning or senior leadership, following a discussion at the "
                                 "assessment hub. This is a direct request, so refer the student to the hub instead."));
    if (!atHubMeeting)
        return Error::invalid(tr("Stage 3 interventions are considered only following a discussion at an "
                                 "assessment hub meeting. An urgent decision outside a meeting may choose a stage 1 "
                                 "or stage 2 intervention; put the referral on the next hub's agenda for stage 3."));
    if (!mayRequestStage3(requestedBy))
        return Error::invalid(tr("Stage 3 interventions are requested by the SENCo, a director of learning or senior "
                                 "leadership through the referral process. This referral was made by a member of "
                                 "staff, so choose a stage 1 or stage 2 intervention, or ask the SENCo, the director "
                                 "of learning or senior leadership to request stage 3."));
    return {};
}

Result<QList<ProvisionType>> ProvisionMap::select(const QString &where, const QVariantList &binds) const
{
    Query q(m_db, QStringLiteral("SELECT id, code, stage, name, description, provision, duration, weeks, one_to_one, "
                                 "active, position FROM provision_types ") +
                      where + QStringLiteral(" ORDER BY stage, position, id"));
    for (const QVariant &v : binds)
        q.bind(v);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<ProvisionType> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        ProvisionType t;
        t.id = q.id(0);
        t.code = q.string(1);
        t.stage = q.integer(2);
        t.name = q.string(3);
        t.description = q.string(4);
        t.provision = q.string(5);
        t.duration = q.string(6);
        if (!q.value(7).isNull())
            t.weeks = q.integer(7);
        t.oneToOne = q.flag(8);
        t.active = q.flag(9);
        t.position = q.integer(10);
        index.insert(t.id, out.size());
        out.append(t);
    }
    q.finish();
    if (out.isEmpty())
        return out;
    Query c(m_db,
            QStringLiteral("SELECT provision_type_id, id, text FROM provision_criteria ORDER BY provision_type_id, "
                           "position, id"));
    if (Status s = c.exec(); !s)
        return s.error();
    while (c.next()) {
        const auto it = index.constFind(c.id(0));
        if (it != index.constEnd())
            out[*it].criteria.append({c.id(1), c.string(2)});
    }
    return out;
}

Result<QList<ProvisionType>> ProvisionMap::types(bool includeInactive) const
{
    return select(includeInactive ? QString() : QStringLiteral("WHERE active = 1"), {});
}

Result<ProvisionType> ProvisionMap::type(qint64 id) const
{
    auto list = select(QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::notFound(tr("That intervention type is not in the provision map."));
    return list->first();
}

Result<ProvisionType> ProvisionMap::typeByCode(const QString &code) const
{
    auto list = select(QStringLiteral("WHERE code = ?"), {code});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::notFound(tr("The provision map has no intervention type '%1'.").arg(code));
    return list->first();
}

Result<qint64> ProvisionMap::save(const Session &session, const ProvisionType &given)
{
    if (Status s = Permissions::require(session, Action::EditProvisionMap); !s)
        return s.error();
    ProvisionType t = given;
    t.name = t.name.simplified();
    t.description = t.description.trimmed();
    t.provision = t.provision.trimmed();
    t.duration = t.duration.simplified();
    QStringList problems;
    if (t.stage < 1 || t.stage > 3)
        problems << tr("The stage must be 1, 2 or 3, not %1.").arg(t.stage);
    if (t.name.isEmpty())
        problems << tr("Enter the name of the intervention.");
    else if (t.name.size() > kMaxNameLength)
        problems << tr("The name is %1 characters long; the most is %2.").arg(t.name.size()).arg(kMaxNameLength);
    if (t.description.isEmpty())
        problems << tr("Enter a description of the intervention.");
    if (t.provision.isEmpty())
        problems << tr("Enter what is provided.");
    if (t.description.size() > kMaxTextLength || t.provision.size() > kMaxTextLength)
        problems << tr("The description and the provision may each be at most %1 characters long.").arg(kMaxTextLength);
    if (t.weeks && (*t.weeks < 1 || *t.weeks > 156))
        problems << tr("The length in weeks must be from 1 to 156, not %1.").arg(*t.weeks);
    QList<ProvisionCriterion> criteria;
    for (const ProvisionCriterion &c : std::as_const(t.criteria)) {
        const QString text = c.text.simplified();
        if (text.isEmpty())
            continue;
        if (text.size() > kMaxTextLength)
            problems << tr("A criterion may be at most %1 characters long.").arg(kMaxTextLength);
        criteria.append({c.id, text});
    }
    if (!problems.isEmpty())
        return Error::invalid(problems.first(), problems.mid(1));

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(m_db, session.actor());
    qint64 id = t.id;
    if (id == 0) {
        if (t.code.isEmpty()) {
            static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
            t.code = t.name.toLower().replace(nonWord, QStringLiteral("_"));
        }
        const QString base = t.code;
        for (int n = 2;; ++n) {
            Query exists(m_db, QStringLiteral("SELECT COUNT(*) FROM provision_types WHERE code = ?"));
            exists.bind(t.code);
            auto count = exists.scalar();
            if (!count)
                return count.error();
            if (count->toInt() == 0)
                break;
            t.code = base + QLatin1Char('_') + QString::number(n);
        }
        Query pos(m_db, QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM provision_types"));
        auto next = pos.scalar();
        if (!next)
            return next.error();
        Query ins(m_db,
                  QStringLiteral("INSERT INTO provision_types (code, stage, name, description, provision, duration, "
                                 "weeks, one_to_one, active, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                 "RETURNING id"));
        ins.bind(t.code).bind(t.stage).bind(t.name).bind(t.description).bind(t.provision).bind(t.duration);
        ins.bind(t.weeks ? QVariant(*t.weeks) : QVariant()).bind(t.oneToOne).bind(t.active).bind(next->toInt());
        auto newId = ins.scalar();
        if (!newId)
            return newId.error();
        id = newId->toLongLong();
        if (Status s = audit.created(QStringLiteral("provision_type"), id, t.name); !s)
            return s.error();
    } else {
        auto old = type(id);
        if (!old)
            return old.error();
        Query up(m_db, QStringLiteral("UPDATE provision_types SET stage = ?, name = ?, description = ?, provision = ?, "
                                      "duration = ?, weeks = ?, one_to_one = ?, active = ? WHERE id = ?"));
        up.bind(t.stage).bind(t.name).bind(t.description).bind(t.provision).bind(t.duration);
        up.bind(t.weeks ? QVariant(*t.weeks) : QVariant()).bind(t.oneToOne).bind(t.active).bind(id);
        if (Status s = up.exec(); !s)
            return s.error();
        const auto weeksText = [](const std::optional<int> &w) { return w ? QString::number(*w) : QString(); };
        const std::tuple<const char *, QString, QString> fields[] = {
            {"stage", QString::number(old->stage), QString::number(t.stage)},
            {"name", old->name, t.name},
            {"description", old->description, t.description},
            {"provision", old->provision, t.provision},
            {"duration", old->duration, t.duration},
            {"weeks", weeksText(old->weeks), weeksText(t.weeks)},
            {"one_to_one", QString::number(old->oneToOne), QString::number(t.oneToOne)},
            {"active", QString::number(old->active), QString::number(t.active)},
        };
        for (const auto &[field, before, after] : fields)
            if (before != after)
                if (Status s =
                        audit.changed(QStringLiteral("provision_type"), id, QString::fromLatin1(field), before, after);
                    !s)
                    return s.error();
        QStringList oldCriteria;
        for (const ProvisionCriterion &c : std::as_const(old->criteria))
            oldCriteria << c.text;
        QStringList newCriteria;
        for (const ProvisionCriterion &c : std::as_const(criteria))
            newCriteria << c.text;
        if (oldCriteria != newCriteria)
            if (Status s = audit.changed(QStringLiteral("provision_type"), id, QStringLiteral("criteria"),
                                         oldCriteria.join(QLatin1Char('\n')), newCriteria.join(QLatin1Char('\n')));
                !s)
                return s.error();
    }

    // Criteria keep their ids when their place and wording stay, so evidence already ticked
    // still points at them; the rest are replaced.
    QHash<qint64, QString> existing;
    {
        Query q(m_db, QStringLiteral("SELECT id, text FROM provision_criteria WHERE provision_type_id = ?"));
        q.bind(id);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            existing.insert(q.id(0), q.string(1));
    }
    Query keep(m_db, QStringLiteral("UPDATE provision_criteria SET position = ?, text = ? WHERE id = ?"));
    Query add(m_db,
              QStringLiteral("INSERT INTO provision_criteria (provision_type_id, position, text) VALUES (?, ?, ?)"));
    Query drop(m_db, QStringLiteral("DELETE FROM provision_criteria WHERE id = ?"));
    for (int i = 0; i < criteria.size(); ++i) {
        const ProvisionCriterion &c = criteria.at(i);
        if (c.id != 0 && existing.contains(c.id)) {
            keep.bind(i + 1).bind(c.text).bind(c.id);
            if (Status s = keep.exec(); !s)
                return s.error();
            existing.remove(c.id);
        } else {
            add.bind(id).bind(i + 1).bind(c.text);
            if (Status s = add.exec(); !s)
                return s.error();
        }
    }
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        drop.bind(it.key());
        if (Status s = drop.exec(); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcInterventions) << "provision type saved, id" << id;
    return id;
}

} // namespace md
