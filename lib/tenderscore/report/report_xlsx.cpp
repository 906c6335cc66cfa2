// SPDX-License-Identifier: MIT
// The evaluation as an XLSX workbook whose totals are live formulas (libxlsxwriter).
#include <tenderscore/report/report_xlsx.hpp>

#include <tenderscore/report/xlsx_book.hpp>
#include <tenderscore/util/text.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <unistd.h>

namespace tenderscore::report {

namespace {

using util::Rational;
using xlsx::Book;
using xlsx::cell;
using xlsx::Sheet;

const char* const weights_name = "Weights";
const char* const scores_name = "Evaluator scores";

std::string abs_cell(std::size_t row, std::size_t col)
{
  return xlsx::cell(row, col, true);
}

std::string in_sheet(const std::string& sheet, const std::string& ref)
{
  return "'" + sheet + "'!" + ref;
}

// ---- the weights and scales ------------------------------------------------------------------

// Columns of the Weights sheet.
enum WeightCol : std::size_t {
  w_lot,
  w_criterion,
  w_parent,
  w_kind,
  w_weight,
  w_scale,
  w_scale_max,
  w_normalise,
  w_method,
  w_k,
  w_floor,
  w_ceiling,
  w_social,
  w_title,
};

// Where each criterion's row is in the Weights sheet: the tender's criteria under key "", a
// lot's own criteria under the lot's id.
using WeightRows = std::map<std::pair<std::string, std::string>, std::size_t>;

const char* kind_of(const model::Criterion& c)
{
  switch (c.kind()) {
  case model::CriterionKind::group:
    return "group";
  case model::CriterionKind::price:
    return "price";
  case model::CriterionKind::question:
    return "question";
  }
  return "group";
}

void write_criteria_rows(Sheet& sheet, const model::Tender& tender,
                         const std::vector<model::Criterion>& criteria, const std::string& lot,
                         const std::string& parent, std::size_t& row, WeightRows& rows)
{
  for (const auto& c : criteria) {
    rows[{lot, c.id}] = row;
    sheet.text(row, w_lot, lot);
    sheet.text(row, w_criterion, c.id);
    sheet.text(row, w_parent, parent);
    sheet.text(row, w_kind, kind_of(c));
    sheet.number(row, w_weight, c.weight.value);
    if (c.kind() == model::CriterionKind::question) {
      sheet.text(row, w_scale, c.scale->value);
      if (const model::Scale* scale = tender.find_scale(c.scale->value)) {
        sheet.number(row, w_scale_max, scale->max.value);
      }
      sheet.text(row, w_normalise,
                 c.normalise.value == model::Normalise::relative_to_best ? "relative-to-best"
                                                                         : "scale-max");
    }
    if (c.price) {
      const model::PriceRule& rule = *c.price;
      sheet.text(row, w_method, model::price_method_name(rule.method.value));
      if (rule.method.value == model::PriceMethod::linear) {
        sheet.number(row, w_k, rule.k ? rule.k->value : model::default_linear_k());
      }
      if (rule.floor) {
        sheet.number(row, w_floor, rule.floor->value);
      }
      if (rule.ceiling) {
        sheet.number(row, w_ceiling, rule.ceiling->value);
      }
    }
    sheet.text(row, w_social, c.social_value ? "yes" : "");
    sheet.text(row, w_title, c.title);
    ++row;
    write_criteria_rows(sheet, tender, c.children, lot, c.id, row, rows);
  }
}

WeightRows write_weights(Book& book, const model::Tender& tender)
{
  Sheet sheet = book.sheet(weights_name);
  sheet.title(0, "Weights and scales: weight is the criterion's share of the whole score in "
                 "percent; a lot's own criteria are listed under its id, others use the tender's");
  sheet.header(2, {"lot", "criterion", "parent", "kind", "weight", "scale", "scale max",
                   "normalise", "price method", "k", "floor", "ceiling", "social value", "title"});
  sheet.widths({10, 22, 18, 10, 10, 14, 10, 16, 14, 8, 12, 12, 12, 40});
  std::size_t row = 3;
  WeightRows rows;
  write_criteria_rows(sheet, tender, tender.criteria, "", "", row, rows);
  for (const auto& lot : tender.lots) {
    if (lot.criteria) {
      write_criteria_rows(sheet, tender, *lot.criteria, lot.id, "", row, rows);
    }
  }
  ++row;
  sheet.header(row++, {"scale", "min", "max", "step"});
  for (const auto& scale : tender.scales) {
    sheet.text(row, 0, scale.id);
    sheet.number(row, 1, scale.min.value);
    sheet.number(row, 2, scale.max.value);
    sheet.number(row, 3, scale.step.value);
    ++row;
  }
  return rows;
}

// ---- every evaluator's score -----------------------------------------------------------------

// The rows of the "score used" column that hold one bid's evaluators' scores for one question:
// keyed by lot number, bid number within the lot and question id; first and last row.
using ScoreRanges = std::map<std::tuple<std::size_t, std::size_t, std::string>,
                             std::pair<std::size_t, std::size_t>>;

constexpr std::size_t score_used_col = 4;

ScoreRanges write_evaluator_scores(Book& book, const score::Result& result)
{
  Sheet sheet = book.sheet(scores_name);
  sheet.title(0, "Every evaluator's score for the bids in contention; a score set aside "
                 "(the evaluator declared a conflict of interest) is left out of every formula; "
                 "a moderation row gives the moderated score and its comment");
  sheet.header(2, {"lot", "bidder", "question", "evaluator", "score used", "score set aside",
                   "note", "moderated score", "comment"});
  sheet.widths({10, 30, 22, 16, 12, 16, 30, 16, 60});
  std::size_t row = 3;
  ScoreRanges ranges;
  for (std::size_t l = 0; l < result.lots.size(); ++l) {
    const score::LotResult& lot = result.lots[l];
    for (std::size_t b = 0; b < lot.bids.size(); ++b) {
      const score::BidResult& bid = lot.bids[b];
      for (const auto& c : bid.criteria) {
        if (c.kind != "question") {
          continue;
        }
        const std::size_t first = row;
        for (const auto& e : c.evaluators) { // none: no range (moderated score, else 0)
          sheet.text(row, 0, lot.lot.value_or(""));
          sheet.text(row, 1, bid.bidder);
          sheet.text(row, 2, c.id);
          sheet.text(row, 3, e.evaluator);
          if (e.conflicted) {
            sheet.number(row, score_used_col + 1, e.score);
            sheet.text(row, score_used_col + 2, "conflict of interest declared: not used");
          } else {
            sheet.number(row, score_used_col, e.score);
          }
          ++row;
        }
        if (row > first) {
          ranges[{l, b, c.id}] = {first, row - 1};
        }
        const bool moderated = c.score_source == "moderated" && c.score;
        if (moderated || !c.comment.empty()) {
          sheet.text(row, 0, lot.lot.value_or(""));
          sheet.text(row, 1, bid.bidder);
          sheet.text(row, 2, c.id);
          sheet.text(row, 3, "(moderation)");
          if (moderated) {
            sheet.number(row, score_used_col + 3, *c.score);
            sheet.text(row, score_used_col + 2,
                       "moderated score, used instead of the scores above");
          }
          sheet.text(row, score_used_col + 4, c.comment);
          ++row;
        }
      }
    }
  }
  return ranges;
}

// ---- one sheet per lot ------------------------------------------------------------------------

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
    if (first_bid + ranked_.size() > xlsx::max_cols) {
      throw XlsxError("too many bids for one worksheet");
    }
  }

