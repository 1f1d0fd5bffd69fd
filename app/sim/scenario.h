#pragma once
// Scenario: the traffic and agent behaviour a whole-site simulation runs (docs/SIMULATION.md).
// Entries produce contacts with an intraday arrival profile, a mix of businesses and customer
// levels, handle-time and patience distributions; agents answer, decline, miss offers and take
// breaks. The site itself is a SiteConfig, named by the scenario or given beside it.

#include "contactrequest.h"
#include "siteconfig.h"

#include <QByteArray>
#include <QDir>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <array>
#include <optional>

namespace baton::sim {

struct Distribution {
    enum class Kind { Exponential, LogNormal, Fixed };
    Kind kind = Kind::Exponential;
    double meanSeconds = 180;
    double sdSeconds = 0;  // log-normal only
};

template <typename T>
struct Weighted {
    T value;
    double weight = 1;
};

// One value of a weighted mix, chosen in proportion to the weights; nullptr for an empty mix.
template <typename T>
const T *pickWeighted(const QList<Weighted<T>> &mix, QRandomGenerator &rng)
{
    if (mix.isEmpty())
        return nullptr;
    double total = 0;
    for (const auto &w : mix)
        total += w.weight;
    double x = rng.generateDouble() * total;
    for (const auto &w : mix) {
        if (x < w.weight)
            return &w.value;
        x -= w.weight;
    }
    return &mix.last().value;
}

struct Entry {
    QString name;
    core::Channel channel = core::Channel::Voice;
    QString entryPoint;
    // Arrivals per hour for each local hour of the day (24 values; a single rate fills all).
    std::array<double, 24> hourlyRate{};
    QList<Weighted<QString>> businesses;    // empty: no business
    QList<Weighted<QString>> levels;        // values of the customer attribute "level"
    QList<Weighted<QString>> regions;
    Distribution handle;
    std::optional<Distribution> patience;   // none: nobody abandons
    double handedOverFromBot = 0;           // probability the bot already had the customer

    // A contact from this entry: channel and entry point, and a business, customer level,
    // region and bot hand-over drawn from the mixes.
    core::ContactRequest draw(QRandomGenerator &rng) const;
};

struct AgentBehaviour {
    double answerMinSeconds = 2;
    double answerMaxSeconds = 8;
    double declineRate = 0.0;               // of offers
    double noAnswerRate = 0.0;              // of offers: the offer times out
    double backFromNotReadySeconds = 60;    // after a missed offer
    double breakEveryMinutes = 0;           // 0: no breaks
    double breakMinutes = 10;
};

struct Scenario {
    QString siteFile;                       // resolved path, when the scenario names its site
    QDateTime localStart;                   // in the site's time zone; default Monday 00:00
    QList<Entry> entries;
    AgentBehaviour agents;

    // Reads a scenario; relative site paths resolve against `baseDir`.
    static core::Result<Scenario> parse(const QByteArray &json, const QDir &baseDir);
};

}  // namespace baton::sim
