#pragma once
// Script adherence: which stages of the script that was live were heard in a finished
// conversation, and in what order — found by the stages' cue words in the transcript.

#include "qareviewrepository.h"
#include "scriptrepository.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace baton::store {

struct Adherence {
    QList<AdherenceMark> marks;  // each stage heard, at its first cue, in the order heard
    QStringList missing;         // stages with cue words none of which was heard, in script order
    QStringList outOfOrder;      // stages heard before a stage the script puts ahead of them
    int checkable = 0;           // stages that have cue words (a stage without any cannot be checked)

    // Stages heard in the script's order, out of those that can be checked (0–1; 1 when none can).
    double ratio() const { return checkable == 0 ? 1.0 : double(marks.size() - outOfOrder.size()) / checkable; }
};

// Case-insensitive, full-width and half-width letters and digits alike (NFKC), so "ＯＫ" matches
// a cue "ok". A stage's position is where the first of its cues occurs. When the transcript's
// lines name their speakers ("坐席：", "客户：", "机器人："), only the agent's lines count.
Adherence checkAdherence(const QString &transcript, const QList<ScriptStage> &stages);

}  // namespace baton::store
