// SPDX-License-Identifier: MIT
// Scoring one response: the EQ-5D-3L UK index, WEMWBS total, SWEMWBS metric, ONS4 bands.
#include <tenderscore/measure/scoring.hpp>

#include <tenderscore/measure/swemwbs_table.hpp>

#include <fmt/format.h>

#include <stdexcept>

namespace tenderscore::measure {

namespace {

// Dolan (1997) decrements in thousandths, per dimension (MO, SC, UA, PD, AD) for levels 2 and 3.
constexpr int k_eq5d_constant = 81;
constexpr int k_eq5d_n3 = 269;
constexpr std::array<std::array<int, 2>, 5> k_eq5d_decrements{
    {{69, 314}, {104, 214}, {36, 94}, {123, 386}, {71, 236}}};

std::string missing_items(const Observation& obs, const InstrumentSpec& s)
{
  std::string names;
  for (std::size_t k = 0; k < obs.items.size(); ++k) {
    if (!obs.items[k]) {
      names += (names.empty() ? "" : ", ") + s.items[k];
    }
  }
  return names;
}

void score_sum(const Observation& obs, const InstrumentSpec& s, RowScore& score)
{
  const std::string missing = missing_items(obs, s);
  if (!missing.empty()) {
    score.values.emplace_back(std::nullopt);
    score.note = fmt::format("not scored: {} missing; {} is scored only when all {} items are "
                             "answered (tenderscore does not prorate or impute)",
                             missing, s.name, s.items.size());
    return;
  }
  int sum = 0;
  for (const auto& item : obs.items) {
    sum += *item;
  }
  score.raw = sum;
  score.values.emplace_back(s.id == Instrument::swemwbs ? swemwbs_metric(sum)
                                                        : util::Rational(sum));
}

} // namespace

util::Rational eq5d_3l_index(const std::array<int, 5>& levels)
{
  int loss = 0;
  bool any_above_one = false;
  bool any_three = false;
  for (std::size_t d = 0; d < levels.size(); ++d) {
    const int level = levels[d];
    if (level < 1 || level > 3) {
      throw std::invalid_argument("EQ-5D-3L level out of range");
    }
    if (level > 1) {
      any_above_one = true;
      loss += k_eq5d_decrements[d][static_cast<std::size_t>(level - 2)];
    }
    any_three = any_three || level == 3;
  }
  loss += (any_above_one ? k_eq5d_constant : 0) + (any_three ? k_eq5d_n3 : 0);
  return util::Rational(1000 - loss, 1000);
}

util::Rational swemwbs_metric(int raw)
{
  for (const auto& entry : swemwbs_table()) {
    if (entry.raw == raw) {
      if (auto value = util::parse_decimal(entry.metric)) {
        return *value;
      }
    }
  }
  throw std::invalid_argument("SWEMWBS raw total out of range");
}

std::string ons4_band(const std::string& item, int value)
{
  if (item == "anxiety") {
    return value <= 1 ? "very low" : value <= 3 ? "low" : value <= 5 ? "medium" : "high";
  }
  return value <= 4 ? "low" : value <= 6 ? "medium" : value <= 8 ? "high" : "very high";
}

std::vector<std::string> ons4_bands(const std::string& item)
{
  if (item == "anxiety") {
    return {"very low", "low", "medium", "high"};
  }
  return {"low", "medium", "high", "very high"};
}

RowScore score_observation(const Observation& observation, Instrument instrument)
{
  const InstrumentSpec& s = spec(instrument);
  RowScore score;
  score.observation = &observation;
  switch (instrument) {
  case Instrument::eq5d_3l: {
    const std::string missing = missing_items(observation, s);
    if (!missing.empty()) {
      score.values.emplace_back(std::nullopt);
      score.note = fmt::format("not scored: {} missing; the EQ-5D-3L index needs all five "
                               "dimensions (EuroQol: no index for an incomplete state)",
                               missing);
      break;
    }
    std::array<int, 5> levels{};
    std::string state;
    for (std::size_t d = 0; d < levels.size(); ++d) {
      levels[d] = *observation.items[d];
      state += static_cast<char>('0' + levels[d]);
    }
    score.state = state;
    score.values.emplace_back(eq5d_3l_index(levels));
    break;
  }
  case Instrument::wemwbs:
  case Instrument::swemwbs:
    score_sum(observation, s, score);
    break;
  case Instrument::ons4: {
    for (std::size_t k = 0; k < s.items.size(); ++k) {
      const auto& value = observation.items[k];
      if (value) {
        score.values.emplace_back(util::Rational(*value));
        score.bands.push_back(ons4_band(s.items[k], *value));
      } else {
        score.values.emplace_back();
        score.bands.emplace_back();
      }
    }
    const std::string missing = missing_items(observation, s);
    if (!missing.empty()) {
      score.note = fmt::format("{} not answered; each ONS4 question is its own measure, so the "
                               "others are still scored",
                               missing);
    }
    break;
  }
  }
  return score;
}

} // namespace tenderscore::measure
