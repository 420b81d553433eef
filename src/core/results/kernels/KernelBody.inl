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

// The walk reads every value of a line exactly once, the fields it keeps and
// the ones it does not, so that the structure is checked everywhere: the
// on-demand API checks the commas, colons and brackets after a value it has
// read, not after one it skips (a skipped `"model":"":}` passes). A line is
// therefore a row, or unparsable, the same way at every depth and in every view.
// Every function below consumes the value it is given, or returns the error.
using Error = simdjson::error_code;
constexpr Error kOk = simdjson::SUCCESS;
// flatten has the compiler inline the whole on-demand API into the hot functions
// (simdjson_inline is plain `inline` in the target regions). Not in sanitizer
// builds: instrumented and flattened, one kernel takes GCC many minutes.
#if defined(__SANITIZE_ADDRESS__)
#define KERNEL_FLATTEN
#else
#define KERNEL_FLATTEN __attribute__((flatten))
#endif

// Deeper than any answer we know; stops a hostile line from exhausting the stack.
constexpr int kMaxDepth = 256;

// Consumes any value, checking its structure; scalars are read the cheapest way
// that consumes them (strings are not unescaped: stage 1 checked quotes and UTF-8).
inline Error checkElements(od::array &a, int depth);

KERNEL_FLATTEN inline Error checkValue(od::value v, int depth)
{
    if (depth > kMaxDepth)
        return simdjson::DEPTH_ERROR;
    od::json_type type;
    if (auto e = v.type().get(type))
        return e;
    switch (type) {
    case od::json_type::object: {
        od::object o;
        if (auto e = v.get_object().get(o))
            return e;
        for (auto field : o) {
            od::value child;
            if (auto e = field.value().get(child))
                return e;
            if (auto e = checkValue(child, depth + 1))
                return e;
        }
        return kOk;
    }
    case od::json_type::array: {
        od::array a;
        if (auto e = v.get_array().get(a))
            return e;
        return checkElements(a, depth);
    }
    case od::json_type::string: {
        od::raw_json_string raw;
        return v.get_raw_json_string().get(raw);
    }
    case od::json_type::number: {
        double number = 0;
        return v.get_double().get(number);
    }
    case od::json_type::boolean: {
        bool flag = false;
        return v.get_bool().get(flag);
    }
    case od::json_type::null:
        break;
    }
    bool null = false;
    if (auto e = v.is_null().get(null))
        return e;
    return null ? kOk : simdjson::INCORRECT_TYPE;
}

// Checks (and consumes) every element of an array.
inline Error checkElements(od::array &a, int depth)
{
    for (auto item : a) {
        od::value child;
        if (auto e = item.get(child))
            return e;
        if (auto e = checkValue(child, depth + 1))
            return e;
    }
    return kOk;
}

// Calls `f(key, value, depth)` for each field of an object; `f` consumes the value.
template<typename F>
Error fieldsOf(od::object &o, int depth, F f)
{
    if (depth > kMaxDepth)
        return simdjson::DEPTH_ERROR;
    for (auto field : o) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key))
            return e;
        od::value value;
        if (auto e = field.value().get(value))
            return e;
        if (auto e = f(key, value, depth + 1))
            return e;
    }
    return kOk;
}

// The same for a value: an object's fields are walked, anything else is checked and passed over.
template<typename F>
Error forEachField(od::value v, int depth, F f)
{
    od::json_type type;
    if (auto e = v.type().get(type))
        return e;
    if (type != od::json_type::object)
        return checkValue(v, depth);
    od::object o;
    if (auto e = v.get_object().get(o))
        return e;
    return fieldsOf(o, depth, f);
}

// Reads a string value; a number is kept as its text; anything else is checked and passed over.
inline Error readText(od::value v, int depth, std::string *out)
{
    od::json_type type;
    if (auto e = v.type().get(type))
        return e;
    if (type == od::json_type::string) {
        std::string_view s;
        if (auto e = v.get_string().get(s))
            return e;
        out->assign(s);
        return kOk;
    }
    if (type == od::json_type::number) {
        out->assign(trimTrailingSpace(v.raw_json_token()));
        double number = 0;
        return v.get_double().get(number);
    }
    return checkValue(v, depth);
}

