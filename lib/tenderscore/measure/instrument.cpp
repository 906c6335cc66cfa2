// SPDX-License-Identifier: MIT
// The four instruments: their items, ranges, scoring rules and meaningful-change thresholds, each
// with its source (README "Wellbeing measures" repeats them for people).
#include <tenderscore/measure/instrument.hpp>

#include <array>

namespace tenderscore::measure {

namespace {

using util::Rational;

const std::string k_ons_threshold_source =
    "no minimal important difference has been published for the ONS4 items; tenderscore counts "
    "a change of at least 1 point on the 0-10 scale, the smallest change the scale records and "
    "the unit HM Treasury's Green Book wellbeing guidance (2021) values as one WELLBY";

std::array<InstrumentSpec, 4> make_specs()
{
  InstrumentSpec eq5d;
  eq5d.id = Instrument::eq5d_3l;
  eq5d.name = "eq5d-3l";
  eq5d.title = "EQ-5D-3L index, UK time trade-off value set";
  eq5d.items = {"mo", "sc", "ua", "pd", "ad"};
  eq5d.item_min = 1;
  eq5d.item_max = 3;
  eq5d.outcomes = {{"index", Direction::higher_is_better, Rational(74, 1000),
                    "Walters & Brazier (2005), Quality of Life Research 14:1523-1532: mean "
                    "minimally important difference of the EQ-5D index, 0.074"}};
  eq5d.rule = "1 - (0.081 if any dimension is not 1) - the level 2 or 3 decrement of each "
              "dimension (MO 0.069/0.314, SC 0.104/0.214, UA 0.036/0.094, PD 0.123/0.386, "
              "AD 0.071/0.236) - (0.269 if any dimension is 3), exact";
  eq5d.source = "Dolan P (1997), Modeling valuations for EuroQol health states, Medical Care "
                "35(11):1095-1108 (UK TTO tariff, N3 model)";

  InstrumentSpec wemwbs;
  wemwbs.id = Instrument::wemwbs;
  wemwbs.name = "wemwbs";
  wemwbs.title = "Warwick-Edinburgh Mental Wellbeing Scale (14 items)";
  for (int i = 1; i <= 14; ++i) {
    wemwbs.items.push_back("item" + std::to_string(i));
  }
  wemwbs.item_min = 1;
  wemwbs.item_max = 5;
  wemwbs.outcomes = {{"total", Direction::higher_is_better, Rational(3),
                      "Maheswaran et al. (2012), Health and Quality of Life Outcomes 10:156: "
                      "standard error of measurement 2.4-3.1 points; a change of 3 points or "
                      "more is counted as meaningful"}};
  wemwbs.rule = "the sum of the 14 items (14-70); scored only when every item is answered";
  wemwbs.source = "Tennant et al. (2007), Health and Quality of Life Outcomes 5:63";

  InstrumentSpec swemwbs;
  swemwbs.id = Instrument::swemwbs;
  swemwbs.name = "swemwbs";
  swemwbs.title = "Short Warwick-Edinburgh Mental Wellbeing Scale (7 items, metric score)";
  for (int i = 1; i <= 7; ++i) {
    swemwbs.items.push_back("item" + std::to_string(i));
  }
  swemwbs.item_min = 1;
  swemwbs.item_max = 5;
  swemwbs.outcomes = {{"metric", Direction::higher_is_better, Rational(103, 100),
                       "Shah et al. (2018), Health and Quality of Life Outcomes 16:239: one "
                       "standard error of measurement, 1.03 metric points"}};
  swemwbs.rule = "the sum of the 7 items (7-35) converted to the metric score through the "
                 "published raw-to-metric table (data/swemwbs-conversion.csv); scored only when "
                 "every item is answered";
  swemwbs.source = "Stewart-Brown et al. (2009), Health and Quality of Life Outcomes 7:15";

  InstrumentSpec ons4;
  ons4.id = Instrument::ons4;
  ons4.name = "ons4";
  ons4.title = "ONS4 personal wellbeing (four questions, 0-10)";
  ons4.items = {"life_satisfaction", "worthwhile", "happiness", "anxiety"};
  ons4.item_min = 0;
  ons4.item_max = 10;
  for (const auto& item : ons4.items) {
    ons4.outcomes.push_back(
        {item, item == "anxiety" ? Direction::lower_is_better : Direction::higher_is_better,
         Rational(1), k_ons_threshold_source});
  }
  ons4.rule = "each question is its own measure (never summed), banded with the ONS "
              "thresholds: 0-4 low, 5-6 medium, 7-8 high, 9-10 very high; anxiety 0-1 very low, "
              "2-3 low, 4-5 medium, 6-10 high";
  ons4.source = "Office for National Statistics, Personal well-being user guidance (thresholds)";

  return {std::move(eq5d), std::move(wemwbs), std::move(swemwbs), std::move(ons4)};
}

const std::array<InstrumentSpec, 4>& specs()
{
  static const std::array<InstrumentSpec, 4> all = make_specs();
  return all;
}

} // namespace

const InstrumentSpec& spec(Instrument instrument)
{
  for (const auto& s : specs()) {
    if (s.id == instrument) {
      return s;
    }
  }
  return specs().front();
}

std::optional<Instrument> parse_instrument(std::string_view name)
{
  for (const auto& s : specs()) {
    if (s.name == name) {
      return s.id;
    }
  }
  return std::nullopt;
}

std::vector<std::string> instrument_names()
{
  std::vector<std::string> names;
  for (const auto& s : specs()) {
    names.push_back(s.name);
  }
  return names;
}

} // namespace tenderscore::measure
