// SPDX-License-Identifier: MIT
// `tenderscore batch`: every set scored as `score` scores it, lines in manifest order whatever
// the number of threads, and a failing set reported on its line without stopping the others.
#include <tenderscore/app/batch.hpp>

#include "hostile_test_support.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

using namespace tenderscore;

namespace {

std::vector<std::string> lines_of(const std::string& text)
{
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  return lines;
}

// The sets of examples/inputs.txt: name, then the score command's inputs.
std::vector<std::vector<std::string>> example_sets()
{
  std::vector<std::vector<std::string>> sets;
  for (const auto& line :
       lines_of(test::slurp(std::string(TENDERSCORE_SOURCE_DIR) + "/examples/inputs.txt"))) {
    if (line.empty() || line[0] == '#') {
      continue;
    }
    std::istringstream words(line);
    std::vector<std::string> set;
    for (std::string word; words >> word;) {
      set.push_back(word);
    }
    sets.push_back(set);
  }
  return sets;
}

} // namespace

TEST_CASE("cli::run batch --format text: the bid ranked first per set and lot, with its total")
{
  const auto run = test::run_cli({"batch", "examples/inputs.txt", "--format", "text", "-q"});
  CHECK(run.code == 0);
  const auto lines = lines_of(run.out);
  REQUIRE(lines.size() == example_sets().size());
  // waste-2015: Northfield's total is 2626/33 = 79.5757…, shown to six places; of six bids two
  // fail a gate or minimum (the golden score table lists them)
  CHECK(lines[0] == "waste-2015: scored; first Northfield Recycling Co-operative (total "
                    "79.575758…); 4 ranked, 2 excluded");
  CHECK(run.err.empty()); // -q: no warnings, and every set scored so no summary
}

TEST_CASE("cli::run batch --format jsonl: each line's result is the `score --format json` result")
{
  const auto run = test::run_cli({"batch", "examples/inputs.txt", "-q"});
  CHECK(run.code == 0);
  const auto lines = lines_of(run.out);
  const auto sets = example_sets();
  REQUIRE(lines.size() == sets.size());
  for (std::size_t i = 0; i < sets.size(); ++i) {
    CAPTURE(sets[i][0]);
    std::vector<std::string> score{"score"};
    score.insert(score.end(), sets[i].begin() + 1, sets[i].end());
    score.insert(score.end(), {"--format", "json", "--compact", "-q"});
    const auto scored = test::run_cli(score);
    REQUIRE(scored.code == 0);
    REQUIRE(!scored.out.empty());
    const std::string result = scored.out.substr(0, scored.out.size() - 1); // no newline
    // the result is the line's last member, byte for byte
    CHECK(lines[i].ends_with(",\"result\":" + result + "}"));
    const auto line = nlohmann::ordered_json::parse(lines[i]);
    CHECK(line["format"] == "tenderscore/batch-line@1");
    CHECK(line["name"] == sets[i][0]);
    CHECK(line["status"] == "scored");
    CHECK(line["inputs"] == line["result"]["inputs"]);
  }
  // `sha256sum examples/waste-2015/tender.yaml` (2919 bytes)
  const auto first = nlohmann::ordered_json::parse(lines[0]);
  CHECK(first["inputs"][0]["path"] == "examples/waste-2015/tender.yaml");
  CHECK(first["inputs"][0]["bytes"] == 2919);
  CHECK(first["inputs"][0]["sha256"] ==
        "5982b8d923c16501f119b8cf9b479ae529305cb718f3b5036d2c0d2e08d81027");
  CHECK(first["manifest_line"] == 5); // after the four comment lines
}

