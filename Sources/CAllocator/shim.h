// The C library allocator's settings the CLI changes: glibc's `mallopt` is declared in
// <malloc.h>, which the Swift Glibc module does not include. Elsewhere this does nothing.
#ifndef ACCORD_CALLOCATOR_SHIM_H
#define ACCORD_CALLOCATOR_SHIM_H

#if defined(__GLIBC__) || (defined(__linux__) && __has_include(<malloc.h>))
#include <malloc.h>
#endif

/// Lets each allocator heap keep up to `bytes` of freed memory at its top (glibc's
/// M_TRIM_THRESHOLD); returns 1 when the setting was made.
static inline int accord_keep_freed_memory(int bytes) {
#if defined(M_TRIM_THRESHOLD)
    return mallopt(M_TRIM_THRESHOLD, bytes);
#else
    (void)bytes;
    return 0;
#endif
}

#endif
