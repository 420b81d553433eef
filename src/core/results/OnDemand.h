#pragma once

// Small helpers over simdjson's on-demand API, shared by the result parsers.
// Only for translation units built with the same instruction-set flags (see
// core/CMakeLists.txt), since on-demand code is compiled for one kernel.
#include <simdjson.h>

#include <string_view>

namespace OnDemand {

using namespace simdjson;

// simdjson 3.0 has no document::at_end(): the location is OUT_OF_BOUNDS once every token was read.
inline bool documentFullyRead(ondemand::document &doc)
{
    const char *location = nullptr;
    return doc.current_location().get(location) == OUT_OF_BOUNDS;
}

// Calls `f(key, field)` for each field of an object value; false when `v` is not
// an object or its fields cannot be read (the walk stops quietly there).
template<typename F>
bool forEachField(ondemand::value v, F f)
{
    ondemand::object o;
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

} // namespace OnDemand
