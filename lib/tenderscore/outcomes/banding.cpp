// SPDX-License-Identifier: MIT
#include <tenderscore/outcomes/assessment.hpp>

#include <fmt/format.h>

namespace tenderscore::outcomes {

namespace {

using util::format_short;

std::string s(const Rational& value)
{
  return format_short(value);
}

// Return whether `actual` reaches `target` for a KPI of `direction`.
bool reaches(const Rational& actual, const Rational& target, model::Direction direction)
{
  return direction == model::Direction::higher ? actual >= target : actual <= target;
}

} // namespace

const char* rating_label(Rating rating)
{
  switch (rating) {
  case Rating::good:
    return "Good";
  case Rating::approaching_target:
    return "Approaching target";
  case Rating::requires_improvement:
    return "Requires improvement";
  case Rating::inadequate:
    return "Inadequate";
  case Rating::not_reported:
    return "Not reported";
  }
  return "";
}

const char* rating_id(Rating rating)
{
  switch (rating) {
  case Rating::good:
    return "good";
  case Rating::approaching_target:
    return "approaching-target";
  case Rating::requires_improvement:
    return "requires-improvement";
  case Rating::inadequate:
    return "inadequate";
  case Rating::not_reported:
    return "not-reported";
  }
  return "";
}

Explained band(const model::Targets& targets, model::Direction direction, const Rational& actual,
               const model::Banding& banding)
{
  const Rational& lo = targets.minimum.value;
  const Rational& mid = targets.expected.value;
  const Rational& hi = targets.stretch.value;
  if (!reaches(actual, lo, direction)) {
    return {Rational{0}, fmt::format("{} is short of the minimum {} → 0", s(actual), s(lo))};
  }
  if (reaches(actual, hi, direction)) {
    return {banding.stretch, fmt::format("{} reaches the stretch target {} → {} (the cap)",
                                         s(actual), s(hi), s(banding.stretch))};
  }
  if (reaches(actual, mid, direction)) { // between expected and stretch, so mid != hi
    const Rational value =
        banding.expected + (banding.stretch - banding.expected) * (actual - mid) / (hi - mid);
    return {value, fmt::format("{} + ({} − {}) × ({} − {}) ÷ ({} − {}) = {}", s(banding.expected),
                               s(banding.stretch), s(banding.expected), s(actual), s(mid), s(hi),
                               s(mid), s(value))};
  }
  // Between minimum and expected, so lo != mid.
  const Rational value =
      banding.minimum + (banding.expected - banding.minimum) * (actual - lo) / (mid - lo);
  return {value, fmt::format("{} + ({} − {}) × ({} − {}) ÷ ({} − {}) = {}", s(banding.minimum),
                             s(banding.expected), s(banding.minimum), s(actual), s(lo), s(mid),
                             s(lo), s(value))};
}

Explained position(const model::Targets& targets, model::Direction direction,
                   const Rational& actual)
{
  const Rational& lo = targets.minimum.value;
  const Rational& mid = targets.expected.value;
  if (lo != mid) {
    const Rational value = (actual - lo) / (mid - lo);
    return {value,
            fmt::format("({} − {}) ÷ ({} − {}) = {}", s(actual), s(lo), s(mid), s(lo), s(value))};
  }
  if (reaches(actual, lo, direction)) {
    return {Rational{1},
            fmt::format("minimum = expected = {}, reached by {} → 1", s(lo), s(actual))};
  }
  const Rational distance = actual > lo ? actual - lo : lo - actual;
  const Rational value = Rational{-1} - distance;
  return {value, fmt::format("minimum = expected = {}, missed by {} → −1 − {} = {}", s(lo),
                             s(distance), s(distance), s(value))};
}

Rating rate(const Rational& position, const model::RatingRule& rule)
{
  if (position >= rule.good) {
    return Rating::good;
  }
  if (position >= rule.approaching_target) {
    return Rating::approaching_target;
  }
  if (position >= rule.requires_improvement) {
    return Rating::requires_improvement;
  }
  return Rating::inadequate;
}

} // namespace tenderscore::outcomes
