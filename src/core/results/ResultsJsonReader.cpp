#include "ResultsJsonReader.h"

#include <QCoreApplication>

#include "ResultLineParser.h"

#include "OnDemand.h"

using namespace simdjson;
using OnDemand::documentFullyRead;

namespace ResultsJsonReader {

namespace {

ApiError decodeError(const QString &what)
{
    return ApiError::make(ApiError::Kind::Decode, QStringLiteral("results"), what);
}

void readParseErrors(ondemand::value extra, QStringList *out)
{
    ondemand::object o;
    if (extra.get_object().get(o))
        return;
    for (auto field : o) {
        std::string_view key;
        if (field.unescaped_key().get(key) || key != "parse_errors")
            continue;
        ondemand::array list;
        if (field.value().get_array().get(list))
            return;
        for (auto item : list) {
            ondemand::object e;
            if (item.get_object().get(e))
                continue;
            std::string_view message;
            int64_t line = 0;
            for (auto f : e) {
                std::string_view k;
                if (f.unescaped_key().get(k))
                    break;
                if (k == "message") {
                    if (f.value().get_string().get(message))
                        message = {};
                } else if (k == "line") {
                    if (f.value().get_int64().get(line))
                        line = 0;
                }
            }
            out->append(line > 0 ? QCoreApplication::translate("ResultsJsonReader", "line %1: %2").arg(line).arg(QString::fromUtf8(message.data(), message.size()))
                                 : QString::fromUtf8(message.data(), message.size()));
        }
    }
}

} // namespace

bool scan(const char *data, qint64 size, qint64 capacity, const std::function<bool(const Element &)> &element,
          Summary *summary, ApiError *error)
{
    try {
        ondemand::parser parser;
        ondemand::document doc;
        if (auto e = parser.iterate(data, size_t(size), size_t(capacity)).get(doc)) {
            *error = decodeError(QCoreApplication::translate("ResultsJsonReader", "the results are not JSON (%1)").arg(QString::fromUtf8(error_message(e))));
            return false;
        }
        ondemand::object root;
        if (auto e = doc.get_object().get(root)) {
            *error = decodeError(QCoreApplication::translate("ResultsJsonReader", "the results are not a JSON object (%1)").arg(QString::fromUtf8(error_message(e))));
            return false;
        }
        bool sawResults = false;
        for (auto field : root) {
            std::string_view key;
            if (auto e = field.unescaped_key().get(key)) {
                *error = decodeError(QCoreApplication::translate("ResultsJsonReader", "malformed results (%1)").arg(QString::fromUtf8(error_message(e))));
                return false;
            }
            if (key == "results") {
                ondemand::value value;
                if (field.value().get(value))
                    continue;
                if (value.is_null())
                    continue;
                ondemand::array array;
                if (value.get_array().get(array)) {
                    *error = decodeError(QCoreApplication::translate("ResultsJsonReader", "\"results\" is not an array"));
                    return false;
                }
                sawResults = true;
                for (auto item : array) {
                    ondemand::value v;
                    if (auto e = item.get(v)) {
                        *error = decodeError(QCoreApplication::translate("ResultsJsonReader", "malformed results array (%1)").arg(QString::fromUtf8(error_message(e))));
                        return false;
                    }
                    std::string_view raw;
                    ondemand::json_type type;
                    if (v.type().get(type))
                        return false;
                    if (type == ondemand::json_type::object) {
                        ondemand::object o;
                        if (v.get_object().get(o) || o.raw_json().get(raw)) {
                            *error = decodeError(QCoreApplication::translate("ResultsJsonReader", "malformed result element"));
                            return false;
                        }
                    } else {
                        raw = v.raw_json_token();
                    }
                    if (!element({qint64(raw.data() - data), qint64(raw.size())}))
                        return true;
                }
            } else if (key == "has_more") {
                bool more = false;
                if (!field.value().get_bool().get(more))
                    summary->hasMore = more;
            } else if (key == "next_cursor") {
                std::string_view cursor;
                if (!field.value().get_string().get(cursor))
                    summary->nextCursor = QString::fromUtf8(cursor.data(), qsizetype(cursor.size()));
            } else if (key == "extra_fields") {
                ondemand::value extra;
                if (!field.value().get(extra))
                    readParseErrors(extra, &summary->parseErrors);
            }
        }
        if (!documentFullyRead(doc)) {
            *error = decodeError(QCoreApplication::translate("ResultsJsonReader", "the results document is cut off or malformed"));
            return false;
        }
        if (!sawResults)
            summary->parseErrors.append(QCoreApplication::translate("ResultsJsonReader", "the answer has no \"results\" array"));
        return true;
    } catch (const std::exception &e) {
        *error = decodeError(QString::fromUtf8(e.what()));
        return false;
    }
}

} // namespace ResultsJsonReader
