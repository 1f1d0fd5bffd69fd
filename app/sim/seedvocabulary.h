#pragma once
// SeedVocabulary: the word lists the demo data generator (SeedData) draws from — surnames by
// their real frequency, given-name characters, provinces and cities, products, tags, dialogue
// lines per business and knowledge-base article templates. Data only; the drawing is SeedData's.

#include <QList>
#include <QString>
#include <QStringList>

namespace baton::sim {

struct Surname {
    QString hanzi;
    QString pinyin;
    int weight;  // per 10,000 people (2020 census, rounded)
};

struct Region {
    QString code;      // as routing rules name regions: "GD", "HK"
    QString province;  // 广东
    QStringList cities;
    int weight;        // share of customers
    int cantonese;     // percent who prefer Cantonese ("yue")
};

// Dialogue and wrap-up text for one business; a business the vocabulary does not know gets the
// generic entry.
struct BusinessText {
    QString business;
    QStringList agentLines;   // what the agent says while helping
    QStringList resolutions;  // one-line outcomes for summaries
    QStringList sms;          // messages sent; {brand}, {last4}, {amount}, {ticket}, {product}
    QStringList emailSubjects;
    QStringList notes;
};

// A family of knowledge-base articles. Titles and paragraphs hold slots ({card}, {app}, {days},
// {fee}, {limit}, {product}, {city}, {hotline}, {brand}) that are filled per article.
struct ArticleTopic {
    QString business;
    QStringList titles;
    QStringList intros;
    QStringList steps;  // the article's numbered steps, in order
    QStringList tags;
};

class SeedVocabulary {
public:
    static const QList<Surname> &surnames();
    static const QStringList &maleGivenCharacters();
    static const QStringList &femaleGivenCharacters();
    static const QStringList &maleEnglishNames();
    static const QStringList &femaleEnglishNames();
    static const QList<Region> &regions();
    static const QStringList &mobilePrefixes();
    static QString idCardPrefix(const QString &region);  // the id card's first two digits ("44" for GD)
    static QString areaCode(const QString &city);        // fixed-line area code, empty when not listed
    static const QStringList &subBranches();
    static const QStringList &products();        // in the order an attribute lists them
    static const QList<int> &productShares();     // percent of customers holding each product
    static const QStringList &dispositions();     // 已解决 first
    static const QStringList &closingLines();
    static const QList<BusinessText> &businessTexts();
    static const BusinessText &genericText();
    static const BusinessText &textFor(const QString &business);  // the generic text when unknown
    static const QList<ArticleTopic> &articleTopics();
    static const QStringList &articleCautions();
    static const QStringList &articleFees();
    // Values for the article slots.
    static const QStringList &cards();
    static const QStringList &apps();
    static const QStringList &wealthProducts();
};

}  // namespace baton::sim
