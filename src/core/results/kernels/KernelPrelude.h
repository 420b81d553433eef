#pragma once

// Everything a parser kernel uses, included before a kernel's instruction-set
// region opens, so that all of it is compiled for plain x86-64: only the
// kernel's own functions get the wider instructions, and no inline function
// shared with other files is ever compiled for a CPU that may not be there.

// simdjson's own on-demand API is the plain x86-64 one; the others come from
// simdjson_ondemand_generic.h, generated from simdjson.h (see CMakeLists.txt).
#define SIMDJSON_BUILTIN_IMPLEMENTATION fallback
#include <simdjson.h>

#include "ParseKernel.h"

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <exception>
#include <functional>
#include <limits>
#include <memory>
#include <mutex>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>
