// The parsing code of one kernel. Included by KernelFallback.cpp and
// KernelForTarget.inl inside a namespace of its own, inside the kernel's
// instruction-set region, after
// `namespace od = simdjson::<kernel>::ondemand;`. Standard types only; no
// #include here: everything it uses is declared before the region opens.

// simdjson 3.0 has no document::at_end(): the location is OUT_OF_BOUNDS once every token was read.
inline bool documentFullyRead(od::document &doc)
{
    const char *location = nullptr;
    return doc.current_location().get(location) == simdjson::OUT_OF_BOUNDS;
}

// Calls `f(key, field)` for each field of an object value; false when `v` is not
// an object or its fields cannot be read (the walk stops quietly there).
template<typename F>
bool forEachField(od::value v, F f)
{
    od::object o;
    if (v.get_object().get(o))
        return false;
    for (auto field : o) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return false;
        f(key, field);
    }
    return true;
}

inline bool isNull(od::value &v)
{
    bool null = false;
    return !v.is_null().get(null) && null;
}

inline std::string_view trimTrailingSpace(std::string_view token)
{
    while (!token.empty()
           && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
        token.remove_suffix(1);
    return token;
}

// Reads a string value; numbers are accepted and kept as their text.
inline bool readText(od::value v, std::string *out)
{
    od::json_type type;
    if (v.type().get(type))
        return false;
    if (type == od::json_type::string) {
        std::string_view s;
        if (v.get_string().get(s))
            return false;
        out->assign(s);
        return true;
    }
    if (type == od::json_type::number) {
        out->assign(trimTrailingSpace(v.raw_json_token()));
        return true;
    }
    return false;
}

inline bool readInt(od::value v, int64_t *out)
{
    int64_t i = 0;
    if (!v.get_int64().get(i)) {
        *out = i;
        return true;
    }
    double d = 0;
    if (!v.get_double().get(d) && d >= -9.2e18 && d <= 9.2e18) {
        *out = int64_t(d);
        return true;
    }
    return false;
}

inline bool rawOf(od::value v, std::string_view *out)
{
    od::json_type type;
    if (v.type().get(type))
        return false;
    if (type == od::json_type::object) {
        od::object o;
        return !v.get_object().get(o) && !o.raw_json().get(*out);
    }
    if (type == od::json_type::array) {
        od::array a;
        return !v.get_array().get(a) && !a.raw_json().get(*out);
    }
    *out = v.raw_json_token();
    return true;
}

// usage: {prompt_tokens|input_tokens, completion_tokens|output_tokens}
inline void readUsage(od::value v, ResultFields *out)
{
    forEachField(v, [&](std::string_view key, auto &field) {
        int64_t n = 0;
        if (key == "prompt_tokens" || key == "input_tokens") {
            if (readInt(field.value(), &n))
                out->inputTokens = n;
        } else if (key == "completion_tokens" || key == "output_tokens") {
            if (readInt(field.value(), &n))
                out->outputTokens = n;
        }
    });
}

// {code|type, message, type} as found in error objects of several shapes.
inline void readErrorObject(od::value v, std::string *code, std::string *message, std::string *type, bool full)
{
    forEachField(v, [&](std::string_view key, auto &field) {
        if (key == "code") {
            od::value value;
            if (!field.value().get(value) && !isNull(value))
                readText(value, code);
        } else if (key == "message" && full) {
            readText(field.value(), message);
        } else if (key == "type" && type) {
            readText(field.value(), type);
        }
    });
}

// A response body or an Anthropic message: model, usage and an error object.
inline void readBodyFields(od::object o, ResultFields *out, LineWalk *walk)
{
    for (auto field : o) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return;
        if (key == "usage") {
            readUsage(field.value(), out);
        } else if (key == "model" && walk->full) {
            readText(field.value(), &out->model);
        } else if (key == "error") {
            od::value value;
            if (!field.value().get(value) && !isNull(value))
                readErrorObject(value, &walk->bodyErrorCode, &walk->bodyErrorMessage, &walk->bodyErrorType, walk->full);
        }
    }
}