TEST_CASE("cli::run batch: a failing set is reported on its line and in the exit code")
{
  const test::ScratchDir dir("batch");
  const std::string root = TENDERSCORE_SOURCE_DIR;
  const std::string tender = root + "/examples/waste-2015/tender.yaml";
  const std::string bids = root + "/examples/waste-2015/bids.yaml";
  std::string bad_bids = test::slurp(bids);
  const std::string from = "price: 44000000";
  REQUIRE(bad_bids.find(from) != std::string::npos);
  bad_bids.replace(bad_bids.find(from), from.size(), "price: -5");
  std::ofstream(dir / "bad.yaml") << bad_bids;
  // untrusted text: a bidder's name with a right-to-left override (YAML "\u202E"; the loader
  // refuses C0 controls) and the manifest's own file name with an escape character, both shown
  // escaped on a terminal
  std::string evil_bids = test::slurp(bids);
  const std::string northfield = "bidder: Northfield Recycling Co-operative";
  REQUIRE(evil_bids.find(northfield) != std::string::npos);
  evil_bids.replace(evil_bids.find(northfield), northfield.size(), "bidder: \"North\\u202Efield\"");
  std::ofstream(dir / "evil.yaml") << evil_bids;
  const std::string manifest = dir / "in\x1b[1mvalid.txt";
  std::ofstream(manifest) << "first " << tender << ' ' << (dir / "evil.yaml") << "\nbad " << tender
                          << ' ' << (dir / "bad.yaml") << "\nlast " << tender << ' ' << bids
                          << '\n';
  const auto invalid = test::run_cli({"batch", manifest, "--format", "text"});
  CHECK(invalid.code == 1);
  const auto lines = lines_of(invalid.out);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].starts_with("first: scored; first North\\u{202E}field (total"));
  CHECK(lines[1] == "bad: invalid (1 error, 1 warning, 1 note)");
  CHECK(lines[2].starts_with("last: scored; first Northfield"));
  CHECK(invalid.err.find("bad.yaml:36:12: error: price must be greater than zero, got -5 "
                         "[price.non-positive]") != std::string::npos);
  CHECK(invalid.err.find("tenderscore: 3 sets: 2 scored, 1 invalid, 0 unreadable\n") !=
        std::string::npos);
  CHECK(invalid.err.find("tenderscore: set 'bad' (") != std::string::npos);
  CHECK(invalid.err.find("in\\x1B[1mvalid.txt:2): invalid") != std::string::npos);
  CHECK(invalid.out.find('\x1b') == std::string::npos);
  CHECK(invalid.out.find("\u202E") == std::string::npos);
  CHECK(invalid.err.find('\x1b') == std::string::npos);

  std::ofstream(dir / "unreadable.txt") << "gone " << tender << ' ' << (dir / "missing.yaml")
                                        << "\nbad " << tender << ' ' << (dir / "bad.yaml") << '\n';
  const auto unreadable =
      test::run_cli({"batch", dir / "unreadable.txt", "-q", "-o", dir / "out.jsonl"});
  CHECK(unreadable.code == 2); // an unreadable file outranks an invalid set
  CHECK(unreadable.out.empty());
  const auto jsonl = lines_of(test::slurp(dir / "out.jsonl")); // -o: written whole
  REQUIRE(jsonl.size() == 2);
  const auto gone = nlohmann::ordered_json::parse(jsonl[0]);
  CHECK(gone["status"] == "unreadable");
  CHECK(gone["result"].is_null());
  CHECK(gone["error"].get<std::string>().find("missing.yaml") != std::string::npos);
  const auto bad = nlohmann::ordered_json::parse(jsonl[1]);
  CHECK(bad["status"] == "invalid");
  CHECK(bad["counts"]["error"] == 1);
  CHECK(bad["inputs"].size() == 2);
  CHECK(bad["result"].is_null());
}

TEST_CASE("cli::run batch: a manifest with no set (an empty shard) scores nothing and succeeds")
{
  const test::ScratchDir dir("batch-empty");
  std::ofstream(dir / "m.txt") << "# nothing here\n";
  const auto run = test::run_cli({"batch", dir / "m.txt", "-o", dir / "out.jsonl"});
  CHECK(run.code == 0);
  CHECK(run.err.find("warning: the manifest lists no scoring set") != std::string::npos);
  CHECK(std::filesystem::exists(dir / "out.jsonl"));
  CHECK(test::slurp(dir / "out.jsonl").empty());
}

TEST_CASE("cli::run batch: a malformed manifest scores nothing, with file:line:column errors")
{
  const test::ScratchDir dir("batch-manifest");
  std::ofstream(dir / "m.txt") << "a t.yaml b.yaml\na t.yaml b.yaml\n";
  const auto run = test::run_cli({"batch", dir / "m.txt"});
  CHECK(run.code == 1);
  CHECK(run.out.empty());
  CHECK(run.err.find("m.txt:2:1: error: the name 'a' is already used on line 1; each set needs "
                     "its own [batch.duplicate-name]") != std::string::npos);
  CHECK(run.err.find("no set was scored") != std::string::npos);
}

