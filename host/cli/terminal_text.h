// Text that came from web pages (cookie names, domains, reasons quoting them) made safe to print
// on a terminal: anything a terminal would act on instead of showing becomes a visible escape, so
// a cookie named "\x1b]52;..." cannot recolour, retitle or rewrite the screen it is listed on.
#pragma once
#include <string>
#include <string_view>

namespace consentry {

// Printable UTF-8 unchanged. Escaped: C0 controls and DEL as \xHH (\t \n \r too: a table row
// stays one line), bytes that are not valid UTF-8 as \xHH, C1 controls and the invisible bidi
// controls that reorder a line (U+200E, U+200F, U+202A-U+202E, U+2066-U+2069) as \u{HHHH}, and
// a backslash as \\ so every escape in the output was made here.
std::string escape_for_terminal(std::string_view text);

}  // namespace consentry
