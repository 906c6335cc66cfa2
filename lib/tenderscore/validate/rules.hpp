// SPDX-License-Identifier: MIT
#pragma once

// Private to validate/: the rule families that check_tender, check_bids and check_inputs run.

#include <tenderscore/validate/validator.hpp>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tenderscore::validate::detail {

using diag::Diagnostics;
using diag::Location;
using model::Rational;

// One criteria tree: the tender's own, or a lot's override.
struct Tree
{
  const std::vector<model::Criterion>& criteria;
  std::string context; // "" for the tender's tree, " of lot 'north'" for a lot's override
  Location fallback;   // where to point when the tree has no criterion to point at
};

/// Return every criteria tree of `tender`: its own, then each lot's override.
std::vector<Tree> trees_of(const model::Tender& tender);

/// Return "line 12" when `first` is in the file of `here`, "other.yaml:12" when it is in
/// another file, and "" when it is unknown.
std::string where_text(const Location& first, const Location& here);

// The ids of one kind seen so far; a second use of an id is an `id.duplicate` error.
class IdRegistry
{
public:
  /// Create a registry for ids of `kind`, e.g. "criterion", used in messages.
  explicit IdRegistry(std::string kind)
      : m_kind(std::move(kind))
  {
  }

  /// Record `id` defined at `where`, reporting a duplicate to `diags`; true when it is new.
  bool add(const std::string& id, const Location& where, Diagnostics& diags);

private:
  std::string m_kind;
  std::map<std::string, Location> m_seen;
};

// The bids seen so far, by lot and bidder; a second bid for the same pair is `bids.duplicate`.
class BidRegistry
{
public:
  /// Return the recorded bid with the bidder and lot of `bid`, or nullptr.
  const model::Bid* find(const model::Bid& bid) const;
  /// Record `bid` unless a bid with its bidder and lot is recorded already.
  void add(const model::Bid& bid);

private:
  std::map<std::pair<std::string, std::string>, const model::Bid*> m_first;
};

/// Report `bid` as a `bids.duplicate` of the earlier `first`.
void report_duplicate_bid(const model::Bid& bid, const model::Bid& first, Diagnostics& diags);

/// Return the ids of the nodes of `criteria` whose kind is `kind` (all nodes when nullopt).
std::vector<std::string> criterion_ids(const std::vector<model::Criterion>& criteria,
                                       std::optional<model::CriterionKind> kind = std::nullopt);

/// Return `value` exactly: every decimal of a finite decimal ("99.9999999999999999"), else a
/// fraction ("200/3"); for sums whose rounding would hide that they miss a target.
std::string exact_text(const Rational& value);

/// Return "0 to 5" for `scale`.
std::string range_text(const model::Scale& scale);

/// Return true when `value` is on the step of `scale` (counted from its min).
bool on_step(const model::Scale& scale, const Rational& value);

/// Return true when `scale` has min < max and a positive step, so values can be placed on it.
bool scale_usable(const model::Scale& scale);

/// Report duplicate ids among every kind of id `tender` defines (`id.duplicate`).
void check_ids(const model::Tender& tender, Diagnostics& diags);

/// Report `tie_break` entries of `tender` that name no criterion (`tie-break.unknown`).
void check_tie_break(const model::Tender& tender, Diagnostics& diags);

/// Report a panel `explanation_from` that names no evaluator of `tender`'s panel in `diags`.
void check_explanation_from(const model::Tender& tender, Diagnostics& diags);

/// Report invalid ranges, steps and labels of every scale of `tender` (`scale.invalid`).
void check_scales(const model::Tender& tender, Diagnostics& diags);

/// Report weight, kind, scale, minimum and threshold problems and keys ignored on a group or
/// the price criterion of `tree` of `tender`.
void check_criteria(const Tree& tree, const model::Tender& tender, Diagnostics& diags);

/// Report parameter problems and risks of the price rule of the price criterion `criterion`.
void check_price(const model::Criterion& criterion, Diagnostics& diags);

/// Report a price criterion in any criteria tree of `tender` when it awards on price per
/// quality point (`award.price-criterion`).
void check_award(const model::Tender& tender, Diagnostics& diags);

/// Return the price criterion anywhere in `criteria`, or nullptr.
const model::Criterion* price_criterion_of(const std::vector<model::Criterion>& criteria);

/// Report that `bid` has no price where `criteria` score price or `tender` awards on price per
/// quality point (`price.missing`); `why` ends the message.
void check_price_present(const model::Bid& bid, const std::vector<model::Criterion>& criteria,
                         const model::Tender& tender, const std::string& why, Diagnostics& diags);

/// Report parameter problems of the quantity rule of the quantitative criterion `criterion`
/// (`quantity.*`; a price and a quantity rule together, or children, `criterion.kind`).
void check_quantity(const model::Criterion& criterion, Diagnostics& diags);

/// Report the values `bid` states that name no quantitative criterion of `criteria`, or are
/// negative (unless allowed) or not positive where the method divides by the lowest.
void check_values(const model::Bid& bid, const std::vector<model::Criterion>& criteria,
                  Diagnostics& diags);

/// Report each quantitative criterion of `criteria` that `bid` states no value for
/// (`quantity.missing`); `why` ends the message.
void check_values_present(const model::Bid& bid, const std::vector<model::Criterion>& criteria,
                          const std::string& why, Diagnostics& diags);

/// Report the two-stage rules of `tender`: exactly two stages, stage 1's gate and criterion
/// references and its shortlist (`stages.*`).
void check_stages(const model::Tender& tender, Diagnostics& diags);

/// Report the cap on lots per bidder of `tender`: its number, its lots and their values
/// (`lots.*`).
void check_lot_rules(const model::Tender& tender, Diagnostics& diags);

/// Report the funding pot of `tender`: one pot without lots, one on every lot with them (and
/// none on a lot without funding), the organisation cap and the request range (`funding.*`).
void check_funding(const model::Tender& tender, Diagnostics& diags);

/// Report a bid of `tender` under funding that requests no amount (an error) or an amount
/// outside the request range (a warning: scoring excludes it).
void check_request(const model::Bid& bid, const model::Tender& tender, Diagnostics& diags);

/// Warn where two organisations (a bid's organisation, else its bidder) of the bids for
/// `tender` in `bids` differ only in case, white space or look-alike characters, under a
/// funding pot whose caps count organisations (`funding.organisation-name`).
void check_organisation_names(const model::Tender& tender,
                              const std::vector<const model::BidsFile*>& bids, Diagnostics& diags);

/// Report KPIs of `tender` without targets, with targets out of order, or with bad weights.
void check_outcomes(const model::Tender& tender, Diagnostics& diags);

/// Report the social value rules of `profile` for every criteria tree of `tender`.
void check_social_value(const model::Tender& tender, Profile profile, Diagnostics& diags);

/// Report the scores of `bid` against the questions of `criteria` and the panel of `tender`.
void check_scores(const model::Bid& bid, const std::vector<model::Criterion>& criteria,
                  const model::Tender& tender, Diagnostics& diags);

/// Report evaluator ids in the scores and conflicts of `bid` that are not on `tender`'s panel.
void check_evaluators(const model::Bid& bid, const model::Tender& tender, Diagnostics& diags);

} // namespace tenderscore::validate::detail
