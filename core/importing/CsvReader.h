// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace md {

// One record of a CSV file: its fields, and the physical line of the file where it starts (the
// first line is 1), so a message can name the line a user sees in a text editor even when an
// earlier quoted field ran over several lines.
struct CsvRecord
{
    qint64 line = 0;
    QStringList fields;
};

// Reads CSV (RFC 4180) from a QIODevice one record at a time, without holding the file in memory,
// for every importer. It accepts what spreadsheets and school MIS exports write:
// - fields separated by a delimiter (',' unless set), records by CRLF, LF or a lone CR;
// - quoted fields that hold delimiters, line breaks and doubled quotes ("" for ");
// - UTF-8 text with or without a byte-order mark; anything else is an error naming the line;
// - blank lines are skipped (they still count in line numbers); a final line break is optional.
// A quote inside an unquoted field is kept as text (5'10" stays as written); text after a closing
// quote, an unclosed quote, a record longer than maxRecordBytes() and a file larger than
// maxFileBytes() are errors: the limits keep a damaged or hostile file from exhausting memory,
// since an importer holds the rows it has checked until it writes them in one transaction.
//
//   CsvReader reader(file);
//   CsvRecord record;
//   while (reader.readNext(record)) { ... }
//   if (!reader.status()) return reader.status().error();
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(md::CsvReader)
public:
    // The device must be open for reading and outlive the reader.
    explicit CsvReader(QIODevice &device);

    void setDelimiter(char delimiter) { m_delimiter = delimiter; }
    char delimiter() const { return m_delimiter; }
    // A guard against a missing closing quote swallowing a huge file into one field.
    void setMaxRecordBytes(qsizetype bytes) { m_maxRecordBytes = bytes; }
    qsizetype maxRecordBytes() const { return m_maxRecordBytes; }
    // The most a file may hold. A file (or buffer) that says it is larger is refused before any of
    // it is read; a pipe is refused when it has given more.
    void setMaxFileBytes(qint64 bytes) { m_maxFileBytes = bytes; }
    qint64 maxFileBytes() const { return m_maxFileBytes; }

    // Reads the next record into `record`. False at the end of the data or at an error: status()
    // tells which. After an error every later call returns false.
    bool readNext(CsvRecord &record);
    // OK so far (and at a clean end), or the error that stopped reading ("line 7: ...").
    const Status &status() const { return m_status; }
    bool atEnd() const { return m_finished; }
    // Bytes taken from the device so far, for a progress bar.
    qint64 bytesConsumed() const { return m_consumed; }

    // Every record of a small device (tests, short files); an error stops at the first problem.
    static Result<QList<CsvRecord>> readAll(QIODevice &device, char delimiter = ',');

    // No record of any file Mentor Desk imports comes near 1 MiB; the longest field any importer
    // takes is a few thousand characters, and each importer names the column that is too long.
    static constexpr qsizetype kDefaultMaxRecordBytes = 1024 * 1024;
    // 500,000 behaviour events (issue 5's benchmark) are about 50 MB; a whole school's year of
    // course activity is less. Larger files are refused with a message asking to split them.
    static constexpr qint64 kDefaultMaxFileBytes = 100 * 1024 * 1024;

private:
    enum class FieldEnd
    {
        Delimiter,
        RecordEnd,
        Failed,
    };

    bool fill();
    int peek();
    int get();
    void endOfLine(int c);
    FieldEnd readField(QByteArray &field, bool &quoted);
    bool checkSize(qsizetype fieldBytes, qint64 quoteLine);
    bool fail(const QString &message);
    bool tooLarge();

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    bool m_finished = false;
    char m_delimiter = ',';
    qsizetype m_maxRecordBytes = kDefaultMaxRecordBytes;
    qint64 m_maxFileBytes = kDefaultMaxFileBytes;
    qint64 m_read = 0; // bytes taken from the device
    qsizetype m_recordBytes = 0;
    qint64 m_line = 1;
    qint64 m_consumed = 0;
    QStringDecoder m_decoder;
    Status m_status;
};

// The header row of a CSV file: finds columns by name, ignoring case and surrounding spaces, where
// each column may go by several names ("Legal Surname" or "Surname"). The first name of a list is
// the one messages use.
class CsvHeader
{
    Q_DECLARE_TR_FUNCTIONS(md::CsvHeader)
public:
    CsvHeader() = default;
    explicit CsvHeader(const CsvRecord &record);

    // The index of the column with any of these names (tried in order), or -1.
    int indexOf(const QStringList &names) const;
    bool contains(const QStringList &names) const { return indexOf(names) >= 0; }
    // The first name of each list in `required` that no column matches.
    QStringList missing(const QList<QStringList> &required) const;
    // OK, or an Invalid error naming every missing column and the other names it may go by.
    Status require(const QList<QStringList> &required) const;
    // Names (as written) that more than one column has, so a file cannot say two things at once.
    QStringList duplicates() const;

    // The column's name as the file writes it (trimmed), for messages.
    QString name(int index) const;
    int size() const { return int(m_names.size()); }
    qint64 line() const { return m_line; }

    // How names are compared: trimmed, inner spaces collapsed, case folded.
    static QString normalise(const QString &name);

private:
    QStringList m_names;
    QHash<QString, int> m_index;
    QStringList m_duplicates;
    qint64 m_line = 1;
};

} // namespace md
