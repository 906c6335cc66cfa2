// SPDX-License-Identifier: MIT
#include <tenderscore/util/text.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>

namespace util = tenderscore::util;

TEST_CASE("util::edit_distance")
{
  CHECK(util::edit_distance("wieght", "weight") == 1); // one adjacent swap
  CHECK(util::edit_distance("wieghts", "weight") == 2);
  CHECK(util::edit_distance("", "abc") == 3);
  CHECK(util::edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("util::did_you_mean")
{
  const std::vector<std::string> keys{"id", "weight", "children", "scale"};
  CHECK(util::did_you_mean("wieght", keys) == "; did you mean 'weight'?");
  CHECK(util::did_you_mean("sclae", keys) == "; did you mean 'scale'?");
  CHECK(util::did_you_mean("zzzzzz", keys).empty());
}

TEST_CASE("util::closest_match among many candidates: the filters keep the closest")
{
  std::vector<std::string> evaluators;
  for (int i = 0; i < 10000; ++i) {
    evaluators.push_back(fmt::format("ev-{:04}", i));
  }
  // the typo of the last but one of 10,000: the filters leave few of them to compare
  CHECK(util::closest_match("ev-9998x", evaluators) == "ev-9998");
  CHECK(util::closest_match("ev-99l8", evaluators) == "ev-9908"); // the first at distance 1
  CHECK(util::closest_match("ev-0000", evaluators) == "ev-0001"); // itself is no suggestion
  CHECK(util::closest_match("nobody-at-all", evaluators) == std::nullopt);
  // a closer candidate later in the list replaces a farther one found first
  CHECK(util::closest_match("abcdefghi", {"abcdefXYi", "abcdefgXi"}) == "abcdefgXi");
  // swaps cost 1, as in edit_distance
  CHECK(util::closest_match("wieght", {"height", "weight"}) == "weight");
  // a length gap above the allowed distance is never compared
  CHECK(util::closest_match("ab", {"abcdef"}) == std::nullopt);
}

TEST_CASE("util::find_invalid_utf8")
{
  CHECK_FALSE(util::find_invalid_utf8("caf\xC3\xA9"));
  CHECK(*util::find_invalid_utf8("ab\xFF") == 2);
  CHECK(*util::find_invalid_utf8("a\xC3") == 1);         // truncated sequence
  CHECK(*util::find_invalid_utf8("\xC0\xAF") == 0);      // overlong encoding
  CHECK(*util::find_invalid_utf8("x\xED\xA0\x80") == 1); // UTF-16 surrogate
}

TEST_CASE("util::escape_terminal")
{
  CHECK(util::escape_terminal("Acme\x1B[31m Ltd") == "Acme\\x1B[31m Ltd");
  CHECK(util::escape_terminal("caf\xC3\xA9") == "caf\xC3\xA9");
  CHECK(util::escape_terminal(std::string("a\xC2\x9B") + "b") == "a\\xC2\\x9Bb"); // C1 CSI
  CHECK(util::escape_terminal("bad\xFF") == "bad\\xFF");
  // U+202E RIGHT-TO-LEFT OVERRIDE and U+200B ZERO WIDTH SPACE are shown, not obeyed.
  CHECK(util::escape_terminal("Acme\xE2\x80\xAE Ltd") == "Acme\\u{202E} Ltd");
  CHECK(util::escape_terminal("Ac\xE2\x80\x8Bme") == "Ac\\u{200B}me");
  CHECK(util::escape_terminal("\xE2\x82\xAC 5") == "\xE2\x82\xAC 5"); // the euro sign is kept
}

TEST_CASE("util::quote")
{
  CHECK(util::quote("abc") == "'abc'");
  CHECK(util::quote("abcdef", 3) == "'abc…'");
}

TEST_CASE("util::csv_cell")
{
  CHECK(util::csv_cell("Greenway Services Ltd") == "Greenway Services Ltd");
  CHECK(util::csv_cell("a,b") == "\"a,b\"");
  CHECK(util::csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(util::csv_cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
  CHECK(util::csv_cell("+1") == "'+1");
  CHECK(util::csv_cell("-1") == "'-1");
  CHECK(util::csv_cell("@SUM(A1)") == "'@SUM(A1)");
  CHECK(util::csv_cell("\tx") == "'\tx");
  CHECK(util::csv_cell("Acme\x1B[31m Ltd") == "Acme\\x1B[31m Ltd");
  CHECK(util::csv_cell("line one\nline two") == "\"line one\nline two\"");
}

TEST_CASE("util::ordinal")
{
  // English suffixes: st/nd/rd after 1/2/3, except 11–13 (and 111–113), which take th.
  CHECK(util::ordinal(1) == "1st");
  CHECK(util::ordinal(2) == "2nd");
  CHECK(util::ordinal(3) == "3rd");
  CHECK(util::ordinal(4) == "4th");
  CHECK(util::ordinal(11) == "11th");
  CHECK(util::ordinal(12) == "12th");
  CHECK(util::ordinal(13) == "13th");
  CHECK(util::ordinal(21) == "21st");
  CHECK(util::ordinal(102) == "102nd");
  CHECK(util::ordinal(112) == "112th");
}
