#pragma once

#include <cstdint>

// How one request of a batch ended. Free of Qt so the parser kernels can use it.
enum class ResultOutcome : std::uint8_t {
    Succeeded,
    Errored,
    Expired,
    Canceled,
};
