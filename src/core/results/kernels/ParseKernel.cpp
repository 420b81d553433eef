#include "ParseKernel.h"

#include <simdjson.h>

#include <atomic>

namespace ParseKernel {

// Defined by the kernel files; nullptr when a kernel was not built.
const Kernel *icelakeKernel();
const Kernel *haswellKernel();
const Kernel *westmereKernel();
const Kernel *fallbackKernel();

static_assert(kPadding == simdjson::SIMDJSON_PADDING, "ParseKernel::kPadding must be simdjson's padding");

namespace {

std::atomic<const Kernel *> g_chosen{nullptr};

bool cpuRuns(const char *name)
{
    const simdjson::implementation *impl = simdjson::get_available_implementations()[name];
    return impl && impl->supported_by_runtime_system();
}

const Kernel *compiled(std::string_view name)
{
    for (const Kernel *k : {icelakeKernel(), haswellKernel(), westmereKernel(), fallbackKernel()}) {
        if (k && name == k->name)
            return k;
    }
    return nullptr;
}

const Kernel *choose()
{
    // simdjson's own choice (it honours SIMDJSON_FORCE_IMPLEMENTATION), so that
    // stage 1, which simdjson dispatches itself, and our stage 2 agree.
    if (const Kernel *k = compiled(simdjson::get_active_implementation()->name()))
        return k;
    const std::vector<const Kernel *> candidates = runnable();
    return candidates.empty() ? fallbackKernel() : candidates.front();
}

} // namespace

std::vector<const Kernel *> runnable()
{
    std::vector<const Kernel *> out;
    for (const Kernel *k : {icelakeKernel(), haswellKernel(), westmereKernel(), fallbackKernel()}) {
        if (k && cpuRuns(k->name))
            out.push_back(k);
    }
    return out;
}

const Kernel &active()
{
    const Kernel *k = g_chosen.load(std::memory_order_acquire);
    if (!k) {
        k = choose();
        g_chosen.store(k, std::memory_order_release);
    }
    return *k;
}

bool useKernel(std::string_view name)
{
    const Kernel *k = compiled(name);
    if (!k || !cpuRuns(k->name))
        return false;
    simdjson::get_active_implementation() = simdjson::get_available_implementations()[k->name];
    g_chosen.store(k, std::memory_order_release);
    return true;
}

} // namespace ParseKernel
