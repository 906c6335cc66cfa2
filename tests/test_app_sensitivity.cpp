// SPDX-License-Identifier: MIT
// `tenderscore sensitivity` over the shipped examples: the sweep agrees with the break-even
// weights (two independent computations), and the JSON and the options behave as documented.
#include <tenderscore/app/sensitivity_run.hpp>

#include "hostile_test_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace tenderscore;

namespace {

std::vector<std::vector<std::string>> example_sets()
{
  std::vector<std::vector<std::string>> sets;
  std::istringstream in(test::slurp(std::string(TENDERSCORE_SOURCE_DIR) + "/examples/inputs.txt"));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') {
      continue;
    }
    std::istringstream words(line);
    std::vector<std::string> set;
    for (std::string word; words >> word;) {
      set.push_back(std::string(TENDERSCORE_SOURCE_DIR) + "/" + word);
    }
    set[0] = set[0].substr(std::string(TENDERSCORE_SOURCE_DIR).size() + 1); // the name
    sets.push_back(set);
  }
  return sets;
}

} // namespace

TEST_CASE("sensitivity: where the social value sweep changes first place is where the "
          "break-even weights of the social value criterion put it, in every example")
{
  // The break-even weights solve the winner against each other bid for one criterion's weight;
  // the sweep walks the upper envelope of every bid's total in the share. With one top-level
  // social value criterion the two must meet the same shares: the last change below the
  // published share is the lower break-even, the first above it the upper.
  score::RobustnessOptions options;
  options.step = 10;
  options.end = 100;
  options.draws.draws = 10;
  std::size_t compared = 0;
  for (const auto& set : example_sets()) {
    CAPTURE(set[0]);
    const auto run = app::sensitivity_files(set[1], {set.begin() + 2, set.end()},
                                            validate::Options{}, {}, options);
    REQUIRE(run.analysis);
    const auto& analysis = *run.analysis;
    for (std::size_t i = 0; i < analysis.result.lots.size(); ++i) {
      const auto& lot = analysis.result.lots[i];
      const auto& sweep = analysis.sweep[i];
      std::vector<std::string> social;
      for (const auto& c :
           lot.bids.empty() ? std::vector<score::CriterionPoints>{} : lot.bids.front().criteria) {
        if (c.depth == 0 && c.social_value) {
          social.push_back(c.id);
        }
      }
      if (social.size() != 1 || !sweep.note.empty() || analysis.weights[i].winner.empty()) {
        continue;
      }
      const score::BreakEven* be = nullptr;
      for (const auto& b : analysis.weights[i].criteria) {
        if (b.criterion == social[0]) {
          be = &b;
        }
      }
      REQUIRE(be != nullptr);
      std::optional<util::Rational> below;
      std::optional<util::Rational> above;
      for (const auto& change : sweep.changes) {
        if (change.share < sweep.current) {
          below = change.share;
        } else if (change.share > sweep.current && !above && change.share < 100) {
          above = change.share;
        }
      }
      CHECK(below == be->lower);
      CHECK(above == be->upper);
      ++compared;
    }
  }
  CHECK(compared >= 4); // the examples with one social value criterion
}

