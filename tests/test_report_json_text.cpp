// SPDX-License-Identifier: MIT
// JSON text (issue 12 item 6): DEL, C1 controls and bidi controls never reach a JSON output raw.
#include "cli_test_support.hpp"

#include <tenderscore/report/json_stream.hpp>
#include <tenderscore/report/json_text.hpp>

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace report = tenderscore::report;
namespace test = tenderscore::test;

TEST_CASE("json_escape_string: nlohmann's escaping, and DEL, C1 and bidi controls as \\uXXXX")
{
  using report::json_escape_string;
  CHECK(json_escape_string("Alpha Ltd") == "\"Alpha Ltd\"");
  CHECK(json_escape_string("") == "\"\"");
  CHECK(json_escape_string("say \"hi\" \\ bye") == R"("say \"hi\" \\ bye")");
  CHECK(json_escape_string("a\nb\tc\x01\x1b[31m") == R"("a\nb\tc\u0001\u001b[31m")");
  CHECK(json_escape_string("del\x7f") == R"("del\u007f")");
  // U+0080 and U+009F, the C1 range's ends, and U+009B (a one-byte CSI)
  CHECK(json_escape_string("\u0080 \u009b[31m \u009f") == R"("\u0080 \u009b[31m \u009f")");
  // every bidi embedding, override and isolate
  CHECK(json_escape_string("\u202a\u202b\u202c\u202d\u202e") ==
        R"("\u202a\u202b\u202c\u202d\u202e")");
  CHECK(json_escape_string("\u2066\u2067\u2068\u2069") == R"("\u2066\u2067\u2068\u2069")");
  // their neighbours are ordinary text, kept as UTF-8
  CHECK(json_escape_string("\u00a0\u00e9\u2029\u202f\u2065\u206a€") ==
        "\"\u00a0\u00e9\u2029\u202f\u2065\u206a€\"");
  // invalid UTF-8 as nlohmann's replace handler writes it
  CHECK(json_escape_string("a\xff") == "\"a\xef\xbf\xbd\"");
  // identical to nlohmann everywhere else
  for (const std::string text : {"plain", "tab\there", "<script>", "日本語", "\xf0\x9f\x98\x80"}) {
    CAPTURE(text);
    CHECK(json_escape_string(text) == nlohmann::json(text).dump());
  }
}

TEST_CASE("json_escape_controls: a whole nlohmann dump, keys and values")
{
  const nlohmann::ordered_json doc = {{"na\u009bme", "\u202eevil"}, {"n", 1}};
  CHECK(report::json_escape_controls(doc.dump()) == R"({"na\u009bme":"\u202eevil","n":1})");
}

TEST_CASE("JSON writers: C1 and bidi controls from the input are written as \\uXXXX")
{
  // A raw U+009B (a one-byte CSI), bidi isolates and DEL arrive in a CSV comment; a bidi
  // override in a YAML name.
  const std::vector<std::string> inputs{"tests/data/hostile/tender.yaml",
                                        "tests/data/hostile/sheet.bids.yaml",
                                        "tests/data/hostile/c1-comment.scores.csv"};
  for (const std::string command : {"panel", "report"}) {
    CAPTURE(command);
    std::vector<std::string> args{command};
    args.insert(args.end(), inputs.begin(), inputs.end());
    args.insert(args.end(), {"--format", "json"});
    const auto r = test::run_cli(args);
    REQUIRE_MESSAGE(r.code == 0, r.err);
    for (const char* raw : {"\xC2\x9B", "\xE2\x81\xA6", "\xE2\x81\xA9", "\x7F", "\xE2\x80\xAE"}) {
      CHECK(r.out.find(raw) == std::string::npos);
    }
    CHECK(r.out.find(R"(Beta \u202eevil\u202c Ltd)") != std::string::npos);
    CHECK(r.out.find(R"(CSI \u009b31m red, isolate \u2066x\u2069, DEL \u007f)") !=
          std::string::npos);
    // and the text reads back exactly
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc.dump().find("\xE2\x80\xAE"
                          "evil") != std::string::npos);
  }
}

TEST_CASE("append_json_string (the streaming writer) equals json_escape_string")
{
  // Property over generated text, seeded: strings built from pieces that reach every branch
  // (quotes, backslashes, C0, DEL, the C1 and bidi ranges and their neighbours, other UTF-8,
  // and invalid bytes) must be escaped byte for byte as json_escape_string escapes them.
  const std::vector<std::string> pieces{"a",      "\"",
                                        "\\",     "\n",
                                        "\x01",   "\x1f",
                                        " ",      "\x7f",
                                        "\u0080", "\u009b",
                                        "\u009f", "\u00a0",
                                        "\u2029", "\u202a",
                                        "\u202e", "\u202f",
                                        "\u2065", "\u2066",
                                        "\u2069", "\u206a",
                                        "é",      "\xF0\x9F\x98\x80",
                                        "\xC2",   "\xE2\x80",
                                        "\xff",   "\b\f\r\t",
                                        "/"};
  std::uint64_t state = 20261207;
  const auto next = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL; // Knuth's MMIX LCG
    return static_cast<std::size_t>(state >> 33U);
  };
  for (int i = 0; i < 5000; ++i) {
    std::string text;
    const std::size_t length = next() % 12;
    for (std::size_t k = 0; k < length; ++k) {
      text += pieces[next() % pieces.size()];
    }
    std::string streamed;
    report::append_json_string(streamed, text);
    CAPTURE(text);
    CHECK(streamed == report::json_escape_string(text));
  }
}
