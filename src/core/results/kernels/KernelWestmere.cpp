// The SSE4.2 and CLMUL (Westmere and later) kernel, used only on CPUs that have it.
#include "KernelPrelude.h"

#define KERNEL_ISA westmere
#define KERNEL_NAME "westmere"
#define KERNEL_GETTER westmereKernel
#define KERNEL_BUILT (BATCH_CONSOLE_ONDEMAND_PER_KERNEL && SIMDJSON_IMPLEMENTATION_WESTMERE)
#define KERNEL_TARGET SIMDJSON_TARGET_WESTMERE
#define KERNEL_UNTARGET SIMDJSON_UNTARGET_WESTMERE
#include "KernelForTarget.inl"
