#include "segmenter.h"

#include <QLoggingCategory>

#include <unicode/brkiter.h>
#include <unicode/translit.h>
#include <unicode/utext.h>

namespace baton::text::detail {

Q_LOGGING_CATEGORY(lcSegmenter, "baton.text.segmenter")

namespace {

bool hasHan(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x2E80 && c.script() == QChar::Script_Han; });
}

bool isMaskChar(QChar c) { return c == u'*' || c == u'#'; }

// Masked identifiers — "110101********1234", "138****5678", "6222xxxx1234" — are blanked out:
// their digit groups are not words, and ICU would cut them into plain numbers.
void blankMaskedIds(QString &folded)
{
    const qsizetype n = folded.size();
    for (qsizetype i = 0; i < n;) {
        const auto inRun = [&](qsizetype k) {
            const QChar c = folded.at(k);
            return isMaskChar(c) || (c.unicode() < 0x80 && c.isLetterOrNumber());
        };
        if (!inRun(i)) {
            ++i;
            continue;
        }
        qsizetype end = i;
        int digits = 0, masks = 0, xRun = 0, longestXRun = 0;
        for (; end < n && inRun(end); ++end) {
            const QChar c = folded.at(end);
            digits += c.isDigit();
            masks += isMaskChar(c);
            xRun = c == u'x' ? xRun + 1 : 0;
            longestXRun = std::max(longestXRun, xRun);
        }
        if (masks > 0 || (digits > 0 && longestXRun >= 3)) {
            for (qsizetype k = i; k < end; ++k)
                folded[k] = u' ';
        }
        i = end;
    }
}

std::unique_ptr<icu::BreakIterator> createWordIterator()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
    if (U_FAILURE(status)) {
        qCWarning(lcSegmenter) << "ICU word break iterator unavailable:" << u_errorName(status);
        return {};
    }
    return it;
}

std::unique_ptr<icu::Transliterator> createSimplifier()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) {
        qCWarning(lcSegmenter) << "ICU Hant-Hans transliterator unavailable:" << u_errorName(status);
        return {};
    }
    return t;
}

}  // namespace

Segmenter::Segmenter(const QStringList &dictionary)
    : m_words(createWordIterator()), m_simplify(createSimplifier()), m_dictionary(foldAll(dictionary))
{
}

QStringList Segmenter::foldAll(const QStringList &phrases) const
{
    QStringList out;
    out.reserve(phrases.size());
    for (const QString &p : phrases)
        out.append(foldPhrase(p));
    return out;
}

Segmenter::~Segmenter() = default;

FoldedText Segmenter::fold(const QString &text) const
{
    FoldedText out;
    out.surface = text.normalized(QString::NormalizationForm_KC);
    out.folded = out.surface;
    if (m_simplify && hasHan(out.surface)) {
        icu::UnicodeString u(reinterpret_cast<const char16_t *>(out.surface.utf16()),
                             static_cast<int32_t>(out.surface.size()));
        m_simplify->transliterate(u);
        const QString simplified(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
        // Hant-Hans maps character for character; should a rule ever change the length, show
        // the simplified text rather than lose the index-for-index correspondence.
        if (simplified.size() != out.surface.size())
            out.surface = simplified;
        out.folded = simplified;
    }
    for (QChar &c : out.folded) {
        c = c == u'\u2019' ? QChar(u'\'') : c.toLower();  // simple mapping: length kept
    }
    return out;
}

QList<Token> Segmenter::tokens(const FoldedText &text) const
{
    QString work = text.folded;
    blankMaskedIds(work);
    QList<Token> out;
    qsizetype gapStart = 0;
    for (qsizetype pos = 0; pos < work.size();) {
        const PhraseMatch m = m_dictionary.longestAt(work, pos, Boundary::Word);
        if (m.phrase < 0) {
            ++pos;
            continue;
        }
        breakGap(QStringView(work).sliced(gapStart, pos - gapStart), gapStart, out);
        out.append({pos, m.length, true, false});
        pos += m.length;
        gapStart = pos;
    }
    breakGap(QStringView(work).sliced(gapStart), gapStart, out);
    return out;
}

void Segmenter::breakGap(QStringView text, qsizetype offset, QList<Token> &out) const
{
    if (text.isEmpty())
        return;
    if (!m_words) {
        // Without ICU data: runs of letters and digits, one word each.
        for (qsizetype i = 0; i < text.size();) {
            if (!text.at(i).isLetterOrNumber()) {
                ++i;
                continue;
            }
            qsizetype end = i;
            bool digits = true;
            for (; end < text.size() && text.at(end).isLetterOrNumber(); ++end)
                digits = digits && text.at(end).isDigit();
            out.append({offset + i, end - i, false, digits});
            i = end;
        }
        return;
    }
    // A UText over the QString's UTF-16 buffer: no copy.
    UErrorCode status = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER;
    utext_openUChars(&ut, reinterpret_cast<const UChar *>(text.utf16()), text.size(), &status);
    m_words->setText(&ut, status);
    if (U_FAILURE(status)) {
        utext_close(&ut);
        return;
    }
    int32_t start = m_words->first();
    for (int32_t end = m_words->next(); end != icu::BreakIterator::DONE; start = end, end = m_words->next()) {
        const int32_t rule = m_words->getRuleStatus();
        if (rule < UBRK_WORD_NONE_LIMIT)
            continue;  // spaces and punctuation
        out.append({offset + start, end - start, false, rule < UBRK_WORD_NUMBER_LIMIT});
    }
    // setText made a shallow clone: the UText can go, the buffer is not read again.
    utext_close(&ut);
}

}  // namespace baton::text::detail
