// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace md {

// The bad lines of an import file, for the refusal message: the first kMaxListed are listed in
// full and the rest only counted, so a file of millions of bad lines cannot exhaust memory.
//
//   ImportProblems bad;
//   bad.add(tr("line %1: %2").arg(...));
//   if (!bad.isEmpty()) return Error::invalid(tr("%n rows have problems", nullptr, bad.count()), bad.details());
class ImportProblems
{
    Q_DECLARE_TR_FUNCTIONS(md::ImportProblems)
public:
    void add(const QString &line)
    {
        if (++m_count <= kMaxListed)
            m_listed.append(line);
    }
    ImportProblems &operator<<(const QString &line)
    {
        add(line);
        return *this;
    }
    bool isEmpty() const { return m_count == 0; }
    int count() const { return m_count; }
    // The listed lines, then "… and N more lines with problems" when some were only counted.
    QStringList details() const;

    static constexpr int kMaxListed = 200;

private:
    QStringList m_listed;
    int m_count = 0;
};

} // namespace md
