#pragma once

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

} // namespace ac
