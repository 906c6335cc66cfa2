// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/model/bids.hpp>
#include <tenderscore/model/tender.hpp>
#include <tenderscore/panel/agreement.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace tenderscore::panel {

// A mean deviation at or above +1/2 scale point labels an evaluator lenient; at or below −1/2,
// severe.
inline const Rational k_leniency_threshold{1, 2};

// One evaluator's score on an item, in input order.
struct ItemScore
{
  std::string evaluator;
  Rational score;
  bool conflicted = false;           // declared a conflict for this bidder: not used
  std::optional<Rational> deviation; // score − mean of the other used scores (≥ 2 used)
  std::string comment;               // the evaluator's own comment, untrusted text
};

// Something the panel chair must resolve. code: "panel-spread" | "moderated-outside-range" |
// "missing-rationale".
struct ItemFlag
{
  std::string code;
  std::string message;
};

// One question of one bid in one lot, with the panel's scores and their statistics.
struct Item
{
  std::optional<std::string> lot;
  std::string question;
  std::string bidder; // untrusted text
  std::vector<ItemScore> scores;
  std::size_t used = 0;           // scores not set aside for a conflict
  std::optional<Rational> mean;   // of the used scores; none when there is none
  std::optional<Rational> median; // exact
  std::optional<Rational> low;
  std::optional<Rational> high;
  std::optional<Rational> spread; // high − low
  std::optional<Rational> moderated;
  std::optional<std::string> comment; // the explanation (model::explanation), untrusted text
  std::optional<Rational> score;      // what the engine uses: moderated, else the aggregate
  std::string score_source;           // "moderated" | "mean" | "median" | "" (nothing to use)
  std::vector<ItemFlag> flags;
};

// How one evaluator's scores sit against the rest of the panel.
struct Leniency
{
  std::string evaluator;
  std::string role;
  std::size_t scored = 0;                 // items scored without a conflict
  std::size_t conflicted = 0;             // items scored but set aside for a conflict
  std::size_t compared = 0;               // scored items with at least one other used score
  std::optional<Rational> mean_deviation; // exact; none when compared is 0
  std::optional<double> sd_sample;        // sample (n − 1) standard deviation; none when < 2
  std::string label;                      // "lenient" | "severe" | "in line" | "not compared"
};

struct Evaluator
{
  std::string id;
  std::string role;
};

// The moderation worksheet of a panel chair (SPEC §5 Panels).
struct Worksheet
{
  std::string tender;
  std::string title;
  std::vector<Evaluator> evaluators; // the tender's panel, then any other evaluator named
  std::string aggregate;             // "mean" | "median"
  Rational spread_flag;
  std::vector<Item> items;        // lots, then questions in tree order, then bids in input order
  std::vector<Leniency> leniency; // in the order of `evaluators`
  Agreement agreement;
};

/// Build the worksheet of every bid of `bids` against `tender`; inputs must have passed
/// validation.
Worksheet build_worksheet(const model::Tender& tender,
                          const std::vector<const model::BidsFile*>& bids);

/// Return the leniency of each of `evaluators` over `items`, from the deviations set on them.
std::vector<Leniency> evaluator_leniency(const std::vector<Item>& items,
                                         const std::vector<Evaluator>& evaluators);

/// Return Kendall's W over the items of `items` that every one of `evaluators` scored without
/// a conflict.
Agreement panel_agreement(const std::vector<Item>& items, const std::vector<Evaluator>& evaluators);

/// Return the items of `items` that carry at least one flag.
std::vector<const Item*> needing_moderation(const std::vector<Item>& items);

} // namespace tenderscore::panel
