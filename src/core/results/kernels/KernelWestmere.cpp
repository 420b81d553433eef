// The SSE4.2 and CLMUL (Westmere and later) kernel, compiled for that instruction set inside a target region
// and used only on CPUs that have it.
#include "KernelPrelude.h"

#if BATCH_CONSOLE_ONDEMAND_PER_KERNEL && SIMDJSON_IMPLEMENTATION_WESTMERE
SIMDJSON_TARGET_WESTMERE
#undef SIMDJSON_BUILTIN_IMPLEMENTATION
#define SIMDJSON_BUILTIN_IMPLEMENTATION westmere
// Not always_inline here: ondemand::field derives from std::pair, whose constructor is
// compiled for plain x86-64 and may not force-inline this kernel's code into itself.
#undef simdjson_inline
#define simdjson_inline inline
#include "simdjson_ondemand_generic.h"

namespace ParseKernel::westmere_kernel {
namespace od = simdjson::westmere::ondemand;
#include "KernelBody.inl"
} // namespace ParseKernel::westmere_kernel
SIMDJSON_UNTARGET_WESTMERE

namespace ParseKernel {
const Kernel *westmereKernel()
{
    static const Kernel kernel{"westmere", &westmere_kernel::makeLineParser, &westmere_kernel::scanResultsDocument};
    return &kernel;
}
} // namespace ParseKernel
#else
namespace ParseKernel {
const Kernel *westmereKernel()
{
    return nullptr; // not built: no per-kernel on-demand API, or not an x86-64 compiler
}
} // namespace ParseKernel
#endif
