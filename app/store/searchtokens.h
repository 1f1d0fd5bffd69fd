#pragma once
// SearchTokens: how text is cut into search terms, the same way for articles and for queries.
// Text is NFKC-normalised and case-folded (full-width "ＩＰＨＯＮＥ" finds "iPhone"); runs of
// letters and digits in alphabetic scripts are words ("5g", "iphone"); runs of Han, kana and
// Hangul become overlapping bigrams, as Lucene's CJK analyzer does ("挂失银行卡" → 挂失 失银
// 银行 行卡), so a two-character query such as 挂失 or 退款 is found without a dictionary. A
// lone CJK character stays a unigram.

#include <QList>
#include <QString>
#include <QStringList>

namespace baton::store {

class SearchTokens {
public:
    static QStringList tokens(const QString &text);
    // The tokens joined by spaces: what goes into the full-text index.
    static QString indexText(const QString &text);
    // A query as phrases: each word or CJK run becomes one phrase of consecutive tokens.
    static QList<QStringList> queryPhrases(const QString &query);
    // The phrases as an FTS5 MATCH expression, all required; empty when the query has no terms.
    // A lone CJK character matches as a prefix (it may start a bigram).
    static QString matchExpression(const QList<QStringList> &phrases);
    // A phrase of one CJK character: it matches as a prefix (of the bigrams it starts).
    static bool isPrefixPhrase(const QStringList &phrase);
};

}  // namespace baton::store
