#pragma once

// How the window's process asks the C library to manage memory. Called first
// thing in main(), by the window and by the soak test that stands in for it.
namespace AllocatorPolicy {

// glibc raises its mmap threshold (up to 32 MB) each time a large block is
// freed, after which a results window's big buffers come from the heap; when
// the window closes, those pages stay with the process. Over a day of opening
// and closing windows that is memory never given back. A fixed threshold keeps
// large blocks in their own mappings, returned whole when freed, and the worker
// threads share two arenas instead of holding one each.
void keepLargeBlocksMapped();

} // namespace AllocatorPolicy
