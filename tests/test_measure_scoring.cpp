// SPDX-License-Identifier: MIT
#include <tenderscore/measure/scoring.hpp>
#include <tenderscore/measure/swemwbs_table.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

using namespace tenderscore;
using measure::Instrument;
using util::Rational;

namespace {

measure::Observation response(std::vector<std::optional<int>> items)
{
  measure::Observation obs;
  obs.id = "p1";
  obs.items = std::move(items);
  return obs;
}

} // namespace

TEST_CASE("measure::eq5d_3l_index")
{
  SUBCASE("published anchors, worked by hand")
  {
    // 11111: no decrement at all.
    CHECK(measure::eq5d_3l_index({1, 1, 1, 1, 1}) == Rational(1));
    // 11112: 1 - 0.081 - 0.071 (AD level 2) = 0.848.
    CHECK(measure::eq5d_3l_index({1, 1, 1, 1, 2}) == Rational(848, 1000));
    // 22222: 1 - 0.081 - (0.069 + 0.104 + 0.036 + 0.123 + 0.071 = 0.403) = 0.516.
    CHECK(measure::eq5d_3l_index({2, 2, 2, 2, 2}) == Rational(516, 1000));
    // 33333: 1 - 0.081 - (0.314 + 0.214 + 0.094 + 0.386 + 0.236 = 1.244) - 0.269 = -0.594.
    CHECK(measure::eq5d_3l_index({3, 3, 3, 3, 3}) == Rational(-594, 1000));
    // 11113: 1 - 0.081 - 0.236 - 0.269 (N3) = 0.414.
    CHECK(measure::eq5d_3l_index({1, 1, 1, 1, 3}) == Rational(414, 1000));
  }
  SUBCASE("all 243 states against the table tests/data/measure/eq5d3l_uk_index.py wrote")
  {
    std::ifstream in(TENDERSCORE_SOURCE_DIR "/tests/data/measure/eq5d3l-uk-index.csv");
    REQUIRE(in);
    std::string line;
    std::getline(in, line);
    CHECK(line == "state,index");
    int states = 0;
    while (std::getline(in, line)) {
      REQUIRE(line.size() > 6);
      std::array<int, 5> levels{};
      for (std::size_t d = 0; d < 5; ++d) {
        levels[d] = line[d] - '0';
      }
      const auto expected = util::parse_decimal(line.substr(6));
      REQUIRE(expected);
      CHECK_MESSAGE(measure::eq5d_3l_index(levels) == *expected, line);
      ++states;
    }
    CHECK(states == 243);
  }
  SUBCASE("a level outside 1-3 is a programming error, not a value")
  {
    CHECK_THROWS_AS(measure::eq5d_3l_index({1, 1, 4, 1, 1}), std::invalid_argument);
  }
}

TEST_CASE("measure::swemwbs_metric")
{
  SUBCASE("the published table, entry by entry")
  {
    // Stewart-Brown et al. (2009) conversion as in data/swemwbs-conversion.csv.
    const std::array<const char*, 29> metric{
        "7.00",  "9.51",  "11.25", "12.40", "13.33", "14.08", "14.75", "15.32", "15.84", "16.36",
        "16.88", "17.43", "17.98", "18.59", "19.25", "19.98", "20.73", "21.54", "22.35", "23.21",
        "24.11", "25.03", "26.02", "27.03", "28.13", "29.31", "30.70", "32.55", "35.00"};
    for (int raw = 7; raw <= 35; ++raw) {
      CHECK_MESSAGE(measure::swemwbs_metric(raw) ==
                        *util::parse_decimal(metric[static_cast<std::size_t>(raw - 7)]),
                    raw);
    }
  }
  SUBCASE("the compiled-in table covers 7..35 and strictly increases")
  {
    const auto& table = measure::swemwbs_table();
    CHECK(table.front().raw == 7);
    CHECK(table.back().raw == 35);
    for (std::size_t i = 1; i < table.size(); ++i) {
      CHECK(table[i].raw == table[i - 1].raw + 1);
      CHECK(*util::parse_decimal(table[i].metric) > *util::parse_decimal(table[i - 1].metric));
    }
  }
  SUBCASE("outside 7..35")
  {
    CHECK_THROWS_AS(measure::swemwbs_metric(6), std::invalid_argument);
    CHECK_THROWS_AS(measure::swemwbs_metric(36), std::invalid_argument);
  }
}