TEST_CASE("run_batch: the lines are the same, in manifest order, for any number of threads "
          "(seeded random manifests)")
{
  const test::ScratchDir dir("batch-jobs");
  const std::string root = TENDERSCORE_SOURCE_DIR;
  std::string bad_bids = test::slurp(root + "/examples/waste-2015/bids.yaml");
  bad_bids.replace(bad_bids.find("price: 44000000"), 15, "price: -5");
  std::ofstream(dir / "bad.yaml") << bad_bids;
  auto choices = example_sets();
  choices.push_back({"invalid", root + "/examples/waste-2015/tender.yaml", dir / "bad.yaml"});
  choices.push_back({"unreadable", root + "/examples/waste-2015/tender.yaml", dir / "none.yaml"});
  for (auto& set : choices) {
    for (std::size_t i = 1; i < set.size(); ++i) {
      if (!set[i].starts_with('/')) {
        set[i] = root + "/" + set[i];
      }
    }
  }
  std::mt19937 random(20261207); // fixed seed: the same manifests on every run
  for (int round = 0; round < 4; ++round) {
    std::vector<app::ScoringSet> sets;
    const auto count = std::uniform_int_distribution<std::size_t>(1, 14)(random);
    for (std::size_t i = 0; i < count; ++i) {
      const auto& pick =
          choices[std::uniform_int_distribution<std::size_t>(0, choices.size() - 1)(random)];
      sets.push_back({pick[0] + "-" + std::to_string(i),
                      pick[1],
                      std::vector<std::string>(pick.begin() + 2, pick.end()),
                      {}});
    }
    const auto run = [&](std::size_t jobs, bool jsonl) {
      app::BatchOptions options;
      options.jobs = jobs;
      options.jsonl = jsonl;
      std::string text;
      std::vector<std::size_t> order;
      app::run_batch(sets, options, [&](app::SetLine&& line) {
        order.push_back(line.index);
        text += line.text;
      });
      CHECK(order.size() == sets.size());
      for (std::size_t i = 0; i < order.size(); ++i) {
        CHECK(order[i] == i);
      }
      return text;
    };
    for (const bool jsonl : {true, false}) {
      const std::string one = run(1, jsonl);
      CHECK(lines_of(one).size() == count);
      for (const std::size_t jobs : {2, 3, 8}) {
        CAPTURE(round);
        CAPTURE(jobs);
        CHECK(run(jobs, jsonl) == one);
      }
    }
  }
}

TEST_CASE("run_batch: a set that throws is reported as failed and the others go on")
{
  std::vector<app::ScoringSet> sets;
  for (int i = 0; i < 9; ++i) {
    sets.push_back({fmt::format("s{}", i), "t.yaml", {"b.yaml"}, {}});
  }
  for (const std::size_t jobs : {1, 4}) {
    app::BatchOptions options;
    options.jobs = jobs;
    options.runner = [](const app::ScoringSet& set, const validate::Options&, const load::Limits&) {
      if (set.name == "s4") {
        throw std::overflow_error("too big");
      }
      app::SetOutcome outcome;
      outcome.status = report::SetStatus::invalid; // no result needed to make a line
      return outcome;
    };
    std::vector<std::string> statuses;
    app::run_batch(sets, options, [&](app::SetLine&& line) {
      statuses.push_back(report::set_status_name(line.status));
      if (line.index == 4) {
        CHECK(line.error == "internal error: too big");
        CHECK(line.text.find("\"status\":\"failed\"") != std::string::npos);
        CHECK(line.text.find("\"error\":\"internal error: too big\"") != std::string::npos);
      }
    });
    CHECK(statuses == std::vector<std::string>{"invalid", "invalid", "invalid", "invalid", "failed",
                                               "invalid", "invalid", "invalid", "invalid"});
  }
}

TEST_CASE("run_batch: an exception from the caller stops the batch and reaches the caller")
{
  const std::string root = TENDERSCORE_SOURCE_DIR;
  const app::ScoringSet set{"w",
                            root + "/examples/waste-2015/tender.yaml",
                            {root + "/examples/waste-2015/bids.yaml"},
                            {}};
  const std::vector<app::ScoringSet> sets(12, set);
  for (const std::size_t jobs : {1, 4}) {
    app::BatchOptions options;
    options.jobs = jobs;
    std::size_t written = 0;
    CHECK_THROWS_AS(app::run_batch(sets, options,
                                   [&](app::SetLine&&) {
                                     if (++written == 3) {
                                       throw std::runtime_error("disk full");
                                     }
                                   }),
                    std::runtime_error);
    CHECK(written == 3); // nothing after the failure
  }
}
