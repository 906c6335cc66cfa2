// SPDX-License-Identifier: MIT
// One sheet per lot of the XLSX report: every score, points cell and total a live formula.
#include <tenderscore/report/report_xlsx.hpp>
#include <tenderscore/report/xlsx_sheets.hpp>

#include <tenderscore/score/measured.hpp>
#include <tenderscore/util/rational.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <vector>

namespace tenderscore::report::xlsx {

namespace {

using util::Rational;

// Columns of a lot sheet; bids in contention from `first_bid` on, in rank order.
enum LotCol : std::size_t {
  c_row,
  c_criterion,
  c_parent,
  c_weight,
  c_divisor,
  c_how,
  first_bid,
};

struct Node
{
  const model::Criterion* criterion;
  std::string parent;
};

void flatten(const std::vector<model::Criterion>& criteria, const std::string& parent,
             std::vector<Node>& out)
{
  for (const auto& c : criteria) {
    out.push_back({&c, parent});
    flatten(c.children, c.id, out);
  }
}

std::string joined(const std::vector<std::string>& items, const std::string& separator)
{
  std::string out;
  for (const auto& item : items) {
    out += (out.empty() ? "" : separator) + item;
  }
  return out;
}

class LotSheet
{
public:
  LotSheet(Book& book, const std::string& name, const Evaluation& evaluation, std::size_t index,
           const WeightRows& weight_rows, const ScoreRanges& ranges)
      : sheet_(book.sheet(name))
      , evaluation_(evaluation)
      , lot_(evaluation.result.lots[index])
      , index_(index)
      , weight_rows_(weight_rows)
      , ranges_(ranges)
  {
    flatten(evaluation.tender.criteria_for(lot_.lot), "", nodes_);
    for (std::size_t b = 0; b < lot_.bids.size(); ++b) {
      if (lot_.bids[b].status == score::BidStatus::ranked) {
        if (lot_.bids[b].criteria.size() != nodes_.size()) {
          throw XlsxError("the result of bid " + lot_.bids[b].bidder +
                          " does not follow its lot's criteria tree");
        }
        ranked_.push_back(b);
      }
    }
  }

  void write()
  {
    write_head();
    row_ = 4;
    write_prices();
    write_values();
    write_scores();
    write_points();
    write_totals();
    if (lot_.funding) {
      write_funding();
    }
    write_excluded();
  }

private:
  std::string bid_cell(std::size_t row, std::size_t k) const { return cell(row, first_bid + k); }

  std::string weight_ref(const std::string& id, WeightCol col) const
  {
    const model::Lot* own = nullptr;
    for (const auto& lot : evaluation_.tender.lots) {
      if (lot_.lot && lot.id == *lot_.lot && lot.criteria) {
        own = &lot;
      }
    }
    const auto found = weight_rows_.find({own ? own->id : "", id});
    if (found == weight_rows_.end()) {
      throw XlsxError("criterion " + id + " has no row in the weights sheet");
    }
    return in_sheet(weights_name, abs_cell(found->second, col));
  }

  std::string bid_range(std::size_t row) const
  {
    return bid_cell(row, 0) + ":" + bid_cell(row, ranked_.size() - 1);
  }

  const score::BidResult& bid(std::size_t k) const { return lot_.bids[ranked_[k]]; }

  void write_head()
  {
    const auto& info = evaluation_.tender.info;
    std::string title = "Tender " + info.id + (info.title.empty() ? "" : " — " + info.title);
    if (lot_.lot) {
      title = "Lot " + *lot_.lot;
      for (const auto& lot : evaluation_.tender.lots) {
        if (lot.id == *lot_.lot && !lot.title.empty()) {
          title += " — " + lot.title;
        }
      }
    }
    sheet_.title(0, title);
    sheet_.text(1, 0,
                "Bids in contention in rank order, one per column. Final scores, points, totals "
                "and prices per point are formulas over the evaluator scores, prices, stated "
                "values and weights; "
                "the engine's exact values are in the last rows. Excluded bids are listed below.");
    std::vector<std::string> header{"row",    "criterion",       "parent",
                                    "weight", "divisor / value", "how"};
    for (std::size_t k = 0; k < ranked_.size(); ++k) {
      header.push_back(bid(k).bidder);
    }
    sheet_.header(3, header);
    std::vector<double> widths{24, 22, 16, 10, 16, 22};
    widths.resize(first_bid + ranked_.size(), 16);
    sheet_.widths(widths);
    sheet_.freeze(4, first_bid);
  }

