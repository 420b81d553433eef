#include "ChainLink.h"

#include "model/Batch.h"

#include <QCoreApplication>

namespace {
const QString kRetryOf = QStringLiteral("bc_retry_of");
const QString kChain = QStringLiteral("bc_chain");
const QString kAttempt = QStringLiteral("bc_attempt");
const QString kGroup = QStringLiteral("bc_group");
const QString kPart = QStringLiteral("bc_part");

QString tr(const char *text)
{
    return QCoreApplication::translate("ChainMetadata", text);
}
} // namespace

ChainLink ChainLink::fromMetadata(const QMap<QString, QString> &metadata)
{
    ChainLink link;
    link.retryOf = metadata.value(kRetryOf);
    link.chain = metadata.value(kChain);
    bool ok = false;
    const int attempt = metadata.value(kAttempt).toInt(&ok);
    link.attempt = ok && attempt >= 1 ? attempt : 1;
    if (link.chain.isEmpty() && !link.retryOf.isEmpty())
        link.chain = link.retryOf; // a chain key lost to a limit: the retried batch still leads somewhere
    link.group = metadata.value(kGroup);
    const QStringList part = metadata.value(kPart).split(QLatin1Char('/'));
    if (part.size() == 2) {
        bool partOk = false, partsOk = false;
        const int k = part.at(0).toInt(&partOk);
        const int n = part.at(1).toInt(&partsOk);
        if (partOk && partsOk && k >= 1 && k <= n) {
            link.part = k;
            link.parts = n;
        }
    }
    return link;
}

ChainLink ChainLink::of(const Batch &batch)
{
    return fromMetadata(batch.metadata);
}

QMap<QString, QString> ChainLink::toMetadata() const
{
    QMap<QString, QString> m;
    if (!retryOf.isEmpty())
        m.insert(kRetryOf, retryOf);
    if (!chain.isEmpty()) {
        m.insert(kChain, chain);
        m.insert(kAttempt, QString::number(attempt));
    }
    if (!group.isEmpty()) {
        m.insert(kGroup, group);
        m.insert(kPart, QStringLiteral("%1/%2").arg(part).arg(parts));
    }
    return m;
}

ChainLink ChainLink::nextAttemptOf(const Batch &batch)
{
    const ChainLink previous = of(batch);
    ChainLink link;
    link.retryOf = batch.id;
    link.chain = previous.inChain() ? previous.chain : batch.id;
    link.attempt = previous.attempt + 1;
    // A retry of a part stays in its group: the group's merged view finds it through its chain.
    return link;
}

ChainLink ChainLink::partOf(const QString &group, int part, int parts)
{
    ChainLink link;
    link.group = group;
    link.part = part;
    link.parts = parts;
    return link;
}

ChainMetadata::Outcome ChainMetadata::compose(const ChainLink &link, const QMap<QString, QString> &userGiven,
                                              const QMap<QString, QString> &carried)
{
    Outcome out;
    out.metadata = link.toMetadata();
    for (auto it = userGiven.cbegin(); it != userGiven.cend(); ++it) {
        if (isChainKey(it.key())) {
            out.notes << tr("the key \"%1\" is reserved for the retry chain; it was left out").arg(it.key());
            continue;
        }
        if (it.key().size() > kMaxKeyLength) {
            out.notes << tr("the key \"%1…\" is longer than %2 characters").arg(it.key().left(20)).arg(kMaxKeyLength);
            out.ok = false;
            continue;
        }
        if (it.value().size() > kMaxValueLength) {
            out.notes << tr("the value of \"%1\" is longer than %2 characters").arg(it.key()).arg(kMaxValueLength);
            out.ok = false;
            continue;
        }
        if (out.metadata.size() >= kMaxPairs) {
            out.notes << tr("\"%1\" does not fit: the provider allows %2 metadata pairs, %3 of them for the chain")
                             .arg(it.key())
                             .arg(kMaxPairs)
                             .arg(link.toMetadata().size());
            out.ok = false;
            continue;
        }
        out.metadata.insert(it.key(), it.value());
    }
    QStringList leftBehind;
    for (auto it = carried.cbegin(); it != carried.cend(); ++it) {
        if (isChainKey(it.key()) || out.metadata.contains(it.key()) || userGiven.contains(it.key()))
            continue;
        if (out.metadata.size() >= kMaxPairs || it.key().size() > kMaxKeyLength
            || it.value().size() > kMaxValueLength) {
            leftBehind << it.key();
            continue;
        }
        out.metadata.insert(it.key(), it.value());
    }
    if (!leftBehind.isEmpty())
        out.notes << tr("not carried over from the retried batch (the provider allows %1 metadata pairs): %2")
                         .arg(kMaxPairs)
                         .arg(leftBehind.join(QStringLiteral(", ")));
    return out;
}
