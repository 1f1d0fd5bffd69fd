#include "phraseset.h"

#include <algorithm>
#include <array>

namespace baton::text::detail {

namespace {

std::u16string_view view(QStringView s)
{
    return {reinterpret_cast<const char16_t *>(s.utf16()), static_cast<size_t>(s.size())};
}

bool isHanLike(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return true;
    default:
        return false;
    }
}

// Negation vocabulary: grammar, not site vocabulary, so it is not part of the lexicon. Longest
// first where one is a suffix of another.
constexpr std::array<std::u16string_view, 12> kNegators = {
    u"没有", u"不是", u"并非", u"无意", u"not", u"never", u"don't", u"didn't", u"isn't", u"wasn't",
    u"won't", u"no",
};
constexpr std::array<std::u16string_view, 5> kHanNegators = {u"不", u"没", u"别", u"未", u"无"};
constexpr std::array<std::u16string_view, 17> kBridges = {
    u"想要", u"打算", u"要", u"想", u"是", u"会", u"去", u"很", u"太", u"want to", u"going to",
    u"trying to", u"really", u"very", u"that", u"to", u"be",
};

QStringView trimmedRight(QStringView s)
{
    while (!s.isEmpty() && s.back().isSpace())
        s.chop(1);
    return s;
}

// `s` ends with `word`, and a Latin word is not the tail of a longer word ("piano" ≠ "no").
bool endsWithWord(QStringView s, std::u16string_view word)
{
    const QStringView w(word.data(), static_cast<qsizetype>(word.size()));
    if (!s.endsWith(w))
        return false;
    if (!isSpacedWordChar(w.front()))
        return true;
    const qsizetype before = s.size() - w.size() - 1;
    return before < 0 || !isSpacedWordChar(s.at(before));
}

bool endsWithNegator(QStringView s)
{
    const auto hit = [&](std::u16string_view w) { return endsWithWord(s, w); };
    return std::any_of(kNegators.begin(), kNegators.end(), hit)
        || std::any_of(kHanNegators.begin(), kHanNegators.end(), hit);
}

}  // namespace

bool isSpacedWordChar(QChar c)
{
    return c.isLetterOrNumber() && !isHanLike(c);
}

PhraseSet::PhraseSet(const QStringList &foldedPhrases)
{
    for (const QString &p : foldedPhrases) {
        if (!p.isEmpty() && !m_phrases.contains(p))
            m_phrases.append(p);
    }
    // Built only after m_phrases stops changing: the views point into its strings.
    for (qsizetype i = 0; i < m_phrases.size(); ++i) {
        const QString &p = m_phrases.at(i);
        m_index.emplace(view(p), i);
        m_firstUnits.insert(p.front().unicode());
        if (!m_lengths.contains(p.size()))
            m_lengths.append(p.size());
    }
    std::sort(m_lengths.begin(), m_lengths.end(), std::greater<>());
}

qsizetype PhraseSet::indexOf(QStringView phrase) const
{
    const auto it = m_index.find(view(phrase));
    return it == m_index.end() ? -1 : it->second;
}

PhraseMatch PhraseSet::longestAt(QStringView text, qsizetype pos, Boundary boundary) const
{
    if (pos >= text.size() || !m_firstUnits.contains(text.at(pos).unicode()))
        return {};
    const bool openStart = pos == 0 || !isSpacedWordChar(text.at(pos - 1));
    for (const qsizetype length : m_lengths) {
        if (pos + length > text.size())
            continue;
        const qsizetype found = indexOf(text.sliced(pos, length));
        if (found < 0)
            continue;
        const QChar first = text.at(pos);
        const QChar last = text.at(pos + length - 1);
        if (isSpacedWordChar(first) && !openStart)
            continue;
        if (isSpacedWordChar(last) && pos + length < text.size()) {
            const QChar next = text.at(pos + length);
            const bool joined = boundary == Boundary::Word ? isSpacedWordChar(next)
                                                           : last.isDigit() && next.isDigit();
            if (joined)
                continue;
        }
        return {pos, length, found};
    }
    return {};
}

QList<PhraseMatch> PhraseSet::findAll(QStringView text, Boundary boundary) const
{
    QList<PhraseMatch> out;
    if (m_phrases.isEmpty())
        return out;
    for (qsizetype pos = 0; pos < text.size();) {
        const PhraseMatch m = longestAt(text, pos, boundary);
        if (m.phrase >= 0) {
            out.append(m);
            pos += m.length;
        } else {
            ++pos;
        }
    }
    return out;
}

bool isNegated(QStringView folded, qsizetype start)
{
    QStringView before = trimmedRight(folded.first(start));
    for (int bridges = 0;; ++bridges) {
        if (endsWithNegator(before))
            return true;
        if (bridges == 2)
            return false;
        const auto bridge = std::find_if(kBridges.begin(), kBridges.end(),
                                         [&](std::u16string_view b) { return endsWithWord(before, b); });
        if (bridge == kBridges.end())
            return false;
        before = trimmedRight(before.chopped(static_cast<qsizetype>(bridge->size())));
    }
}

}  // namespace baton::text::detail