  void write_prices()
  {
    price_row_ = row_++;
    sheet_.text(price_row_, c_row, "price");
    std::optional<Rational> low;
    std::optional<Rational> high;
    for (std::size_t k = 0; k < ranked_.size(); ++k) {
      if (const auto& price = bid(k).price) {
        sheet_.number(price_row_, first_bid + k, *price);
        low = low ? std::min(*low, *price) : *price;
        high = high ? std::max(*high, *price) : *price;
      }
    }
    if (lot_.price_method.empty()) {
      return;
    }
    // The benchmarks are over the bids in contention, which are exactly the columns here; if
    // they were not (never expected) the engine's value is written as a plain number.
    const auto benchmark = [&](const char* label, const char* function,
                               const std::optional<Rational>& engine,
                               const std::optional<Rational>& mine) {
      const std::size_t row = row_++;
      sheet_.text(row, c_row, label);
      if (!engine) {
        return row;
      }
      if (mine && *mine == *engine) {
        sheet_.formula(row, c_divisor, std::string(function) + "(" + bid_range(price_row_) + ")",
                       *engine);
      } else {
        sheet_.number(row, c_divisor, *engine);
        sheet_.text(row, c_how, "engine's value");
      }
      return row;
    };
    lowest_row_ = benchmark("lowest price in contention", "MIN", lot_.benchmarks.lowest, low);
    highest_row_ = benchmark("highest price in contention", "MAX", lot_.benchmarks.highest, high);
  }

  // Each quantitative criterion: every bid's stated value, then the lowest and highest value in
  // contention (live MIN and MAX over the row, as for prices).
  void write_values()
  {
    for (std::size_t n = 0; n < nodes_.size(); ++n) {
      const model::Criterion& c = *nodes_[n].criterion;
      if (c.kind() != model::CriterionKind::quantity) {
        continue;
      }
      const std::size_t row = row_++;
      value_rows_[n] = row;
      sheet_.text(row, c_row, "value");
      sheet_.text(row, c_criterion, c.id);
      sheet_.text(row, c_how, c.quantity->unit);
      std::optional<Rational> low;
      std::optional<Rational> high;
      for (std::size_t k = 0; k < ranked_.size(); ++k) {
        const auto& points = bid(k).criteria[n];
        if (points.value) {
          sheet_.number(row, first_bid + k, *points.value);
          low = low ? std::min(*low, *points.value) : *points.value;
          high = high ? std::max(*high, *points.value) : *points.value;
        }
      }
      const auto benchmark = [&](const char* label, const char* function,
                                 const std::optional<Rational>& value) {
        const std::size_t at = row_++;
        sheet_.text(at, c_row, label);
        sheet_.text(at, c_criterion, c.id);
        if (value) {
          sheet_.formula(at, c_divisor, std::string(function) + "(" + bid_range(row) + ")", *value);
        }
        return at;
      };
      value_low_rows_[n] = benchmark("lowest value in contention", "MIN", low);
      value_high_rows_[n] = benchmark("highest value in contention", "MAX", high);
    }
  }