// JSON string escapes, leniently: a bad escape is kept as written. For fields
// only the full depth reads, so that what the summary depth accepts (which does
// not unescape them) the full depth accepts too.
inline void unescapeLeniently(std::string_view in, std::string *out)
{
    out->clear();
    out->reserve(in.size());
    auto hex = [](std::string_view s, size_t at, uint32_t *value) {
        if (at + 4 > s.size())
            return false;
        uint32_t v = 0;
        for (size_t i = at; i < at + 4; ++i) {
            const char c = s[i];
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= uint32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= uint32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= uint32_t(c - 'A' + 10);
            else
                return false;
        }
        *value = v;
        return true;
    };
    auto appendUtf8 = [out](uint32_t cp) {
        if (cp < 0x80) {
            out->push_back(char(cp));
        } else if (cp < 0x800) {
            out->push_back(char(0xC0 | (cp >> 6)));
            out->push_back(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out->push_back(char(0xE0 | (cp >> 12)));
            out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            out->push_back(char(0x80 | (cp & 0x3F)));
        } else {
            out->push_back(char(0xF0 | (cp >> 18)));
            out->push_back(char(0x80 | ((cp >> 12) & 0x3F)));
            out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            out->push_back(char(0x80 | (cp & 0x3F)));
        }
    };
    for (size_t i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c != '\\' || i + 1 >= in.size()) {
            out->push_back(c);
            continue;
        }
        const char next = in[i + 1];
        const char *simple = nullptr;
        switch (next) {
        case '"':
            simple = "\"";
            break;
        case '\\':
            simple = "\\";
            break;
        case '/':
            simple = "/";
            break;
        case 'b':
            simple = "\b";
            break;
        case 'f':
            simple = "\f";
            break;
        case 'n':
            simple = "\n";
            break;
        case 'r':
            simple = "\r";
            break;
        case 't':
            simple = "\t";
            break;
        default:
            break;
        }
        if (simple) {
            out->push_back(*simple);
            ++i;
            continue;
        }
        uint32_t cp = 0;
        if (next == 'u' && hex(in, i + 2, &cp)) {
            uint32_t low = 0;
            if (cp >= 0xD800 && cp < 0xDC00 && i + 11 < in.size() && in[i + 6] == '\\' && in[i + 7] == 'u'
                && hex(in, i + 8, &low) && low >= 0xDC00 && low < 0xE000) {
                appendUtf8(0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00));
                i += 11;
            } else {
                appendUtf8(cp >= 0xD800 && cp < 0xE000 ? 0xFFFD : cp);
                i += 5;
            }
            continue;
        }
        out->push_back(c); // not an escape JSON knows: keep it as written
    }
}

// A field only the full depth reads: consumed exactly as checkValue would, then unescaped leniently.
inline Error readTextLeniently(od::value v, int depth, std::string *out)
{
    od::json_type type;
    if (auto e = v.type().get(type))
        return e;
    if (type != od::json_type::string)
        return readText(v, depth, out);
    std::string_view token = trimTrailingSpace(v.raw_json_token());
    od::raw_json_string raw;
    if (auto e = v.get_raw_json_string().get(raw))
        return e;
    if (token.size() >= 2)
        unescapeLeniently(token.substr(1, token.size() - 2), out);
    return kOk;
}

// An integer (or a whole number written as a float); anything else is checked and passed over.
inline Error readInt(od::value v, int depth, int64_t *out, bool *found)
{
    int64_t i = 0;
    if (!v.get_int64().get(i)) {
        *out = i;
        *found = true;
        return kOk;
    }
    double d = 0;
    if (!v.get_double().get(d)) {
        if (d >= -9.2e18 && d <= 9.2e18) {
            *out = int64_t(d);
            *found = true;
        }
        return kOk;
    }
    return checkValue(v, depth);
}

