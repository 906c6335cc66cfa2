// SPDX-License-Identifier: MIT
#include <tenderscore/util/text.hpp>
#include <tenderscore/validate/rules.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace tenderscore::validate {

using detail::Diagnostics;
using util::format_short;
using util::quote;

namespace detail {

std::string exact_text(const Rational& value)
{
  Rational scaled = value;
  for (int places = 0; places <= 80; ++places) {
    if (scaled.is_integer()) {
      return util::format_fixed(value, places);
    }
    scaled *= 10;
  }
  return util::format_exact(value);
}

std::string range_text(const model::Scale& scale)
{
  return format_short(scale.min.value) + " to " + format_short(scale.max.value);
}

bool on_step(const model::Scale& scale, const Rational& value)
{
  const Rational steps = (value - scale.min.value) / scale.step.value;
  return steps.is_integer();
}

bool scale_usable(const model::Scale& scale)
{
  return scale.min.value < scale.max.value && scale.step.value > 0;
}

namespace {

void check_scale(const model::Scale& scale, Diagnostics& diags)
{
  const auto& min = scale.min.value;
  const auto& max = scale.max.value;
  const auto& step = scale.step.value;
  if (min < 0) {
    diags.error(scale.min.where, "scale.invalid",
                fmt::format("min of scale {} must not be negative, got {}", quote(scale.id),
                            format_short(min)));
  }
  if (min >= max) {
    diags.error(scale.min.where, "scale.invalid",
                fmt::format("scale {} has min {}, which is not below its max {}", quote(scale.id),
                            format_short(min), format_short(max)));
  }
  if (step <= 0) {
    diags.error(scale.step.where, "scale.invalid",
                fmt::format("step of scale {} must be greater than zero, got {}", quote(scale.id),
                            format_short(step)));
  }
  if (!scale_usable(scale)) {
    return;
  }
  if (!on_step(scale, max)) {
    diags.error(scale.step.where, "scale.invalid",
                fmt::format("scale {} runs from {}, which is not a whole number of steps of {}",
                            quote(scale.id), range_text(scale), format_short(step)));
  }
  for (std::size_t i = 0; i < scale.labels.size(); ++i) {
    const auto& label = scale.labels[i];
    // `1`, `01` and `1.0` are different keys to YAML but one score
    const auto end = scale.labels.begin() + static_cast<std::ptrdiff_t>(i);
    const auto first = std::find_if(scale.labels.begin(), end,
                                    [&](const auto& other) { return other.point == label.point; });
    if (first != end) {
      diags.error(label.where, "scale.duplicate-label",
                  fmt::format("scale {} has a second label for score {} (the first at line {}); a "
                              "score point takes one label",
                              quote(scale.id), format_short(label.point), first->where.line));
      continue;
    }
    if (label.point < min || label.point > max) {
      diags.error(label.where, "scale.invalid",
                  fmt::format("label {} of scale {} is outside its range ({})",
                              format_short(label.point), quote(scale.id), range_text(scale)));
    } else if (!on_step(scale, label.point)) {
      diags.error(label.where, "scale.invalid",
                  fmt::format("label {} of scale {} is not on its step of {}",
                              format_short(label.point), quote(scale.id), format_short(step)));
    }
  }
}

} // namespace

void check_scales(const model::Tender& tender, Diagnostics& diags)
{
  for (const auto& scale : tender.scales) {
    check_scale(scale, diags);
  }
}

} // namespace detail

namespace {

void check_panel(const model::Panel& panel, Diagnostics& diags)
{
  if (panel.spread_flag.value <= 0) {
    diags.error(panel.spread_flag.where, "panel.spread-flag",
                fmt::format("spread_flag must be greater than zero, got {}",
                            format_short(panel.spread_flag.value)));
  }
}

void check_ringfence(const std::optional<model::Ringfence>& ringfence, Diagnostics& diags)
{
  if (ringfence && (ringfence->share.value <= 0 || ringfence->share.value > 1)) {
    diags.error(ringfence->share.where, "tender.ringfence",
                fmt::format("ringfence share must be greater than 0 and at most 1, got {}",
                            format_short(ringfence->share.value)));
  }
}

} // namespace

void check_tender(const model::Tender& tender, const Options& options, diag::Diagnostics& diags)
{
  detail::check_ids(tender, diags);
  detail::check_scales(tender, diags);
  for (const auto& tree : detail::trees_of(tender)) {
    detail::check_criteria(tree, tender, diags);
  }
  detail::check_tie_break(tender, diags);
  detail::check_explanation_from(tender, diags);
  detail::check_award(tender, diags);
  detail::check_stages(tender, diags);
  detail::check_lot_rules(tender, diags);
  detail::check_funding(tender, diags);
  check_panel(tender.panel, diags);
  detail::check_outcomes(tender, diags);
  check_ringfence(tender.ringfence, diags);
  detail::check_social_value(tender, options.profile, diags);
}

} // namespace tenderscore::validate
