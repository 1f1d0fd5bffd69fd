#pragma once
// KeywordSummarizer: the keyword summary on an agent's transfer card — what the customer said to
// the IVR or chat bot, boiled down to ranked key terms, a likely intent and a negative-emotion
// flag. GUI-free (QtCore and ICU).

#include "summarylexicon.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace baton::text {

// What the bot hands over with the contact.
struct SummaryInput {
    // Transcript lines, e.g. "客户：我的信用卡丢了", "机器人：请问…", "Customer: …". Only the
    // customer's lines count; a line without a speaker label is the customer's. An entry may hold
    // several lines separated by '\n'.
    QStringList transcript;
    QStringList menuPath;  // IVR menu choices, outermost first ("信用卡服务", "挂失")
    QStringList keywords;  // what the bot recognised
    QString reason;        // the IVR's transfer reason
    QString business;      // the business / intent, when the IVR already knows it
};

struct KeyTerm {
    QString term;  // as the customer wrote it (Latin lower-cased), e.g. "掛失" for a zh_TW customer
    double score = 0;
    bool fromDictionary = false;  // a site business term
    int count = 0;                // times the customer said it (0: only in keywords, reason, menu)

    bool operator==(const KeyTerm &) const = default;
};

struct Summary {
    QList<KeyTerm> terms;          // best first; equal scores in order of first appearance
    QString intent;                // SummaryInput::business, else the best-matching intent, else empty
    QStringList intentEvidence;    // the intent's trigger phrases found, in order of appearance
    bool negative = false;
    QStringList negativePhrases;   // as written, each once, in order of appearance
    int negativeIntensity = 0;     // matches of the negative lexicon, repeats included

    bool operator==(const Summary &) const = default;
};

// Building one loads ICU's word dictionary and Traditional→Simplified rules (tens of ms): keep
// one per thread and reuse it. Not thread-safe: summarize() and segment() may be called from one
// thread at a time (the ICU iterator inside is reused between calls).
//
// Ranking: each time the customer says a term counts 1, rising to 1.25 for their last line (a
// customer refines as they go); the bot's keywords count 1, the reason 0.75 and each menu
// choice 0.5. Site dictionary terms score ×1.5, and terms also found in the keywords, reason or
// menu ×1.5.
class KeywordSummarizer {
public:
    explicit KeywordSummarizer(SummaryLexicon lexicon = SummaryLexicon::defaults());
    ~KeywordSummarizer();
    KeywordSummarizer(KeywordSummarizer &&) noexcept;
    KeywordSummarizer &operator=(KeywordSummarizer &&) noexcept;

    Summary summarize(const SummaryInput &input, int maxTerms = 8) const;

    // The words of `text` as written (after NFKC), site dictionary terms whole; spaces,
    // punctuation and masked ids dropped, stop-words kept. For inspection and tests.
    QStringList segment(const QString &text) const;

    const SummaryLexicon &lexicon() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace baton::text
