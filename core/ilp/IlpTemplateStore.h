// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "ilp/IlpTypes.h"

#include <QCoreApplication>
#include <QList>

namespace md {

class Database;
class Session;

// ILP templates (reference 001, 1): the administrator names the text fields a plan holds, in
// order, and for each which roles can see it and which can edit it. Templates are drafted,
// published (only then can plans be made from them) and unpublished to take them out of use
// for a while. Plans copy a template when they are made, so saving a template never touches them.
class IlpTemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(md::IlpTemplateStore)
public:
    explicit IlpTemplateStore(Database &db) : m_db(db) {}

    // Administrators see every template; those who create plans see the published ones.
    Result<QList<IlpTemplate>> list(const Session &session) const;
    Result<QList<IlpTemplate>> published(const Session &session) const;
    Result<IlpTemplate> get(const Session &session, qint64 id) const;
    Result<IlpTemplate> getByName(const Session &session, const QString &name) const;

    // A new draft with its fields; returns its id.
    Result<qint64> create(const Session &session, const IlpTemplate &t);
    // Saves name, description and the fields (in list order); refuses a stale rowVersion.
    Status save(const Session &session, const IlpTemplate &t);
    // Publishing needs at least one field that someone can see.
    Status setState(const Session &session, qint64 id, IlpTemplateState state);

    // Every problem with a template, each naming the field ("Field 3: the label is blank").
    static QStringList problems(const IlpTemplate &t);

private:
    Result<QList<IlpTemplate>> select(const QString &where, const QVariantList &binds) const;
    Status writeFields(qint64 templateId, const QList<IlpField> &fields);

    Database &m_db;
};

} // namespace md