  void write_scores()
  {
    const std::string function = evaluation_.result.aggregate == "median" ? "MEDIAN" : "AVERAGE";
    for (std::size_t n = 0; n < nodes_.size(); ++n) {
      if (nodes_[n].criterion->kind() == model::CriterionKind::question) {
        moderated_rows_[n] = row_;
        sheet_.text(row_, c_row, "moderated score");
        sheet_.text(row_, c_criterion, nodes_[n].criterion->id);
        for (std::size_t k = 0; k < ranked_.size(); ++k) {
          const auto& points = bid(k).criteria[n];
          if (points.score_source == "moderated" && points.score) {
            sheet_.number(row_, first_bid + k, *points.score);
          }
        }
        ++row_;
      }
    }
    for (std::size_t n = 0; n < nodes_.size(); ++n) {
      if (nodes_[n].criterion->kind() != model::CriterionKind::question) {
        continue;
      }
      score_rows_[n] = row_;
      sheet_.text(row_, c_row, "final score");
      sheet_.text(row_, c_criterion, nodes_[n].criterion->id);
      sheet_.text(row_, c_how, "moderated, else the " + evaluation_.result.aggregate);
      for (std::size_t k = 0; k < ranked_.size(); ++k) {
        const auto& points = bid(k).criteria[n];
        const std::string moderated = bid_cell(moderated_rows_[n], k);
        std::string otherwise = "0";
        const auto range = ranges_.find({index_, ranked_[k], points.id});
        if (range != ranges_.end()) {
          const std::string used =
              in_sheet(scores_name, abs_cell(range->second.first, score_used_col) + ":" +
                                        abs_cell(range->second.second, score_used_col));
          otherwise = "IF(COUNT(" + used + ")=0,0," + function + "(" + used + "))";
        }
        sheet_.formula(row_, first_bid + k,
                       "IF(ISNUMBER(" + moderated + ")," + moderated + "," + otherwise + ")",
                       points.score.value_or(Rational{0}));
      }
      ++row_;
    }
  }

  std::string question_divisor(std::size_t n, std::size_t row)
  {
    const model::Criterion& c = *nodes_[n].criterion;
    const Rational engine =
        ranked_.empty() ? Rational{0} : bid(0).criteria[n].divisor.value_or(Rational{0});
    if (c.normalise.value != model::Normalise::relative_to_best) {
      sheet_.formula(row, c_divisor, weight_ref(c.id, w_scale_max), engine);
      return "scale max";
    }
    Rational best = 0;
    for (std::size_t k = 0; k < ranked_.size(); ++k) {
      best = std::max(best, bid(k).criteria[n].score.value_or(Rational{0}));
    }
    if (best != engine) { // a bid set aside after scoring held the best score
      sheet_.number(row, c_divisor, engine);
      return "best score in contention (engine's value)";
    }
    sheet_.formula(row, c_divisor, "MAX(0," + bid_range(score_rows_[n]) + ")", engine);
    return "best score in contention";
  }

