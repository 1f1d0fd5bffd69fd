#pragma once
// SeedRandom: the few ways the demo data generator draws — an index below n, a percentage
// chance, a weighted choice, an item of a list — on a seeded QRandomGenerator (Mersenne Twister),
// so the same seed draws the same data on every platform.

#include <QList>
#include <QRandomGenerator>
#include <QStringList>

#include <array>
#include <cmath>
#include <initializer_list>

namespace baton::sim {

class SeedRandom {
public:
    // One independent stream per part of the data (customers, history, articles…), so that
    // changing one count does not reshuffle the rest.
    SeedRandom(quint32 seed, quint32 stream) : m_rng(std::array<quint32, 3>{seed, stream, 0x62617430u}.data(), 3) {}

    int below(int n) { return n <= 1 ? 0 : static_cast<int>(m_rng.bounded(static_cast<quint32>(n))); }
    int between(int low, int high) { return low + below(high - low + 1); }  // inclusive
    bool chance(double percent) { return m_rng.generateDouble() * 100.0 < percent; }
    double real() { return m_rng.generateDouble(); }
    // An exponential draw with this mean.
    double exponential(double mean) { return -mean * std::log(1.0 - m_rng.generateDouble()); }

    template <typename T>
    const T &pick(const QList<T> &list) { return list[below(static_cast<int>(list.size()))]; }

    // An index drawn in proportion to the weights (all ≥ 0, not all 0).
    template <typename W>
    int weighted(const QList<W> &weights)
    {
        double total = 0;
        for (const W w : weights)
            total += static_cast<double>(w);
        double x = m_rng.generateDouble() * total;
        for (qsizetype i = 0; i < weights.size(); ++i) {
            x -= static_cast<double>(weights[i]);
            if (x < 0)
                return static_cast<int>(i);
        }
        return static_cast<int>(weights.size()) - 1;
    }
    int weighted(std::initializer_list<double> weights) { return weighted(QList<double>(weights)); }

    // A string of `n` decimal digits.
    QString digits(int n)
    {
        QString s;
        s.reserve(n);
        for (int i = 0; i < n; ++i)
            s.append(QChar(static_cast<char16_t>(u'0' + below(10))));
        return s;
    }

private:
    QRandomGenerator m_rng;
};

}  // namespace baton::sim
