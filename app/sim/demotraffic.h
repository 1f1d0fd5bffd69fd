#pragma once
// DemoTraffic: contacts that look like a real hand-over, for demos — a Chinese name and a phone
// number, the IVR path taken (1 账户服务 → 2 挂失), the bot conversation and the keywords the bot
// recognised — drawn from a corpus shipped in resources/demo/corpus.json. The routing part of
// each contact (channel, business, level, entry) comes from a scenario entry, so demos use the
// same traffic models as the simulations.

#include "contactrequest.h"
#include "scenario.h"

#include <QHash>
#include <QRandomGenerator>
#include <QStringList>

namespace baton::sim {

struct DemoContact {
    core::ContactRequest request;
    QString phone;               // E.164
    QStringList ivrPath;
    QStringList transcript;      // "机器人：…" / "客户：…" lines
    QStringList keywords;
    bool identityVerified = false;
    QString callbackNumber;
};

struct Corpus {
    struct Business {
        QString label;
        QList<QStringList> ivrPaths;
        QStringList utterances;
        QStringList keywords;
    };
    QStringList surnames;
    QStringList givenNames;
    QString botGreeting;
    QString botHandover;
    QHash<QString, Business> businesses;
    QStringList negativeWords;

    static core::Result<Corpus> parse(const QByteArray &json);
};

class DemoTraffic {
public:
    DemoTraffic(Corpus corpus, quint32 seed) : m_corpus(std::move(corpus)), m_rng(seed) {}

    // A contact from this scenario entry; customers are drawn from a population of `customers`
    // so that some call again.
    DemoContact next(const Entry &entry, int customers = 2000);

private:
    QString pickOne(const QStringList &list);

    Corpus m_corpus;
    QRandomGenerator m_rng;
    QHash<int, QString> m_names;  // the same customer keeps their name
};

}  // namespace baton::sim