  // The formula of `rule` (a price or quantity rule of criterion `id`) for the value in cell
  // `v`, weight in `w`, lowest and highest values in contention in `low` and `high`: the same
  // formulas as the engine's (score/measured.hpp), with k, floor and ceiling from the Weights
  // sheet and band bounds written exactly ("(n/d)").
  std::string measured_formula(const score::MeasuredRule& rule, const std::string& id,
                               const std::string& v, const std::string& w, const std::string& low,
                               const std::string& high)
  {
    using score::Formula;
    const bool lower = rule.direction == model::Direction::lower;
    // full marks for every bid when all values in contention are equal: range always, the
    // other relative formulas where the rule says so (quantities)
    const auto all_equal = [&](const std::string& inner) {
      return "IF(" + high + "=" + low + "," + w + "," + inner + ")";
    };
    const auto relative = [&](const std::string& inner) {
      return rule.say_all_equal ? all_equal(inner) : inner;
    };
    switch (rule.formula) {
    case Formula::ratio:
      return relative(lower ? "IF(" + v + "<=0,0," + w + "*" + low + "/" + v + ")"
                            : "IF(OR(" + v + "<0," + high + "<=0),0," + w + "*" + v + "/" + high +
                                  ")");
    case Formula::linear: {
      const std::string k = weight_ref(id, w_k);
      return relative(lower ? "IF(" + low + "<=0,0," + w + "*MAX(0,1-" + k + "*(" + v + "-" + low +
                                  ")/" + low + "))"
                            : "IF(" + high + "<=0,0," + w + "*MAX(0,1-" + k + "*(" + high + "-" +
                                  v + ")/" + high + "))");
    }
    case Formula::range:
      return all_equal(lower ? w + "*(" + high + "-" + v + ")/(" + high + "-" + low + ")"
                             : w + "*(" + v + "-" + low + ")/(" + high + "-" + low + ")");
    case Formula::fixed_bounds: {
      if (!rule.floor || !rule.ceiling) {
        return "0";
      }
      const std::string floor = weight_ref(id, w_floor);
      const std::string ceiling = weight_ref(id, w_ceiling);
      return lower ? "IF(" + v + "<=" + floor + "," + w + ",IF(" + v + ">=" + ceiling + ",0," + w +
                         "*(" + ceiling + "-" + v + ")/(" + ceiling + "-" + floor + ")))"
                   : "IF(" + v + ">=" + ceiling + "," + w + ",IF(" + v + "<=" + floor + ",0," + w +
                         "*(" + v + "-" + floor + ")/(" + ceiling + "-" + floor + ")))";
    }
    case Formula::bands: {
      // The first band holding the value, as the engine looks.
      std::string formula = "0";
      for (auto band = rule.bands.rbegin(); band != rule.bands.rend(); ++band) {
        std::vector<std::string> tests;
        if (band->from) {
          tests.push_back(v + ">=(" + util::format_exact(band->from->value) + ")");
        }
        if (band->to) {
          tests.push_back(v + "<(" + util::format_exact(band->to->value) + ")");
        }
        const std::string test = tests.empty() ? "TRUE" : "AND(" + joined(tests, ",") + ")";
        formula =
            "IF(" + test + ",(" + util::format_exact(band->points.value) + ")," + formula + ")";
      }
      return formula;
    }
    }
    return "0";
  }

  void write_points()
  {
    for (std::size_t n = 0; n < nodes_.size(); ++n) {
      points_rows_[nodes_[n].criterion->id] = row_ + n;
    }
    for (std::size_t n = 0; n < nodes_.size(); ++n, ++row_) {
      const model::Criterion& c = *nodes_[n].criterion;
      sheet_.text(row_, c_row, "points");
      sheet_.text(row_, c_criterion, c.id);
      sheet_.text(row_, c_parent, nodes_[n].parent);
      sheet_.formula(row_, c_weight, weight_ref(c.id, w_weight), c.weight.value);
      const std::string w = abs_cell(row_, c_weight);
      std::string how;
      for (std::size_t k = 0; k < ranked_.size(); ++k) {
        const Rational& engine = bid(k).criteria[n].points;
        std::string formula;
        switch (c.kind()) {
        case model::CriterionKind::question: {
          if (k == 0) {
            how = question_divisor(n, row_);
          }
          const std::string d = abs_cell(row_, c_divisor);
          formula = "IF(" + d + "=0,0," + w + "*" + bid_cell(score_rows_[n], k) + "/" + d + ")";
          break;
        }
        case model::CriterionKind::price: {
          how = model::price_method_name(c.price->method.value);
          const std::string p = bid_cell(price_row_, k);
          formula = "IF(COUNT(" + p + ")=0,0," +
                    measured_formula(score::measured_rule(*c.price), c.id, p, w,
                                     abs_cell(lowest_row_, c_divisor),
                                     abs_cell(highest_row_, c_divisor)) +
                    ")";
          break;
        }
        case model::CriterionKind::quantity: {
          how = std::string(model::quantity_method_name(c.quantity->method.value)) + ", " +
                (c.quantity->direction.value == model::Direction::lower ? "lower" : "higher") +
                " is better";
          const std::string v = bid_cell(value_rows_.at(n), k);
          formula = "IF(COUNT(" + v + ")=0,0," +
                    measured_formula(score::measured_rule(*c.quantity), c.id, v, w,
                                     abs_cell(value_low_rows_.at(n), c_divisor),
                                     abs_cell(value_high_rows_.at(n), c_divisor)) +
                    ")";
          break;
        }
        case model::CriterionKind::group: {
          how = "sum of sub-criteria";
          std::vector<std::string> children;
          for (const auto& child : c.children) {
            children.push_back(bid_cell(points_rows_.at(child.id), k));
          }
          formula = "SUM(" + joined(children, ",") + ")";
          break;
        }
        }
        sheet_.formula(row_, first_bid + k, formula, engine);
      }
      sheet_.text(row_, c_how, how);
    }
  }

