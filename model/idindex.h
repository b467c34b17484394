// idindex.h — a read-only map from ids (post codes) to their position, for resolving the hundreds of
// thousands of dependency ends of a large portfolio.
//
// QHash<QString, int> costs two to three cache misses per lookup at 100k ids (its span, the node,
// the key's heap text). Here every slot holds the key's hash and, for ids of up to eight characters
// (every post code), the key itself, so a lookup touches one slot and nothing else. Open addressing,
// linear probing, load factor at most 1/2. Longer ids are viewed, not copied: the strings must then
// outlive the index and stay unchanged.
#pragma once

#include <QHashFunctions>
#include <QStringView>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

namespace rb::model {

class IdIndex {
public:
    IdIndex() = default;

    // Builds the index over `count` ids given by `idAt(i)`; an id that occurs twice keeps its first
    // position.
    template <typename IdAt>
    IdIndex(qsizetype count, IdAt idAt)
    {
        const size_t size = std::bit_ceil(size_t(std::max<qsizetype>(count, 4)) * 2);
        m_slots.assign(size, Slot{});
        m_mask = size - 1;
        for (qsizetype i = 0; i < count; ++i)
            insert(QStringView(idAt(i)), int32_t(i));
    }

    // The position of `id`, or -1.
    int find(QStringView id) const
    {
        if (m_slots.empty())
            return -1;
        const uint64_t h = hashOf(id);
        for (size_t s = h & m_mask;; s = (s + 1) & m_mask) {
            const Slot &slot = m_slots[s];
            if (slot.index < 0)
                return -1;
            if (slot.hash == h && slot.equals(id))
                return slot.index;
        }
    }
    bool contains(QStringView id) const { return find(id) >= 0; }

private:
    static constexpr qsizetype kInline = 8;
    struct Slot {
        uint64_t hash = 0;
        char16_t text[kInline] = {}; // the id itself when it is short
        const QChar *data = nullptr; // else a view of it
        int32_t size = 0;
        int32_t index = -1;

        bool equals(QStringView id) const
        {
            if (id.size() != size)
                return false;
            if (size <= kInline)
                return std::equal(text, text + size, id.utf16());
            return QStringView(data, size) == id;
        }
    };
    static uint64_t hashOf(QStringView id) { return uint64_t(qHash(id, size_t(0x9E3779B97F4A7C15ULL))) | 1; }

    void insert(QStringView id, int32_t index)
    {
        const uint64_t h = hashOf(id);
        for (size_t s = h & m_mask;; s = (s + 1) & m_mask) {
            Slot &slot = m_slots[s];
            if (slot.index < 0) {
                slot.hash = h;
                slot.size = int32_t(id.size());
                slot.index = index;
                if (id.size() <= kInline)
                    std::copy(id.utf16(), id.utf16() + id.size(), slot.text);
                else
                    slot.data = id.data();
                return;
            }
            if (slot.hash == h && slot.equals(id))
                return; // a duplicate: the first one stays
        }
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
};

} // namespace rb::model
