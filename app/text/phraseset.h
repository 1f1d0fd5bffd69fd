#pragma once
// PhraseSet: a set of folded phrases matched leftmost-longest inside folded text, with word
// boundaries for Latin letters and digits (CJK has none). Internal to baton_text. Also the
// negation test shared by the negative lexicon and the intent triggers.

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace baton::text::detail {

// How a phrase that begins or ends with a Latin letter or a digit must sit in the text.
enum class Boundary {
    Word,    // whole words only: "card" does not match inside "cards"
    Prefix,  // whole at the start, open at the end so "complain" matches "complained";
             // digits stay whole ("12315" does not match inside "0123156")
};

struct PhraseMatch {
    qsizetype start = 0;
    qsizetype length = 0;
    qsizetype phrase = -1;  // index into PhraseSet::phrases()
};

class PhraseSet {
public:
    PhraseSet() = default;
    explicit PhraseSet(const QStringList &foldedPhrases);  // empty entries and duplicates dropped
    PhraseSet(const PhraseSet &) = delete;  // m_index points into m_phrases
    PhraseSet &operator=(const PhraseSet &) = delete;

    qsizetype indexOf(QStringView phrase) const;
    bool contains(QStringView phrase) const { return indexOf(phrase) >= 0; }
    const QStringList &phrases() const { return m_phrases; }
    qsizetype maxLength() const { return m_lengths.isEmpty() ? 0 : m_lengths.first(); }

    // The longest phrase starting exactly at `pos`, or a match with phrase == -1.
    PhraseMatch longestAt(QStringView text, qsizetype pos, Boundary boundary) const;
    // Leftmost-longest, non-overlapping matches in order.
    QList<PhraseMatch> findAll(QStringView text, Boundary boundary) const;

private:
    QStringList m_phrases;
    std::unordered_map<std::u16string_view, qsizetype> m_index;  // views into m_phrases
    std::unordered_set<char16_t> m_firstUnits;
    QList<qsizetype> m_lengths;  // distinct phrase lengths, longest first
};

// A letter or digit of a script that separates words with spaces (not Han, kana or Hangul).
bool isSpacedWordChar(QChar c);

// True when the folded text just before `start` negates what starts there: a negator
// (不, 没, 没有, 别, 不是, not, never, don't…) right before it, optionally across up to two
// bridging words (要, 想, 是, want to…): "我不生气", "没有要投诉", "不是要投诉", "not angry".
bool isNegated(QStringView folded, qsizetype start);

}  // namespace baton::text::detail
