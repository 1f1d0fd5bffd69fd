// baton-bench-kb: knowledge search on a generated Chinese corpus.
//
//   baton-bench-kb [--articles N] [--db PATH] [--queries Q]
//
// Builds (or reuses, with --db) a knowledge base of N generated articles whose word
// frequencies follow a Zipf law, so some terms are in more than 10 % of the articles and most
// are rare; then runs a fixed query mix — very common terms, common, rare, 3- and 4-character
// words, mixed Chinese/Latin/digits, two-word queries — and prints p50/p95/max per kind and
// overall. Deterministic: the same N gives the same corpus and queries.
#include "database.h"
#include "knowledgebase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <map>

using namespace baton;

namespace {

// A vocabulary of two-, three- and four-character words built from common characters, plus
// Latin and digit terms, in Zipf order: word k is drawn with probability ∝ 1/(k+1).
QStringList vocabulary()
{
    const QString chars = QStringLiteral(
        "银行卡挂失补办退款到账信用分期手续费手机登录密码重置转账失败外币兑换网点预约投诉处理时限理财产品利率贷款房车保险"
        "账户余额查询明细短信提醒开通关闭额度调整积分兑换礼品年费减免还款逾期征信证明开户销户冻结解冻快捷支付绑定解绑");
    QStringList words;
    QRandomGenerator rng(2026);
    const QList<uint> cs = chars.toUcs4();
    auto ch = [&](int i) { return QString::fromUcs4(reinterpret_cast<const char32_t *>(&cs[i % cs.size()]), 1); };
    for (int i = 0; i + 1 < cs.size(); i += 2)
        words.append(ch(i) + ch(i + 1));  // the natural pairs: 银行, 卡挂, 失补…
    while (words.size() < 6000) {
        const int n = 2 + static_cast<int>(rng.bounded(3));
        QString w;
        for (int k = 0; k < n; ++k)
            w += ch(static_cast<int>(rng.bounded(static_cast<quint32>(cs.size()))));
        words.append(w);
    }
    for (const char *latin : {"5G", "iPhone", "App", "VIP", "ATM", "POS", "ETC", "Visa", "UnionPay", "2026"})
        words.insert(static_cast<qsizetype>(rng.bounded(200)), QString::fromLatin1(latin));
    return words;
}

class Zipf {
public:
    explicit Zipf(int n) : m_cdf(static_cast<std::size_t>(n))
    {
        double sum = 0;
        for (int k = 0; k < n; ++k)
            m_cdf[static_cast<std::size_t>(k)] = (sum += 1.0 / (k + 1));
        for (double &c : m_cdf)
            c /= sum;
    }
    int draw(QRandomGenerator &rng) const
    {
        return static_cast<int>(std::lower_bound(m_cdf.begin(), m_cdf.end(), rng.generateDouble()) - m_cdf.begin());
    }

private:
    std::vector<double> m_cdf;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Knowledge search benchmark on a generated Chinese corpus."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("articles"), QStringLiteral("Articles to generate (default 100000)."), QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database file to build or reuse (default: a temporary one), or postgresql://… (its articles are reused)."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("queries"), QStringLiteral("Queries per kind (default 50)."), QStringLiteral("q"), QStringLiteral("50")});
    parser.process(app);
    QTextStream out(stdout);
    bool ok = false;
    const int articles = parser.value(QStringLiteral("articles")).toInt(&ok);
    if (!ok || articles < 1000 || articles > 10'000'000) {
        QTextStream(stderr) << "baton-bench-kb: --articles must be 1000–10000000\n";
        return 2;
    }
    const int perKind = parser.value(QStringLiteral("queries")).toInt();
    QTemporaryDir tmp;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : tmp.filePath(QStringLiteral("kb.db"));
    bool reuse = QFileInfo::exists(path);
    auto db = store::Database::open(path, store::Database::Mode::Create);
    if (!db) {
        QTextStream(stderr) << "baton-bench-kb: " << db.error().message << "\n";
        return 1;
    }
    if ((*db)->isPostgres()) {
        // postgresql://…: reuse the articles already there.
        QSqlQuery q = (*db)->query();
        reuse = q.exec(QStringLiteral("SELECT count(*) FROM kb_articles")) && q.next() && q.value(0).toLongLong() > 0;
    }
    core::ManualClock clock;
    store::KnowledgeBase kb(**db, clock);
    const QStringList words = vocabulary();
    const Zipf zipf(static_cast<int>(words.size()));

    if (!reuse) {
        QElapsedTimer t;
        t.start();
        QRandomGenerator rng(7);
        constexpr int kBatch = 5000;
        for (int done = 0; done < articles; done += kBatch) {
            QList<store::Article> batch;
            for (int i = done; i < std::min(articles, done + kBatch); ++i) {
                store::Article a;
                for (int w = 0, n = 3 + static_cast<int>(rng.bounded(4)); w < n; ++w)
                    a.title += words[zipf.draw(rng)];
                for (int w = 0, n = 30 + static_cast<int>(rng.bounded(50)); w < n; ++w)
                    a.body += words[zipf.draw(rng)] + (rng.bounded(8) == 0 ? QStringLiteral("，") : QString());
                batch.append(a);
            }
            if (auto r = kb.addAll(batch); !r) {
                QTextStream(stderr) << "baton-bench-kb: " << r.error().message << "\n";
                return 1;
            }
        }
        if (auto s = kb.optimize(); !s) {
            QTextStream(stderr) << "baton-bench-kb: " << s.error().message << "\n";
            return 1;
        }
        out << QStringLiteral("built %1 articles in %2 s (%3 articles/s, index merged), %4 MB\n")
                   .arg(articles).arg(static_cast<double>(t.elapsed()) / 1000.0, 0, 'f', 1)
                   .arg(static_cast<double>(articles) * 1000.0 / std::max<qint64>(t.elapsed(), 1), 0, 'f', 0)
                   .arg(static_cast<double>(QFileInfo(path).size()) / 1e6, 0, 'f', 0);
        out.flush();
    }

    // The query mix, by kind; the first draws are the most frequent words.
    QRandomGenerator rng(11);
    std::map<QString, QStringList> kinds;
    for (int i = 0; i < perKind; ++i) {
        kinds[QStringLiteral("very common (top 10 words)")].append(words[static_cast<qsizetype>(i % 10)]);
        kinds[QStringLiteral("common (rank 10–100)")].append(words[10 + static_cast<qsizetype>(rng.bounded(90))]);
        kinds[QStringLiteral("rare (rank > 1000)")].append(words[1000 + static_cast<qsizetype>(rng.bounded(static_cast<quint32>(words.size() - 1000)))]);
        kinds[QStringLiteral("two words")].append(words[zipf.draw(rng)] + QLatin1Char(' ') + words[zipf.draw(rng)]);
        kinds[QStringLiteral("mixed Latin/CJK")].append(QStringLiteral("5G") + words[static_cast<qsizetype>(rng.bounded(50))]);
    }
    std::vector<double> all;
    out << QStringLiteral("%1 %2 %3 %4 %5\n").arg(QStringLiteral("query kind"), -28).arg(QStringLiteral("p50 ms"), 8)
               .arg(QStringLiteral("p95 ms"), 8).arg(QStringLiteral("max ms"), 8).arg(QStringLiteral("ranked"), 8);
    for (const auto &[kind, queries] : kinds) {
        std::vector<double> times;
        int ranked = 0;
        for (const QString &q : queries) {
            QElapsedTimer t;
            t.start();
            const auto r = kb.search(q, 10);
            times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            if (qEnvironmentVariableIsSet("BATON_BENCH_SLOW") && times.back() > qEnvironmentVariableIntValue("BATON_BENCH_SLOW"))
                QTextStream(stderr) << QStringLiteral("slow: %1 ms, %2 matches (counted up to %3): %4\n")
                                           .arg(times.back(), 0, 'f', 1)
                                           .arg(r ? r->estimatedMatches : -1)
                                           .arg(store::KnowledgeBase::kRankedLimit + 1)
                                           .arg(q);
            if (r && r->rankedByRelevance)
                ++ranked;
        }
        all.insert(all.end(), times.begin(), times.end());
        out << QStringLiteral("%1 %2 %3 %4 %5\n").arg(kind, -28).arg(percentile(times, 0.5), 8, 'f', 2).arg(percentile(times, 0.95), 8, 'f', 2)
                   .arg(percentile(times, 1.0), 8, 'f', 2).arg(QStringLiteral("%1/%2").arg(ranked).arg(queries.size()), 8);
    }
    out << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("all"), -28).arg(percentile(all, 0.5), 8, 'f', 2)
               .arg(percentile(all, 0.95), 8, 'f', 2).arg(percentile(all, 1.0), 8, 'f', 2);
    return 0;
}
