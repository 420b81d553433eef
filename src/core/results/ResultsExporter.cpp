#include "ResultsExporter.h"

#include "json/ResultEncoder.h"

#include <QCoreApplication>

#include <QFileInfo>
#include <QSaveFile>

namespace {

constexpr qint64 kBuffer = 4 << 20;

struct Writer
{
    explicit Writer(QIODevice &f)
        : file(f)
    { }
    QIODevice &file;
    QByteArray buffer;
    qint64 written = 0;
    bool failed = false;

    void add(const char *data, qint64 size)
    {
        if (size > kBuffer) {
            flush();
            put(data, size);
            return;
        }
        if (buffer.size() + size > kBuffer)
            flush();
        buffer.append(data, qsizetype(size));
    }
    void flush()
    {
        put(buffer.constData(), buffer.size());
        buffer.clear();
    }
    void put(const char *data, qint64 size)
    {
        if (failed || size == 0)
            return;
        if (file.write(data, size) != size)
            failed = true;
        written += size;
    }
};

bool everySourceIsJsonl(const ResultIndex &index)
{
    for (const ResultIndex::Source &s : index.sources()) {
        if (s.format != ResultIndex::SourceFormat::Jsonl)
            return false;
    }
    return true;
}

} // namespace

std::vector<int> ResultsExporter::rowsWhere(const ResultIndex &index, const QString &only)
{
    std::vector<int> rows;
    rows.reserve(size_t(index.rowCount()));
    for (int row = 0; row < index.rowCount(); ++row) {
        const bool succeeded = index.outcome(row) == ResultOutcome::Succeeded;
        if (only.isEmpty() || (only == u"succeeded") == succeeded)
            rows.push_back(row);
    }
    return rows;
}

ResultsExporter::Outcome ResultsExporter::write(const ResultIndex &index, const std::vector<int> *rows, Format format,
                                                const QString &path, const Progress &progress,
                                                const std::atomic_bool *cancel)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Outcome out;
        out.error = QCoreApplication::translate("ResultsExporter", "cannot write %1: %2").arg(path, file.errorString());
        return out;
    }
    Outcome out = writeTo(index, rows, format, &file, progress, cancel);
    if (!out.ok) {
        // All or nothing: a failed or cancelled export leaves the target as it was.
        file.cancelWriting();
        return out;
    }
    if (!file.commit()) {
        out.ok = false;
        out.error = QCoreApplication::translate("ResultsExporter", "cannot save %1: %2").arg(path, file.errorString());
    }
    return out;
}

ResultsExporter::Outcome ResultsExporter::writeTo(const ResultIndex &index, const std::vector<int> *rows, Format format,
                                                  QIODevice *device, const Progress &progress,
                                                  const std::atomic_bool *cancel)
{
    Outcome out;
    Writer writer(*device);
    const qint64 total = rows ? qint64(rows->size()) : index.rowCount();
    auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };

    if (!rows && format == Format::AsReceived && everySourceIsJsonl(index)) {
        // Everything as received: the downloaded files themselves, byte for byte.
        for (const ResultIndex::Source &s : index.sources()) {
            QFile in(s.path);
            if (!in.open(QIODevice::ReadOnly)) {
                out.error = QCoreApplication::translate("ResultsExporter", "cannot read %1: %2")
                                .arg(s.path, in.errorString());
                return out;
            }
            QByteArray chunk(qsizetype(kBuffer), Qt::Uninitialized);
            qint64 left = s.dataSize;
            while (left > 0 && !writer.failed) {
                if (cancelled()) {
                    out.cancelled = true;
                    return out;
                }
                const qint64 n = in.read(chunk.data(), qMin<qint64>(kBuffer, left));
                if (n <= 0)
                    break;
                writer.put(chunk.constData(), n);
                left -= n;
                if (progress)
                    progress(qint64(double(total) * double(s.dataSize - left) / double(qMax<qint64>(1, s.dataSize))),
                             total);
            }
            // Files from different sources meet on a line boundary.
            if (s.dataSize > 0 && writer.written > 0) {
                char last = 0;
                in.seek(s.dataSize - 1);
                in.getChar(&last);
                if (last != '\n' && &s != &index.sources().constLast())
                    writer.put("\n", 1);
            }
        }
        out.rows = total;
    } else {
        ResultLineParser parser;
        for (qint64 i = 0; i < total && !writer.failed; ++i) {
            if ((i & 1023) == 0) {
                if (cancelled()) {
                    out.cancelled = true;
                    return out;
                }
                if (progress)
                    progress(i, total);
            }
            const int row = rows ? (*rows)[size_t(i)] : int(i);
            if (format == Format::AsReceived) {
                const QByteArrayView raw = index.rawRow(row);
                writer.add(raw.data(), raw.size());
            } else {
                const QByteArray line = ResultEncoder::toNormalizedJson(index.decodeWith(parser, row));
                writer.add(line.constData(), line.size());
            }
            writer.add("\n", 1);
        }
        writer.flush();
        out.rows = total;
    }
    if (writer.failed) {
        const auto *file = qobject_cast<QFileDevice *>(device);
        const QString name = file && !file->fileName().isEmpty()
                                 ? file->fileName()
                                 : QCoreApplication::translate("ResultsExporter", "standard output");
        out.error
            = QCoreApplication::translate("ResultsExporter", "cannot write %1: %2").arg(name, device->errorString());
        return out;
    }
    if (progress)
        progress(total, total);
    out.ok = true;
    out.bytes = writer.written;
    return out;
}
