#pragma once
// Strict, path-aware reading of JSON documents for configuration-like files: every read names
// the field ("groups[2].overflow[0].afterSeconds") when it fails, and objects reject unknown
// keys. Failures are thrown as JsonFailure and must be caught by the parse function that reads
// (see JsonReader::read); they never leave it.

#include "clock.h"
#include "result.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <cmath>
#include <functional>
#include <optional>

namespace baton::core::json {

// Thrown by the readers below and caught by json::read: keeps each field read to one line.
struct JsonFailure {
    Error error;
};

[[noreturn]] inline void fail(const QString &field, const QString &message) { throw JsonFailure{Error::invalid(field, message)}; }

class Node {
public:
    Node(QJsonValue value, QString path) : m_value(std::move(value)), m_path(std::move(path)) {}

    const QString &path() const { return m_path; }
    bool isNull() const { return m_value.isUndefined() || m_value.isNull(); }
    const QJsonValue &raw() const { return m_value; }

    QJsonObject object(const QStringList &allowed) const
    {
        if (!m_value.isObject())
            fail(m_path, QStringLiteral("must be an object"));
        const QJsonObject o = m_value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                fail(child(it.key()), QStringLiteral("unknown field (expected one of: %1)").arg(allowed.join(QStringLiteral(", "))));
        }
        return o;
    }
    QJsonArray array() const
    {
        if (!m_value.isArray())
            fail(m_path, QStringLiteral("must be a list"));
        return m_value.toArray();
    }
    QString string() const
    {
        if (!m_value.isString())
            fail(m_path, QStringLiteral("must be a string"));
        return m_value.toString();
    }
    QString nonEmptyString() const
    {
        const QString s = string().trimmed();
        if (s.isEmpty())
            fail(m_path, QStringLiteral("must not be empty"));
        return s;
    }
    bool boolean() const
    {
        if (!m_value.isBool())
            fail(m_path, QStringLiteral("must be true or false"));
        return m_value.toBool();
    }
    double number() const
    {
        if (!m_value.isDouble())
            fail(m_path, QStringLiteral("must be a number"));
        return m_value.toDouble();
    }
    int integer(int min, int max) const
    {
        const double d = number();
        if (d != std::floor(d) || d < min || d > max)
            fail(m_path, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
        return static_cast<int>(d);
    }
    Duration seconds(double min = 0) const
    {
        const double d = number();
        if (d < min || d > 1e7)
            fail(m_path, QStringLiteral("must be a number of seconds from %1 to 10000000").arg(min));
        return Duration(static_cast<Duration::rep>(std::llround(d * 1000)));
    }
    QStringList strings() const
    {
        QStringList out;
        const QJsonArray a = array();
        for (qsizetype i = 0; i < a.size(); ++i)
            out.append(at(i).nonEmptyString());
        return out;
    }
    Node at(qsizetype i) const { return Node(m_value.toArray().at(i), m_path + QStringLiteral("[%1]").arg(i)); }
    QString child(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }

    template <typename E>
    E enumeration(std::optional<E> (*fromName)(const QString &), const char *choices) const
    {
        const auto v = fromName(string());
        if (!v)
            fail(m_path, QStringLiteral("'%1' is not one of: %2").arg(m_value.toString(), QLatin1String(choices)));
        return *v;
    }

private:
    QJsonValue m_value;
    QString m_path;
};

inline Node field(const QJsonObject &o, const Node &parent, const char *key)
{
    const QString k = QLatin1String(key);
    return Node(o.value(k), parent.child(k));
}

inline QStringList keys(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *k : list)
        out.append(QLatin1String(k));
    return out;
}

template <typename T>
void forEach(const Node &list, const std::function<T(const Node &)> &read, QList<T> &out)
{
    const QJsonArray a = list.array();
    for (qsizetype i = 0; i < a.size(); ++i)
        out.append(read(list.at(i)));
}


// Parses `bytes` as a JSON object and runs `read` on its root; a syntax error or any failure
// inside comes back as an Error with the field's path.
template <typename T>
Result<T> read(const QByteArray &bytes, const std::function<T(const Node &)> &readRoot)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = static_cast<int>(bytes.left(error.offset).count('\n')) + 1;
        return Error::invalid({}, QStringLiteral("not valid JSON at line %1 (offset %2): %3").arg(line).arg(error.offset).arg(error.errorString()));
    }
    try {
        return readRoot(Node(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(), QString()));
    } catch (const JsonFailure &f) {
        return f.error;
    }
}

}  // namespace baton::core::json
