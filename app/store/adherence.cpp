#include "adherence.h"

#include <algorithm>

namespace baton::store {

namespace {

// Compatibility-folded and case-folded, with the same length as the input wherever NFKC keeps
// one character one character (true of full-width forms), so positions stay meaningful.
QString fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const QString n = QString(c).normalized(QString::NormalizationForm_KC);
        out += n.size() == 1 ? n.at(0).toCaseFolded() : c.toCaseFolded();
    }
    return out;
}

}  // namespace

Adherence checkAdherence(const QString &transcript, const QList<ScriptStage> &stages)
{
    Adherence result;
    const QString text = fold(transcript);
    struct Heard {
        int order;  // the stage's place in the script
        AdherenceMark mark;
    };
    QList<Heard> heard;
    for (int i = 0; i < stages.size(); ++i) {
        const ScriptStage &stage = stages.at(i);
        QStringList cues;
        for (const QString &cue : stage.cues) {
            if (!cue.trimmed().isEmpty())
                cues << cue.trimmed();
        }
        if (cues.isEmpty())
            continue;
        ++result.checkable;
        qsizetype best = -1;
        QString bestCue;
        for (const QString &cue : cues) {
            const qsizetype at = text.indexOf(fold(cue));
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                bestCue = cue;
            }
        }
        if (best < 0)
            result.missing << stage.key;
        else
            heard.append({i, {stage.key, bestCue, best}});
    }
    std::stable_sort(heard.begin(), heard.end(), [](const Heard &a, const Heard &b) { return a.mark.position < b.mark.position; });
    // Heard in order: a stage is out of order when a stage the script puts after it was heard earlier.
    int latest = -1;
    for (const Heard &h : heard) {
        result.marks << h.mark;
        if (h.order < latest)
            result.outOfOrder << h.mark.stage;
        latest = std::max(latest, h.order);
    }
    return result;
}

}  // namespace baton::store
