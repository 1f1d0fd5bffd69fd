#include "keywordsummary.h"

#include "phraseset.h"
#include "segmenter.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace baton::text {

using detail::Boundary;
using detail::FoldedText;
using detail::PhraseSet;
using detail::Token;

namespace {

// Ranking weights (see the class comment in keywordsummary.h).
constexpr double kRecencyBonus = 0.25;
constexpr double kKeywordWeight = 1.0;
constexpr double kReasonWeight = 0.75;
constexpr double kMenuWeight = 0.5;
constexpr double kDictionaryBoost = 1.5;
constexpr double kContextBoost = 1.5;
// Intents: each trigger phrase found counts 1, each repeat of it only this much, so a customer
// who names three signs of a dispute outweighs one who repeats "账单".
constexpr double kTriggerRepeatWeight = 0.25;

struct Range {
    qsizetype start = 0;
    qsizetype end = 0;
};

// Where a line matched the negative lexicon. Negated matches ("不是要投诉") give no key terms;
// the words of a phrase that counted give none either unless one is the whole phrase ("投诉"):
// the card shows the phrase itself, not "满意" cut out of "不满意".
struct NegativeRanges {
    QList<Range> negated;
    QList<Range> counted;

    bool excludes(qsizetype start, qsizetype end) const
    {
        const auto overlap = [&](const Range &r) { return start < r.end && r.start < end; };
        const auto partial = [&](const Range &r) { return overlap(r) && (r.start != start || r.end != end); };
        return std::any_of(negated.begin(), negated.end(), overlap) || std::any_of(counted.begin(), counted.end(), partial);
    }
};

// Term statistics in order of first appearance, which is also the tie order.
class TermTable {
public:
    void add(const QString &key, QStringView shown, double weight, bool fromCustomer, bool fromDictionary)
    {
        auto it = m_index.constFind(key);
        if (it == m_index.cend()) {
            it = m_index.insert(key, m_terms.size());
            m_terms.append({shown.toString().toLower(), 0, false, fromDictionary, 0});
        }
        Stat &stat = m_terms[*it];
        stat.weight += weight;
        if (fromCustomer)
            ++stat.count;
        else
            stat.context = true;
    }

    QList<KeyTerm> ranked(int maxTerms) const
    {
        QList<KeyTerm> out;
        out.reserve(m_terms.size());
        for (const Stat &s : m_terms) {
            const double score = s.weight * (s.fromDictionary ? kDictionaryBoost : 1.0) * (s.context ? kContextBoost : 1.0);
            // Rounded so that sums reached in a different order still tie exactly.
            out.append({s.shown, std::round(score * 1e6) / 1e6, s.fromDictionary, s.count});
        }
        std::stable_sort(out.begin(), out.end(), [](const KeyTerm &a, const KeyTerm &b) { return a.score > b.score; });
        if (out.size() > maxTerms)
            out.resize(std::max(0, maxTerms));
        return out;
    }

private:
    struct Stat {
        QString shown;
        double weight = 0;
        bool context = false;
        bool fromDictionary = false;
        int count = 0;
    };
    QHash<QString, qsizetype> m_index;
    QList<Stat> m_terms;
};

// Which intents' triggers were found, how often, in order of appearance.
struct IntentHits {
    explicit IntentHits(qsizetype rules) : evidence(rules), counts(rules) {}
    QList<QStringList> evidence;
    QList<QHash<QString, int>> counts;

    double score(qsizetype rule) const
    {
        double s = 0;
        for (const int c : counts.at(rule))
            s += 1 + kTriggerRepeatWeight * (c - 1);
        return s;
    }
};

bool isSkippable(QChar c) { return c.isSpace(); }

// Sentence-final and aspect particles that ICU leaves on a word ("扣了", "要的"): never part of
// a key term.
bool isTrailingParticle(QChar c)
{
    return QStringView(u"了的吗呢吧啊呀啦嘛").contains(c);
}

// "一万", "三次", "两千块", "半天": Chinese numbers, with or without a measure word, are amounts
// and counts, not key terms.
bool isHanNumber(QStringView word)
{
    constexpr QStringView numerals = u"零〇一二两三四五六七八九十百千万亿半几";
    constexpr QStringView measures = u"个次块元天年月日号期张笔遍分点秒周回台位项条岁家倍成";
    if (word.isEmpty() || !numerals.contains(word.front()))
        return false;
    return std::all_of(word.begin(), word.end(), [&](QChar c) { return numerals.contains(c) || measures.contains(c); });
}

}  // namespace

struct KeywordSummarizer::Private {
    explicit Private(SummaryLexicon lex);

    struct Speaker {
        bool customer = true;
        qsizetype contentStart = 0;
    };
    struct TriggerOf {
        qsizetype rule = 0;
        QString written;  // as the lexicon writes it, for intentEvidence
    };

