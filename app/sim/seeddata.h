#pragma once
// SeedData: fills an empty store with a demo site that looks real — thousands of customers
// with Chinese names, mobile numbers, ids in other systems, VIP levels, attributes, tags and
// dedicated agents; their history over every channel for the last 180 days; call scripts per
// business, published and live; a knowledge base; a few merged duplicates. The agents, groups
// and businesses come from the site configuration and the demo corpus. The same seed and the
// same `now` write the same content.

#include "demotraffic.h"
#include "result.h"
#include "siteconfig.h"
#include "types.h"

#include <QDateTime>

#include <array>

namespace baton::store {
class Database;
}

namespace baton::sim {

struct SeedOptions {
    int customers = 2000;
    int articles = 500;
    quint32 seed = 1;
    QDateTime now;          // UTC: the history ends here; every stored timestamp derives from it
    bool append = false;    // allow a database that already has customers
    QString actor = QStringLiteral("seed-db");  // who the audit log says did it
};

struct SeedSummary {
    int customers = 0;      // including the duplicates that were merged
    int phones = 0;
    int merges = 0;
    long long interactions = 0;
    std::array<long long, core::kChannelCount> perChannel{};
    long long rated = 0;    // interactions with a CSAT score
    int scripts = 0;
    int versions = 0;
    int liveAssignments = 0;
    int articles = 0;
};

class SeedData {
public:
    // Writes everything in one transaction: all of it, or nothing. Refused (Conflict) when the
    // database already has customers, unless options.append.
    static core::Result<SeedSummary> seed(store::Database &db, const core::SiteConfig &site, const Corpus &corpus,
                                          const SeedOptions &options);
};

}  // namespace baton::sim
