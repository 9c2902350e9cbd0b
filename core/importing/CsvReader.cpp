// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/CsvReader.h"

#include <QIODevice>
#include <QLocale>

namespace md {

namespace {
constexpr qsizetype kChunkBytes = 64 * 1024;
constexpr char kQuote = '"';
} // namespace

CsvReader::CsvReader(QIODevice &device)
    : m_device(device),
      // Stateless: a field cut short in the middle of a character is an error, not held over.
      // ConvertInitialBom: the file's byte-order mark is removed once, here, not from every field.
      m_decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom)
{
}

bool CsvReader::fail(const QString &message)
{
    if (m_status)
        m_status = Error::invalid(message);
    m_finished = true;
    return false;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    for (;;) {
        const qsizetype old = m_buffer.size();
        m_buffer.resize(old + kChunkBytes);
        const qint64 n = m_device.read(m_buffer.data() + old, kChunkBytes);
        m_buffer.resize(old + qMax<qint64>(n, 0));
        if (n > 0) {
            m_read += n;
            if (m_read > m_maxFileBytes) {
                m_eof = true;
                tooLarge();
                return false;
            }
            return true;
        }
        if (n < 0) {
            m_eof = true;
            fail(tr("line %1: the file could not be read any further: %2").arg(m_line).arg(m_device.errorString()));
            return false;
        }
        // A pipe or socket may simply have nothing yet; a file or buffer is at its end.
        if (m_device.isSequential() && m_device.waitForReadyRead(-1))
            continue;
        m_eof = true;
        return false;
    }
}

int CsvReader::peek()
{
    if (m_pos >= m_buffer.size() && !fill())
        return -1;
    return uchar(m_buffer.at(m_pos));
}

int CsvReader::get()
{
    if (m_pos >= m_buffer.size() && !fill())
        return -1;
    ++m_consumed;
    return uchar(m_buffer.at(m_pos++));
}

// After a CR or LF has been taken: a CR LF pair is one line break.
void CsvReader::endOfLine(int c)
{
    if (c == '\r' && peek() == '\n')
        get();
    ++m_line;
}

bool CsvReader::tooLarge()
{
    return fail(tr("the file is larger than %1, the most Mentor Desk imports at once; split it into smaller files "
                   "and import them one after another")
                    .arg(QLocale().formattedDataSize(m_maxFileBytes)));
}

bool CsvReader::checkSize(qsizetype fieldBytes, qint64 quoteLine)
{
    if (m_recordBytes + fieldBytes <= m_maxRecordBytes)
        return true;
    const QString size = QLocale().formattedDataSize(m_maxRecordBytes);
    if (quoteLine > 0)
        return fail(tr("line %1: a quoted field starting on this line runs on for more than %2; "
                       "its closing quote is probably missing")
                        .arg(quoteLine)
                        .arg(size));
    return fail(tr("line %1: the line is longer than %2, which does not look like a CSV file").arg(m_line).arg(size));
}

CsvReader::FieldEnd CsvReader::readField(QByteArray &field, bool &quoted)
{
    quoted = peek() == kQuote;
    if (!quoted) {
        // Take runs of ordinary bytes at a time: most of a file is plain text.
        for (;;) {
            if (m_pos >= m_buffer.size() && !fill())
                break;
            const char *begin = m_buffer.constData() + m_pos;
            const char *end = m_buffer.constData() + m_buffer.size();
            const char *p = begin;
            while (p < end && *p != m_delimiter && *p != '\n' && *p != '\r')
                ++p;
            field.append(begin, p - begin);
            m_pos += p - begin;
            m_consumed += p - begin;
            if (!checkSize(field.size(), 0))
                return FieldEnd::Failed;
            if (p < end)
                break;
        }
        const int c = get();
        if (c == m_delimiter)
            return FieldEnd::Delimiter;
        if (c < 0 && !m_status)
            return FieldEnd::Failed;
        if (c >= 0)
            endOfLine(c);
        return FieldEnd::RecordEnd;
    }

    const qint64 quoteLine = m_line;
    get(); // the opening quote
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (!m_status)
                return FieldEnd::Failed;
            fail(tr("line %1: a quoted field starting on this line has no closing quote").arg(quoteLine));
            return FieldEnd::Failed;
        }
        const char *begin = m_buffer.constData() + m_pos;
        const char *end = m_buffer.constData() + m_buffer.size();
        const char *p = begin;
        while (p < end && *p != kQuote && *p != '\n' && *p != '\r')
            ++p;
        field.append(begin, p - begin);
        m_pos += p - begin;
        m_consumed += p - begin;
        if (!checkSize(field.size(), quoteLine))
            return FieldEnd::Failed;
        if (p == end)
            continue;
        const int c = get();
        if (c == '\n' || c == '\r') {
            // A line break inside quotes is part of the field, and still a line of the file.
            field.append(char(c));
            if (c == '\r' && peek() == '\n')
                field.append(char(get()));
            ++m_line;
            continue;
        }
        if (peek() == kQuote) { // "" inside quotes is one quote
            get();
            field.append(kQuote);
            continue;
        }
        break; // the closing quote
    }
    const int c = get();
    if (c == m_delimiter)
        return FieldEnd::Delimiter;
    if (c == '\n' || c == '\r') {
        endOfLine(c);
        return FieldEnd::RecordEnd;
    }
    if (c < 0)
        return m_status ? FieldEnd::RecordEnd : FieldEnd::Failed;
    fail(tr("line %1: a quoted field has text after its closing quote; a quote inside a field must be doubled (\"\")")
             .arg(m_line));
    return FieldEnd::Failed;
}