inline bool walkBody(od::value v, ResultFields *out, LineWalk *walk)
{
    od::object o;
    if (v.get_object().get(o))
        return false;
    std::string_view raw;
    if (!o.raw_json().get(raw)) {
        out->bodyRaw = raw;
        // raw_json() leaves the object consumed; reset it to read the fields.
        if (o.reset().error())
            return false;
    }
    readBodyFields(o, out, walk);
    return true;
}

inline void walkResponse(od::value v, ResultFields *out, LineWalk *walk)
{
    if (isNull(v))
        return;
    od::json_type type;
    if (v.type().get(type) || type != od::json_type::object)
        return;
    walk->hasResponse = true;
    forEachField(v, [&](std::string_view key, auto &field) {
        if (key == "status_code") {
            int64_t n = 0;
            if (readInt(field.value(), &n) && n >= 0 && n < 1000)
                out->statusCode = int(n);
        } else if (key == "request_id" && walk->full) {
            readText(field.value(), &out->requestId);
        } else if (key == "body") {
            od::value body;
            if (!field.value().get(body) && !isNull(body)) {
                od::json_type bodyType;
                if (!body.type().get(bodyType) && bodyType == od::json_type::object)
                    walkBody(body, out, walk);
                else
                    rawOf(body, &out->bodyRaw);
            }
        }
    });
}

// Anthropic's result: {type, message} or {type:"errored", error:{type:"error", error:{type, message}}}.
inline void walkAnthropicError(od::value v, LineWalk *walk)
{
    forEachField(v, [&](std::string_view key, auto &field) {
        if (key == "error") {
            od::value inner;
            if (!field.value().get(inner) && !isNull(inner))
                readErrorObject(inner, &walk->bodyErrorCode, &walk->nestedErrorMessage, &walk->nestedErrorType, true);
        } else if (key == "type") {
            std::string type;
            if (readText(field.value(), &type) && type != "error")
                walk->nestedErrorType = type;
        } else if (key == "message") {
            readText(field.value(), &walk->nestedErrorMessage);
        }
    });
}

inline void walkResult(od::value v, ResultFields *out, LineWalk *walk)
{
    forEachField(v, [&](std::string_view key, auto &field) {
        if (key == "type") {
            readText(field.value(), &walk->resultType);
        } else if (key == "message") {
            od::value message;
            if (!field.value().get(message) && !isNull(message))
                walkBody(message, out, walk);
        } else if (key == "error") {
            od::value error;
            if (!field.value().get(error) && !isNull(error))
                walkAnthropicError(error, walk);
        }
    });
}

inline bool walkLine(od::document &doc, ResultFields *out, LineWalk *walk, std::string *error)
{
    od::object root;
    if (auto e = doc.get_object().get(root)) {
        *error = simdjson::error_message(e);
        return false;
    }
    for (auto field : root) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key)) {
            *error = simdjson::error_message(e);
            return false;
        }
        od::value value;
        if (auto e = field.value().get(value)) {
            *error = simdjson::error_message(e);
            return false;
        }
        if (key == "custom_id") {
            if (!isNull(value)) {
                out->customIdRaw = value.raw_json_token();
                readText(value, &out->customId);
            }
        } else if (key == "response") {
            walkResponse(value, out, walk);
        } else if (key == "result") {
            if (!isNull(value))
                walkResult(value, out, walk);
        } else if (key == "error") {
            if (!isNull(value)) {
                od::json_type type;
                if (!value.type().get(type) && type == od::json_type::object) {
                    walk->hasTopError = true;
                    readErrorObject(value, &walk->topErrorCode, &walk->topErrorMessage, nullptr, true);
                }
            }
        }
    }
    // The loop stops quietly on a broken structure; make sure all of the line was read.
    if (!documentFullyRead(doc)) {
        *error = "the line does not end where its JSON object ends";
        return false;
    }
    out->customIdRaw = trimTrailingSpace(out->customIdRaw);
    return true;
}

