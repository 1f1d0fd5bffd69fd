#pragma once
// Strong identifiers: an AgentId cannot be passed where a GroupId is expected.

#include <QHashFunctions>
#include <QString>

#include <compare>
#include <cstdint>
#include <functional>

namespace baton::core {

// A textual id from the site configuration or an external system ("zhangmin", "presales").
template <typename Tag>
class TextId {
public:
    TextId() = default;
    explicit TextId(QString value) : m_value(std::move(value)) {}

    const QString &value() const { return m_value; }
    bool isEmpty() const { return m_value.isEmpty(); }

    friend bool operator==(const TextId &, const TextId &) = default;
    friend auto operator<=>(const TextId &a, const TextId &b) { return a.m_value.compare(b.m_value) <=> 0; }
    friend size_t qHash(const TextId &id, size_t seed = 0) { return ::qHash(id.m_value, seed); }

private:
    QString m_value;
};

// A numeric id assigned by the router.
template <typename Tag>
class NumericId {
public:
    constexpr NumericId() = default;
    constexpr explicit NumericId(std::uint64_t value) : m_value(value) {}

    constexpr std::uint64_t value() const { return m_value; }
    constexpr bool isValid() const { return m_value != 0; }

    friend constexpr bool operator==(NumericId, NumericId) = default;
    friend constexpr auto operator<=>(NumericId, NumericId) = default;
    friend size_t qHash(NumericId id, size_t seed = 0) { return ::qHash(id.m_value, seed); }

private:
    std::uint64_t m_value = 0;
};

using AgentId = TextId<struct AgentIdTag>;
using GroupId = TextId<struct GroupIdTag>;
using CustomerId = TextId<struct CustomerIdTag>;
using ContactId = NumericId<struct ContactIdTag>;
using OfferId = NumericId<struct OfferIdTag>;

}  // namespace baton::core

template <typename Tag>
struct std::hash<baton::core::NumericId<Tag>> {
    size_t operator()(baton::core::NumericId<Tag> id) const noexcept { return std::hash<std::uint64_t>{}(id.value()); }
};
