// SPDX-License-Identifier: MIT
// Private to report/: a thin wrapper over libxlsxwriter for report_xlsx.cpp.
#pragma once

#include <tenderscore/util/rational.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace tenderscore::report::xlsx {

constexpr std::size_t max_rows = 1048576;
constexpr std::size_t max_cols = 16384;

/// Return the A1 reference of the 0-based `row` and `col`, with `$` signs when `absolute`.
std::string cell(std::size_t row, std::size_t col, bool absolute = false);

/// Return `text` cut at a UTF-8 boundary to the 32,767 characters a cell may hold.
std::string cut_to_cell(std::string text);

// One worksheet; every text goes through report::xlsx_text.
class Sheet
{
public:
  Sheet(lxw_worksheet* sheet, lxw_format* bold)
      : sheet_(sheet)
      , bold_(bold)
  {
  }

  void text(std::size_t row, std::size_t col, std::string_view value);
  void title(std::size_t row, std::string_view value);
  void header(std::size_t row, const std::vector<std::string>& names);
  void number(std::size_t row, std::size_t col, const util::Rational& value);
  /// Write `formula` (without the leading `=`) with `cached` as its stored result.
  void formula(std::size_t row, std::size_t col, const std::string& formula,
               const util::Rational& cached);
  void widths(const std::vector<double>& widths);
  void freeze(std::size_t row, std::size_t col);

private:
  lxw_worksheet* sheet_;
  lxw_format* bold_;
};

// A workbook written to `path` when closed, with fixed document properties (creation time
// included) so that identical content gives identical bytes. Throw report::XlsxError.
class Book
{
public:
  explicit Book(const std::string& path);
  Book(const Book&) = delete;
  Book& operator=(const Book&) = delete;
  ~Book();

  Sheet sheet(const std::string& name);
  void close();

private:
  lxw_workbook* book_;
  lxw_format* bold_;
};

} // namespace tenderscore::report::xlsx
