// largealloc.h — memory for the big arrays of a large load (the parse tree, its staging stacks, the
// dependency tables), taken from the system in transparent huge pages.
//
// On this project's reference machine (a KVM guest) a page fault costs several microseconds, and a
// 100k-post load touches a few hundred MiB: in 4 KiB pages that was a third of the whole `analyze`
// run. Blocks of 2 MiB and more are mapped directly and marked MADV_HUGEPAGE (Linux honours it when
// transparent huge pages are set to "madvise" or "always"; elsewhere it is an ordinary mapping), so one
// fault serves 2 MiB. Smaller blocks come from operator new. Plain C++; no Qt.
#pragma once

#include <cstddef>
#include <vector>

namespace rb::model {

// `bytes` of uninitialised memory, 16-byte aligned; throws std::bad_alloc. Release with the same size.
void *allocateLarge(std::size_t bytes);
void releaseLarge(void *p, std::size_t bytes) noexcept;

template <typename T>
struct LargeAllocator {
    using value_type = T;
    LargeAllocator() = default;
    template <typename U>
    LargeAllocator(const LargeAllocator<U> &) noexcept
    {}
    T *allocate(std::size_t n) { return static_cast<T *>(allocateLarge(n * sizeof(T))); }
    void deallocate(T *p, std::size_t n) noexcept { releaseLarge(p, n * sizeof(T)); }
    friend bool operator==(const LargeAllocator &, const LargeAllocator &) { return true; }
};

template <typename T>
using LargeVector = std::vector<T, LargeAllocator<T>>;

} // namespace rb::model
