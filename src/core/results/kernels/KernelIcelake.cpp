// The AVX-512 (Ice Lake and later) kernel, compiled for that instruction set inside a target region
// and used only on CPUs that have it.
#include "KernelPrelude.h"

#if BATCH_CONSOLE_ONDEMAND_PER_KERNEL && SIMDJSON_IMPLEMENTATION_ICELAKE
SIMDJSON_TARGET_ICELAKE
#undef SIMDJSON_BUILTIN_IMPLEMENTATION
#define SIMDJSON_BUILTIN_IMPLEMENTATION icelake
// Not always_inline here: ondemand::field derives from std::pair, whose constructor is
// compiled for plain x86-64 and may not force-inline this kernel's code into itself.
#undef simdjson_inline
#define simdjson_inline inline
#include "simdjson_ondemand_generic.h"

namespace ParseKernel::icelake_kernel {
namespace od = simdjson::icelake::ondemand;
#include "KernelBody.inl"
} // namespace ParseKernel::icelake_kernel
SIMDJSON_UNTARGET_ICELAKE

namespace ParseKernel {
const Kernel *icelakeKernel()
{
    static const Kernel kernel{"icelake", &icelake_kernel::makeLineParser, &icelake_kernel::scanResultsDocument};
    return &kernel;
}
} // namespace ParseKernel
#else
namespace ParseKernel {
const Kernel *icelakeKernel()
{
    return nullptr; // not built: no per-kernel on-demand API, or not an x86-64 compiler
}
} // namespace ParseKernel
#endif
