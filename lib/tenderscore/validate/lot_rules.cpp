// SPDX-License-Identifier: MIT
// The cap on lots per bidder (SPEC §5): a whole number of at least 1, lots to apply it to, a value
// on every lot for by-lot-value and few enough lots for the exhaustive best-combination.
#include <tenderscore/util/text.hpp>
#include <tenderscore/validate/rules.hpp>

#include <fmt/format.h>

namespace tenderscore::validate::detail {

namespace {

constexpr std::size_t k_max_combination_lots = 12;

} // namespace

void check_lot_rules(const model::Tender& tender, Diagnostics& diags)
{
  if (!tender.lot_rules) {
    return;
  }
  const model::LotRules& rules = *tender.lot_rules;
  const Rational& cap = rules.max_lots_per_bidder.value;
  if (cap < 1 || !cap.is_integer()) {
    diags.error(rules.max_lots_per_bidder.where, "lots.max-lots",
                fmt::format("max_lots_per_bidder must be a whole number of at least 1, got {}",
                            util::format_short(cap)));
  }
  if (tender.lots.empty()) {
    diags.error(rules.where, "lots.no-lots", "lot_rules is given but the tender has no lots");
    return;
  }
  if (rules.allocation.value == model::Allocation::best_combination &&
      tender.lots.size() > k_max_combination_lots) {
    diags.error(rules.allocation.where, "lots.too-many",
                fmt::format("best-combination tries every combination and takes at most {} lots, "
                            "got {}",
                            k_max_combination_lots, tender.lots.size()));
  }
  for (const auto& lot : tender.lots) {
    if (lot.value && lot.value->value <= 0) {
      diags.error(lot.value->where, "lots.value",
                  fmt::format("value of lot {} must be greater than zero, got {}",
                              util::quote(lot.id), util::format_short(lot.value->value)));
    } else if (!lot.value && rules.allocation.value == model::Allocation::by_lot_value) {
      diags.error(lot.where, "lots.value",
                  fmt::format("lot {} has no value; allocation by-lot-value needs every lot's "
                              "value",
                              util::quote(lot.id)));
    }
  }
}

} // namespace tenderscore::validate::detail
