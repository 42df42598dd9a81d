#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace ac {

// Interned strings behind dense integer ids. Id 0 is always the empty string, which the
// store uses for "field absent". Strings live in large blocks so that views stay valid
// while the dictionary grows, and a dictionary can be moved between threads freely.
class StringDictionary {
public:
    StringDictionary();
    StringDictionary(StringDictionary&&) noexcept = default;
    StringDictionary& operator=(StringDictionary&&) noexcept = default;

    uint32_t intern(std::string_view s);
    // Like intern(s), but first tries `hint`, an id the caller expects s to have.
    uint32_t intern(std::string_view s, uint32_t hint) {
        return hint < m_views.size() && m_views[hint] == s ? hint : intern(s);
    }
    // -1 when the string was never interned.
    int64_t find(std::string_view s) const;
    std::string_view at(uint32_t id) const { return m_views[id]; }
    uint32_t size() const { return static_cast<uint32_t>(m_views.size()); }
    size_t memoryBytes() const;

private:
    static uint64_t hashOf(std::string_view s);
    void rehash(size_t newSlotCount);
    std::string_view store(std::string_view s);

    std::vector<std::unique_ptr<char[]>> m_blocks;
    size_t m_blockUsed = 0;
    size_t m_blockCapacity = 0;
    size_t m_bytes = 0;
    std::vector<std::string_view> m_views;
    // Open addressing: (32 hash bits << 32) | (id + 1), 0 for an empty slot. The hash bits sit
    // in the slot so that a probe touches the entry's text only when they match.
    std::vector<uint64_t> m_slots;
    uint32_t m_last = 0; // the last id interned: logs repeat values line after line
};

} // namespace ac
