// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/diag/diagnostic.hpp>
#include <tenderscore/model/bids.hpp>
#include <tenderscore/model/monitoring.hpp>
#include <tenderscore/model/tender.hpp>
#include <tenderscore/model/value_map.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace tenderscore::validate {

// Policy rules added on top of the format's own rules (SPEC §6).
enum class Profile { standard, uk_central_government };

/// Return the profile named `name` ("default" or "uk-central-government"), or nullopt.
std::optional<Profile> parse_profile(std::string_view name);

/// Return the name used on the command line for `profile`.
const char* profile_name(Profile profile);

struct Options
{
  Profile profile = Profile::standard;
};

/// Check the semantic rules of `tender` that its schema cannot express, adding to `diags`.
void check_tender(const model::Tender& tender, const Options& options, diag::Diagnostics& diags);

/// Check `bids` against the `tender` it names, adding to `diags`.
void check_bids(const model::BidsFile& bids, const model::Tender& tender, const Options& options,
                diag::Diagnostics& diags);

/// Check that `bid`, which reached the award stage of `tender`'s two-stage evaluation, has a
/// score for every award question of `criteria` that stage 1 did not already require of it
/// (`score.missing`), a value for every quantitative criterion (`quantity.missing`) and a price
/// where one is scored (`price.missing`): a bid stopped at stage 1 needs none of them, so this
/// runs once the shortlist is known (app::check_loaded).
void check_award_stage_scores(const model::Bid& bid, const std::vector<model::Criterion>& criteria,
                              const model::Tender& tender, diag::Diagnostics& diags);

/// Check a whole run: each tender, each bids file against the tender with the id it names
/// (an error when none of `tenders` has it), and duplicate tender ids across files.
void check_inputs(const std::vector<const model::Tender*>& tenders,
                  const std::vector<const model::BidsFile*>& bids, const Options& options,
                  diag::Diagnostics& diags);

/// Check the monitoring returns `returns` of one contract against its `tender`: KPIs known,
/// periods unique, of one kind and in order, one provider; warn about KPIs never reported.
void check_monitoring(const std::vector<const model::MonitoringReturn*>& returns,
                      const model::Tender& tender, diag::Diagnostics& diags);

/// Check a run's monitoring returns, each group against the tender with the id it names (an
/// error when none of `tenders` has it).
void check_monitoring_inputs(const std::vector<const model::Tender*>& tenders,
                             const std::vector<const model::MonitoringReturn*>& returns,
                             diag::Diagnostics& diags);
/// Report duplicate proxy ids across `registries` and negative proxy values (`value.*`).
void check_proxies(const std::vector<const model::ProxyRegistry*>& registries,
                   diag::Diagnostics& diags);

/// Check the value map `map`: shares in [0, 1], durations of 1 or more whole years, rates in
/// [0, 1), one amount per agency, unique outcome ids, and proxy ids found in `registries`.
void check_value_map(const model::ValueMap& map,
                     const std::vector<const model::ProxyRegistry*>& registries,
                     diag::Diagnostics& diags);

} // namespace tenderscore::validate
