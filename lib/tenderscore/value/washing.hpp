// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/diag/diagnostic.hpp>
#include <tenderscore/model/bids.hpp>
#include <tenderscore/model/tender.hpp>
#include <tenderscore/model/value_map.hpp>

#include <vector>

namespace tenderscore::value {

/// Add a warning to `diags` for each sign of value-washing in `map` (SPEC §9), with `tender`
/// (may be null) and its `bids` as context and the proxies of `map` found in `registries`:
/// - `value.claim-above-price`: the map's present value exceeds the price of the bid of
///   `value_map.bidder` in `bids`, or else the tender's estimated value;
/// - `value.double-count`: two entries value the same outcome (the same tender outcome, through
///   its id or any of its KPIs, or the same outcome id or KPI when there is no tender);
/// - `value.deadweight-missing`: an entry has no `deadweight` key (an explicit 0 is a choice);
/// - `value.unmonitored`: with a tender, an entry names no KPI of it to monitor the outcome;
/// - `value.bidder`, `value.tender`: the bidder or tender the map names is not the one given.
/// Call it only on a map that passed validate::check_value_map.
void check_value_washing(const model::Tender* tender,
                         const std::vector<const model::BidsFile*>& bids,
                         const model::ValueMap& map,
                         const std::vector<const model::ProxyRegistry*>& registries,
                         diag::Diagnostics& diags);

} // namespace tenderscore::value
