// largealloc.cpp
#include "model/largealloc.h"

#include <cstdint>
#include <new>

#include <sys/mman.h>

namespace rb::model {

namespace {
constexpr std::size_t kHugePage = std::size_t(2) << 20;
bool mapped(std::size_t bytes) { return bytes >= kHugePage; }
// A mapping covers whole huge pages: only a 2 MiB-aligned 2 MiB range can be one.
std::size_t mappedSize(std::size_t bytes) { return (bytes + kHugePage - 1) & ~(kHugePage - 1); }
} // namespace

void *allocateLarge(std::size_t bytes)
{
#ifdef MADV_HUGEPAGE
    if (mapped(bytes)) {
        // mmap aligns to 4 KiB only (Linux before 6.7 always): map a huge page more and trim both ends,
        // or the unaligned head and tail would be faulted in 4 KiB at a time.
        const std::size_t size = mappedSize(bytes), span = size + kHugePage;
        void *raw = mmap(nullptr, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (raw == MAP_FAILED) throw std::bad_alloc();
        const auto base = reinterpret_cast<std::uintptr_t>(raw);
        const std::uintptr_t start = (base + kHugePage - 1) & ~std::uintptr_t(kHugePage - 1);
        if (start > base) munmap(raw, start - base);
        if (base + span > start + size) munmap(reinterpret_cast<void *>(start + size), base + span - (start + size));
        void *p = reinterpret_cast<void *>(start);
        madvise(p, size, MADV_HUGEPAGE); // a hint; without huge pages this is an ordinary mapping
        return p;
    }
#endif
    return ::operator new(bytes, std::align_val_t(16));
}

void releaseLarge(void *p, std::size_t bytes) noexcept
{
    if (!p) return;
#ifdef MADV_HUGEPAGE
    if (mapped(bytes)) {
        munmap(p, mappedSize(bytes));
        return;
    }
#endif
    ::operator delete(p, std::align_val_t(16));
}

} // namespace rb::model
