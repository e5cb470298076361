internal import CAllocator

/// The C library allocator's settings for an extraction run.
enum AllocatorTuning {
    /// Lets each allocator heap keep up to 64 MB of freed memory at its top instead of giving
    /// it back at once.
    ///
    /// glibc returns the free memory above 128 KB at the top of a heap to the system
    /// (`madvise`) whenever a free leaves that much, and the next document's tables then fault
    /// the same pages in again. A `--jobs` worker's heap (glibc gives each thread an arena of its
    /// own) does so many times a batch: with two jobs over the 50 MB benchmark corpus the run
    /// spent 0.07–0.18 s in the kernel, against 0.06–0.08 s with this setting (`/usr/bin/time`),
    /// for the same peak memory: the freed memory is what the next batch takes again. Other C
    /// libraries are left as they are.
    static func keepFreedMemory() {
        _ = accord_keep_freed_memory(64 << 20)
    }
}
