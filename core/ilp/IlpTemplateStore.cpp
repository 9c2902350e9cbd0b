// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ilp/IlpTemplateStore.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "ilp/IlpLogging.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordConflict.h"
#include "storage/Transaction.h"

#include <QSet>

namespace md {

namespace {

QString fieldsSummary(const QList<IlpField> &fields)
{
    QStringList parts;
    for (const IlpField &f : fields)
        parts << f.label.trimmed() + QStringLiteral(" [see: ") + ilpRolesToCodes(f.seeBy) + QStringLiteral("; edit: ") +
                     ilpRolesToCodes(f.editBy) + QLatin1Char(']');
    return parts.join(QStringLiteral(" | "));
}

} // namespace

QStringList IlpTemplateStore::problems(const IlpTemplate &t)
{
    QStringList out;
    if (t.name.trimmed().isEmpty())
        out << tr("The template's name is blank");
    else if (t.name.trimmed().size() > kIlpMaxName)
        out << tr("The template's name is longer than %1 characters").arg(kIlpMaxName);
    QSet<QString> labels;
    for (int i = 0; i < t.fields.size(); ++i) {
        const IlpField &f = t.fields.at(i);
        const QString label = f.label.trimmed();
        if (label.isEmpty())
            out << tr("Field %1: the label is blank").arg(i + 1);
        else if (label.size() > kIlpMaxName)
            out << tr("Field %1: the label is longer than %2 characters").arg(i + 1).arg(kIlpMaxName);
        else if (labels.contains(label.toLower()))
            out << tr("Field %1: the label '%2' is used twice").arg(i + 1).arg(label);
        labels.insert(label.toLower());
        if (f.guidance.size() > kIlpMaxText)
            out << tr("Field %1: the guidance is longer than %2 characters").arg(i + 1).arg(kIlpMaxText);
    }
    return out;
}

Result<QList<IlpTemplate>> IlpTemplateStore::select(const QString &where, const QVariantList &binds) const
{
    Query q(m_db, QStringLiteral("SELECT t.id, t.name, COALESCE(t.description, ''), t.state, t.row_version, "
                                 "(SELECT COUNT(*) FROM ilp_plans p WHERE p.template_id = t.id) "
                                 "FROM ilp_templates t ") +
                      where + QStringLiteral(" ORDER BY t.name"));
    for (const QVariant &b : binds)
        q.bind(b);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<IlpTemplate> out;
    while (q.next()) {
        IlpTemplate t;
        t.id = q.id(0);
        t.name = q.string(1);
        t.description = q.string(2);
        t.state = ilpTemplateStateFromCode(q.string(3)).value_or(IlpTemplateState::Draft);
        t.rowVersion = q.integer(4);
        t.planCount = q.integer(5);
        out.append(t);
    }
    q.finish();
    Query f(m_db, QStringLiteral("SELECT id, position, label, COALESCE(guidance, ''), see_roles, edit_roles "
                                 "FROM ilp_template_fields WHERE template_id = ? ORDER BY position, id"));
    for (IlpTemplate &t : out) {
        f.bind(t.id);
        if (Status s = f.exec(); !s)
            return s.error();
        while (f.next())
            t.fields.append({f.id(0), f.integer(1), f.string(2), f.string(3), ilpRolesFromCodes(f.string(4)),
                             ilpRolesFromCodes(f.string(5))});
    }
    return out;
}

Result<QList<IlpTemplate>> IlpTemplateStore::list(const Session &session) const
{
    if (Permissions::allows(session, Action::ManageIlpTemplates))
        return select({}, {});
    return published(session);
}

Result<QList<IlpTemplate>> IlpTemplateStore::published(const Session &session) const
{
    if (!Permissions::allows(session, Action::ManageIlpTemplates))
        if (Status s = Permissions::require(session, Action::ViewIlps); !s)
            return s.error();
    return select(QStringLiteral("WHERE t.state = 'published'"), {});
}

Result<IlpTemplate> IlpTemplateStore::get(const Session &session, qint64 id) const
{
    if (!Permissions::allows(session, Action::ManageIlpTemplates))
        if (Status s = Permissions::require(session, Action::ViewIlps); !s)
            return s.error();
    auto rows = select(QStringLiteral("WHERE t.id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::notFound(tr("That ILP template no longer exists."));
    return rows->first();
}

Result<IlpTemplate> IlpTemplateStore::getByName(const Session &session, const QString &name) const
{
    auto all = list(session);
    if (!all)
        return all.error();
    for (const IlpTemplate &t : std::as_const(*all))
        if (t.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return t;
    return Error::notFound(tr("There is no ILP template called '%1' that you can use.").arg(name.trimmed()));
}

Status IlpTemplateStore::writeFields(qint64 templateId, const QList<IlpField> &fields)
{
    Query del(m_db, QStringLiteral("DELETE FROM ilp_template_fields WHERE template_id = ?"));
    del.bind(templateId);
    if (Status s = del.exec(); !s)
        return s;
    Query ins(m_db,
              QStringLiteral("INSERT INTO ilp_template_fields (template_id, position, label, guidance, see_roles, "
                             "edit_roles) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < fields.size(); ++i) {
        const IlpField &f = fields.at(i);
        ins.bind(templateId)
            .bind(i + 1)
            .bind(f.label.trimmed())
            .bindNullable(f.guidance.trimmed())
            .bind(ilpText(ilpRolesToCodes(f.seeBy)))
            .bind(ilpText(ilpRolesToCodes(f.editBy & f.seeBy)));
        if (Status s = ins.exec(); !s)
            return s;
    }
    return {};
}

Result<qint64> IlpTemplateStore::create(const Session &session, const IlpTemplate &t)
{
    if (Status s = Permissions::require(session, Action::ManageIlpTemplates); !s)
        return s.error();
    if (const QStringList p = problems(t); !p.isEmpty())
        return Error::invalid(tr("The ILP template cannot be saved: %1.").arg(p.join(QStringLiteral("; "))), p);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query dup(m_db, QStringLiteral("SELECT COUNT(*) FROM ilp_templates WHERE LOWER(name) = LOWER(?)"));
    dup.bind(t.name.trimmed());
    auto n = dup.scalar();
    if (!n)
        return n.error();
    if (n->toInt() > 0)
        return Error::conflict(tr("There is already an ILP template called '%1'.").arg(t.name.trimmed()));
    const QString now = isoNow();
    Query q(m_db, QStringLiteral("INSERT INTO ilp_templates (name, description, state, created_at, updated_at) "
                                 "VALUES (?, ?, 'draft', ?, ?) RETURNING id"));
    q.bind(t.name.trimmed()).bindNullable(t.description.trimmed()).bind(now).bind(now);
    auto id = q.scalar();
    if (!id)
        return id.error();
    if (Status s = writeFields(id->toLongLong(), t.fields); !s)
        return s.error();
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.created(QStringLiteral("ilp_template"), id->toLongLong(),
                                 t.name.trimmed() + QStringLiteral(": ") + fieldsSummary(t.fields));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcIlp) << "template created" << id->toLongLong() << "with" << t.fields.size() << "fields";
    return id->toLongLong();
}

Status IlpTemplateStore::save(const Session &session, const IlpTemplate &t)
{
    if (Status s = Permissions::require(session, Action::ManageIlpTemplates); !s)
        return s;
    if (const QStringList p = problems(t); !p.isEmpty())
        return Error::invalid(tr("The ILP template cannot be saved: %1.").arg(p.join(QStringLiteral("; "))), p);
    auto before = get(session, t.id);
    RecordConflict c;
    c.entity = QStringLiteral("ilp_template");
    c.id = t.id;
    c.yourVersion = t.rowVersion;
    c.recordLabel = tr("The ILP template '%1'").arg(t.name.trimmed());
    if (!before) {
        if (before.error().kind != Error::Kind::NotFound)
            return before.error();
        c.deleted = true;
        return RecordConflicts::staleWrite(m_db, c);
    }
    if (before->rowVersion != t.rowVersion) {
        c.storedVersion = before->rowVersion;
        auto fieldsText = [](const QList<IlpField> &fields) {
            QStringList out;
            for (const IlpField &f : fields)
                out << f.label;
            return out.join(QLatin1Char('\n'));
        };
        c.add(tr("Name"), t.name.trimmed(), before->name);
        c.add(tr("Description"), t.description.trimmed(), before->description);
        c.add(tr("Fields"), fieldsText(t.fields), fieldsText(before->fields));
        return RecordConflicts::staleWrite(m_db, c);
    }
    if (before->state == IlpTemplateState::Published && t.fields.isEmpty())
        return Error::invalid(tr("A published template needs at least one field."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query dup(m_db, QStringLiteral("SELECT COUNT(*) FROM ilp_templates WHERE LOWER(name) = LOWER(?) AND id <> ?"));
    dup.bind(t.name.trimmed()).bind(t.id);
    auto n = dup.scalar();
    if (!n)
        return n.error();
    if (n->toInt() > 0)
        return Error::conflict(tr("There is already an ILP template called '%1'.").arg(t.name.trimmed()));
    Query q(m_db, QStringLiteral("UPDATE ilp_templates SET name = ?, description = ?, updated_at = ?, "
                                 "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.bind(t.name.trimmed()).bindNullable(t.description.trimmed()).bind(isoNow()).bind(t.id).bind(t.rowVersion);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error::conflict(tr("Someone else changed this template while you were editing it. Reopen it to see "
                                  "their changes."));
    if (Status s = writeFields(t.id, t.fields); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (before->name != t.name.trimmed())
        if (Status s = audit.changed(QStringLiteral("ilp_template"), t.id, QStringLiteral("name"), before->name,
                                     t.name.trimmed());
            !s)
            return s;
    if (before->description != t.description.trimmed())
        if (Status s = audit.changed(QStringLiteral("ilp_template"), t.id, QStringLiteral("description"),
                                     before->description, t.description.trimmed());
            !s)
            return s;
    const QString oldFields = fieldsSummary(before->fields);
    const QString newFields = fieldsSummary(t.fields);
    if (oldFields != newFields)
        if (Status s =
                audit.changed(QStringLiteral("ilp_template"), t.id, QStringLiteral("fields"), oldFields, newFields);
            !s)
            return s;
    return tx.commit();
}

Status IlpTemplateStore::setState(const Session &session, qint64 id, IlpTemplateState state)
{
    if (Status s = Permissions::require(session, Action::ManageIlpTemplates); !s)
        return s;
    auto before = get(session, id);
    if (!before)
        return before.error();
    if (before->state == state)
        return {};
    if (state == IlpTemplateState::Draft)
        return Error::conflict(tr("A template that has been published cannot go back to draft: unpublish it instead."));
    if (state == IlpTemplateState::Published) {
        bool seen = false;
        for (const IlpField &f : before->fields)
            seen = seen || f.seeBy != IlpRoles();
        if (!seen)
            return Error::invalid(
                tr("'%1' cannot be published: it needs at least one field that someone can see.").arg(before->name));
    }
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("UPDATE ilp_templates SET state = ?, updated_at = ?, row_version = row_version + 1 "
                                 "WHERE id = ?"));
    q.bind(ilpTemplateStateCode(state)).bind(isoNow()).bind(id);
    if (Status s = q.exec(); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(QStringLiteral("ilp_template"), id, QStringLiteral("state"),
                                 ilpTemplateStateCode(before->state), ilpTemplateStateCode(state));
        !s)
        return s;
    return tx.commit();
}

} // namespace md