    Speaker speakerOf(const QString &folded) const;
    QList<FoldedText> customerLines(const QStringList &transcript) const;
    bool isKeyTerm(QStringView key, const Token &token) const;
    void addTerms(TermTable &table, const FoldedText &text, double weight, bool fromCustomer,
                  const NegativeRanges &ranges = {}) const;
    void addContext(TermTable &table, const QString &item, double weight) const;
    QList<NegativeRanges> findNegative(const QList<FoldedText> &lines, Summary &summary) const;
    void findIntent(const SummaryInput &input, const QList<FoldedText> &lines, Summary &summary) const;

    SummaryLexicon lexicon;
    detail::Segmenter segmenter;
    PhraseSet stopWords;
    PhraseSet negative;
    PhraseSet customerLabels;
    PhraseSet otherLabels;
    PhraseSet triggers;                   // every rule's triggers and its own name
    QList<QList<TriggerOf>> triggerRules;  // per phrase of `triggers`
};

namespace {

QStringList triggerPhrases(const SummaryLexicon &lexicon)
{
    QStringList out;
    for (const IntentRule &rule : lexicon.intents) {
        out.append(rule.intent);
        out.append(rule.triggers);
    }
    return out;
}

}  // namespace

KeywordSummarizer::Private::Private(SummaryLexicon lex)
    : lexicon(std::move(lex)),
      segmenter(lexicon.dictionary),
      stopWords(segmenter.foldAll(lexicon.stopWords)),
      negative(segmenter.foldAll(lexicon.negative)),
      customerLabels(segmenter.foldAll(lexicon.customerSpeakers)),
      otherLabels(segmenter.foldAll(lexicon.otherSpeakers)),
      triggers(segmenter.foldAll(triggerPhrases(lexicon))),
      triggerRules(triggers.phrases().size())
{
    for (qsizetype r = 0; r < lexicon.intents.size(); ++r) {
        const IntentRule &rule = lexicon.intents.at(r);
        QStringList written = rule.triggers;
        written.prepend(rule.intent);
        for (const QString &w : std::as_const(written)) {
            const qsizetype phrase = triggers.indexOf(segmenter.foldPhrase(w));
            if (phrase < 0)
                continue;  // blank: PhraseSet drops it
            QList<TriggerOf> &of = triggerRules[phrase];
            const bool known = std::any_of(of.begin(), of.end(), [&](const TriggerOf &t) { return t.rule == r; });
            if (!known)
                of.append({r, w});
        }
    }
}

// "客户：…", "[10:02] Bot: …": a known label before a colon. Anything else is the customer's.
KeywordSummarizer::Private::Speaker KeywordSummarizer::Private::speakerOf(const QString &folded) const
{
    qsizetype i = 0;
    const auto skipSpaces = [&](qsizetype k) {
        while (k < folded.size() && isSkippable(folded.at(k)))
            ++k;
        return k;
    };
    i = skipSpaces(i);
    if (i < folded.size() && (folded.at(i) == u'[' || folded.at(i) == u'【')) {
        const qsizetype close = folded.indexOf(folded.at(i) == u'[' ? u']' : u'】', i);
        if (close > 0)
            i = skipSpaces(close + 1);
    }
    for (const auto &[labels, customer] : {std::pair{&customerLabels, true}, std::pair{&otherLabels, false}}) {
        const detail::PhraseMatch m = labels->longestAt(folded, i, Boundary::Word);
        if (m.phrase < 0)
            continue;
        const qsizetype colon = skipSpaces(i + m.length);
        if (colon < folded.size() && folded.at(colon) == u':')
            return {customer, colon + 1};
    }
    return {};
}

QList<FoldedText> KeywordSummarizer::Private::customerLines(const QStringList &transcript) const
{
    QList<FoldedText> out;
    for (const QString &entry : transcript) {
        for (const QString &line : entry.split(u'\n', Qt::SkipEmptyParts)) {
            const FoldedText text = segmenter.fold(line);
            const Speaker speaker = speakerOf(text.folded);
            if (speaker.customer)
                out.append(text.sliced(speaker.contentStart));
        }
    }
    return out;
}

bool KeywordSummarizer::Private::isKeyTerm(QStringView key, const Token &token) const
{
    if (token.fromDictionary)
        return true;
    if (token.numeric || key.size() < 2 || isHanNumber(key))
        return false;  // amounts, dates, counts; single characters, CJK or Latin
    int letters = 0, digits = 0;
    for (const QChar c : key) {
        letters += c.isLetter();
        digits += c.isDigit();
    }
    if (letters == 0 || digits >= 6)
        return false;  // a number, or an id or phone number with a letter in it
    return !stopWords.contains(key);
}

void KeywordSummarizer::Private::addTerms(TermTable &table, const FoldedText &text, double weight, bool fromCustomer,
                                          const NegativeRanges &ranges) const
{
    for (Token token : segmenter.tokens(text)) {
        if (ranges.excludes(token.start, token.start + token.length))
            continue;
        if (!token.fromDictionary) {
            while (token.length > 1 && isTrailingParticle(text.folded.at(token.start + token.length - 1)))
                --token.length;
        }
        const QStringView key = QStringView(text.folded).sliced(token.start, token.length);
        if (!isKeyTerm(key, token))
            continue;
        table.add(key.toString(), QStringView(text.surface).sliced(token.start, token.length), weight, fromCustomer,
                  segmenter.dictionary().contains(key));
    }
}

