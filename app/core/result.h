#pragma once
// Result<T>: a value or a typed error with a message a person can read. Errors that callers
// must handle cross library boundaries as values, never as exceptions.

#include <QString>

#include <utility>
#include <variant>

namespace baton::core {

enum class ErrorCode {
    InvalidArgument,  // a field is malformed or out of range
    NotFound,         // the named agent, group, contact… does not exist
    Conflict,         // the request is valid but not in the current state
    Unsupported,
    Internal,
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;  // for a person: what is wrong and, where possible, what to do
    QString field;    // the offending field as a path ("rules[2].action.targets[0]"), empty if none

    static Error invalid(QString field, QString message)
    {
        return {ErrorCode::InvalidArgument, std::move(message), std::move(field)};
    }
    static Error notFound(QString message) { return {ErrorCode::NotFound, std::move(message), {}}; }
    static Error conflict(QString message) { return {ErrorCode::Conflict, std::move(message), {}}; }

    // "field: message", or just the message when there is no field.
    QString toString() const
    {
        return field.isEmpty() ? message : field + QStringLiteral(": ") + message;
    }
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}  // NOLINT(google-explicit-constructor)
    Result(Error error) : m_data(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const Error &error() const { return std::get<1>(m_data); }

    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

private:
    std::variant<T, Error> m_data;
};

struct Ok {};

// Result<void>: success or an error.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Ok) {}  // NOLINT(google-explicit-constructor)
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}  // NOLINT

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

}  // namespace baton::core
