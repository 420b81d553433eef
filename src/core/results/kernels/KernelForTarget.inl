// One SIMD kernel: the on-demand API and KernelBody.inl compiled inside the
// instruction-set region of KERNEL_ISA, and the Kernel that hands them out.
// Included once per kernel file, which defines
//   KERNEL_ISA       simdjson's name for the instruction set (haswell, …)
//   KERNEL_NAME      the same as a string
//   KERNEL_GETTER    the function ParseKernel.cpp asks for the kernel
//   KERNEL_BUILT     whether this compiler and simdjson can build it
//   KERNEL_TARGET / KERNEL_UNTARGET   simdjson's macros opening and closing the region
#include "KernelPrelude.h"

#if KERNEL_BUILT
KERNEL_TARGET
#undef SIMDJSON_BUILTIN_IMPLEMENTATION
#define SIMDJSON_BUILTIN_IMPLEMENTATION KERNEL_ISA
// Not always_inline here: ondemand::field derives from std::pair, whose constructor is
// compiled for plain x86-64 and may not force-inline this kernel's code into itself.
// The hot functions are marked flatten instead (KernelBody.inl).
#undef simdjson_inline
#define simdjson_inline inline
#include "simdjson_ondemand_generic.h"

// File-local, so the kernels' identical names never meet at link time.
namespace ParseKernel {
namespace {
namespace od = simdjson::KERNEL_ISA::ondemand;
#include "KernelBody.inl"
} // namespace
} // namespace ParseKernel
KERNEL_UNTARGET

namespace ParseKernel {
const Kernel *KERNEL_GETTER()
{
    static const Kernel kernel{KERNEL_NAME, &makeLineParser, &scanResultsDocument};
    return &kernel;
}
} // namespace ParseKernel
#else
namespace ParseKernel {
const Kernel *KERNEL_GETTER()
{
    return nullptr; // not built: no per-kernel on-demand API, or not an x86-64 compiler
}
} // namespace ParseKernel
#endif
