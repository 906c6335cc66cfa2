// SPDX-License-Identifier: MIT
// A streaming JSON writer: values go out as they are given, so memory is one buffer however
// large the document, and the text is byte for byte what nlohmann::json's dump() writes for the
// same document (pretty with a 2-space indent, or compact).
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace tenderscore::report {

class JsonStream
{
public:
  /// Write to `out`, pretty-printed with 2 spaces per level, or on one line when `compact`.
  JsonStream(std::ostream& out, bool compact);
  ~JsonStream();
  JsonStream(const JsonStream&) = delete;
  JsonStream& operator=(const JsonStream&) = delete;

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  /// Write the key `name` of the next member of the current object.
  void key(std::string_view name);

  void string(std::string_view text);
  void integer(std::int64_t value);
  /// Write `value` as nlohmann::json does: the shortest decimal that reads back the same, or
  /// null when it is not finite.
  void number(double value);
  void boolean(bool value);
  void null();
  /// Write the whole of `value` (a small document built elsewhere) at this place.
  void value(const nlohmann::ordered_json& value);

  /// Write what is buffered to the stream (done by itself whenever the buffer grows large).
  void flush();

private:
  void before_value();
  void open(char bracket);
  void close(char bracket);

  std::ostream& m_out;
  bool m_compact;
  bool m_after_key = false;
  std::string m_buffer;
  std::vector<std::size_t> m_levels; // per open object or array: the values written so far
};

/// Append `text` to `out` as a JSON string, quotes included, escaped as nlohmann::json escapes
/// it (invalid UTF-8 replaced by U+FFFD), then DEL, C1 and bidi controls as \\uXXXX, exactly as
/// json_escape_string (report/json_text.hpp).
void append_json_string(std::string& out, std::string_view text);

} // namespace tenderscore::report
