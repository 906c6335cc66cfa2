// SPDX-License-Identifier: MIT
// Weighted points of every criterion for a bid in contention: questions, price, groups, total.
#include <tenderscore/score/detail.hpp>

#include <tenderscore/util/rational.hpp>

#include <algorithm>

namespace tenderscore::score::detail {

namespace {

using model::CriterionKind;
using util::format_short;

// Everything a bid's points depend on besides the criterion itself.
struct Context
{
  const model::Tender& tender;
  const PanelScores& scores;
  const Values& values;
  const BestScores& best;
  const PriceBenchmarks& benchmarks;
  const ValueBenchmarks& value_benchmarks;
  const std::optional<Rational>& price;
};

// Question: W × score ÷ scale max, or ÷ the best score in contention for relative-to-best
// (0 points when that best is 0).
void set_question_points(CriterionPoints& out, const model::Criterion& c, const Context& ctx)
{
  const auto found = ctx.scores.find(c.id);
  const PanelScore none;
  const PanelScore& given = found == ctx.scores.end() ? none : found->second;
  out.score = given.score;
  out.score_source = given.source;
  out.evaluators = given.evaluators;
  out.comment = given.comment;

  const bool relative = c.normalise.value == model::Normalise::relative_to_best;
  const auto best = ctx.best.find(c.id);
  const Rational divisor =
      relative ? (best == ctx.best.end() ? Rational{0} : best->second) : scale_max(ctx.tender, c);
  out.divisor = divisor;
  const std::string head = format_short(c.weight.value) + " × " + format_short(given.score) +
                           " ÷ " + (relative ? "best " : "") + format_short(divisor);
  if (divisor == 0) {
    out.points = 0;
    out.formula = head + " = 0 (" + (relative ? "best score in contention is 0" : "no scale") + ")";
    return;
  }
  out.points = c.weight.value * given.score / divisor;
  out.formula = head + " = " + format_short(out.points);
}

void set_price_points(CriterionPoints& out, const model::Criterion& c, const Context& ctx)
{
  out.price = ctx.price;
  if (!ctx.price) {
    out.points = 0;
    out.formula = "no price given = 0";
    return;
  }
  Points points = price_points(c, *ctx.price, ctx.benchmarks);
  out.points = points.points;
  out.formula = std::move(points.formula);
}

// Quantity: the stated value scored by the criterion's method against the lowest and highest
// values in contention. Validation requires a value; a missing one scores 0 and says so.
void set_quantity_points(CriterionPoints& out, const model::Criterion& c, const Context& ctx)
{
  out.unit = c.quantity->unit;
  const auto found = ctx.values.find(c.id);
  if (found == ctx.values.end()) {
    out.points = 0;
    out.formula = "no value given = 0";
    return;
  }
  out.value = found->second;
  const auto benchmarks = ctx.value_benchmarks.find(c.id);
  const PriceBenchmarks none;
  const PriceBenchmarks& b = benchmarks == ctx.value_benchmarks.end() ? none : benchmarks->second;
  Points points = measured_points(measured_rule(*c.quantity), c.weight.value, found->second,
                                  b.lowest, b.highest);
  out.points = points.points;
  out.formula = std::move(points.formula);
}

// Appends the points of `c` and its subtree in pre-order and returns the points of `c`.
// Group: Σ children points.
Rational add_points(std::vector<CriterionPoints>& out, const model::Criterion& c, int depth,
                    const Context& ctx)
{
  const std::size_t index = out.size();
  CriterionPoints node;
  node.id = c.id;
  node.depth = depth;
  node.kind = model::criterion_kind_name(c.kind());
  node.weight = c.weight.value;
  node.social_value = c.social_value;
  out.push_back(std::move(node));
  switch (c.kind()) {
  case CriterionKind::question:
    set_question_points(out[index], c, ctx);
    break;
  case CriterionKind::price:
    set_price_points(out[index], c, ctx);
    break;
  case CriterionKind::quantity:
    set_quantity_points(out[index], c, ctx);
    break;
  case CriterionKind::group: {
    Rational sum = 0;
    std::string terms;
    for (const auto& child : c.children) {
      const Rational child_points = add_points(out, child, depth + 1, ctx);
      terms += (terms.empty() ? "" : " + ") + format_short(child_points);
      sum += child_points;
    }
    out[index].points = sum;
    out[index].formula = "sum of children = " + terms + " = " + format_short(sum);
    break;
  }
  }
  return out[index].points;
}

// Social value points: Σ points of the outermost criteria marked social_value.
Rational social_value_points(const std::vector<model::Criterion>& criteria,
                             const std::vector<CriterionPoints>& points)
{
  Rational sum = 0;
  for (const auto& c : criteria) {
    if (!c.social_value) {
      sum += social_value_points(c.children, points);
      continue;
    }
    for (const auto& p : points) {
      if (p.id == c.id) {
        sum += p.points;
      }
    }
  }
  return sum;
}

} // namespace

BestScores best_scores(const std::vector<model::Criterion>& criteria,
                       const std::vector<const PanelScores*>& in_contention)
{
  BestScores best;
  model::for_each_criterion(criteria, [&](const model::Criterion& c, int /*depth*/) {
    if (c.kind() != CriterionKind::question ||
        c.normalise.value != model::Normalise::relative_to_best) {
      return;
    }
    Rational highest = 0;
    for (const PanelScores* scores : in_contention) {
      const auto found = scores->find(c.id);
      if (found != scores->end() && found->second.score > highest) {
        highest = found->second.score;
      }
    }
    best[c.id] = highest;
  });
  return best;
}

ValueBenchmarks value_benchmarks(const std::vector<model::Criterion>& criteria,
                                 const std::vector<const Values*>& in_contention)
{
  ValueBenchmarks out;
  model::for_each_criterion(criteria, [&](const model::Criterion& c, int /*depth*/) {
    if (c.kind() != CriterionKind::quantity) {
      return;
    }
    PriceBenchmarks& b = out[c.id];
    for (const Values* values : in_contention) {
      const auto found = values->find(c.id);
      if (found == values->end()) {
        continue;
      }
      const Rational& v = found->second;
      b.lowest = b.lowest ? std::min(*b.lowest, v) : v;
      b.highest = b.highest ? std::max(*b.highest, v) : v;
    }
  });
  return out;
}

// Total: Σ top-level points.
void award_points(BidResult& result, const model::Tender& tender,
                  const std::vector<model::Criterion>& criteria, const Inputs& inputs,
                  const LotBenchmarks& benchmarks)
{
  const Context ctx{tender,          inputs.scores,     inputs.values,
                    benchmarks.best, benchmarks.prices, benchmarks.values,
                    result.price};
  Rational total = 0;
  for (const auto& c : criteria) {
    total += add_points(result.criteria, c, 0, ctx);
  }
  result.total = total;
  result.social_value_points = social_value_points(criteria, result.criteria);
}

} // namespace tenderscore::score::detail
