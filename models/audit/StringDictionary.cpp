#include "StringDictionary.h"

#include <algorithm>
#include <cstring>
#include <functional>

namespace ac {

namespace {
// Blocks grow with the dictionary: small dictionaries (verbs, namespaces) stay small.
constexpr size_t kMinBlock = 4 * 1024;
constexpr size_t kMaxBlock = 1024 * 1024;
constexpr size_t kOwnBlockAbove = 64 * 1024;
}

StringDictionary::StringDictionary()
{
    m_slots.assign(64, 0);
    intern(std::string_view());
}

uint64_t StringDictionary::hashOf(std::string_view s)
{
    return std::hash<std::string_view>{}(s);
}

std::string_view StringDictionary::store(std::string_view s)
{
    if (s.empty())
        return {};
    if (s.size() > kOwnBlockAbove) {
        // Oversized strings get a block of their own so that they do not waste a shared one.
        auto block = std::make_unique<char[]>(s.size());
        std::memcpy(block.get(), s.data(), s.size());
        std::string_view v(block.get(), s.size());
        m_blocks.insert(m_blocks.begin(), std::move(block));
        m_bytes += s.size();
        return v;
    }
    if (m_blocks.empty() || m_blockUsed + s.size() > m_blockCapacity) {
        const size_t size = std::clamp(m_bytes / 2, kMinBlock, kMaxBlock);
        m_blocks.push_back(std::make_unique<char[]>(size));
        m_blockUsed = 0;
        m_blockCapacity = size;
        m_bytes += size;
    }
    char* dst = m_blocks.back().get() + m_blockUsed;
    std::memcpy(dst, s.data(), s.size());
    m_blockUsed += s.size();
    return {dst, s.size()};
}

int64_t StringDictionary::find(std::string_view s) const
{
    const uint64_t h = hashOf(s);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const uint32_t slot = m_slots[i];
        if (slot == 0)
            return -1;
        const uint32_t id = slot - 1;
        if (m_hashes[id] == static_cast<uint32_t>(h) && m_views[id] == s)
            return id;
    }
}

uint32_t StringDictionary::intern(std::string_view s)
{
    const uint64_t h = hashOf(s);
    const size_t mask = m_slots.size() - 1;
    size_t i = h & mask;
    for (;; i = (i + 1) & mask) {
        const uint32_t slot = m_slots[i];
        if (slot == 0)
            break;
        const uint32_t id = slot - 1;
        if (m_hashes[id] == static_cast<uint32_t>(h) && m_views[id] == s)
            return id;
    }
    const auto id = static_cast<uint32_t>(m_views.size());
    m_views.push_back(store(s));
    m_hashes.push_back(static_cast<uint32_t>(h));
    m_slots[i] = id + 1;
    if (m_views.size() * 2 > m_slots.size())
        rehash(m_slots.size() * 2);
    return id;
}

void StringDictionary::rehash(size_t newSlotCount)
{
    std::vector<uint32_t> slots(newSlotCount, 0);
    const size_t mask = newSlotCount - 1;
    for (uint32_t id = 0; id < m_views.size(); ++id) {
        // Only 32 hash bits are kept; recompute the full hash for placement.
        size_t i = hashOf(m_views[id]) & mask;
        while (slots[i] != 0)
            i = (i + 1) & mask;
        slots[i] = id + 1;
    }
    m_slots = std::move(slots);
}

size_t StringDictionary::memoryBytes() const
{
    return m_bytes + m_views.capacity() * sizeof(std::string_view) + m_hashes.capacity() * sizeof(uint32_t)
        + m_slots.capacity() * sizeof(uint32_t);
}

} // namespace ac
