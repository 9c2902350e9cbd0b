// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/MergeFields.h"

#include "behaviour/BehaviourMergeFields.h"
#include "letters/LettersLogging.h"

namespace md {

const MergeFieldRegistry &MergeFieldRegistry::instance()
{
    static const MergeFieldRegistry registry = [] {
        MergeFieldRegistry r;
        registerCoreMergeFields(r);
        registerBehaviourMergeFields(r);
        registerAssessmentMergeFields(r);
        // Capabilities add their fields here, e.g. registerBehaviourMergeFields(r);
        return r;
    }();
    return registry;
}

void MergeFieldRegistry::add(MergeField field)
{
    if (m_index.contains(field.key)) {
        // A programming error (two capabilities claiming one key); the first one stays.
        qCWarning(lcLetters) << "merge field registered twice:" << field.key;
        return;
    }
    m_index.insert(field.key, m_fields.size());
    m_fields.append(std::move(field));
}

const MergeField *MergeFieldRegistry::find(const QString &key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.constEnd() ? nullptr : &m_fields.at(*it);
}

QList<const MergeField *> MergeFieldRegistry::fields(std::optional<LetterType> type) const
{
    QList<const MergeField *> out;
    for (const MergeField &f : m_fields)
        if (!type || f.allows(*type))
            out.append(&f);
    return out;
}

} // namespace md
