// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letters/LetterTerms.h"
#include "students/Student.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace md {

// Who one letter is addressed to: the student, or one or more parents/carers living at the
// same address (when the user chose to let them share a letter).
struct Recipient
{
    RecipientKind kind = RecipientKind::Parent;
    QList<qint64> parentIds;  // empty for the student
    QString addressee;        // "Mrs Aoife O'Connor-Ní Bhriain", "Mr and Mrs Byrne", "Siân O'Connor"
    QString salutation;       // "Dear Mrs O'Connor-Ní Bhriain"
    QStringList addressLines; // empty when no address is recorded
};

// Works out the recipients of a student's letter: the student and/or each parent or carer with
// parental responsibility, one letter each, or one per address when parents may share.
class Recipients
{
    Q_DECLARE_TR_FUNCTIONS(md::Recipients)
public:
    struct Choice
    {
        bool toParents = true;
        bool toStudent = false;
        bool shareByAddress = false;
    };

    // `parents` in priority order. `problems` gets a line for each recipient that cannot be
    // found (no parent with parental responsibility).
    static QList<Recipient> forStudent(const Student &student, const QList<Parent> &parents, const Choice &choice,
                                       QStringList *problems);

    static Recipient student(const Student &student, const QList<Parent> &parents);
    // One letter for these parents (one parent, or several at one address).
    static Recipient parents(const QList<Parent> &sharing);

    // "12 Alder Road, Eastmere, NX2 4RT" or one line per line -> the lines.
    static QStringList splitAddress(const QString &address);
    // The address normalised for comparison (case, spaces and punctuation ignored).
    static QString addressKey(const QString &address);
};

} // namespace md
