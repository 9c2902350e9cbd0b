// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace md::fuzz {

// What one parser made of one input: taken, or refused with the message a user would see.
struct Outcome
{
    bool accepted = false;
    QString message; // set when refused
};

using Entry = Outcome (*)(QByteArrayView data);

// One parser of outside data, as the libFuzzer targets (fuzz_<name>) and the regression suite
// (tst_fuzzcorpus, every file of tests/fuzz/corpus/<name> and tests/fuzz/crashes/<name>) call it.
struct Target
{
    QString name;
    Entry entry;
};

// Every parser Mentor Desk runs on a file or text that comes from outside:
// csv_reader, import_students, import_behaviour, import_referrals, import_reports,
// import_timetable, import_calendar, sealed_file, db_header, letter_template.
const QList<Target> &targets();
Entry entryFor(const QString &name);

// Makes the shared fixture (a small demo school in a temporary folder) ahead of the first input,
// so its cost is not counted against one input. Needs a QCoreApplication.
void prepare();

} // namespace md::fuzz
