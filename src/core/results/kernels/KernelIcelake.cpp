// The AVX-512 (Ice Lake and later) kernel, used only on CPUs that have it.
#include "KernelPrelude.h"

#define KERNEL_ISA icelake
#define KERNEL_NAME "icelake"
#define KERNEL_GETTER icelakeKernel
#define KERNEL_BUILT (BATCH_CONSOLE_ONDEMAND_PER_KERNEL && SIMDJSON_IMPLEMENTATION_ICELAKE)
#define KERNEL_TARGET SIMDJSON_TARGET_ICELAKE
#define KERNEL_UNTARGET SIMDJSON_UNTARGET_ICELAKE
#include "KernelForTarget.inl"
