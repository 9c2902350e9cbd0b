// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letters/LetterTerms.h"
#include "letters/Recipients.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace md {

class Database;
class Session;
struct Letterhead;
struct Student;

// Values worth looking up once per batch rather than once per letter (the sender's role, the
// school's name...). Resolvers key their entries by their field key.
class MergeCache
{
public:
    template <typename F> QVariant value(const QString &key, F &&compute)
    {
        auto it = m_values.constFind(key);
        if (it != m_values.constEnd())
            return *it;
        return m_values.insert(key, compute()).value();
    }

private:
    QHash<QString, QVariant> m_values;
};

// Everything a resolver may look at to fill one field of one letter: the database, who is
// writing, the student, the recipient, the letter's type, date, reference and letterhead.
struct MergeContext
{
    Database &db;
    const Session &session;
    const Student &student;
    const Recipient &recipient;
    LetterType type;
    QDate date;
    QString reference; // "L-000042"; empty in a preview
    const Letterhead &letterhead;
    MergeCache &cache;
};

// How a value goes into the letter's HTML.
enum class FieldKind
{
    Text,  // escaped
    Lines, // escaped, one line per '\n' (addresses)
    Html,  // already HTML (a table of events, an image); the resolver escapes what it embeds
};

// A resolved value, or nullopt when the data is missing (never printed as a blank).
using FieldValue = std::optional<QString>;
using FieldResolver = std::function<FieldValue(const MergeContext &)>;

// One merge field of the catalogue: {{key}} in a template.
struct MergeField
{
    QString key;       // "student.forename"
    const char *group; // untranslated, context "md::MergeFields": "Student", "Recipient"...
    const char *label; // untranslated, context "md::MergeFields": "Forename"
    FieldKind kind = FieldKind::Text;
    QList<LetterType> types; // the letter types that may use it; empty: every type
    FieldResolver resolve;

    bool allows(LetterType type) const { return types.isEmpty() || types.contains(type); }
    QString groupLabel() const { return QCoreApplication::translate("md::MergeFields", group); }
    QString labelText() const { return QCoreApplication::translate("md::MergeFields", label); }
    QString token() const { return QStringLiteral("{{") + key + QStringLiteral("}}"); }
};

// The catalogue of merge fields. Each capability registers the fields whose data it owns with a
// resolver; a template may use a field only if it is registered and allowed for its type.
//
// EXTENSION POINT: a capability adds `void registerXxxMergeFields(MergeFieldRegistry &)` in its
// own folder and one line to the list in MergeFields.cpp (behaviour events, assessment grades,
// interventions and keyworkers, the mentoring log).
class MergeFieldRegistry
{
    Q_DECLARE_TR_FUNCTIONS(md::MergeFieldRegistry)
public:
    MergeFieldRegistry() = default;

    // The application's registry, with every capability's fields.
    static const MergeFieldRegistry &instance();

    void add(MergeField field);
    const MergeField *find(const QString &key) const;
    // The fields in registration order (grouped), only those allowed for `type` when given.
    QList<const MergeField *> fields(std::optional<LetterType> type = std::nullopt) const;
    int size() const { return int(m_fields.size()); }

private:
    QList<MergeField> m_fields;
    QHash<QString, qsizetype> m_index;
};

// The fields whose data the foundation holds: student, recipient, school, letter, sender,
// attendance and the student's mentor as keyworker (CoreMergeFields.cpp).
void registerCoreMergeFields(MergeFieldRegistry &registry);

} // namespace md
