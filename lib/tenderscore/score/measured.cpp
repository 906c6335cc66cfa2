// SPDX-License-Identifier: MIT
// The formulas that turn a measured value into points, shared by the price methods and the
// quantity methods: ratio to the best, range, linear, fixed bounds and bands, for values of
// which lower or higher is better. Every input is written out in the formula.
#include <tenderscore/score/measured.hpp>

#include <tenderscore/score/detail.hpp>

#include <tenderscore/util/rational.hpp>

#include <algorithm>

namespace tenderscore::score::detail {

namespace {

using model::Direction;
using util::format_short;

// A negative value is written in parentheses, so that "10 − (-3)" reads as it computes.
std::string num(const Rational& value)
{
  if (value >= 0) {
    return format_short(value);
  }
  std::string out = "(";
  out += format_short(value);
  out += ')';
  return out;
}

bool lower_better(const MeasuredRule& rule)
{
  return rule.direction == Direction::lower;
}

// ratio: W × L ÷ v (lower is better) or W × v ÷ H (higher is better).
Points ratio(const MeasuredRule& rule, const Rational& w, const Rational& v, const Rational& low,
             const Rational& high)
{
  if (lower_better(rule)) {
    if (v <= 0) {
      return {0, rule.noun + " " + num(v) + " is not positive = 0"};
    }
    const Rational points = w * low / v;
    return {points, num(w) + " × lowest " + num(low) + " ÷ " + num(v) + " = " + num(points)};
  }
  if (v < 0 || high <= 0) {
    return {0, (v < 0 ? rule.noun + " " + num(v) : "highest " + rule.noun + " " + num(high)) +
                   " is not positive = 0"};
  }
  const Rational points = w * v / high;
  return {points, num(w) + " × " + num(v) + " ÷ highest " + num(high) + " = " + num(points)};
}

// linear: W × max(0, 1 − k × (v − L) ÷ L) (lower) or W × max(0, 1 − k × (H − v) ÷ H) (higher);
// k is the marks lost in percent per 1% worse than the best.
Points linear(const MeasuredRule& rule, const Rational& w, const Rational& v, const Rational& low,
              const Rational& high)
{
  const Rational& k = rule.k;
  if (lower_better(rule)) {
    if (low <= 0) {
      return {0, "lowest " + rule.noun + " " + num(low) + " is not positive = 0"};
    }
    const Rational kept = std::max(Rational{0}, Rational{1 - k * (v - low) / low});
    const Rational points = w * kept;
    return {points, num(w) + " × max(0, 1 − " + num(k) + " × (" + num(v) + " − lowest " + num(low) +
                        ") ÷ lowest " + num(low) + ") = " + num(points)};
  }
  if (high <= 0) {
    return {0, "highest " + rule.noun + " " + num(high) + " is not positive = 0"};
  }
  const Rational kept = std::max(Rational{0}, Rational{1 - k * (high - v) / high});
  const Rational points = w * kept;
  return {points, num(w) + " × max(0, 1 − " + num(k) + " × (highest " + num(high) + " − " + num(v) +
                      ") ÷ highest " + num(high) + ") = " + num(points)};
}

// range: the best W, the worst 0, linear between; W for every bid when H = L.
Points range(const MeasuredRule& rule, const Rational& w, const Rational& v, const Rational& low,
             const Rational& high)
{
  if (high == low) {
    return {w, "highest " + num(high) + " = lowest " + num(low) + ": full marks = " + num(w)};
  }
  if (lower_better(rule)) {
    const Rational points = w * (high - v) / (high - low);
    return {points, num(w) + " × (highest " + num(high) + " − " + num(v) + ") ÷ (highest " +
                        num(high) + " − lowest " + num(low) + ") = " + num(points)};
  }
  const Rational points = w * (v - low) / (high - low);
  return {points, num(w) + " × (" + num(v) + " − lowest " + num(low) + ") ÷ (highest " + num(high) +
                      " − lowest " + num(low) + ") = " + num(points)};
}

// fixed-bounds: full marks at the good end of floor–ceiling, 0 at the other, linear between.
Points fixed_bounds(const MeasuredRule& rule, const Rational& w, const Rational& v)
{
  if (!rule.floor || !rule.ceiling) {
    return {0, "fixed-bounds needs a floor and a ceiling = 0"};
  }
  const Rational& floor = *rule.floor;
  const Rational& ceiling = *rule.ceiling;
  const std::string value = rule.noun + " " + num(v);
  if (lower_better(rule)) {
    if (v <= floor) {
      return {w, value + " ≤ floor " + num(floor) + ": full marks = " + num(w)};
    }
    if (v >= ceiling) {
      return {0, value + " ≥ ceiling " + num(ceiling) + ": no marks = 0"};
    }
    const Rational points = w * (ceiling - v) / (ceiling - floor);
    return {points, num(w) + " × (ceiling " + num(ceiling) + " − " + num(v) + ") ÷ (ceiling " +
                        num(ceiling) + " − floor " + num(floor) + ") = " + num(points)};
  }
  if (v >= ceiling) {
    return {w, value + " ≥ ceiling " + num(ceiling) + ": full marks = " + num(w)};
  }
  if (v <= floor) {
    return {0, value + " ≤ floor " + num(floor) + ": no marks = 0"};
  }
  const Rational points = w * (v - floor) / (ceiling - floor);
  return {points, num(w) + " × (" + num(v) + " − floor " + num(floor) + ") ÷ (ceiling " +
                      num(ceiling) + " − floor " + num(floor) + ") = " + num(points)};
}

// bands: the points of the first band holding v (from ≤ v < to; an end left out is open), else 0.
Points bands(const MeasuredRule& rule, const Rational& v)
{
  const std::string value = rule.noun + " " + num(v);
  for (const model::Band& band : rule.bands) {
    const bool above_from = !band.from || v >= band.from->value;
    const bool below_to = !band.to || v < band.to->value;
    if (above_from && below_to) {
      const std::string from = band.from ? "from " + num(band.from->value) : "";
      const std::string to = band.to ? "below " + num(band.to->value) : "";
      const std::string both = from.empty() || to.empty() ? from + to : from + " " + to;
      return {band.points.value,
              value + " is in the band " + both + " = " + num(band.points.value)};
    }
  }
  return {0, value + " is in no band = 0"};
}

} // namespace

// The parameters that price and quantity rules share: linear's k (default 1) and the bounds.
template <typename Rule>
void take_parameters(const Rule& rule, MeasuredRule& out)
{
  if (out.formula == Formula::linear) {
    out.k = rule.k ? rule.k->value : model::default_linear_k();
  }
  if (rule.floor) {
    out.floor = rule.floor->value;
  }
  if (rule.ceiling) {
    out.ceiling = rule.ceiling->value;
  }
}

Points measured_points(const MeasuredRule& rule, const Rational& weight, const Rational& value,
                       const std::optional<Rational>& lowest,
                       const std::optional<Rational>& highest)
{
  switch (rule.formula) {
  case Formula::fixed_bounds:
    return fixed_bounds(rule, weight, value); // immune to other bids
  case Formula::bands:
    return bands(rule, value);
  case Formula::ratio:
  case Formula::linear:
  case Formula::range:
    break;
  }
  if (!lowest || !highest) {
    return {0, "no " + rule.noun + " in contention to compare with = 0"};
  }
  if (rule.say_all_equal && *lowest == *highest && value == *lowest) {
    return {weight, "every " + rule.noun + " in contention is " + num(value) +
                        ": full marks = " + num(weight)};
  }
  switch (rule.formula) {
  case Formula::ratio:
    return ratio(rule, weight, value, *lowest, *highest);
  case Formula::linear:
    return linear(rule, weight, value, *lowest, *highest);
  default:
    return range(rule, weight, value, *lowest, *highest);
  }
}

} // namespace tenderscore::score::detail