TEST_CASE("cli::run sensitivity --format json: the waste example's five analyses")
{
  const auto run = test::run_cli({"sensitivity", "examples/waste-2015/tender.yaml",
                                  "examples/waste-2015/bids.yaml", "--format", "json", "-q",
                                  "--draws", "3000", "--seed", "11"});
  REQUIRE(run.code == 0);
  const auto doc = nlohmann::ordered_json::parse(run.out);
  CHECK(doc["format"] == "tenderscore/sensitivity@1");
  CHECK(doc["options"]["draws"] == 3000);
  const auto& lot = doc["lots"][0];
  CHECK(lot["winner"] == "Northfield Recycling Co-operative");
  // the social value break-even (below 300/839, above 142420/8363) as the sweep finds it
  const auto& changes = lot["share_sweep"]["changes"];
  REQUIRE(changes.size() == 2);
  CHECK(changes[0]["share_exact"] == "300/839");
  CHECK(changes[0]["after"][0] == "Northfield Recycling Co-operative");
  CHECK(changes[1]["share_exact"] == "142420/8363");
  CHECK(changes[1]["after"][0] == "Urban Cycle Partnership");
  CHECK(lot["share_sweep"]["steps"].size() == 21); // 0, 1, ..., 20
  // every draw puts every bid at one rank, and one or more bids first
  const auto& draws = lot["weight_draws"];
  std::uint64_t firsts = 0;
  for (const auto& bid : draws["bids"]) {
    std::uint64_t ranks = 0;
    for (const auto& count : bid["ranks"]) {
      ranks += count.get<std::uint64_t>();
    }
    CHECK(ranks == 3000);
    firsts += bid["first_alone"].get<std::uint64_t>();
  }
  CHECK(firsts == 3000); // no tie among these bids
  REQUIRE(lot["price_methods"].size() == 3);
  CHECK(lot["price_methods"][0]["method"] == "lowest-ratio");
  CHECK(lot["price_methods"][0]["published"] == true);
  CHECK(lot["price_methods"][0]["ranking"][0]["total_exact"] == "2626/33");
  CHECK(lot["price_methods"][1]["ranking"][0]["bidder"] == "Budget Bins plc");
  CHECK(lot["rank_reversal"]["checked"] == true);

  // the same seed gives the same document; another seed other counts
  const auto again = test::run_cli({"sensitivity", "examples/waste-2015/tender.yaml",
                                    "examples/waste-2015/bids.yaml", "--format", "json", "-q",
                                    "--draws", "3000", "--seed", "11"});
  CHECK(again.out == run.out);
  const auto other = test::run_cli({"sensitivity", "examples/waste-2015/tender.yaml",
                                    "examples/waste-2015/bids.yaml", "--format", "json", "-q",
                                    "--draws", "3000", "--seed", "12"});
  CHECK(other.out != run.out);
}

TEST_CASE("cli::run sensitivity: options out of range are usage errors")
{
  const std::vector<std::string> inputs{"sensitivity", "examples/waste-2015/tender.yaml",
                                        "examples/waste-2015/bids.yaml"};
  const auto with = [&](std::vector<std::string> extra) {
    auto args = inputs;
    args.insert(args.end(), extra.begin(), extra.end());
    return test::run_cli(args);
  };
  const auto zero_step = with({"--step", "0"});
  CHECK(zero_step.code == 2);
  CHECK(zero_step.err.find("--step must be a number above 0") != std::string::npos);
  CHECK(with({"--to", "101"}).code == 2);
  CHECK(with({"--to", "ten"}).code == 2);
  CHECK(with({"--step", "0.001", "--to", "20"}).code == 2); // 20,000 steps
  CHECK(with({"--draws", "0"}).code == 2);
  CHECK(with({"--concentration", "0"}).code == 2);
}

TEST_CASE("cli::run sensitivity: a bidder's name is escaped in HTML, Markdown and the terminal")
{
  const test::ScratchDir dir("sensitivity-escape");
  std::string bids = test::slurp(std::string(TENDERSCORE_SOURCE_DIR) +
                                 "/examples/waste-2015/bids.yaml");
  const std::string from = "bidder: Northfield Recycling Co-operative";
  REQUIRE(bids.find(from) != std::string::npos);
  bids.replace(bids.find(from), from.size(), "bidder: \"<b>North|field</b> & \\u202E\"");
  std::ofstream(dir / "bids.yaml") << bids;
  const auto run = [&](const char* format) {
    const auto out = test::run_cli({"sensitivity", "examples/waste-2015/tender.yaml",
                                    dir / "bids.yaml", "--format", format, "-q", "--draws", "50"});
    CHECK(out.code == 0);
    return out.out;
  };
  const std::string html = run("html");
  CHECK(html.find("&lt;b&gt;North|field&lt;/b&gt; &amp; \\u{202E}") != std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
  const std::string md = run("md");
  CHECK(md.find("\\<b\\>North\\|field\\</b\\> \\& \\\\u{202E}") != std::string::npos);
  const std::string text = run("table");
  CHECK(text.find("<b>North|field</b> & \\u{202E}") != std::string::npos);
  CHECK(text.find("\u202E") == std::string::npos);
}
