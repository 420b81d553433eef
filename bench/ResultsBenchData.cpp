#include "ResultsBenchData.h"

#include "ResultsWriter.h"
#include "SimBatch.h"

#include <QFile>

qint64 writeBenchResults(const QString &path, int rows, int errorPermille)
{
    SimBatch batch;
    batch.id = QStringLiteral("batch_bench");
    batch.provider = QStringLiteral("openai");
    batch.endpoint = QStringLiteral("/v1/chat/completions");
    batch.model = QStringLiteral("openai/gpt-4o-mini");
    batch.total = rows;
    batch.failPermille = errorPermille;
    batch.createdAt = 1760000000;
    const ResultsWriter writer(batch, 2024);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    QByteArray buffer;
    for (qint64 i = 0; i < rows; ++i) {
        buffer += batch.requestFails(i) ? writer.openAiErrorLine(i) : writer.openAiSuccessLine(i);
        if (buffer.size() > (4 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    return file.size();
}
