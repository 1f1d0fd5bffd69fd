#pragma once
// Segmenter: folds text for matching (NFKC, Traditional → Simplified, lower case) and cuts it
// into words — site dictionary first, longest match, so a business term is never split; ICU's
// dictionary-based word BreakIterator for the rest. Internal to baton_text; owns ICU objects that
// are slow to create and not thread-safe, so it is used from one thread at a time.

#include "phraseset.h"

#include <QList>
#include <QString>

#include <unicode/uversion.h>

#include <memory>

U_NAMESPACE_BEGIN  // icu_72, aliased to icu
class BreakIterator;
class Transliterator;
U_NAMESPACE_END

namespace baton::text::detail {

// A line as written (after NFKC) and its folded form, index for index: `surface` is what the
// agent is shown, `folded` what is matched.
struct FoldedText {
    QString surface;
    QString folded;

    FoldedText sliced(qsizetype from) const { return {surface.sliced(from), folded.sliced(from)}; }
};

struct Token {
    qsizetype start = 0;
    qsizetype length = 0;
    bool fromDictionary = false;
    bool numeric = false;  // ICU's number class: amounts, dates, ids
};

class Segmenter {
public:
    explicit Segmenter(const QStringList &dictionary);
    ~Segmenter();
    Segmenter(const Segmenter &) = delete;
    Segmenter &operator=(const Segmenter &) = delete;

    FoldedText fold(const QString &text) const;
    QString foldPhrase(const QString &phrase) const { return fold(phrase).folded; }
    QStringList foldAll(const QStringList &phrases) const;
    // Words of `text` in order; spaces, punctuation and masked ids ("110101********1234") skipped.
    QList<Token> tokens(const FoldedText &text) const;
    const PhraseSet &dictionary() const { return m_dictionary; }

private:
    void breakGap(QStringView text, qsizetype offset, QList<Token> &out) const;

    std::unique_ptr<icu::BreakIterator> m_words;       // null if ICU has no word data
    std::unique_ptr<icu::Transliterator> m_simplify;  // null if ICU has no Hant-Hans rules
    PhraseSet m_dictionary;
};

}  // namespace baton::text::detail
