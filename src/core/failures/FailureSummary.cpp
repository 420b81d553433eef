#include "FailureSummary.h"

#include "results/ResultLineParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace {
constexpr int kCancelCheckEvery = 1024;
// Longer messages are cut before grouping: a pattern is a label, not a record.
constexpr int kPatternLength = 240;

struct Key
{
    int status;
    QString code;
    QString pattern;
    bool operator==(const Key &o) const { return status == o.status && code == o.code && pattern == o.pattern; }
};
size_t qHash(const Key &k, size_t seed = 0)
{
    return qHashMulti(seed, k.status, k.code, k.pattern);
}
} // namespace

QString FailureSummary::pattern(const QString &message)
{
    // Built once; QRegularExpression is thread-safe for matching.
    static const QRegularExpression quoted(QStringLiteral(R"((^|[\s(\[{:=,])(['"`])[^'"`]*\2)"));
    static const QRegularExpression uuid(
        QStringLiteral(R"(\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b)"));
    // A word that mixes letters and digits (req_8f2a, batch_abc123, sk-…) or a long hex run.
    static const QRegularExpression id(
        QStringLiteral(R"(\b(?=[A-Za-z0-9_\-]*[0-9])(?=[A-Za-z0-9_\-]*[A-Za-z])[A-Za-z0-9_\-]{6,}\b)"));
    static const QRegularExpression number(QStringLiteral(R"(\d+(?:[.,]\d+)*)"));
    static const QRegularExpression spaces(QStringLiteral(R"(\s+)"));
    QString text = message.left(kPatternLength * 2);
    text.replace(quoted, QStringLiteral("\\1\\2…\\2"));
    text.replace(uuid, QStringLiteral("<id>"));
    text.replace(id, QStringLiteral("<id>"));
    text.replace(number, QStringLiteral("<n>"));
    text.replace(spaces, QStringLiteral(" "));
    return text.trimmed().left(kPatternLength);
}

QList<FailureGroup> FailureSummary::build(const ResultIndex &index, const std::atomic_bool *cancel)
{
    ResultLineParser parser; // one per call: decodeWith() is safe off the GUI thread
    QHash<Key, int> groupOf;
    QList<FailureGroup> groups;
    for (int row = 0; row < index.rowCount(); ++row) {
        if (cancel && row % kCancelCheckEvery == 0 && cancel->load(std::memory_order_relaxed))
            return {};
        if (index.outcome(row) != ResultOutcome::Errored)
            continue;
        const ResultRow r = index.decodeWith(parser, row);
        const QString code = !r.errorCode.isEmpty() ? r.errorCode : r.errorType;
        const Key key{r.statusCode, code, pattern(r.errorMessage)};
        auto it = groupOf.find(key);
        if (it == groupOf.end()) {
            it = groupOf.insert(key, int(groups.size()));
            FailureGroup g;
            g.statusCode = key.status;
            g.code = key.code;
            g.pattern = key.pattern;
            g.exampleCustomId = r.customId;
            groups.append(std::move(g));
        }
        groups[it.value()].rows.push_back(row);
    }
    // Most common first; ties by status, then code, so the order is stable.
    std::stable_sort(groups.begin(), groups.end(), [](const FailureGroup &a, const FailureGroup &b) {
        if (a.count() != b.count())
            return a.count() > b.count();
        if (a.statusCode != b.statusCode)
            return a.statusCode < b.statusCode;
        return a.code < b.code;
    });
    return groups;
}

QString FailureSummary::label(const FailureGroup &group)
{
    if (group.statusCode > 0 && !group.code.isEmpty())
        return QStringLiteral("%1 %2").arg(group.statusCode).arg(group.code);
    if (group.statusCode > 0)
        return QCoreApplication::translate("FailureSummary", "HTTP %1").arg(group.statusCode);
    if (!group.code.isEmpty())
        return group.code;
    return QCoreApplication::translate("FailureSummary", "no error code");
}

QString FailureSummary::headline(const QList<FailureGroup> &groups, int groupsNamed)
{
    qint64 total = 0;
    for (const FailureGroup &g : groups)
        total += g.count();
    if (total == 0)
        return QString();
    const QLocale locale;
    QStringList parts;
    qint64 named = 0;
    for (int i = 0; i < groups.size() && i < groupsNamed; ++i) {
        parts << QCoreApplication::translate("FailureSummary", "%1 × %2")
                     .arg(locale.toString(groups.at(i).count()), label(groups.at(i)));
        named += groups.at(i).count();
    }
    if (named < total)
        parts << QCoreApplication::translate("FailureSummary", "%1 other").arg(locale.toString(total - named));
    return QCoreApplication::translate("FailureSummary", "%1 failed: %2")
        .arg(locale.toString(total), parts.join(QStringLiteral(", ")));
}
