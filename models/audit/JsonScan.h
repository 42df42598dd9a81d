#pragma once

#include <string>
#include <string_view>

namespace ac {

// Tracks strings, escapes and bracket depth through JSON text one character at a time, without
// parsing it: enough to find where a top-level value ends, to tell a one-line value from a
// pretty-printed one, or to re-indent.
struct JsonScan {
    int depth = 0;
    bool inString = false;
    bool escaped = false;

    // Consumes `c`; true when it is structural (outside a string and not its closing quote).
    bool step(char c) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            return false;
        }
        if (c == '"') {
            inString = true;
            return false;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']')
            --depth;
        return true;
    }
};

// `json` on one line: the whitespace between tokens is dropped, every string and number is kept
// byte for byte. Nothing is parsed, so a value no parser takes (a lone surrogate, 1e999, deep
// nesting) still comes out as it was written.
inline std::string compactJson(std::string_view json) {
    std::string out;
    out.reserve(json.size());
    JsonScan scan;
    for (const char c : json) {
        const bool inString = scan.inString;
        scan.step(c);
        if (!inString && !scan.inString && (c == ' ' || c == '\n' || c == '\r' || c == '\t')) continue;
        out += c;
    }
    return out;
}

} // namespace ac