TEST_CASE("measure::ons4_band")
{
  SUBCASE("life satisfaction, worthwhile, happiness: every boundary")
  {
    for (const std::string item : {"life_satisfaction", "worthwhile", "happiness"}) {
      CHECK(measure::ons4_band(item, 0) == "low");
      CHECK(measure::ons4_band(item, 4) == "low");
      CHECK(measure::ons4_band(item, 5) == "medium");
      CHECK(measure::ons4_band(item, 6) == "medium");
      CHECK(measure::ons4_band(item, 7) == "high");
      CHECK(measure::ons4_band(item, 8) == "high");
      CHECK(measure::ons4_band(item, 9) == "very high");
      CHECK(measure::ons4_band(item, 10) == "very high");
    }
  }
  SUBCASE("anxiety: every boundary")
  {
    CHECK(measure::ons4_band("anxiety", 0) == "very low");
    CHECK(measure::ons4_band("anxiety", 1) == "very low");
    CHECK(measure::ons4_band("anxiety", 2) == "low");
    CHECK(measure::ons4_band("anxiety", 3) == "low");
    CHECK(measure::ons4_band("anxiety", 4) == "medium");
    CHECK(measure::ons4_band("anxiety", 5) == "medium");
    CHECK(measure::ons4_band("anxiety", 6) == "high");
    CHECK(measure::ons4_band("anxiety", 10) == "high");
  }
}

TEST_CASE("measure::score_observation")
{
  SUBCASE("WEMWBS totals: the floor, the ceiling and a mixed response")
  {
    const auto all = [](int v) { return std::vector<std::optional<int>>(14, v); };
    const auto low = response(all(1));
    CHECK(*measure::score_observation(low, Instrument::wemwbs).values.front() == 14);
    const auto high = response(all(5));
    CHECK(*measure::score_observation(high, Instrument::wemwbs).values.front() == 70);
    // 3+4+2+5+1+3+3+4+4+2+5+3+4+3 = 46.
    const auto mixed = response({3, 4, 2, 5, 1, 3, 3, 4, 4, 2, 5, 3, 4, 3});
    const auto s = measure::score_observation(mixed, Instrument::wemwbs);
    CHECK(*s.values.front() == 46);
    CHECK(*s.raw == 46);
    CHECK(s.note.empty());
  }
  SUBCASE("WEMWBS with a missing item is not scored, and says why")
  {
    auto items = std::vector<std::optional<int>>(14, 3);
    items[6] = std::nullopt;
    items[9] = std::nullopt;
    const auto obs = response(items);
    const auto s = measure::score_observation(obs, Instrument::wemwbs);
    CHECK_FALSE(s.values.front());
    CHECK(s.note == "not scored: item7, item10 missing; wemwbs is scored only when all 14 "
                    "items are answered (tenderscore does not prorate or impute)");
  }
  SUBCASE("SWEMWBS raw 23 → metric 20.73")
  {
    // 4+3+3+3+4+3+3 = 23.
    const auto obs = response({4, 3, 3, 3, 4, 3, 3});
    const auto s = measure::score_observation(obs, Instrument::swemwbs);
    CHECK(*s.raw == 23);
    CHECK(*s.values.front() == Rational(2073, 100));
  }
  SUBCASE("EQ-5D-3L state and a missing dimension")
  {
    const auto obs = response({1, 2, 1, 3, 1});
    const auto s = measure::score_observation(obs, Instrument::eq5d_3l);
    CHECK(*s.state == "12131");
    // 1 - 0.081 - 0.104 - 0.386 - 0.269 = 0.160.
    CHECK(*s.values.front() == Rational(160, 1000));
    const auto gap = response({1, std::nullopt, 1, 3, 1});
    const auto g = measure::score_observation(gap, Instrument::eq5d_3l);
    CHECK_FALSE(g.values.front());
    CHECK_FALSE(g.state);
    CHECK(g.note == "not scored: sc missing; the EQ-5D-3L index needs all five dimensions "
                    "(EuroQol: no index for an incomplete state)");
  }
  SUBCASE("ONS4 items are scored and banded one by one")
  {
    const auto obs = response({7, std::nullopt, 9, 2});
    const auto s = measure::score_observation(obs, Instrument::ons4);
    REQUIRE(s.values.size() == 4);
    CHECK(*s.values[0] == 7);
    CHECK_FALSE(s.values[1]);
    CHECK(*s.values[2] == 9);
    CHECK(*s.values[3] == 2);
    CHECK(s.bands == std::vector<std::string>{"high", "", "very high", "low"});
    CHECK(s.note == "worthwhile not answered; each ONS4 question is its own measure, so the "
                    "others are still scored");
  }
}