  void write()
  {
    write_head();
    row_ = 4;
    write_prices();
    write_scores();
    write_points();
    write_totals();
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
                "and prices per point are formulas over the evaluator scores, prices and weights; "
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

  std::string price_formula(const model::Criterion& c, const std::string& p, const std::string& w)
  {
    const std::string low = abs_cell(lowest_row_, c_divisor);
    const std::string high = abs_cell(highest_row_, c_divisor);
    switch (c.price->method.value) {
    case model::PriceMethod::lowest_ratio:
    case model::PriceMethod::budget:
      return "IF(" + p + "<=0,0," + w + "*" + low + "/" + p + ")";
    case model::PriceMethod::linear: {
      const std::string k = weight_ref(c.id, w_k);
      return "IF(" + low + "<=0,0," + w + "*MAX(0,1-" + k + "*(" + p + "-" + low + ")/" + low +
             "))";
    }
    case model::PriceMethod::range:
      return "IF(" + high + "=" + low + "," + w + "," + w + "*(" + high + "-" + p + ")/(" + high +
             "-" + low + "))";
    case model::PriceMethod::fixed_bounds: {
      if (!c.price->floor || !c.price->ceiling) {
        return "0";
      }
      const std::string floor = weight_ref(c.id, w_floor);
      const std::string ceiling = weight_ref(c.id, w_ceiling);
      return "IF(" + p + "<=" + floor + "," + w + ",IF(" + p + ">=" + ceiling + ",0," + w + "*(" +
             ceiling + "-" + p + ")/(" + ceiling + "-" + floor + ")))";
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
          formula = "IF(COUNT(" + p + ")=0,0," + price_formula(c, p, w) + ")";
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
  std::map<std::size_t, std::size_t> moderated_rows_; // node → row
  std::map<std::size_t, std::size_t> score_rows_;     // node → row
  std::map<std::string, std::size_t> points_rows_;    // criterion id → row
};

// ---- method and audit -------------------------------------------------------------------------

void write_method(Book& book, const Evaluation& evaluation)
{
  Sheet sheet = book.sheet("Method");
  sheet.widths({28, 24, 12, 70});
  sheet.title(0, "Method statement and audit");
  std::size_t row = 2;
  for (const auto& [label, value] : evaluation.method.facts) {
    sheet.text(row, 0, label);
    sheet.text(row++, 1, value);
  }
  ++row;
  sheet.header(row++, {"lot", "criterion", "weight", "how it is scored"});
  for (const auto& group : evaluation.method.criteria) {
    for (const auto& c : group.rows) {
      sheet.text(row, 0, group.lot.value_or(""));
      sheet.text(row, 1, std::string(static_cast<std::size_t>(c.depth) * 2, ' ') + c.id);
      sheet.number(row, 2, c.weight);
      std::string how = c.how;
      for (const auto& condition : c.conditions) {
        how += "; " + condition;
      }
      sheet.text(row++, 3, how);
    }
  }
  ++row;
  sheet.header(row++, {"gate", "text"});
  for (const auto& [id, text] : evaluation.method.gates) {
    sheet.text(row, 0, id);
    sheet.text(row++, 1, text);
  }
  ++row;
  const audit::AuditBlock& audit = evaluation.audit;
  sheet.header(row++, {"audit", "value"});
  sheet.text(row, 0, "tool");
  sheet.text(row++, 1, audit.tool + " " + audit.version);
  sheet.text(row, 0, "command line");
  sheet.text(row++, 1, audit::shell_command_line(audit.command_line));
  if (audit.timestamp) {
    sheet.text(row, 0, "timestamp");
    sheet.text(row++, 1, *audit.timestamp);
  }
  for (const auto& rule : audit.rules) {
    sheet.text(row, 0, "rule");
    sheet.text(row++, 1, rule);
  }
  ++row;
  sheet.header(row++, {"input file", "SHA-256", "bytes"});
  for (const auto& input : audit.inputs) {
    sheet.text(row, 0, input.path);
    sheet.text(row, 1, input.sha256);
    sheet.number(row++, 2, Rational{static_cast<long long>(input.bytes)});
  }
}

// A file name in the temporary directory, removed when this goes out of scope.
class TemporaryFile
{
public:
  TemporaryFile()
  {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "tenderscore-XXXXXX.xlsx").string();
    const int fd = ::mkstemps(pattern.data(), 5);
    if (fd < 0) {
      throw XlsxError("cannot create a temporary file for the workbook");
    }
    ::close(fd);
    path_ = pattern;
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() { std::remove(path_.c_str()); }
  const std::string& path() const { return path_; }

private:
  std::string path_;
};

} // namespace

std::string xlsx_text(std::string_view text)
{
  const bool formula = !text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' ||
                                         text[0] == '@' || text[0] == '\t' || text[0] == '\r');
  std::string value = formula ? std::string("'") : std::string();
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      value += util::escape_terminal(text.substr(start, i - start));
      if (i < text.size()) {
        value += '\n';
      }
      start = i + 1;
    }
  }
  return xlsx::cut_to_cell(std::move(value));
}

std::string xlsx_report(const Evaluation& evaluation)
{
  const TemporaryFile file;
  {
    Book book(file.path());
    write_method(book, evaluation);
    const WeightRows weight_rows = write_weights(book, evaluation.tender);
    const ScoreRanges ranges = write_evaluator_scores(book, evaluation.result);
    const auto& lots = evaluation.result.lots;
    for (std::size_t i = 0; i < lots.size(); ++i) {
      const std::string name = lots[i].lot ? "Lot " + std::to_string(i + 1) : "Scores";
      LotSheet(book, name, evaluation, i, weight_rows, ranges).write();
    }
    book.close();
  }
  std::ifstream in(file.path(), std::ios::binary);
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (!in.good() && !in.eof()) {
    throw XlsxError("cannot read back the workbook written to " + file.path());
  }
  return bytes;
}

} // namespace tenderscore::report
