// SPDX-License-Identifier: MIT
#include <tenderscore/diag/diagnostic.hpp>

#include <doctest/doctest.h>

using tenderscore::diag::SourceFile;

TEST_CASE("diag::SourceFile")
{
  SUBCASE("lines without their CRLF ends and without a BOM")
  {
    const SourceFile file("f.yaml", "\xEF\xBB\xBFone\r\ntwo\r\n");
    CHECK(file.had_bom());
    CHECK(file.line(1) == "one");
    CHECK(file.line(2) == "two");
    CHECK(file.line(3).empty());
    CHECK(file.line(0).empty());
  }
  SUBCASE("columns count code points, not bytes")
  {
    const SourceFile file("f.yaml", "a: 1\n\xC3\xA9\xC3\xA9: 3\n");
    CHECK(file.column_of(2, 6) == 5); // "éé: " is 6 bytes, 4 characters
    CHECK(file.position(11) == std::pair{2, 5});
  }
}
