// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace tenderscore::report {

/// Return `text` safe as HTML text, as a quoted attribute value and as SVG text: & < > " ' become
/// character references, line breaks become a space and other control characters, invalid UTF-8,
/// bidirectional controls and invisible characters become visible escapes (as
/// util::escape_terminal), so untrusted text can neither add markup nor reorder what a reader sees.
std::string html_escape(std::string_view text);

/// Return the first `max_chars` code points of the valid UTF-8 `text`, with "…" in place of the
/// rest when it is longer.
std::string cut_text(std::string_view text, std::size_t max_chars);

} // namespace tenderscore::report
