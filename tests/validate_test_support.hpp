// SPDX-License-Identifier: MIT
#pragma once

// The FORMAT.md waste tender and bids as model values whose Locations point into the YAML text
// they were written from, so tests can pin the file, line and column of every diagnostic.

#include <tenderscore/diag/diagnostic.hpp>
#include <tenderscore/model/bids.hpp>
#include <tenderscore/model/tender.hpp>
#include <tenderscore/util/rational_big.hpp>
#include <tenderscore/validate/validator.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tenderscore::test {

using diag::Location;
using model::Located;
using model::Rational;

// Finds keys and values in a YAML text, front to back, and returns their Locations.
class Locator
{
public:
  explicit Locator(diag::SourcePtr source)
      : m_source(std::move(source))
  {
  }

  /// Return where `text` next occurs and stop there.
  Location text(std::string_view text)
  {
    const auto offset = m_source->text().find(text, m_offset);
    if (offset == std::string::npos) {
      throw std::logic_error(fmt::format("test text has no '{}' after {}", text, m_offset));
    }
    return at(offset);
  }

  /// Return where the key `key` (a whole word followed by ':') next starts and stop there.
  Location key(std::string_view key)
  {
    const std::string& all = m_source->text();
    for (auto offset = all.find(key, m_offset); offset != std::string::npos;
         offset = all.find(key, offset + 1)) {
      const bool starts_word =
          offset == 0 || std::string_view(" \n{[,").find(all[offset - 1]) != std::string_view::npos;
      if (starts_word && all.compare(offset + key.size(), 1, ":") == 0) {
        return at(offset);
      }
    }
    throw std::logic_error(fmt::format("test text has no key '{}' after {}", key, m_offset));
  }

  /// Return where the value of the key `key` next starts and stop there.
  Location value(std::string_view key)
  {
    this->key(key);
    const std::string& all = m_source->text();
    m_offset = all.find_first_not_of(' ', m_offset + key.size() + 1);
    return at(m_offset);
  }

private:
  Location at(std::size_t offset)
  {
    m_offset = offset;
    const auto [line, column] = m_source->position(offset);
    return {m_source, line, column};
  }

  diag::SourcePtr m_source;
  std::size_t m_offset = 0;
};

/// Return the plain decimal `text` (e.g. "-0.08") as a Rational. Not util::parse_decimal: that
/// hands digit strings with a leading zero to cpp_int, which reads them as octal ("0.12" → 1/10).
inline Rational dec(std::string_view text)
{
  const bool negative = !text.empty() && text[0] == '-';
  std::string digits(text.substr(negative ? 1 : 0));
  const auto point = digits.find('.');
  std::size_t places = 0;
  if (point != std::string::npos) {
    places = digits.size() - point - 1;
    digits.erase(point, 1);
  }
  digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size()));
  Rational value = util::make_rational(util::Integer{digits.empty() ? std::string("0") : digits});
  for (std::size_t i = 0; i < places; ++i) {
    value /= 10;
  }
  return negative ? Rational{-value} : value;
}

/// Return `diagnostic` as the validate command prints its first line.
inline std::string render(const diag::Diagnostic& diagnostic)
{
  return fmt::format("{}:{}:{}: {}: {} [{}]", diagnostic.where.path(), diagnostic.where.line,
                     diagnostic.where.column, diag::severity_name(diagnostic.severity),
                     diagnostic.message, diagnostic.rule);
}

/// Return every diagnostic of `diags` with rule `rule` (every one when "") rendered, in
/// source order, one per line.
inline std::string rendered(const diag::Diagnostics& diags, std::string_view rule = "")
{
  std::string out;
  for (const auto& d : diags.sorted()) {
    if (rule.empty() || d.rule == rule) {
      // Appended in two steps: "literal" + std::string trips GCC 12's false -Wrestrict at -O2.
      if (!out.empty()) {
        out += '\n';
      }
      out += render(d);
    }
  }
  return out;
}

/// Load `tender` as t.yaml and, unless empty, `bids` as b.yaml, check the pair as check_files
/// does (app::check_loaded: schemas, rules and the award-stage check), and return the
/// diagnostics of at least severity `least`, rendered in source order, one per line.
std::string check_inline(const std::string& tender, const std::string& bids, diag::Severity least);

/// Return the diagnostics of check_tender for `tender` under `profile`.
inline diag::Diagnostics check(const model::Tender& tender,
                               validate::Profile profile = validate::Profile::standard)
{
  diag::Diagnostics diags;
  validate::check_tender(tender, validate::Options{profile}, diags);
  return diags;
}

/// Return the diagnostics of check_bids for `bids` against `tender`.
inline diag::Diagnostics check(const model::BidsFile& bids, const model::Tender& tender)
{
  diag::Diagnostics diags;
  validate::check_bids(bids, tender, validate::Options{}, diags);
  return diags;
}

/// Return the FORMAT.md waste tender, read from a file named `path`.
model::Tender waste_tender(const std::string& path = "t.yaml");

/// Return the waste tender with lots "north" (tender criteria) and "south" (own criteria).
model::Tender waste_tender_with_lots();

/// Return the FORMAT.md bids for the waste tender plus a second bid, read from `path`.
model::BidsFile waste_bids(const std::string& path = "b.yaml");

} // namespace tenderscore::test
