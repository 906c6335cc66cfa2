// SPDX-License-Identifier: MIT
#include <tenderscore/report/xlsx_book.hpp>

#include <tenderscore/report/report_xlsx.hpp>

#include <fmt/format.h>
#include <xlsxwriter.h>

namespace tenderscore::report::xlsx {

namespace {

// 2000-01-01T00:00:00Z: the fixed creation time of every workbook (0 would mean "now").
constexpr time_t fixed_created = 946684800;

constexpr std::size_t max_cell_chars = 32767;

void check(lxw_error error, const char* what)
{
  if (error != LXW_NO_ERROR) {
    throw XlsxError(std::string("cannot ") + what + ": " + lxw_strerror(error));
  }
}

lxw_row_t row_of(std::size_t row)
{
  if (row >= max_rows) {
    throw XlsxLimitError(
        fmt::format("the workbook needs more rows than an XLSX worksheet holds ({})", max_rows));
  }
  return static_cast<lxw_row_t>(row);
}

lxw_col_t col_of(std::size_t col)
{
  if (col >= max_cols) {
    throw XlsxLimitError(
        fmt::format("the workbook needs more columns than an XLSX worksheet holds ({})", max_cols));
  }
  return static_cast<lxw_col_t>(col);
}

} // namespace

std::string cell(std::size_t row, std::size_t col, bool absolute)
{
  std::string letters;
  for (std::size_t n = col + 1; n > 0; n = (n - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  const std::string dollar = absolute ? "$" : "";
  return dollar + letters + dollar + std::to_string(row + 1);
}

std::string cut_to_cell(std::string text)
{
  // Code points are the bytes that do not continue a UTF-8 sequence. Excel counts UTF-16 units,
  // of which there are never fewer; beyond the limit, keep max − 1 code points and add "…".
  std::size_t chars = 0;
  std::size_t cut = text.size();
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0U) == 0x80U) {
      continue;
    }
    if (chars == max_cell_chars - 1) {
      cut = i;
    }
    ++chars;
  }
  if (chars > max_cell_chars) {
    text.resize(cut);
    text += "…";
  }
  return text;
}

void Sheet::text(std::size_t row, std::size_t col, std::string_view value)
{
  if (value.empty()) {
    return;
  }
  const std::string safe = xlsx_text(value);
  check(worksheet_write_string(sheet_, row_of(row), col_of(col), safe.c_str(), nullptr),
        "write a text cell");
}

void Sheet::title(std::size_t row, std::string_view value)
{
  const std::string safe = xlsx_text(value);
  check(worksheet_write_string(sheet_, row_of(row), 0, safe.c_str(), bold_), "write a title");
}

void Sheet::header(std::size_t row, const std::vector<std::string>& names)
{
  for (std::size_t col = 0; col < names.size(); ++col) {
    const std::string safe = xlsx_text(names[col]);
    check(worksheet_write_string(sheet_, row_of(row), col_of(col), safe.c_str(), bold_),
          "write a header");
  }
}

void Sheet::number(std::size_t row, std::size_t col, const util::Rational& value)
{
  check(worksheet_write_number(sheet_, row_of(row), col_of(col), util::to_double(value), nullptr),
        "write a number");
}

void Sheet::formula(std::size_t row, std::size_t col, const std::string& formula,
                    const util::Rational& cached)
{
  const std::string text = "=" + formula;
  check(worksheet_write_formula_num(sheet_, row_of(row), col_of(col), text.c_str(), nullptr,
                                    util::to_double(cached)),
        "write a formula");
}

void Sheet::widths(const std::vector<double>& widths)
{
  for (std::size_t col = 0; col < widths.size(); ++col) {
    check(worksheet_set_column(sheet_, col_of(col), col_of(col), widths[col], nullptr),
          "set a column width");
  }
}

void Sheet::freeze(std::size_t row, std::size_t col)
{
  worksheet_freeze_panes(sheet_, row_of(row), col_of(col));
}

Book::Book(const std::string& path)
    : book_(workbook_new(path.c_str()))
{
  if (book_ == nullptr) {
    throw XlsxError("cannot start a workbook at " + path);
  }
  lxw_doc_properties properties{};
  std::string title = "tenderscore evaluation report";
  std::string author = "tenderscore";
  properties.title = title.data();
  properties.author = author.data();
  properties.created = fixed_created;
  const lxw_error error = workbook_set_properties(book_, &properties);
  if (error != LXW_NO_ERROR) {
    workbook_close(book_);
    book_ = nullptr;
    check(error, "set the workbook's properties");
  }
  bold_ = workbook_add_format(book_);
  format_set_bold(bold_);
}

Book::~Book()
{
  if (book_ != nullptr) {
    workbook_close(book_);
  }
}

Sheet Book::sheet(const std::string& name)
{
  lxw_worksheet* sheet = workbook_add_worksheet(book_, name.c_str());
  if (sheet == nullptr) {
    throw XlsxError("cannot add the worksheet " + name);
  }
  return Sheet(sheet, bold_);
}

void Book::close()
{
  lxw_workbook* book = book_;
  book_ = nullptr;
  check(workbook_close(book), "write the workbook");
}

} // namespace tenderscore::report::xlsx
