// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace md {

// SEN register status as the MIS exports it: N (none), K (SEN support), E (EHC plan).
enum class SenStatus
{
    None,
    Support,
    EhcPlan,
};
QString toCode(SenStatus s);
std::optional<SenStatus> senStatusFromCode(const QString &code);
QString senStatusLabel(SenStatus s);

struct Parent
{
    qint64 id = 0;
    qint64 studentId = 0;
    QString title;
    QString forename;
    QString surname;
    QString relationship;
    bool parentalResponsibility = true;
    QString phone;
    QString email;
    QString address;
    QString contactPreference; // "phone", "email", "letter"
    int priority = 1;

    QString fullName() const;
    // "Dear Mrs Okafor" style salutation.
    QString salutation() const;
};

struct Student
{
    qint64 id = 0;
    QString upn;
    QString legalSurname;
    QString legalForename;
    QString preferredForename;
    QString preferredSurname;
    QDate dateOfBirth;
    QString gender; // "F", "M", "X" or as the MIS gives it
    int yearGroup = 0;
    QString tutorGroup;
    SenStatus senStatus = SenStatus::None;
    bool ehcPlan = false;
    bool semh = false;
    bool pupilPremium = false;
    bool lookedAfter = false;
    std::optional<double> attendance; // percent
    QDate dateLeft;
    QStringList priorityFlags;      // school-defined flag codes (what StudentWriter stores)
    QStringList priorityFlagLabels; // their labels, filled when read (what people see)
    int rowVersion = 1;

    // The name a person uses in conversation: preferred names where given.
    QString forename() const { return preferredForename.isEmpty() ? legalForename : preferredForename; }
    QString surname() const { return preferredSurname.isEmpty() ? legalSurname : preferredSurname; }
    QString displayName() const { return forename() + QLatin1Char(' ') + surname(); }
    // "Surname, Forename" for sorted lists.
    QString sortName() const { return surname() + QStringLiteral(", ") + forename(); }
    // Short readable badges for the student's flags ("SEN K", "EHC", "PP", "LAC", "SEMH", ...).
    QStringList badges() const;
};

} // namespace md
