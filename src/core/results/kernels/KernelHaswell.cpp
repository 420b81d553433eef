// The AVX2 (Haswell and later) kernel, compiled for that instruction set inside a target region
// and used only on CPUs that have it.
#include "KernelPrelude.h"

#if BATCH_CONSOLE_ONDEMAND_PER_KERNEL && SIMDJSON_IMPLEMENTATION_HASWELL
SIMDJSON_TARGET_HASWELL
#undef SIMDJSON_BUILTIN_IMPLEMENTATION
#define SIMDJSON_BUILTIN_IMPLEMENTATION haswell
// Not always_inline here: ondemand::field derives from std::pair, whose constructor is
// compiled for plain x86-64 and may not force-inline this kernel's code into itself.
#undef simdjson_inline
#define simdjson_inline inline
#include "simdjson_ondemand_generic.h"

namespace ParseKernel::haswell_kernel {
namespace od = simdjson::haswell::ondemand;
#include "KernelBody.inl"
} // namespace ParseKernel::haswell_kernel
SIMDJSON_UNTARGET_HASWELL

namespace ParseKernel {
const Kernel *haswellKernel()
{
    static const Kernel kernel{"haswell", &haswell_kernel::makeLineParser, &haswell_kernel::scanResultsDocument};
    return &kernel;
}
} // namespace ParseKernel
#else
namespace ParseKernel {
const Kernel *haswellKernel()
{
    return nullptr; // not built: no per-kernel on-demand API, or not an x86-64 compiler
}
} // namespace ParseKernel
#endif