// usage: {prompt_tokens|input_tokens, completion_tokens|output_tokens}
inline Error readUsage(od::value v, int depth, ResultFields *out)
{
    return forEachField(v, depth, [&](std::string_view key, od::value &value, int d) -> Error {
        int64_t n = 0;
        bool found = false;
        if (key == "prompt_tokens" || key == "input_tokens") {
            const Error e = readInt(value, d, &n, &found);
            if (found)
                out->inputTokens = n;
            return e;
        }
        if (key == "completion_tokens" || key == "output_tokens") {
            const Error e = readInt(value, d, &n, &found);
            if (found)
                out->outputTokens = n;
            return e;
        }
        return checkValue(value, d);
    });
}

// {code|type, message, type} as found in error objects of several shapes.
inline Error readErrorObject(od::value v, int depth, std::string *code, std::string *message, std::string *type,
                             bool full)
{
    return forEachField(v, depth, [&](std::string_view key, od::value &value, int d) -> Error {
        if (key == "code")
            return isNull(value) ? kOk : readText(value, d, code);
        if (key == "message" && full)
            return readTextLeniently(value, d, message);
        if (key == "type" && type)
            return readText(value, d, type);
        return checkValue(value, d);
    });
}

// A response body or an Anthropic message: its raw text, then model, usage and an error object.
inline Error walkBody(od::value v, int depth, ResultFields *out, LineWalk *walk)
{
    od::json_type type;
    if (auto e = v.type().get(type))
        return e;
    if (type == od::json_type::array) {
        od::array a;
        if (auto e = v.get_array().get(a))
            return e;
        // raw_json() leaves the array consumed; reset it to check its elements.
        if (!a.raw_json().get(out->bodyRaw)) {
            if (auto e = a.reset().error())
                return e;
        }
        return checkElements(a, depth);
    }
    if (type != od::json_type::object) {
        out->bodyRaw = trimTrailingSpace(v.raw_json_token());
        return checkValue(v, depth);
    }
    od::object o;
    if (auto e = v.get_object().get(o))
        return e;
    std::string_view raw;
    if (!o.raw_json().get(raw)) {
        out->bodyRaw = raw;
        // raw_json() leaves the object consumed; reset it to read the fields.
        if (auto e = o.reset().error())
            return e;
    }
    return fieldsOf(o, depth, [&](std::string_view key, od::value &value, int d) -> Error {
        if (key == "usage")
            return readUsage(value, d, out);
        if (key == "model" && walk->full)
            return readTextLeniently(value, d, &out->model);
        if (key == "error")
            return isNull(value) ? kOk
                                 : readErrorObject(value, d, &walk->bodyErrorCode, &walk->bodyErrorMessage,
                                                   &walk->bodyErrorType, walk->full);
        return checkValue(value, d);
    });
}

inline Error walkResponse(od::value v, int depth, ResultFields *out, LineWalk *walk)
{
    od::json_type type;
    if (auto e = v.type().get(type))
        return e;
    if (type != od::json_type::object)
        return checkValue(v, depth); // null, or not what a response is
    walk->hasResponse = true;
    return forEachField(v, depth, [&](std::string_view key, od::value &value, int d) -> Error {
        if (key == "status_code") {
            int64_t n = 0;
            bool found = false;
            const Error e = readInt(value, d, &n, &found);
            if (found && n >= 0 && n < 1000)
                out->statusCode = int(n);
            return e;
        }
        if (key == "request_id" && walk->full)
            return readTextLeniently(value, d, &out->requestId);
        if (key == "body")
            return isNull(value) ? kOk : walkBody(value, d, out, walk);
        return checkValue(value, d);
    });
}

// Anthropic's result: {type, message} or {type:"errored", error:{type:"error", error:{type, message}}}.
inline Error walkAnthropicError(od::value v, int depth, LineWalk *walk)
{
    return forEachField(v, depth, [&](std::string_view key, od::value &value, int d) -> Error {
        if (key == "error")
            return isNull(value) ? kOk
                                 : readErrorObject(value, d, &walk->bodyErrorCode, &walk->nestedErrorMessage,
                                                   &walk->nestedErrorType, true);
        if (key == "type") {
            std::string type;
            const Error e = readText(value, d, &type);
            if (!e && !type.empty() && type != "error")
                walk->nestedErrorType = type;
            return e;
        }
        if (key == "message")
            return readText(value, d, &walk->nestedErrorMessage);
        return checkValue(value, d);
    });
}

