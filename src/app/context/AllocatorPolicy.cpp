#include "AllocatorPolicy.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void AllocatorPolicy::keepLargeBlocksMapped()
{
#if defined(__GLIBC__)
    // glibc's own initial value; setting it at all switches the dynamic raising off.
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
}
