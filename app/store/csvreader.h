#pragma once
// CsvReader: RFC 4180 CSV from a QIODevice — quoted fields with embedded commas, quotes ("")
// and line breaks; CRLF or LF; a UTF-8 byte-order mark is skipped. Reads record by record, so a
// file of any size streams; a record longer than the limit is an error, not a stall.

#include "result.h"

#include <QIODevice>
#include <QStringList>

#include <optional>

namespace baton::store {

class CsvReader {
public:
    explicit CsvReader(QIODevice &device, qsizetype maxRecordBytes = 16 * 1024 * 1024) : m_device(device), m_max(maxRecordBytes) {}

    // The next record, nullopt at the end, or an error naming the line.
    core::Result<std::optional<QStringList>> next();
    // The physical line the last record started on (1-based).
    int line() const { return m_recordLine; }

private:
    QIODevice &m_device;
    qsizetype m_max;
    int m_line = 1;
    int m_recordLine = 0;
    bool m_started = false;
};

}  // namespace baton::store
