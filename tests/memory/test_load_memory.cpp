// SPDX-License-Identifier: MIT
// Peak heap while loading YAML, measured by counting every allocation of this test binary (its
// own global operator new and delete): loading must need memory bounded by a small multiple of
// the bytes read, not of the values a parser tree would hold. A separate binary, so that the
// counting does not touch the unit tests.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <tenderscore/diag/source.hpp>
#include <tenderscore/load/document.hpp>

#include <fmt/format.h>
#include <malloc.h>

#include <atomic>
#include <cstdlib>
#include <memory>
#include <new>
#include <string>

namespace {

std::atomic<std::size_t> g_live{0};
std::atomic<std::size_t> g_peak{0};

void* counted(std::size_t size)
{
  void* block = std::malloc(size == 0 ? 1 : size);
  if (block == nullptr) {
    throw std::bad_alloc();
  }
  const std::size_t live = g_live += malloc_usable_size(block);
  std::size_t peak = g_peak.load();
  while (live > peak && !g_peak.compare_exchange_weak(peak, live)) {
  }
  return block;
}

void uncounted(void* block)
{
  if (block != nullptr) {
    g_live -= malloc_usable_size(block);
    std::free(block);
  }
}

} // namespace

void* operator new(std::size_t size)
{
  return counted(size);
}
void* operator new[](std::size_t size)
{
  return counted(size);
}
void operator delete(void* block) noexcept
{
  uncounted(block);
}
void operator delete[](void* block) noexcept
{
  uncounted(block);
}
void operator delete(void* block, std::size_t) noexcept
{
  uncounted(block);
}
void operator delete[](void* block, std::size_t) noexcept
{
  uncounted(block);
}

namespace {

using namespace tenderscore;

struct Peak
{
  double per_byte = 0; // the peak heap above what was live before, per byte of the text
  diag::Diagnostics diags;
  bool parsed = false; // whether the document has a root
};

// Parse `text` within `limits`, keeping the document to the end.
Peak parse(std::string text, const load::Limits& limits = {})
{
  auto source = std::make_shared<const diag::SourceFile>("t.yaml", std::move(text));
  const std::size_t bytes = source->text().size();
  Peak peak;
  const std::size_t before = g_live.load();
  g_peak = before;
  const load::Document document = load::parse_yaml(source, peak.diags, limits);
  peak.parsed = document.root.is_object();
  peak.per_byte = static_cast<double>(g_peak.load() - before) / static_cast<double>(bytes);
  return peak;
}

// The peak heap while `text` is parsed and the document kept, as a multiple of its size.
double peak_per_byte(std::string text)
{
  const Peak peak = parse(std::move(text));
  REQUIRE(peak.diags.empty());
  REQUIRE(peak.parsed);
  return peak.per_byte;
}

// Bids with every score inline: 20 questions x 3 evaluators per bid, as a bids file holds them.
std::string inline_scores(int bids)
{
  std::string text = "format: tenderscore/bids@1\ntender: t\nbids:\n";
  for (int bid = 0; bid < bids; ++bid) {
    text += fmt::format("  - bidder: Applicant {:05} Community Trust\n    price: {}\n"
                        "    scores:\n",
                        bid, 5000 + bid % 9000);
    for (int question = 0; question < 20; ++question) {
      text += fmt::format("      question-{:02}: {{evaluators: {{ev-community: {}, "
                          "ev-finance: {}, ev-programme: {}}}}}\n",
                          question, bid % 5, (bid + question) % 5, question % 5);
    }
  }
  return text;
}

// One long flow list of short items: the densest values a file can hold.
std::string conflicts(int entries)
{
  std::string text = "format: tenderscore/bids@1\ntender: t\nbids:\n  - bidder: A\n"
                     "    conflicts: [";
  for (int i = 0; i < entries; ++i) {
    text += i == 0 ? "ev-a" : ", ev-a";
  }
  text += "]\n";
  return text;
}

} // namespace

// The bound: a parsed value keeps its JSON node (about 80 bytes), its index entry (JSON pointer,
// key and value positions: about 150) and nothing of the parser's own tree, which alone cost
// about 800 bytes a value (76 times the text of inline scores, measured before the tree went).
TEST_CASE("load::parse_yaml peak memory is a small multiple of the bytes read")
{
  SUBCASE("inline scores")
  {
    const double ratio = peak_per_byte(inline_scores(300));
    MESSAGE("inline scores: peak heap ", ratio, " x the file");
    CHECK(ratio < 30);
  }
  SUBCASE("a flow list of short items")
  {
    const double ratio = peak_per_byte(conflicts(50000));
    MESSAGE("flow list: peak heap ", ratio, " x the file");
    CHECK(ratio < 60);
  }
  SUBCASE("a file over the values limit is refused before the values are built")
  {
    // 50,000 items (about 300 KB) against a limit of 20,000 values: a file that can hold more
    // values than the limit is scanned first. Building the 20,000 values before the limit
    // would cost about 4 MB, 13 times the file; the scan alone keeps little.
    load::Limits limits;
    limits.max_yaml_nodes = 20000;
    const Peak peak = parse(conflicts(50000), limits);
    REQUIRE(peak.diags.items().size() == 1);
    CHECK(peak.diags.items()[0].rule == "yaml.limit");
    CHECK_FALSE(peak.parsed);
    MESSAGE("refused: peak heap ", peak.per_byte, " x the file");
    CHECK(peak.per_byte < 3);
  }
}