inline Error walkResult(od::value v, int depth, ResultFields *out, LineWalk *walk)
{
    return forEachField(v, depth, [&](std::string_view key, od::value &value, int d) -> Error {
        if (key == "type")
            return readText(value, d, &walk->resultType);
        if (key == "message")
            return isNull(value) ? kOk : walkBody(value, d, out, walk);
        if (key == "error")
            return isNull(value) ? kOk : walkAnthropicError(value, d, walk);
        return checkValue(value, d);
    });
}

inline bool walkLine(od::document &doc, ResultFields *out, LineWalk *walk, std::string *error)
{
    od::object root;
    Error e = doc.get_object().get(root);
    if (!e) {
        e = fieldsOf(root, 0, [&](std::string_view key, od::value &value, int d) -> Error {
            if (key == "custom_id") {
                if (isNull(value))
                    return kOk;
                out->customIdRaw = value.raw_json_token();
                return readText(value, d, &out->customId);
            }
            if (key == "response")
                return walkResponse(value, d, out, walk);
            if (key == "result")
                return isNull(value) ? kOk : walkResult(value, d, out, walk);
            if (key == "error") {
                od::json_type type;
                if (auto te = value.type().get(type))
                    return te;
                if (type != od::json_type::object)
                    return checkValue(value, d);
                walk->hasTopError = true;
                return readErrorObject(value, d, &walk->topErrorCode, &walk->topErrorMessage, nullptr, true);
            }
            return checkValue(value, d);
        });
    }
    if (e) {
        *error = simdjson::error_message(e);
        return false;
    }
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
    KERNEL_FLATTEN bool walk(const char *data, size_t len, size_t capacity, ResultFields *out, LineWalk *walk,
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

// The same, with the place in `data` where the document's iterator stopped.
inline ScanOutcome scanFailureAt(od::document &doc, const char *data, size_t len, ScanFailure failure,
                                 simdjson::error_code e = simdjson::SUCCESS)
{
    ScanOutcome outcome = scanFailure(failure, e);
    const char *location = nullptr;
    const simdjson::error_code where = doc.current_location().get(location);
    if (where == simdjson::SUCCESS && location >= data && location <= data + len)
        outcome.offset = int64_t(location - data);
    else if (where == simdjson::OUT_OF_BOUNDS)
        outcome.offset = int64_t(len); // it ran off the end: the document is cut short
    return outcome;
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
            return scanFailureAt(doc, data, len, ScanFailure::NotObject, e);
        for (auto field : root) {
            std::string_view key;
            if (auto e = field.unescaped_key().get(key))
                return scanFailureAt(doc, data, len, ScanFailure::Malformed, e);
            if (key == "results") {
                od::value value;
                if (field.value().get(value) || isNull(value))
                    continue;
                od::array array;
                if (value.get_array().get(array))
                    return scanFailureAt(doc, data, len, ScanFailure::ResultsNotArray);
                document->sawResults = true;
                for (auto item : array) {
                    od::value v;
                    if (auto e = item.get(v))
                        return scanFailureAt(doc, data, len, ScanFailure::MalformedArray, e);
                    std::string_view raw;
                    od::json_type type;
                    if (auto e = v.type().get(type))
                        return scanFailureAt(doc, data, len, ScanFailure::MalformedElement, e);
                    if (type == od::json_type::object) {
                        od::object o;
                        if (v.get_object().get(o) || o.raw_json().get(raw))
                            return scanFailureAt(doc, data, len, ScanFailure::MalformedElement);
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
            return scanFailureAt(doc, data, len, ScanFailure::CutOff);
        return {};
    } catch (const std::exception &e) {
        return {ScanFailure::Exception, e.what()};
    }
}
