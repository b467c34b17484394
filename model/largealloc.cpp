// largealloc.cpp
#include "model/largealloc.h"

#include <new>

#include <sys/mman.h>

namespace rb::model {

namespace {
constexpr std::size_t kHugePage = std::size_t(2) << 20;
bool mapped(std::size_t bytes) { return bytes >= kHugePage; }
} // namespace

void *allocateLarge(std::size_t bytes)
{
#ifdef MADV_HUGEPAGE
    if (mapped(bytes)) {
        void *p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            throw std::bad_alloc();
        madvise(p, bytes, MADV_HUGEPAGE); // a hint; without huge pages this is an ordinary mapping
        return p;
    }
#endif
    return ::operator new(bytes, std::align_val_t(16));
}

void releaseLarge(void *p, std::size_t bytes) noexcept
{
    if (!p)
        return;
#ifdef MADV_HUGEPAGE
    if (mapped(bytes)) {
        munmap(p, bytes);
        return;
    }
#endif
    ::operator delete(p, std::align_val_t(16));
}

} // namespace rb::model