namespace tenderscore::score {

MeasuredRule measured_rule(const model::PriceRule& rule)
{
  MeasuredRule out;
  out.noun = "price";
  out.name = model::price_method_name(rule.method.value);
  out.ceiling_excludes = rule.method.value == model::PriceMethod::budget;
  switch (rule.method.value) {
  case model::PriceMethod::lowest_ratio:
  case model::PriceMethod::budget: // bids above the ceiling were excluded
    out.formula = Formula::ratio;
    break;
  case model::PriceMethod::linear:
    out.formula = Formula::linear;
    break;
  case model::PriceMethod::range:
    out.formula = Formula::range;
    break;
  case model::PriceMethod::fixed_bounds:
    out.formula = Formula::fixed_bounds;
    break;
  }
  detail::take_parameters(rule, out);
  return out;
}

MeasuredRule measured_rule(const model::QuantityRule& rule)
{
  MeasuredRule out;
  out.noun = "value";
  out.name = model::quantity_method_name(rule.method.value);
  out.direction = rule.direction.value;
  out.say_all_equal = true;
  switch (rule.method.value) {
  case model::QuantityMethod::ratio_to_best:
    out.formula = Formula::ratio;
    break;
  case model::QuantityMethod::linear:
    out.formula = Formula::linear;
    break;
  case model::QuantityMethod::range:
    out.formula = Formula::range;
    break;
  case model::QuantityMethod::fixed_bounds:
    out.formula = Formula::fixed_bounds;
    break;
  case model::QuantityMethod::bands:
    out.formula = Formula::bands;
    out.bands = rule.bands;
    break;
  }
  detail::take_parameters(rule, out);
  return out;
}

} // namespace tenderscore::score