class KernelLineParser final : public LineParser
{
public:
    // flatten: simdjson_inline is plain `inline` in the target regions (see KernelHaswell.cpp),
    // so the compiler is told here to inline the on-demand calls into this hot function.
    __attribute__((flatten)) bool walk(const char *data, size_t len, size_t capacity, ResultFields *out, LineWalk *walk,
                                       std::string *error) override
    {
        try {
            od::document doc;
            if (auto e = m_parser.iterate(data, len, capacity).get(doc)) {
                *error = simdjson::error_message(e);
                return false;
            }
            return walkLine(doc, out, walk, error);
        } catch (const std::exception &e) { // defensive: the error-code API should never throw
            *error = e.what();
            return false;
        }
    }

private:
    od::parser m_parser;
};

inline std::unique_ptr<LineParser> makeLineParser()
{
    return std::make_unique<KernelLineParser>();
}

// {"extra_fields":{"parse_errors":[{"line":3,"message":"…"}]}}
inline void readParseErrors(od::value extra, ResultsDocument *document)
{
    od::object o;
    if (extra.get_object().get(o))
        return;
    for (auto field : o) {
        std::string_view key;
        if (field.unescaped_key().get(key) || key != "parse_errors")
            continue;
        od::array list;
        if (field.value().get_array().get(list))
            return;
        for (auto item : list) {
            od::object e;
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
            document->parseErrors.emplace_back(line, std::string(message));
        }
    }
}

inline ScanOutcome scanFailure(ScanFailure failure, simdjson::error_code e = simdjson::SUCCESS)
{
    return {failure, e == simdjson::SUCCESS ? std::string() : std::string(simdjson::error_message(e))};
}

inline ScanOutcome scanResultsDocument(const char *data, size_t len, size_t capacity, const ElementSink &element,
                                       ResultsDocument *document)
{
    try {
        od::parser parser;
        od::document doc;
        if (auto e = parser.iterate(data, len, capacity).get(doc))
            return scanFailure(ScanFailure::NotJson, e);
        od::object root;
        if (auto e = doc.get_object().get(root))
            return scanFailure(ScanFailure::NotObject, e);
        for (auto field : root) {
            std::string_view key;
            if (auto e = field.unescaped_key().get(key))
                return scanFailure(ScanFailure::Malformed, e);
            if (key == "results") {
                od::value value;
                if (field.value().get(value) || isNull(value))
                    continue;
                od::array array;
                if (value.get_array().get(array))
                    return scanFailure(ScanFailure::ResultsNotArray);
                document->sawResults = true;
                for (auto item : array) {
                    od::value v;
                    if (auto e = item.get(v))
                        return scanFailure(ScanFailure::MalformedArray, e);
                    std::string_view raw;
                    od::json_type type;
                    if (auto e = v.type().get(type))
                        return scanFailure(ScanFailure::MalformedElement, e);
                    if (type == od::json_type::object) {
                        od::object o;
                        if (v.get_object().get(o) || o.raw_json().get(raw))
                            return scanFailure(ScanFailure::MalformedElement);
                    } else {
                        raw = trimTrailingSpace(v.raw_json_token());
                    }
                    if (!element(int64_t(raw.data() - data), int64_t(raw.size())))
                        return {};
                }
            } else if (key == "has_more") {
                bool more = false;
                if (!field.value().get_bool().get(more))
                    document->hasMore = more;
            } else if (key == "next_cursor") {
                std::string_view cursor;
                if (!field.value().get_string().get(cursor))
                    document->nextCursor.assign(cursor);
            } else if (key == "extra_fields") {
                od::value extra;
                if (!field.value().get(extra))
                    readParseErrors(extra, document);
            }
        }
        if (!documentFullyRead(doc))
            return scanFailure(ScanFailure::CutOff);
        return {};
    } catch (const std::exception &e) {
        return {ScanFailure::Exception, e.what()};
    }
}
