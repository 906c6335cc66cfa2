// SPDX-License-Identifier: MIT
#include "format_md_fixture.hpp"
#include "test_load_support.hpp"

#include <tenderscore/load/build.hpp>
#include <tenderscore/load/loader.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

using namespace tenderscore;
using load::FileKind;
using test::Lines;
using test::load_errors;
using util::Rational;

namespace {

namespace fs = std::filesystem;

// FORMAT.md's tender definition, as published.
const char* const k_format_tender = tenderscore::test::k_format_md_tender;

// FORMAT.md's bids file, as published.
const char* const k_format_bids = tenderscore::test::k_format_md_bids;

std::string at(const diag::Location& where)
{
  return fmt::format("{}:{}:{}", where.path(), where.line, where.column);
}

FileKind kind_of(const std::string& text, Lines& errors)
{
  diag::Diagnostics diags;
  const auto doc = load::parse_yaml(test::source(text), diags);
  const FileKind kind = load::detect_kind(doc, diags);
  errors = test::render(diags);
  return kind;
}

// A fresh directory under the system's temporary directory, removed again at the end.
class TempDir
{
public:
  TempDir()
      : m_path(fs::temp_directory_path() /
               fmt::format("tenderscore-load-{}", std::random_device{}()))
  {
    fs::create_directories(m_path);
  }
  ~TempDir() { fs::remove_all(m_path); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string write(const std::string& name, const std::string& text) const
  {
    const fs::path path = m_path / name;
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
  }
  std::string path(const std::string& name) const { return (m_path / name).string(); }

private:
  fs::path m_path;
};

} // namespace

TEST_CASE("load::detect_kind")
{
  Lines errors;
  SUBCASE("the two formats")
  {
    CHECK(kind_of("format: tenderscore/tender@1\n", errors) == FileKind::tender);
    CHECK(kind_of("format: tenderscore/bids@1\n", errors) == FileKind::bids);
    CHECK(errors.empty());
    CHECK(kind_of("format: tenderscore/monitoring@1\n", errors) == FileKind::monitoring);
    CHECK(errors.empty());
  }
  SUBCASE("a missing format")
  {
    const Lines missing{"t.yaml:1:1: error: missing 'format:' key; expected "
                        "'tenderscore/tender@1', 'tenderscore/bids@1', 'tenderscore/monitoring@1', "
                        "'tenderscore/value-map@1' or 'tenderscore/proxies@1' "
                        "[format.missing]"};
    CHECK(kind_of("tender: {id: t}\n", errors) == FileKind::unknown);
    CHECK(errors == missing);
    CHECK(kind_of("- format: tenderscore/tender@1\n", errors) == FileKind::unknown);
    CHECK(errors == missing);
  }
  SUBCASE("a future version")
  {
    CHECK(kind_of("# a comment\nformat: tenderscore/tender@2\n", errors) == FileKind::unknown);
    CHECK(errors == Lines{"t.yaml:2:9: error: unsupported format version 'tenderscore/tender@2'; "
                          "this tenderscore reads 'tenderscore/tender@1' [format.version]"});
  }
  SUBCASE("an unknown format")
  {
    CHECK(kind_of("format: tenderscore/bid@1\n", errors) == FileKind::unknown);
    CHECK(errors == Lines{"t.yaml:1:9: error: unknown format 'tenderscore/bid@1'; did you mean "
                          "'tenderscore/bids@1'? [format.unknown]"});
    CHECK(kind_of("format: 3\n", errors) == FileKind::unknown);
    CHECK(errors ==
          Lines{"t.yaml:1:9: error: unknown format '3'; expected "
                "'tenderscore/tender@1', 'tenderscore/bids@1', 'tenderscore/monitoring@1', "
                "'tenderscore/value-map@1' or 'tenderscore/proxies@1' "
                "[format.unknown]"});
  }
}

TEST_CASE("load::build_tender")
{
  diag::Diagnostics diags;
  const auto file = load::load_text("tender.yaml", k_format_tender, diags);
  REQUIRE(test::render(diags) == Lines{});
  REQUIRE(file.kind == FileKind::tender);
  REQUIRE(file.tender);
  const model::Tender& t = *file.tender;

  SUBCASE("tender details")
  {
    CHECK(t.info.id == "waste-2015");
    CHECK(at(t.info.where) == "tender.yaml:4:7");
    CHECK(t.info.authority == "Example County Council");
    CHECK(t.info.estimated_value->value == Rational{50000000});
    CHECK(t.info.procedure.value == "competitive-dialogue");
    REQUIRE(t.info.legal_basis.size() == 1);
    CHECK(at(t.info.legal_basis[0].where) == "tender.yaml:10:17");
  }
  SUBCASE("scales with labels keyed by score, in file order")
  {
    REQUIRE(t.scales.size() == 1);
    const model::Scale& scale = t.scales[0];
    CHECK(scale.id == "quality-0-5");
    CHECK(at(scale.where) == "tender.yaml:12:3");
    CHECK(scale.max.value == 5);
    CHECK(at(scale.step.where) == "tender.yaml:15:11");
    REQUIRE(scale.labels.size() == 6);
    CHECK(scale.labels[3].point == 3);
    CHECK(scale.labels[3].text == "Satisfactory — meets the requirement");
    CHECK(at(scale.labels[3].where) == "tender.yaml:20:7");
  }
  SUBCASE("panel and gates")
  {
    REQUIRE(t.panel.evaluators.size() == 3);
    CHECK(t.panel.evaluators[2].id == "ev-arts");
    CHECK(t.panel.evaluators[2].role == "arts-specialist");
    CHECK(at(t.panel.evaluators[2].where) == "tender.yaml:27:12");
    CHECK(t.panel.aggregate.value == model::Aggregate::mean);
    CHECK(t.panel.spread_flag.value == 2);
    REQUIRE(t.gates.size() == 2);
    CHECK(t.gates[1].id == "exclusion-grounds");
  }
  SUBCASE("the criteria tree, with exact decimals")
  {
    REQUIRE(t.criteria.size() == 3);
    const model::Criterion& price = t.criteria[0];
    CHECK(price.kind() == model::CriterionKind::price);
    CHECK(price.weight.value == 40);
    CHECK(at(price.weight.where) == "tender.yaml:35:13");
    CHECK(price.price->method.value == model::PriceMethod::lowest_ratio);
    CHECK(price.price->abnormally_low->value == Rational{4, 5});
    CHECK_FALSE(price.price->k);
    const model::Criterion& quality = t.criteria[1];
    CHECK(quality.kind() == model::CriterionKind::group);
    CHECK(quality.threshold->value == Rational{3, 5});
    REQUIRE(quality.children.size() == 3);
    const model::Criterion& delivery = quality.children[0];
    CHECK(delivery.kind() == model::CriterionKind::question);
    CHECK(delivery.id == "service-delivery");
    CHECK(at(delivery.where) == "tender.yaml:43:14");
    CHECK(delivery.scale->value == "quality-0-5");
    CHECK(delivery.minimum->value == 2);
    CHECK(delivery.normalise.value == model::Normalise::scale_max);
    CHECK(quality.children[1].text == "How will you raise recycling rates?");
    const model::Criterion& social = t.criteria[2];
    CHECK(social.social_value);
    CHECK(social.children[0].text.rfind("Innovative and engaging ideas", 0) == 0);
    REQUIRE(t.tie_break.size() == 2);
    CHECK(t.tie_break[1].value == "social-value");
  }
  SUBCASE("contract and outcomes")
  {
    CHECK(t.ringfence->share.value == Rational{1, 1000});
    REQUIRE(t.outcomes.size() == 1);
    REQUIRE(t.outcomes[0].kpis.size() == 2);
    const model::Kpi& kpi = t.outcomes[0].kpis[1];
    CHECK(kpi.id == "arts-participants");
    CHECK(kpi.unit == "people");
    CHECK(kpi.direction.value == model::Direction::higher);
    CHECK(kpi.weight->value == 30);
    CHECK(kpi.targets->stretch.value == 2000);
    CHECK(at(kpi.targets->stretch.where) == "tender.yaml:75:58");
  }
}

TEST_CASE("load::build_tender details")
{
  diag::Diagnostics diags;
  SUBCASE("decimals are read exactly from the text, never through a double")
  {
    const auto file = load::load_text("t.yaml",
                                      "format: tenderscore/tender@1\n"
                                      "tender: {id: t, title: T}\n"
                                      "scales:\n"
                                      "  half: {min: 0, max: 2.5, step: 0.5, labels: {2.5: top}}\n"
                                      "  plain: {min: 1, max: 3}\n"
                                      "criteria:\n"
                                      "  - {id: a, weight: 0.1, threshold: 0.25}\n"
                                      "  - {id: b, weight: 0.10, minimum: 1e-2}\n"
                                      "  - {id: c, weight: 99.80, normalise: relative-to-best}\n"
                                      "lots:\n"
                                      "  - {id: north, criteria: [{id: d, weight: 100}]}\n"
                                      "  - {id: south}\n",
                                      diags);
    REQUIRE(test::render(diags) == Lines{});
    const model::Tender& t = *file.tender;
    CHECK(t.criteria[0].weight.value == Rational{1, 10});
    CHECK(t.criteria[0].threshold->value == Rational{1, 4});
    CHECK(t.criteria[1].weight.value == Rational{1, 10});
    CHECK(t.criteria[1].minimum->value == Rational{1, 100});
    CHECK(t.criteria[2].weight.value == Rational{499, 5});
    CHECK(t.criteria[2].normalise.value == model::Normalise::relative_to_best);
    CHECK(at(t.criteria[2].normalise.where) == "t.yaml:9:39");
    REQUIRE(t.scales.size() == 2);
    CHECK(t.scales[0].id == "half");
    CHECK(t.scales[0].labels[0].point == Rational{5, 2});
    CHECK(t.scales[0].step.value == Rational{1, 2});
    CHECK(t.scales[1].step.value == 1); // the default step, located at the scale
    CHECK(at(t.scales[1].step.where) == "t.yaml:5:3");
    REQUIRE(t.lots.size() == 2);
    CHECK(t.lots[0].criteria->at(0).id == "d");
    CHECK_FALSE(t.lots[1].criteria);
    CHECK(t.info.currency == "GBP");
    CHECK(t.panel.spread_flag.value == 2);
  }
  SUBCASE("a price criterion without a method uses lowest-ratio")
  {
    const auto file = load::load_text("t.yaml",
                                      "format: tenderscore/tender@1\n"
                                      "tender: {id: t, title: T}\n"
                                      "criteria: [{id: p, weight: 100, price: {k: 2}}]\n",
                                      diags);
    REQUIRE(test::render(diags) == Lines{});
    const model::PriceRule& rule = *file.tender->criteria[0].price;
    CHECK(rule.method.value == model::PriceMethod::lowest_ratio);
    CHECK(at(rule.method.where) == "t.yaml:3:33");
    CHECK(rule.k->value == 2);
  }
}

TEST_CASE("load::build_bids")
{
  diag::Diagnostics diags;
  const auto file = load::load_text("bids.yaml", k_format_bids, diags);
  REQUIRE(test::render(diags) == Lines{});
  REQUIRE(file.kind == FileKind::bids);
  REQUIRE(file.bids);
  CHECK(file.bids->tender.value == "waste-2015");
  CHECK(at(file.bids->tender.where) == "bids.yaml:2:9");
  REQUIRE(file.bids->bids.size() == 1);
  const model::Bid& bid = file.bids->bids[0];
  CHECK(bid.bidder.value == "Greenway Services Ltd");
  CHECK(at(bid.where) == "bids.yaml:4:5");
  CHECK_FALSE(bid.lot);
  CHECK(bid.price->value == 47200000);
  REQUIRE(bid.gates.size() == 2);
  CHECK(bid.gates[1].gate == "exclusion-grounds");
  CHECK(bid.gates[1].pass);
  CHECK(at(bid.gates[1].where) == "bids.yaml:7:49");
  REQUIRE(bid.scores.size() == 4);
  // Scores keep the file's order, not the alphabetical order of a JSON object.
  CHECK(bid.scores[0].question == "service-delivery");
  CHECK(bid.scores[3].question == "community-engagement");
  const model::QuestionScore& delivery = bid.scores[0];
  CHECK(at(delivery.where) == "bids.yaml:9:7");
  REQUIRE(delivery.evaluators.size() == 3);
  CHECK(delivery.evaluators[0].evaluator == "ev-procurement");
  CHECK(delivery.evaluators[2].evaluator == "ev-arts");
  CHECK(delivery.evaluators[2].score.value == 3);
  CHECK(at(delivery.evaluators[2].score.where) == "bids.yaml:10:65");
  CHECK(delivery.moderated->value == 4);
  CHECK(delivery.comment->value == "Clear collection plan with resilience for peak periods.");
  CHECK_FALSE(bid.scores[1].moderated);
  CHECK(bid.conflicts.empty());
  REQUIRE(bid.kpi_commitments.size() == 2);
  CHECK(bid.kpi_commitments[1].kpi == "arts-participants");
  CHECK(bid.kpi_commitments[1].value.value == 1500);
}

TEST_CASE("load::build_bids with a BOM and CRLF line ends")
{
  std::string text = "\xEF\xBB\xBF";
  for (const char* c = k_format_bids; *c != '\0'; ++c) {
    text += *c == '\n' ? std::string("\r\n") : std::string(1, *c);
  }
  diag::Diagnostics diags;
  const auto file = load::load_text("bids.yaml", text, diags);
  REQUIRE(test::render(diags) == Lines{});
  REQUIRE(file.bids);
  const model::QuestionScore& delivery = file.bids->bids[0].scores[0];
  CHECK(at(delivery.evaluators[2].score.where) == "bids.yaml:10:65");
  CHECK(delivery.comment->value == "Clear collection plan with resilience for peak periods.");
}

TEST_CASE("load::build_tender without a schema check")
{
  // The builders run after the schema check, but must still report, never crash, on anything.
  diag::Diagnostics diags;
  const auto doc = load::parse_yaml(test::source("tender: [1]\n"
                                                 "scales: {q: {min: x, max: 1, labels: {hi: a}}}\n"
                                                 "criteria:\n"
                                                 "  - {id: 5, weight: 1, price: {method: cheap}}\n"
                                                 "  - 9\n"
                                                 "panel: {evaluators: {a: 1}}\n"),
                                    diags);
  REQUIRE(diags.empty());
  const model::Tender tender = load::build_tender(doc, diags);
  CHECK(test::render(diags) ==
        Lines{"t.yaml:2:19: error: expected a number, got 'x' [schema.type]",
              "t.yaml:2:39: error: expected a scale point as the key, got 'hi' [schema.type]",
              "t.yaml:4:10: error: expected a string, got '5' [schema.type]",
              "t.yaml:4:40: error: expected one of lowest-ratio, linear, range, fixed-bounds, "
              "budget, got 'cheap' [schema.type]",
              "t.yaml:5:5: error: missing required key 'weight' [schema.required]",
              "t.yaml:6:21: error: expected a list, got '{\"a\":1}' [schema.type]"});
  CHECK(tender.criteria.size() == 2);
  diags = {};
  const model::BidsFile bids = load::build_bids(doc, diags);
  CHECK(test::render(diags) ==
        Lines{"t.yaml:1:9: error: expected a string, got '[1]' [schema.type]"});
  CHECK(bids.bids.empty());
}

TEST_CASE("load::load_source")
{
  diag::Diagnostics diags;
  SUBCASE("a schema error sets the kind but not the model")
  {
    const auto file = load::load_text("t.yaml", "format: tenderscore/bids@1\nbids: []\n", diags);
    CHECK(file.kind == FileKind::bids);
    CHECK_FALSE(file.bids);
    CHECK(test::render(diags) ==
          Lines{"t.yaml:1:1: error: missing required key 'tender' [schema.required]"});
  }
  SUBCASE("a YAML error stops before the format is looked at")
  {
    const auto file = load::load_text("t.yaml", "format: [\n", diags);
    CHECK(file.kind == FileKind::unknown);
    CHECK(diags.count(diag::Severity::error) == 1);
  }
  SUBCASE("errors already collected for other files do not block this one")
  {
    diags.error({}, "x.rule", "an earlier file's problem");
    const auto file = load::load_text("bids.yaml", k_format_bids, diags);
    CHECK(file.bids);
  }
}

TEST_CASE("load::read_source")
{
  const TempDir dir;
  SUBCASE("a file is read as it is, BOM aside")
  {
    const std::string path = dir.write("t.yaml", "\xEF\xBB\xBF"
                                                 "format: x\r\n");
    const auto source = load::read_source(path);
    CHECK(source->path() == path);
    CHECK(source->text() == "format: x\r\n");
    CHECK(source->had_bom());
  }
  SUBCASE("a missing file")
  {
    const std::string path = dir.path("missing.yaml");
    CHECK_THROWS_WITH_AS(load::read_source(path),
                         fmt::format("cannot read '{}': No such file or directory", path).c_str(),
                         load::IoError);
  }
  SUBCASE("a directory")
  {
    const std::string path = dir.path("");
    CHECK_THROWS_WITH_AS(load::read_source(path), fmt::format("'{}' is a directory", path).c_str(),
                         load::IoError);
  }
  SUBCASE("a file over the size limit, refused before it is read")
  {
    const std::string path = dir.write("big.yaml", std::string(2048, 'x'));
    load::Limits limits;
    limits.max_file_bytes = 1024;
    CHECK_THROWS_WITH_AS(load::read_source(path, limits),
                         fmt::format("'{}': file is 2.0 KiB, over the 1 KiB limit (raise it with "
                                     "--max-file-size)",
                                     path)
                             .c_str(),
                         load::IoError);
    limits.max_file_bytes = 2048;
    CHECK(load::read_source(path, limits)->text().size() == 2048);
  }
}
