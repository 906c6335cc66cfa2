// SPDX-License-Identifier: MIT
// Private to outcomes/: the steps `assess` runs after the KPI results.
#pragma once

#include <tenderscore/outcomes/assessment.hpp>

namespace tenderscore::outcomes::detail {

/// Return the outcome payment `payment` gives for `kpis` (setting each KPI's payment).
PaymentResult pay(const model::Payment& payment, std::vector<KpiResult>& kpis);

/// Set the promise of each of `kpis` from the bid of `provider` in `bids`; report a provider
/// that made no bid (`outcomes.provider`) at `provider_where`.
std::optional<ProviderMatch> compare_promises(const std::optional<std::string>& provider,
                                              const diag::Location& provider_where,
                                              const std::vector<const model::BidsFile*>& bids,
                                              std::vector<KpiResult>& kpis,
                                              diag::Diagnostics& diags);

} // namespace tenderscore::outcomes::detail
