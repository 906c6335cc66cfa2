// SPDX-License-Identifier: MIT
// The outcome payment due under the tender's payment mechanism, exact, formula written out.
#include <tenderscore/outcomes/detail.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace tenderscore::outcomes::detail {

namespace {

using util::format_short;

std::string s(const Rational& value)
{
  return format_short(value);
}

model::Targets targets_of(const KpiResult& k)
{
  model::Targets t;
  t.minimum.value = k.minimum;
  t.expected.value = k.expected;
  t.stretch.value = k.stretch;
  return t;
}

bool met_expected(const KpiResult& k)
{
  return k.to_date && (k.direction == model::Direction::higher ? k.to_date->value >= k.expected
                                                               : k.to_date->value <= k.expected);
}

Explained kpi_payment(const model::Payment& payment, const model::Banding& curve,
                      const KpiResult& k)
{
  using model::PaymentMechanism;
  if (payment.mechanism == PaymentMechanism::per_outcome) {
    const auto rate = std::find_if(payment.rates.begin(), payment.rates.end(),
                                   [&](const auto& r) { return r.kpi == k.id; });
    if (rate == payment.rates.end()) {
      return {Rational{0}, "no rate → 0"};
    }
    if (!k.to_date) {
      return {Rational{0}, "not reported → 0"};
    }
    Rational units;
    if (k.to_date->value > 0) {
      units = k.to_date->value;
    }
    const Rational value = rate->rate * units;
    return {value, fmt::format("rate {} × {} = {}", s(rate->rate), s(units), s(value))};
  }
  Rational amount;
  if (payment.amount) {
    amount = *payment.amount;
  }
  const Rational share = amount * k.weight.value / 100;
  if (!k.to_date) {
    return {Rational{0}, "not reported → 0"};
  }
  if (payment.mechanism == PaymentMechanism::pay_if_met) {
    if (!met_expected(k)) {
      return {Rational{0}, fmt::format("expected target {} not met ({}) → 0", s(k.expected),
                                       s(k.to_date->value))};
    }
    return {share, fmt::format("expected target {} met ({}): {} × {} ÷ 100 = {}", s(k.expected),
                               s(k.to_date->value), s(amount), s(k.weight.value), s(share))};
  }
  const Explained level = band(targets_of(k), k.direction, k.to_date->value, curve);
  const Rational value = share * level.value / 100;
  return {value, fmt::format("{} × {} ÷ 100 × {}% ÷ 100 = {} (curve: {})", s(amount),
                             s(k.weight.value), s(level.value), s(value), level.formula)};
}

} // namespace

PaymentResult pay(const model::Payment& payment, std::vector<KpiResult>& kpis)
{
  PaymentResult result;
  result.mechanism = payment.mechanism;
  // The curve defaults to the attainment banding's defaults (50 / 100 / 120).
  model::Banding curve;
  if (payment.curve) {
    curve = *payment.curve;
  }
  Rational sum = 0;
  std::string terms;
  for (KpiResult& k : kpis) {
    k.payment = kpi_payment(payment, curve, k);
    sum += k.payment->value;
    terms += (terms.empty() ? "" : " + ") + s(k.payment->value);
  }
  if (terms.empty()) {
    terms.push_back('0'); // not `= "0"`: GCC 12 -O3 raises a false -Wrestrict on that
  }
  if (payment.cap && sum > *payment.cap) {
    result.capped = true;
    result.total = {*payment.cap, fmt::format("min(cap {}, {} = {}) = {}", s(*payment.cap), terms,
                                              s(sum), s(*payment.cap))};
  } else {
    result.total = {sum, fmt::format("{} = {}", terms, s(sum))};
  }
  return result;
}

} // namespace tenderscore::outcomes::detail
