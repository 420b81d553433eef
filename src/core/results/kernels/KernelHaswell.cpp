// The AVX2 (Haswell and later) kernel, used only on CPUs that have it.
#include "KernelPrelude.h"

#define KERNEL_ISA haswell
#define KERNEL_NAME "haswell"
#define KERNEL_GETTER haswellKernel
#define KERNEL_BUILT (BATCH_CONSOLE_ONDEMAND_PER_KERNEL && SIMDJSON_IMPLEMENTATION_HASWELL)
#define KERNEL_TARGET SIMDJSON_TARGET_HASWELL
#define KERNEL_UNTARGET SIMDJSON_UNTARGET_HASWELL
#include "KernelForTarget.inl"
