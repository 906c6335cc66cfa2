// SPDX-License-Identifier: MIT
// The evaluation as an XLSX workbook whose totals are live formulas (libxlsxwriter).
#include <tenderscore/report/report_xlsx.hpp>

#include <tenderscore/report/xlsx_sheets.hpp>
#include <tenderscore/util/text.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <unistd.h>

namespace tenderscore::report {

namespace {

using util::Rational;
using namespace xlsx;

// ---- the weights and scales ------------------------------------------------------------------

const char* kind_of(const model::Criterion& c)
{
  switch (c.kind()) {
  case model::CriterionKind::group:
    return "group";
  case model::CriterionKind::price:
    return "price";
  case model::CriterionKind::question:
    return "question";
  case model::CriterionKind::quantity:
    return "quantity";
  }
  return "group";
}

// The parameters of a price or quantity rule: k (linear only; default 1), floor and ceiling.
template <typename Rule>
void write_parameters(Sheet& sheet, std::size_t row, const Rule& rule, bool linear)
{
  if (linear) {
    sheet.number(row, w_k, rule.k ? rule.k->value : model::default_linear_k());
  }
  if (rule.floor) {
    sheet.number(row, w_floor, rule.floor->value);
  }
  if (rule.ceiling) {
    sheet.number(row, w_ceiling, rule.ceiling->value);
  }
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
    if (c.quantity) {
      const model::QuantityRule& rule = *c.quantity;
      sheet.text(row, w_method,
                 std::string(model::quantity_method_name(rule.method.value)) + ", " +
                     (rule.direction.value == model::Direction::lower ? "lower" : "higher") +
                     " is better");
      write_parameters(sheet, row, rule, rule.method.value == model::QuantityMethod::linear);
    }
    if (c.price) {
      const model::PriceRule& rule = *c.price;
      sheet.text(row, w_method, model::price_method_name(rule.method.value));
      write_parameters(sheet, row, rule, rule.method.value == model::PriceMethod::linear);
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
                   "normalise", "method", "k", "floor", "ceiling", "social value", "title"});
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

ScoreRanges write_evaluator_scores(Book& book, const score::Result& result)
{
  Sheet sheet = book.sheet(scores_name);
  sheet.title(0, "Every evaluator's score for the bids in contention; a score set aside "
                 "(the evaluator declared a conflict of interest) is left out of every formula; "
                 "each evaluator's comment stands on its row; a moderation row gives the moderated "
                 "score and the comment that explains it");
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
          if (!e.comment.empty()) { // the evaluator's own comment
            sheet.text(row, score_used_col + 4, e.comment);
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
      sheet.text(row, 0, group.stage.empty() ? group.lot.value_or("") : "stage " + group.stage);
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

bool is_hex(char c)
{
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// OOXML reads "_xHHHH_" in a cell's text as the character U+HHHH: a literal "_x001B_" would come
// back from Excel or LibreOffice as a real ESC, and "_x003D_" as an "=" behind the formula
// guard. Write the underscore that starts each one (overlapping ones too, "_x0041_x0042_") as
// "_x005F_", the escaped underscore, so that the text reads back as written.
std::string escape_ooxml_escapes(const std::string& text)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool escape = text[i] == '_' && i + 6 < text.size() &&
                        (text[i + 1] == 'x' || text[i + 1] == 'X') && is_hex(text[i + 2]) &&
                        is_hex(text[i + 3]) && is_hex(text[i + 4]) && is_hex(text[i + 5]) &&
                        text[i + 6] == '_';
    if (escape) {
      out += "_x005F_";
    } else {
      out += text[i];
    }
  }
  return out;
}

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
  return xlsx::cut_to_cell(escape_ooxml_escapes(value));
}

std::string xlsx_report(const Evaluation& evaluation)
{
  check_lot_sheet_limits(evaluation.result);
  const TemporaryFile file;
  {
    Book book(file.path());
    write_method(book, evaluation);
    const WeightRows weight_rows = write_weights(book, evaluation.tender);
    const ScoreRanges ranges = write_evaluator_scores(book, evaluation.result);
    const auto& lots = evaluation.result.lots;
    for (std::size_t i = 0; i < lots.size(); ++i) {
      const std::string name = lots[i].lot ? "Lot " + std::to_string(i + 1) : "Scores";
      write_lot_sheet(book, name, evaluation, i, weight_rows, ranges);
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