// A keyword, the reason or a menu choice. One that is a stop-word as a whole ("人工服务") is
// skipped whole, not only the pieces that are stop-words themselves.
void KeywordSummarizer::Private::addContext(TermTable &table, const QString &item, double weight) const
{
    const FoldedText text = segmenter.fold(item.trimmed());
    if (!text.folded.isEmpty() && !stopWords.contains(text.folded))
        addTerms(table, text, weight, false);
}

QList<NegativeRanges> KeywordSummarizer::Private::findNegative(const QList<FoldedText> &lines, Summary &summary) const
{
    QList<NegativeRanges> ranges(lines.size());
    QStringList seen;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const FoldedText &line = lines.at(i);
        for (const detail::PhraseMatch &m : negative.findAll(line.folded, Boundary::Prefix)) {
            if (detail::isNegated(line.folded, m.start)) {
                ranges[i].negated.append({m.start, m.start + m.length});
                continue;
            }
            ranges[i].counted.append({m.start, m.start + m.length});
            ++summary.negativeIntensity;
            const QString &phrase = negative.phrases().at(m.phrase);
            if (!seen.contains(phrase)) {
                seen.append(phrase);
                summary.negativePhrases.append(line.surface.sliced(m.start, m.length));
            }
        }
    }
    summary.negative = summary.negativeIntensity > 0;
    return ranges;
}

void KeywordSummarizer::Private::findIntent(const SummaryInput &input, const QList<FoldedText> &lines,
                                            Summary &summary) const
{
    IntentHits hits(lexicon.intents.size());
    const auto scan = [&](const QString &folded) {
        for (const detail::PhraseMatch &m : triggers.findAll(folded, Boundary::Prefix)) {
            if (detail::isNegated(folded, m.start))
                continue;  // "我不是要挂失"
            for (const TriggerOf &t : triggerRules.at(m.phrase)) {
                if (hits.counts[t.rule][t.written]++ == 0)
                    hits.evidence[t.rule].append(t.written);
            }
        }
    };
    for (const FoldedText &line : lines)
        scan(line.folded);
    for (const QString &keyword : input.keywords)
        scan(segmenter.foldPhrase(keyword));
    scan(segmenter.foldPhrase(input.reason));
    for (const QString &choice : input.menuPath)
        scan(segmenter.foldPhrase(choice));

    qsizetype best = -1;
    const QString business = input.business.trimmed();
    if (!business.isEmpty()) {
        summary.intent = business;
        const QString folded = segmenter.foldPhrase(business);
        for (qsizetype r = 0; r < lexicon.intents.size() && best < 0; ++r) {
            if (segmenter.foldPhrase(lexicon.intents.at(r).intent) == folded)
                best = r;
        }
    } else {
        double bestScore = 0;
        for (qsizetype r = 0; r < lexicon.intents.size(); ++r) {
            const double score = hits.score(r);
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        if (best >= 0)
            summary.intent = lexicon.intents.at(best).intent;
    }
    if (best >= 0)
        summary.intentEvidence = hits.evidence.at(best);
}

KeywordSummarizer::KeywordSummarizer(SummaryLexicon lexicon) : d(std::make_unique<Private>(std::move(lexicon))) {}
KeywordSummarizer::~KeywordSummarizer() = default;
KeywordSummarizer::KeywordSummarizer(KeywordSummarizer &&) noexcept = default;
KeywordSummarizer &KeywordSummarizer::operator=(KeywordSummarizer &&) noexcept = default;

const SummaryLexicon &KeywordSummarizer::lexicon() const { return d->lexicon; }

Summary KeywordSummarizer::summarize(const SummaryInput &input, int maxTerms) const
{
    Summary summary;
    const QList<FoldedText> lines = d->customerLines(input.transcript);
    const QList<NegativeRanges> negative = d->findNegative(lines, summary);

    TermTable table;
    const qsizetype n = lines.size();
    for (qsizetype k = 0; k < n; ++k) {
        const double recency = 1 + (n > 1 ? kRecencyBonus * static_cast<double>(k) / static_cast<double>(n - 1) : 0);
        d->addTerms(table, lines.at(k), recency, true, negative.at(k));
    }
    for (const QString &keyword : input.keywords)
        d->addContext(table, keyword, kKeywordWeight);
    d->addContext(table, input.reason, kReasonWeight);
    for (const QString &choice : input.menuPath)
        d->addContext(table, choice, kMenuWeight);
    summary.terms = table.ranked(maxTerms);

    d->findIntent(input, lines, summary);
    return summary;
}

QStringList KeywordSummarizer::segment(const QString &text) const
{
    const FoldedText folded = d->segmenter.fold(text);
    QStringList out;
    for (const Token &token : d->segmenter.tokens(folded))
        out.append(folded.surface.sliced(token.start, token.length));
    return out;
}

}  // namespace baton::text
