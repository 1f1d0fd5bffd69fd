#include "csvreader.h"

namespace baton::store {

core::Result<std::optional<QStringList>> CsvReader::next()
{
    if (!m_started) {
        m_started = true;
        if (m_device.peek(3) == QByteArrayLiteral("\xEF\xBB\xBF"))
            m_device.read(3);
    }
    if (m_device.atEnd())
        return std::optional<QStringList>();
    m_recordLine = m_line;
    QStringList fields;
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    qsizetype size = 0;
    auto finishField = [&] {
        fields.append(QString::fromUtf8(field));
        field.clear();
        wasQuoted = false;
    };
    char c = 0;
    while (m_device.getChar(&c)) {
        if (++size > m_max)
            return core::Error::invalid(QStringLiteral("line %1").arg(m_recordLine),
                                        QStringLiteral("the record is longer than %1 MB").arg(m_max / (1024 * 1024)));
        if (quoted) {
            if (c == '"') {
                char n = 0;
                if (m_device.peek(&n, 1) == 1 && n == '"') {
                    m_device.getChar(&n);
                    field.append('"');
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                field.append(c);
            }
            continue;
        }
        if (c == '"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == ',') {
            finishField();
        } else if (c == '\r') {
            char n = 0;
            if (m_device.peek(&n, 1) == 1 && n == '\n')
                continue;  // CRLF: the LF ends the record
            ++m_line;
            finishField();
            return std::optional<QStringList>(fields);
        } else if (c == '\n') {
            ++m_line;
            finishField();
            return std::optional<QStringList>(fields);
        } else if (wasQuoted) {
            return core::Error::invalid(QStringLiteral("line %1").arg(m_line), QStringLiteral("text after a closing quote"));
        } else {
            field.append(c);
        }
    }
    if (quoted)
        return core::Error::invalid(QStringLiteral("line %1").arg(m_recordLine), QStringLiteral("a quoted field is never closed"));
    finishField();
    return std::optional<QStringList>(fields);
}

}  // namespace baton::store
