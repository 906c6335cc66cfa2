// SPDX-License-Identifier: MIT
// Private to load/: checked access to a Document for the model builders.
#pragma once

#include <tenderscore/load/document.hpp>
#include <tenderscore/model/tender.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tenderscore::load::detail {

using model::Located;
using util::Rational;

// Reads values by JSON pointer with their locations. The builders run on schema-valid
// documents, but a value of an unexpected shape is reported (schema.type), never trusted.
class Reader
{
public:
  Reader(const Document& document, diag::Diagnostics& diags);

  /// Return the value at `pointer`, or nullptr when it is absent.
  const nlohmann::json* get(const std::string& pointer) const;
  /// Return true when `pointer` holds a value other than null.
  bool has(const std::string& pointer) const;
  /// Return the location of the value at `pointer` (or of its nearest ancestor).
  diag::Location value_at(const std::string& pointer) const;
  /// Return the location of the key of the member at `pointer` (or of its value).
  diag::Location key_at(const std::string& pointer) const;

  /// Return the text at `pointer`, or `fallback` when it is absent or null.
  std::string text(const std::string& pointer, std::string fallback = {});
  /// Return the text at `pointer` with its location, or nullopt when it is absent or null.
  std::optional<Located<std::string>> located_text(const std::string& pointer);
  /// Return the exact number at `pointer` (read from the text as written), or nullopt.
  std::optional<Located<Rational>> number(const std::string& pointer);
  /// Return the number at `pointer`, reporting it as missing when it is absent.
  Located<Rational> required_number(const std::string& pointer);
  /// Return the boolean at `pointer`, or `fallback`.
  bool flag(const std::string& pointer, bool fallback);
  /// Return the pointers of the items of the list at `pointer` (none when it is absent).
  std::vector<std::string> items(const std::string& pointer);
  /// Return the keys and pointers of the members of the mapping at `pointer`, in file order.
  std::vector<std::pair<std::string, std::string>> members(const std::string& pointer);

  /// Return the value named by the text at `pointer` among `names`, or nullopt.
  template <typename Enum>
  std::optional<Located<Enum>> choice(const std::string& pointer,
                                      const std::vector<std::pair<std::string_view, Enum>>& names)
  {
    const auto name = located_text(pointer);
    if (!name) {
      return std::nullopt;
    }
    for (const auto& [spelling, value] : names) {
      if (spelling == name->value) {
        return Located<Enum>{value, name->where};
      }
    }
    std::string allowed;
    for (const auto& [spelling, value] : names) {
      allowed += (allowed.empty() ? "" : ", ") + std::string(spelling);
    }
    wrong(pointer, "one of " + allowed);
    return std::nullopt;
  }

  /// Report that the value at `pointer` is not `expected`.
  void wrong(const std::string& pointer, std::string_view expected);
  /// Report that the key of the member at `pointer` is not `expected`.
  void wrong_key(const std::string& pointer, std::string_view expected);

private:
  const Document& m_document;
  diag::Diagnostics& m_diags;
};

} // namespace tenderscore::load::detail