  void write_totals()
  {
    const std::size_t total_row = row_++;
    sheet_.text(total_row, c_row, "total");
    sheet_.text(total_row, c_how, "sum of top-level points");
    for (std::size_t k = 0; k < ranked_.size(); ++k) {
      std::vector<std::string> top;
      for (const auto& id : lot_.top_level) {
        top.push_back(bid_cell(points_rows_.at(id), k));
      }
      sheet_.formula(total_row, first_bid + k, "SUM(" + joined(top, ",") + ")",
                     bid(k).total.value_or(Rational{0}));
    }
    const bool per_point = evaluation_.result.award == "price-per-quality-point";
    if (per_point) {
      sheet_.text(row_, c_row, "price per quality point");
      sheet_.text(row_, c_how, "price ÷ total, lowest wins");
      for (std::size_t k = 0; k < ranked_.size(); ++k) {
        sheet_.formula(row_, first_bid + k, bid_cell(price_row_, k) + "/" + bid_cell(total_row, k),
                       bid(k).price_per_point.value_or(Rational{0}));
      }
      ++row_;
    }
    sheet_.text(row_, c_row, "rank");
    for (std::size_t k = 0; k < ranked_.size(); ++k) {
      if (bid(k).rank) {
        sheet_.number(row_, first_bid + k, Rational{*bid(k).rank});
      }
    }
    ++row_;
    sheet_.text(row_, c_row, "total (engine, exact)");
    for (std::size_t k = 0; k < ranked_.size(); ++k) {
      sheet_.text(row_, first_bid + k, util::format_exact(bid(k).total.value_or(Rational{0})));
    }
    ++row_;
    if (per_point) {
      sheet_.text(row_, c_row, "price per point (engine, exact)");
      for (std::size_t k = 0; k < ranked_.size(); ++k) {
        sheet_.text(row_, first_bid + k,
                    util::format_exact(bid(k).price_per_point.value_or(Rational{0})));
      }
      ++row_;
    }
    sheet_.text(row_, c_row, "flags");
    for (std::size_t k = 0; k < ranked_.size(); ++k) {
      std::vector<std::string> names;
      for (const auto& flag : bid(k).flags) {
        names.push_back(flag.name());
      }
      if (bid(k).tied) {
        names.emplace_back("tied");
      }
      sheet_.text(row_, first_bid + k, joined(names, ", "));
    }
    row_ += 2;
  }

