#pragma once

#include <cstdio>
#include <cstdlib>

// A property a harness checks beyond "does not crash": when it fails, the
// input is a finding like a crash (libFuzzer keeps it as a reproducer).
#define FUZZ_CHECK(condition, what) \
    do { \
        if (!(condition)) { \
            std::fprintf(stderr, "property failed: %s (%s:%d)\n", what, __FILE__, __LINE__); \
            std::abort(); \
        } \
    } while (false)
