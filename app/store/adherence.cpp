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

struct Range {
    qsizetype begin, end;
};

// Where the agent speaks. A transcript whose lines name their speaker ("坐席：", "坐席（李强）：",
// "客户：", "机器人：", "Agent:") is the agent's only in the agent's lines — a bot or a customer
// saying "您好" is no greeting by the agent. Without speaker names, all of it counts.
QList<Range> agentRanges(const QString &text)
{
    static const QStringList agentSpeakers{QStringLiteral("坐席"), QStringLiteral("客服"), QStringLiteral("人工"), QStringLiteral("agent")};
    QList<Range> agent;
    bool named = false;
    qsizetype begin = 0;
    while (begin <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), begin);
        if (end < 0)
            end = text.size();
        const QStringView line = QStringView(text).mid(begin, end - begin);
        qsizetype colon = -1;
        for (const QChar c : {QChar(0xFF1A), QChar(u':')}) {  // full-width and ASCII colons
            const qsizetype at = line.indexOf(c);
            if (at > 0 && (colon < 0 || at < colon))
                colon = at;
        }
        if (colon > 0 && colon <= 16) {
            named = true;
            const QStringView speaker = line.left(colon).trimmed();
            for (const QString &a : agentSpeakers) {
                if (speaker.startsWith(a, Qt::CaseInsensitive)) {
                    agent.append({begin + colon + 1, end});
                    break;
                }
            }
        }
        begin = end + 1;
    }
    if (!named)
        return {{0, text.size()}};
    return agent;
}

// The first place in the agent's ranges where `cue` occurs; -1 when nowhere.
qsizetype findIn(const QString &text, const QList<Range> &ranges, const QString &cue)
{
    for (const Range &r : ranges) {
        const qsizetype at = text.indexOf(cue, r.begin);
        if (at >= 0 && at + cue.size() <= r.end)
            return at;
        if (at < 0)
            return -1;  // not anywhere after this range either
    }
    return -1;
}

}  // namespace

Adherence checkAdherence(const QString &transcript, const QList<ScriptStage> &stages)
{
    Adherence result;
    const QString text = fold(transcript);
    const QList<Range> agent = agentRanges(text);
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
            const qsizetype at = findIn(text, agent, fold(cue));
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