bool CsvReader::readNext(CsvRecord &record)
{
    if (m_finished || !m_status)
        return false;
    if (!m_started) {
        m_started = true;
        if (!m_device.isSequential() && m_device.size() > m_maxFileBytes)
            return tooLarge();
        while (m_buffer.size() - m_pos < 3 && fill()) {
        }
        if (m_buffer.mid(m_pos, 3) == QByteArrayView("\xEF\xBB\xBF")) {
            m_pos += 3;
            m_consumed += 3;
        }
    }
    for (;;) {
        if (peek() < 0) {
            m_finished = true;
            return false;
        }
        record.line = m_line;
        record.fields.clear();
        m_recordBytes = 0;
        bool blank = false;
        QByteArray field; // one buffer for every field of the record: no allocation per field
        for (int column = 1;; ++column) {
            field.resize(0);
            bool quoted = false;
            const qint64 fieldLine = m_line;
            const FieldEnd end = readField(field, quoted);
            if (end == FieldEnd::Failed)
                return false;
            m_recordBytes += field.size();
            m_decoder.resetState();
            QString text = m_decoder.decode(field);
            if (m_decoder.hasError())
                return fail(tr("line %1, field %2: the text is not valid UTF-8; save the file as \"CSV UTF-8\" "
                               "and try again")
                                .arg(fieldLine)
                                .arg(column));
            record.fields.append(std::move(text));
            if (end == FieldEnd::RecordEnd) {
                blank = column == 1 && !quoted && record.fields.constFirst().isEmpty();
                break;
            }
        }
        if (!blank)
            return true;
    }
}

Result<QList<CsvRecord>> CsvReader::readAll(QIODevice &device, char delimiter)
{
    CsvReader reader(device);
    reader.setDelimiter(delimiter);
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.readNext(record))
        records.append(record);
    if (!reader.status())
        return reader.status().error();
    return records;
}

// ---------------------------------------------------------------------------------------------

CsvHeader::CsvHeader(const CsvRecord &record) : m_line(record.line)
{
    for (int i = 0; i < record.fields.size(); ++i) {
        const QString name = record.fields.at(i).trimmed();
        m_names.append(name);
        const QString key = normalise(name);
        if (key.isEmpty())
            continue;
        if (!m_index.contains(key))
            m_index.insert(key, i);
        else if (!m_duplicates.contains(m_names.at(m_index.value(key))))
            m_duplicates.append(m_names.at(m_index.value(key)));
    }
}

QString CsvHeader::normalise(const QString &name)
{
    return name.simplified().toCaseFolded();
}

int CsvHeader::indexOf(const QStringList &names) const
{
    for (const QString &n : names) {
        const auto it = m_index.constFind(normalise(n));
        if (it != m_index.constEnd())
            return *it;
    }
    return -1;
}

QStringList CsvHeader::missing(const QList<QStringList> &required) const
{
    QStringList out;
    for (const QStringList &names : required)
        if (!names.isEmpty() && !contains(names))
            out.append(names.constFirst());
    return out;
}

Status CsvHeader::require(const QList<QStringList> &required) const
{
    QStringList details;
    for (const QStringList &names : required) {
        if (names.isEmpty() || contains(names))
            continue;
        QStringList quoted;
        for (const QString &n : names)
            quoted.append(QLatin1Char('"') + n + QLatin1Char('"'));
        details.append(tr("no column is named %1").arg(quoted.join(tr(" or "))));
    }
    if (details.isEmpty())
        return {};
    return Error::invalid(tr("the header row (line %1) is missing the required columns %2")
                              .arg(m_line)
                              .arg(missing(required).join(QStringLiteral(", "))),
                          details);
}

QStringList CsvHeader::duplicates() const
{
    return m_duplicates;
}

QString CsvHeader::name(int index) const
{
    return index >= 0 && index < m_names.size() ? m_names.at(index) : QString();
}

} // namespace md
