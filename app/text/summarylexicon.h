#pragma once
// SummaryLexicon: a site's vocabulary for keyword summaries — business terms that must never be
// split, stop-words, intents with their trigger phrases, the negative-emotion lexicon and the
// speaker labels of bot transcripts. Built-in defaults come from resources/text/lexicon.json,
// compiled into the library; a site adds to them with merged().

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace baton::text {

struct IntentRule {
    QString intent;        // what the agent sees ("信用卡挂失")
    QStringList triggers;  // phrases in the customer's words that point to it ("丢了", "被盗")

    bool operator==(const IntentRule &) const = default;
};

struct SummaryLexicon {
    QStringList dictionary;        // business terms: kept whole, boosted, single characters allowed
    QStringList stopWords;         // never key terms
    QList<IntentRule> intents;     // in priority order: the earlier rule wins a tie
    QStringList negative;          // negative-emotion phrases, matched on the raw text
    QStringList customerSpeakers;  // transcript labels of the customer ("客户", "Customer")
    QStringList otherSpeakers;     // labels of everyone else ("机器人", "Bot"): their lines are ignored

    // The built-in lexicon (resources/text/lexicon.json, compiled in). Never fails: the test
    // suite checks that the compiled-in file parses.
    static SummaryLexicon defaults();

    // Strict JSON → lexicon. Every field is optional; unknown fields and non-string entries are
    // errors naming the field ("intents[1].triggers[0]"). Schema: docs/ARCHITECTURE.md.
    static core::Result<SummaryLexicon> parse(const QByteArray &json);

    // This lexicon plus a site's additions: lists are united (order kept, duplicates dropped);
    // an intent the site names again gets the site's triggers added, a new one goes last.
    SummaryLexicon merged(const SummaryLexicon &site) const;

    bool operator==(const SummaryLexicon &) const = default;
};

}  // namespace baton::text