  // Under a funding pot: each bid's request, its funding and amount (the engine's), and live
  // formulas for the running total awarded and what the pot has left after each bid.
  void write_funding()
  {
    const score::Pot& pot = *lot_.funding;
    sheet_.title(row_++, "Funding");
    sheet_.text(row_, c_row, "pot");
    sheet_.number(row_, c_how, pot.pot);
    const std::size_t pot_row = row_++;
    const std::size_t request_row = row_++;
    const std::size_t status_row = row_++;
    const std::size_t amount_row = row_++;
    const std::size_t running_row = row_++;
    const std::size_t left_row = row_++;
    const std::size_t reason_row = row_++;
    sheet_.text(request_row, c_row, "request");
    sheet_.text(status_row, c_row, "funding");
    sheet_.text(amount_row, c_row, "amount");
    sheet_.text(running_row, c_row, "awarded so far");
    sheet_.text(running_row, c_how, "sum of the amounts up to this bid");
    sheet_.text(left_row, c_row, "pot left");
    sheet_.text(left_row, c_how, "pot − awarded so far");
    sheet_.text(reason_row, c_row, "reason");
    Rational running = 0;
    for (std::size_t k = 0; k < ranked_.size(); ++k) {
      const score::BidResult& b = bid(k);
      if (b.price) {
        sheet_.number(request_row, first_bid + k, *b.price);
      }
      if (!b.funding) {
        continue;
      }
      const score::Funding& f = *b.funding;
      sheet_.text(status_row, first_bid + k,
                  f.funded ? "funded" : (f.undecided ? "undecided" : "not funded"));
      sheet_.number(amount_row, first_bid + k, f.amount);
      running += f.amount;
      sheet_.formula(running_row, first_bid + k,
                     "SUM(" + cell(amount_row, first_bid, true) + ":" + bid_cell(amount_row, k) +
                         ")",
                     running);
      sheet_.formula(left_row, first_bid + k,
                     cell(pot_row, c_how, true) + "-" + bid_cell(running_row, k),
                     pot.pot - running);
      sheet_.text(reason_row, first_bid + k, f.reason);
    }
    ++row_;
  }

  void write_excluded()
  {
    sheet_.title(row_++, "Excluded bids (no total)");
    sheet_.header(row_++, {"bidder", "rule", "criterion", "reason", "price", "stage reached"});
    for (const auto& b : lot_.bids) {
      if (b.status != score::BidStatus::excluded) {
        continue;
      }
      for (const auto& e : b.exclusions) {
        sheet_.text(row_, 0, b.bidder);
        sheet_.text(row_, 1, e.rule);
        sheet_.text(row_, 2, e.criterion);
        sheet_.text(row_, 3, e.reason);
        if (b.price) {
          sheet_.number(row_, 4, *b.price);
        }
        sheet_.text(row_, 5, b.stage_reached);
        ++row_;
      }
    }
  }

  Sheet sheet_;
  const Evaluation& evaluation_;
  const score::LotResult& lot_;
  std::size_t index_;
  const WeightRows& weight_rows_;
  const ScoreRanges& ranges_;
  std::vector<Node> nodes_;
  std::vector<std::size_t> ranked_; // indexes into lot_.bids of the bids in contention
  std::size_t row_ = 0;
  std::size_t price_row_ = 0;
  std::size_t lowest_row_ = 0;
  std::size_t highest_row_ = 0;
  std::map<std::size_t, std::size_t> moderated_rows_;  // node → row
  std::map<std::size_t, std::size_t> score_rows_;      // node → row
  std::map<std::size_t, std::size_t> value_rows_;      // node → row of stated values
  std::map<std::size_t, std::size_t> value_low_rows_;  // node → row of the lowest value
  std::map<std::size_t, std::size_t> value_high_rows_; // node → row of the highest value
  std::map<std::string, std::size_t> points_rows_;     // criterion id → row
};

} // namespace

void check_lot_sheet_limits(const score::Result& result)
{
  for (const auto& lot : result.lots) {
    const auto ranked = static_cast<std::size_t>(
        std::count_if(lot.bids.begin(), lot.bids.end(),
                      [](const auto& bid) { return bid.status == score::BidStatus::ranked; }));
    if (first_bid + ranked > max_cols) {
      throw XlsxLimitError(fmt::format(
          "{} has {} ranked bids, but an XLSX lot sheet has room for {} (a column per bid; a "
          "worksheet holds {} columns)",
          lot.lot ? "lot '" + *lot.lot + "'" : std::string("the round"), ranked,
          max_cols - first_bid, max_cols));
    }
  }
}

void write_lot_sheet(Book& book, const std::string& name, const Evaluation& evaluation,
                     std::size_t index, const WeightRows& weight_rows, const ScoreRanges& ranges)
{
  LotSheet(book, name, evaluation, index, weight_rows, ranges).write();
}

} // namespace tenderscore::report::xlsx
