#include "StringDictionary.h"

#include <algorithm>
#include <cstring>

namespace ac {

namespace {
// Blocks grow with the dictionary: small dictionaries (verbs, namespaces) stay small.
constexpr size_t kMinBlock = 4 * 1024;
constexpr size_t kMaxBlock = 1024 * 1024;
constexpr size_t kOwnBlockAbove = 64 * 1024;
} // namespace

StringDictionary::StringDictionary() {
    m_slots.assign(64, 0);
    // Id 0, the empty string, is found without hashing (intern's first test).
    m_views.push_back({});
}

uint64_t StringDictionary::hashOf(std::string_view s) {
    // Eight bytes a step: interning runs a dozen times per record on the load path, and
    // std::hash's byte-wise Murmur is the slower part of it for user agents and reasons.
    constexpr uint64_t kMul = 0x9E3779B97F4A7C15ULL;
    uint64_t h = s.size() * kMul;
    const char* p = s.data();
    size_t n = s.size();
    while (n >= 8) {
        uint64_t v;
        std::memcpy(&v, p, 8);
        h = (h ^ v) * kMul;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    uint64_t tail = 0;
    std::memcpy(&tail, p, n);
    h = (h ^ tail) * kMul;
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93ULL;
    h ^= h >> 32;
    return h;
}

std::string_view StringDictionary::store(std::string_view s) {
    if (s.empty()) return {};
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

int64_t StringDictionary::find(std::string_view s) const {
    if (s.empty()) return 0;
    const uint64_t h = hashOf(s);
    const uint64_t tag = h >> 32;
    const size_t mask = m_slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const uint64_t slot = m_slots[i];
        if (slot == 0) return -1;
        const auto id = static_cast<uint32_t>(slot) - 1;
        if ((slot >> 32) == tag && m_views[id] == s) return id;
    }
}

uint32_t StringDictionary::intern(std::string_view s) {
    if (s.empty()) return 0;
    if (m_views[m_last] == s) return m_last;
    const uint64_t h = hashOf(s);
    const uint64_t tag = h >> 32;
    const size_t mask = m_slots.size() - 1;
    size_t i = h & mask;
    for (;; i = (i + 1) & mask) {
        const uint64_t slot = m_slots[i];
        if (slot == 0) break;
        const auto id = static_cast<uint32_t>(slot) - 1;
        if ((slot >> 32) == tag && m_views[id] == s) return m_last = id;
    }
    const auto id = static_cast<uint32_t>(m_views.size());
    m_views.push_back(store(s));
    m_slots[i] = (tag << 32) | (id + 1);
    if (m_views.size() * 2 > m_slots.size()) rehash(m_slots.size() * 2);
    return m_last = id;
}

void StringDictionary::rehash(size_t newSlotCount) {
    std::vector<uint64_t> slots(newSlotCount, 0);
    const size_t mask = newSlotCount - 1;
    for (const uint64_t slot : m_slots) {
        if (slot == 0) continue;
        // The slot keeps only the high hash bits; placement needs the low ones.
        const uint64_t h = hashOf(m_views[static_cast<uint32_t>(slot) - 1]);
        size_t i = h & mask;
        while (slots[i] != 0)
            i = (i + 1) & mask;
        slots[i] = slot;
    }
    m_slots = std::move(slots);
}

size_t StringDictionary::memoryBytes() const {
    return m_bytes + m_views.capacity() * sizeof(std::string_view) + m_slots.capacity() * sizeof(uint64_t);
}

} // namespace ac
