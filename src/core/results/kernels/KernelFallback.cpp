// The portable kernel: plain x86-64 (or whatever the compiler targets).
#include "KernelPrelude.h"

namespace ParseKernel::fallback_kernel {
namespace od = simdjson::fallback::ondemand;
#include "KernelBody.inl"
} // namespace ParseKernel::fallback_kernel

namespace ParseKernel {
const Kernel *fallbackKernel()
{
    static const Kernel kernel{"fallback", &fallback_kernel::makeLineParser, &fallback_kernel::scanResultsDocument};
    return &kernel;
}
} // namespace ParseKernel
