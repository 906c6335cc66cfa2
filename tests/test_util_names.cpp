// SPDX-License-Identifier: MIT
// Organisation names: one canonical form (NFC, white space trimmed and collapsed) and a looser
// key under which names differing only in case, white space or look-alike characters collide.
#include <tenderscore/util/names.hpp>

#include <doctest/doctest.h>

using tenderscore::util::join_names;
using tenderscore::util::name_likeness_key;
using tenderscore::util::normalise_name;

TEST_CASE("util::normalise_name")
{
  // "Café" with a precomposed é (U+00E9) and with e + combining acute (U+0301) are one name.
  CHECK(normalise_name("Caf\xC3\xA9 Arts") == "Caf\xC3\xA9 Arts");
  CHECK(normalise_name("Cafe\xCC\x81 Arts") == "Caf\xC3\xA9 Arts");
  CHECK(normalise_name("  Arts \t  Trust\n") == "Arts Trust");
  CHECK(normalise_name("") == "");
  // Case and look-alikes stay: those are different names (only a warning says so).
  CHECK(normalise_name("arts trust") != normalise_name("Arts Trust"));
  // Not UTF-8: kept as written, white space still collapsed.
  CHECK(normalise_name("A\xFF  B") == "A\xFF B");
}

TEST_CASE("util::name_likeness_key")
{
  const std::string key = name_likeness_key("Arts Trust");
  CHECK(key == "artstrust");
  CHECK(name_likeness_key("ARTS  TRUST") == key);
  CHECK(name_likeness_key("ArtsTrust") == key);
  // fullwidth letters (U+FF21 …) fold to ASCII under NFKC
  CHECK(name_likeness_key("\xEF\xBC\xA1\xEF\xBC\xB2\xEF\xBC\xB4\xEF\xBC\xB3 Trust") == key);
  // the ligature "ﬁ" (U+FB01) is "fi"
  CHECK(name_likeness_key("\xEF\xAC\x81sh") == name_likeness_key("Fish"));
  CHECK(name_likeness_key("Arts Trusts") != key);
}

TEST_CASE("util::join_names")
{
  CHECK(join_names({}) == "");
  CHECK(join_names({"a"}) == "a");
  CHECK(join_names({"a", "b"}) == "a and b");
  CHECK(join_names({"a", "b", "c"}) == "a, b and c");
}
