// SPDX-License-Identifier: MIT
#include "test_load_support.hpp"

#include <tenderscore/load/csv.hpp>

#include <doctest/doctest.h>

#include <memory>
#include <random>
#include <string>

using namespace tenderscore;
using test::Lines;

namespace {

struct Read
{
  std::optional<std::vector<load::CsvRow>> rows;
  Lines errors;
};

Read read(std::string text)
{
  diag::Diagnostics diags;
  auto source = std::make_shared<diag::SourceFile>("s.csv", std::move(text));
  auto rows = load::read_csv(source, diags);
  return {std::move(rows), test::render(diags)};
}

// Every field of `rows` as "line:column=text", rows separated by " | ".
std::string cells(const std::vector<load::CsvRow>& rows)
{
  std::string text;
  for (const auto& row : rows) {
    text += text.empty() ? "" : " | ";
    for (std::size_t i = 0; i < row.fields.size(); ++i) {
      const auto& f = row.fields[i];
      text += fmt::format("{}{}:{}={}", i ? " " : "", f.where.line, f.where.column, f.text);
    }
  }
  return text;
}

std::string cells_of(std::string text)
{
  const Read r = read(std::move(text));
  REQUIRE(r.errors.empty());
  REQUIRE(r.rows);
  return cells(*r.rows);
}

} // namespace

TEST_CASE("load::read_csv")
{
  SUBCASE("plain rows")
  {
    CHECK(cells_of("a,b\nc,d\n") == "1:1=a 1:3=b | 2:1=c 2:3=d");
    CHECK(cells_of("a,b\nc,d") == "1:1=a 1:3=b | 2:1=c 2:3=d");
  }
  SUBCASE("quoted commas")
  {
    CHECK(cells_of("a,\"b,c\",d\n") == "1:1=a 1:3=b,c 1:9=d");
  }
  SUBCASE("embedded newlines")
  {
    CHECK(cells_of("x,\"line1\nline2\",y\nz\n") == "1:1=x 1:3=line1\nline2 2:8=y | 3:1=z");
    CHECK(cells_of("x,\"a\r\nb\"\r\n") == "1:1=x 1:3=a\r\nb");
  }
  SUBCASE("doubled quotes")
  {
    CHECK(cells_of("\"say \"\"hi\"\"\",b\n") == "1:1=say \"hi\" 1:14=b");
  }
  SUBCASE("byte-order mark")
  {
    CHECK(cells_of("\xEF\xBB\xBF"
                   "a,b\n") == "1:1=a 1:3=b");
  }
  SUBCASE("CRLF")
  {
    CHECK(cells_of("a,b\r\nc,d\r\n") == "1:1=a 1:3=b | 2:1=c 2:3=d");
  }
  SUBCASE("empty fields, blank lines and a quoted empty field")
  {
    CHECK(cells_of("a,,\n\n\r\nb\n") == "1:1=a 1:3= 1:4= | 4:1=b");
    CHECK(cells_of("\"\"\n") == "1:1=");
    CHECK(cells_of("").empty());
  }
  SUBCASE("columns count code points")
  {
    CHECK(cells_of("\xC3\xA9t\xC3\xA9,x\n") == "1:1=été 1:5=x");
  }
  SUBCASE("unterminated quote")
  {
    const Read r = read("a,b\nc,\"open\nmore\n");
    CHECK_FALSE(r.rows);
    CHECK(r.errors == Lines{"s.csv:2:3: error: unterminated quoted field: no closing '\"' before "
                            "the end of the file [csv.syntax]"});
  }
  SUBCASE("text after a closing quote")
  {
    const Read r = read("x,y\n\"ab\"c,d\n");
    CHECK_FALSE(r.rows);
    CHECK(r.errors == Lines{"s.csv:2:5: error: unexpected text after a closing quote; write a "
                            "quote inside a quoted field as \"\" [csv.syntax]"});
  }
  SUBCASE("invalid UTF-8")
  {
    const Read r = read("a,b\nc,\xFF\n");
    CHECK_FALSE(r.rows);
    CHECK(r.errors ==
          Lines{"s.csv:2:3: error: invalid UTF-8 byte 0xFF; save the file as UTF-8 [csv.syntax]"});
  }
  SUBCASE("never crashes on a lone quote or CR")
  {
    CHECK_FALSE(read("\"").rows);
    CHECK(cells_of("a\rb\n") == "1:1=a\rb");
    CHECK(cells_of(",") == "1:1= 1:2=");
  }
}

TEST_CASE("load::read_csv on random text")
{
  // Every field location lies inside the file, whatever the mix of quotes and line ends.
  const std::vector<std::string> pieces{"a", ",", "\"", "\r", "\n", "\r\n", "\xC3\xA9", "\"\""};
  std::mt19937 random(4180);
  for (int run = 0; run < 2000; ++run) {
    std::string text;
    const auto length = random() % 12;
    for (std::size_t i = 0; i < length; ++i) {
      text += pieces[random() % pieces.size()];
    }
    CAPTURE(text);
    const Read r = read(text);
    CHECK(r.rows.has_value() == r.errors.empty());
    if (r.rows) {
      for (const auto& row : *r.rows) {
        for (const auto& f : row.fields) {
          CHECK(f.where.line >= 1);
          CHECK(f.where.column >= 1);
        }
      }
    }
  }
}
