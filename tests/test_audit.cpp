// SPDX-License-Identifier: MIT
// The audit block's pieces: SHA-256 digests (FIPS 180-2 test vectors) and the command line.
#include <tenderscore/audit/audit.hpp>
#include <tenderscore/audit/sha256.hpp>

#include <doctest/doctest.h>

using namespace tenderscore;

TEST_CASE("sha256_hex matches the FIPS 180-2 test vectors")
{
  CHECK(audit::sha256_hex("") ==
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(audit::sha256_hex("abc") ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(audit::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("sha256_hex over parts equals the digest of the parts joined")
{
  // "abc" split anywhere, and with an empty part, gives the FIPS 180-2 "abc" vector
  const std::string abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
  CHECK(audit::sha256_hex({"ab", "c"}) == abc);
  CHECK(audit::sha256_hex({"", "abc"}) == abc);
  CHECK(audit::sha256_hex({"a", "", "bc"}) == abc);
  CHECK(audit::sha256_hex({"abcdbcdecdefdefgefghfghighijhijk", "ijkljklmklmnlmnomnopnopq"}) ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("digest_source hashes the bytes read, a stripped byte-order mark included")
{
  const diag::SourceFile plain{"a.yaml", "abc"};
  const auto d = audit::digest_source(plain);
  CHECK(d.path == "a.yaml");
  CHECK(d.bytes == 3);
  CHECK(d.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // printf '\xef\xbb\xbfabc' | sha256sum
  const diag::SourceFile bom{"b.yaml", "\xEF\xBB\xBF"
                                       "abc"};
  REQUIRE(bom.had_bom());
  const auto b = audit::digest_source(bom);
  CHECK(b.bytes == 6);
  CHECK(b.sha256 == "1c28dc3f1f804a1ad9c9b4b4cf5e2658d16ad4ed08e3020d04a8d2865018947c");
}

TEST_CASE("shell_command_line quotes only what a shell would split or expand")
{
  CHECK(audit::shell_command_line({"tenderscore", "report", "t.yaml", "-o", "out/r.html"}) ==
        "tenderscore report t.yaml -o out/r.html");
  CHECK(audit::shell_command_line({"tenderscore", "score", "my bids.yaml", "it's", ""}) ==
        "tenderscore score 'my bids.yaml' 'it'\\''s' ''");
  CHECK(audit::shell_command_line({"x", "$(rm -rf ~)"}) == "x '$(rm -rf ~)'");
}
