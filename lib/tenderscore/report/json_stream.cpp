// SPDX-License-Identifier: MIT
#include <tenderscore/report/json_stream.hpp>
#include <tenderscore/report/json_text.hpp>

#include <tenderscore/util/text.hpp>

#include <nlohmann/detail/conversions/to_chars.hpp>
#include <nlohmann/json.hpp>

#include <array>
#include <cmath>
#include <ostream>

namespace tenderscore::report {

namespace {

constexpr std::size_t k_flush_at = std::size_t{1} << 16;

} // namespace

void append_json_string(std::string& out, std::string_view text)
{
  if (util::find_invalid_utf8(text)) {
    // Rare (inputs are checked as UTF-8): nlohmann's own replacement, byte for byte.
    out += json_escape_string(text);
    return;
  }
  out += '"';
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
    case '"':
      out += "\\\"";
      continue;
    case '\\':
      out += "\\\\";
      continue;
    case '\b':
      out += "\\b";
      continue;
    case '\f':
      out += "\\f";
      continue;
    case '\n':
      out += "\\n";
      continue;
    case '\r':
      out += "\\r";
      continue;
    case '\t':
      out += "\\t";
      continue;
    default:
      break;
    }
    if (static_cast<unsigned char>(c) <= 0x1FU) { // other C0 controls, as nlohmann writes them
      static constexpr char hex[] = "0123456789abcdef";
      out += "\\u00";
      out += hex[static_cast<unsigned char>(c) >> 4U];
      out += hex[static_cast<unsigned char>(c) & 0xFU];
    } else if (const std::size_t length = append_control_escape(out, text, i); length > 0) {
      i += length - 1; // DEL, C1 and bidi controls, as json_escape_string
    } else {
      out += c;
    }
  }
  out += '"';
}

JsonStream::JsonStream(std::ostream& out, bool compact)
    : m_out(out)
    , m_compact(compact)
{
  m_buffer.reserve(k_flush_at + 4096);
}

JsonStream::~JsonStream()
{
  flush();
}

void JsonStream::flush()
{
  m_out.write(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
  m_buffer.clear();
}

void JsonStream::before_value()
{
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (m_levels.empty()) {
    return;
  }
  if (m_levels.back()++ > 0) {
    m_buffer += ',';
  }
  if (!m_compact) {
    m_buffer += '\n';
    m_buffer.append(2 * m_levels.size(), ' ');
  }
  if (m_buffer.size() >= k_flush_at) {
    flush();
  }
}

void JsonStream::key(std::string_view name)
{
  before_value();
  append_json_string(m_buffer, name);
  m_buffer += m_compact ? ":" : ": ";
  m_after_key = true;
}

void JsonStream::open(char bracket)
{
  before_value();
  m_buffer += bracket;
  m_levels.push_back(0);
}

void JsonStream::close(char bracket)
{
  const std::size_t count = m_levels.back();
  m_levels.pop_back();
  if (count > 0 && !m_compact) {
    m_buffer += '\n';
    m_buffer.append(2 * m_levels.size(), ' ');
  }
  m_buffer += bracket;
}

void JsonStream::begin_object()
{
  open('{');
}

void JsonStream::end_object()
{
  close('}');
}

void JsonStream::begin_array()
{
  open('[');
}

void JsonStream::end_array()
{
  close(']');
}

void JsonStream::string(std::string_view text)
{
  before_value();
  append_json_string(m_buffer, text);
}

void JsonStream::integer(std::int64_t value)
{
  before_value();
  m_buffer += std::to_string(value);
}

void JsonStream::number(double value)
{
  before_value();
  if (!std::isfinite(value)) {
    m_buffer += "null";
    return;
  }
  std::array<char, 64> digits{};
  const char* end = nlohmann::detail::to_chars(digits.data(), digits.data() + digits.size(), value);
  m_buffer.append(digits.data(), static_cast<std::size_t>(end - digits.data()));
}

void JsonStream::boolean(bool value)
{
  before_value();
  m_buffer += value ? "true" : "false";
}

void JsonStream::value(const nlohmann::ordered_json& value)
{
  before_value();
  const std::string text = json_escape_controls(
      value.dump(m_compact ? -1 : 2, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
  if (m_compact) {
    m_buffer += text;
    return;
  }
  // JSON strings hold no raw line breaks: every one is the dump's own, to indent to this level.
  const std::string indent(2 * m_levels.size(), ' ');
  for (const char c : text) {
    m_buffer += c;
    if (c == '\n') {
      m_buffer += indent;
    }
  }
}

void JsonStream::null()
{
  before_value();
  m_buffer += "null";
}

} // namespace tenderscore::report
