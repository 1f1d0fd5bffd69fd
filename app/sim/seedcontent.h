#pragma once
// SeedContent: the written material of a demo site — knowledge-base articles built from topic
// templates and vocabulary, and call-script stages per business in zh_CN with the placeholders
// the desktop fills ({customer.name}, {agent.name}, {customer.level}, {attr.product}).

#include "demotraffic.h"
#include "interactionrepository.h"
#include "knowledgebase.h"
#include "scriptrepository.h"
#include "seedrandom.h"

namespace baton::sim {

class SeedContent {
public:
    // `count` articles with distinct titles. The first ones go through every topic in turn, so
    // even a small knowledge base covers every business.
    static QList<store::Article> articles(int count, SeedRandom &rng, const QString &brand);

    // Fills an interaction's transcript and summary: a call or chat (with the bot's hand-over
    // for some online ones), an e-mail and its reply, or a text message. The channel, business,
    // agent and transfer chain are already set; `agentName` is empty when nobody served it.
    static void converse(store::Interaction &interaction, const Corpus &corpus, const QString &brand, const QString &customerName,
                         const QString &agentName, SeedRandom &rng);

    // The stages of a business's script. `cues` are the words the bot or the agent would hear
    // for this business (the corpus keywords); `soothe` are the words of an upset customer.
    // `premiumLevels` are the values of the level attribute that deserve a premium offer.
    // Complaints get a soothing stage instead of an upsell. `revision` > 1 words some stages
    // differently, as a trainer's later edit would.
    static QList<store::ScriptStage> stages(const QString &business, const QStringList &cues, const QStringList &soothe,
                                            const QStringList &premiumLevels, int revision = 1);
    // The welcome of a VIP desk's script, for any business.
    static QList<store::ScriptStage> vipStages(const QStringList &premiumLevels);
};

}  // namespace baton::sim
