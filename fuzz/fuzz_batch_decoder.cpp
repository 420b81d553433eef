// The batch decoder on any bytes a server could send: single batch objects and
// listing pages, in the gateway's (and OpenAI's) shape and in Anthropic's.
// The first byte picks the shape; the rest is the body.
#include "FuzzCheck.h"
#include "model/StatusCategory.h"
#include "json/AnthropicMapping.h"
#include "json/BatchDecoder.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int shape = data[0] % 4;
    const QJsonDocument doc
        = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    if (!doc.isObject())
        return 0;
    const QJsonObject object = doc.object();
    QStringList warnings;
    QList<Batch> batches;
    switch (shape) {
    case 0:
        batches << BatchDecoder::decodeBatch(object, QStringLiteral("openai"), &warnings);
        break;
    case 1: {
        const BatchPage page = BatchDecoder::decodePage(object, QStringLiteral("bedrock"), &warnings);
        batches = page.batches;
        break;
    }
    case 2:
        batches << AnthropicMapping::decodeBatch(object, QStringLiteral("anthropic"), &warnings);
        break;
    default: {
        const BatchPage page = AnthropicMapping::decodePage(object, &warnings);
        batches = page.batches;
        break;
    }
    }
    for (const Batch &b : std::as_const(batches)) {
        // What the table and the details pane read of every batch.
        (void)b.key();
        (void)StatusCategory::of(b);
        (void)StatusCategory::countsText(b);
        (void)StatusCategory::outcomeText(b);
        const double fraction = b.counts.fraction();
        FUZZ_CHECK(!(fraction < 0.0) && !(fraction > 1.0), "progress stays within 0..1");
        FUZZ_CHECK(b.counts.remaining() >= 0, "remaining requests are never negative");
        FUZZ_CHECK(!b.provider.isEmpty(), "a decoded batch always has a provider");
    }
    return 0;
}
