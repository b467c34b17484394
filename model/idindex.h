// idindex.h — read-mostly maps from ids (post codes) to their position, for resolving the hundreds of
// thousands of dependency ends of a large portfolio.
//
// QHash<QString, int> costs two to three cache misses per lookup at 100k ids (its span, the node,
// the key's heap text). Here every slot holds the key's hash and, for ids of up to 16 bytes (every
// post code), the key itself as two words, so a lookup touches one slot and nothing else, and hashes
// and compares a short id without a loop. Open addressing, linear probing, load factor at most 1/2.
// Longer ids are viewed, not copied: their text must then outlive the index and stay unchanged.
//
// IdIndex is keyed by QString text (UTF-16); Utf8IdIndex by UTF-8 bytes, which is how the document
// reader meets ids: as views into the parsed text, before any QString exists.
#pragma once

#include "model/largealloc.h"

#include <QByteArrayView>
#include <QHashFunctions>
#include <QStringView>

#include <algorithm>
#include <bit>
#include <cstring>
#include <cstdint>
#include <string_view>
#include <vector>

namespace rb::model {

template <typename Char>
class BasicIdIndex {
public:
    using View = std::basic_string_view<Char>;

    BasicIdIndex() = default;
    // Room for `expected` ids before the table grows.
    explicit BasicIdIndex(size_t expected) { rehash(std::bit_ceil(std::max<size_t>(expected, 4) * 2)); }

    // The position of `id`, or -1.
    int find(View id) const
    {
        if (m_slots.empty()) return -1;
        const Key key(id);
        const uint64_t h = hashOf(id, key);
        for (size_t s = h & m_mask;; s = (s + 1) & m_mask) {
            const Slot &slot = m_slots[s];
            if (slot.index < 0) return -1;
            if (slot.hash == h && slot.equals(id, key)) return slot.index;
        }
    }
    bool contains(View id) const { return find(id) >= 0; }

    // Starts loading the slot where a lookup of `id` begins. At 100k ids the table is larger than the
    // caches, and a lookup waits for memory; resolving many ids in a row, prefetch some ahead so the
    // waits overlap.
    void prefetch(View id) const
    {
        if (!m_slots.empty()) {
            const Key key(id);
            // Both ends: a 40-byte slot spans two cache lines half the time.
            const Slot *slot = &m_slots[hashOf(id, key) & m_mask];
            __builtin_prefetch(slot);
            __builtin_prefetch(reinterpret_cast<const char *>(slot + 1) - 1);
        }
    }

    // Adds `id` at `index` and returns -1; when the id is there already it stays as it is, and its
    // position is returned.
    int insert(View id, int32_t index)
    {
        if ((m_count + 1) * 2 > m_slots.size()) rehash(std::max<size_t>(m_slots.size() * 2, 8));
        const Key key(id);
        const uint64_t h = hashOf(id, key);
        for (size_t s = h & m_mask;; s = (s + 1) & m_mask) {
            Slot &slot = m_slots[s];
            if (slot.index < 0) {
                slot.assign(h, id, key, index);
                ++m_count;
                return -1;
            }
            if (slot.hash == h && slot.equals(id, key)) return slot.index;
        }
    }

private:
    static constexpr size_t kInline = 16 / sizeof(Char);
    // A short id as two machine words (zero-padded): hashed and compared without a loop or a call.
    struct Key {
        uint64_t w0 = 0, w1 = 0;
        explicit Key(View id)
        {
            if (!id.empty() && id.size() <= kInline) { // (an empty view may have no data at all)
                char bytes[16] = {};
                std::memcpy(bytes, id.data(), id.size() * sizeof(Char));
                std::memcpy(&w0, bytes, 8);
                std::memcpy(&w1, bytes + 8, 8);
            }
        }
    };
    struct Slot {
        uint64_t hash = 0;
        int32_t size = 0;
        int32_t index = -1;         // (first: an empty slot or another hash is told by one cache line)
        uint64_t w0 = 0, w1 = 0;    // the id itself when it is short
        const Char *data = nullptr; // else a view of it

        bool equals(View id, const Key &key) const
        {
            if (id.size() != size_t(size)) return false;
            if (id.size() <= kInline) return w0 == key.w0 && w1 == key.w1;
            return View(data, size_t(size)) == id;
        }
        void assign(uint64_t h, View id, const Key &key, int32_t at)
        {
            hash = h;
            size = int32_t(id.size());
            index = at;
            w0 = key.w0;
            w1 = key.w1;
            if (id.size() > kInline) data = id.data();
        }
    };
    static uint64_t hashOf(View id, const Key &key)
    {
        if (id.size() <= kInline) {
            // Two multiply-xorshift rounds over the words (the finaliser of MurmurHash3).
            uint64_t h = key.w0 ^ (key.w1 * 0x9E3779B97F4A7C15ULL) ^ (uint64_t(id.size()) << 56);
            h ^= h >> 33;
            h *= 0xFF51AFD7ED558CCDULL;
            h ^= h >> 33;
            h *= 0xC4CEB9FE1A85EC53ULL;
            h ^= h >> 33;
            return h | 1;
        }
        constexpr size_t seed = size_t(0x9E3779B97F4A7C15ULL);
        if constexpr (sizeof(Char) == 1)
            return uint64_t(qHash(QByteArrayView(id.data(), qsizetype(id.size())), seed)) | 1;
        else
            return uint64_t(qHash(QStringView(id.data(), qsizetype(id.size())), seed)) | 1;
    }
    void rehash(size_t size)
    {
        LargeVector<Slot> old = std::move(m_slots);
        m_slots.assign(size, Slot{});
        m_mask = size - 1;
        for (const Slot &o : old) {
            if (o.index < 0) continue;
            size_t s = o.hash & m_mask;
            while (m_slots[s].index >= 0) s = (s + 1) & m_mask;
            m_slots[s] = o;
        }
    }

    LargeVector<Slot> m_slots; // 10 MiB at 100k ids, probed at random: huge pages spare the TLB
    size_t m_mask = 0;
    size_t m_count = 0;
};

// Post ids as QStrings (the schedule's task of a post id).
class IdIndex : public BasicIdIndex<char16_t> {
public:
    IdIndex() = default;
    // Builds the index over `count` ids given by `idAt(i)`; an id that occurs twice keeps its first
    // position.
    template <typename IdAt>
    IdIndex(qsizetype count, IdAt idAt) : BasicIdIndex(size_t(std::max<qsizetype>(count, 0)))
    {
        for (qsizetype i = 0; i < count; ++i) BasicIdIndex::insert(view(QStringView(idAt(i))), int32_t(i));
    }
    int find(QStringView id) const { return BasicIdIndex::find(view(id)); }
    bool contains(QStringView id) const { return find(id) >= 0; }

private:
    static View view(QStringView id) { return View(id.utf16(), size_t(id.size())); }
};

// Ids as UTF-8 bytes (the document reader's views into the parsed text).
using Utf8IdIndex = BasicIdIndex<char>;

} // namespace rb::model
