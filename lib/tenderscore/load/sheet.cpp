// SPDX-License-Identifier: MIT
// Bulk CSV score sheets (bidder,lot,question,evaluator,score,comment) and price sheets
// (bidder,lot,price), FORMAT.md "Bids (CSV, for bulk score sheets)", built into a BidsFile.
#include <tenderscore/load/csv.hpp>
#include <tenderscore/load/loader.hpp>
#include <tenderscore/load/monitoring_csv.hpp>

#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <string_view>
#include <tuple>
#include <utility>

namespace tenderscore::load {

namespace {

constexpr std::array<std::string_view, 6> k_score_columns{"bidder",    "lot",   "question",
                                                          "evaluator", "score", "comment"};
constexpr std::array<std::string_view, 3> k_price_columns{"bidder", "lot", "price"};

// The column index of each name in the header.
using Columns = std::map<std::string, std::size_t, std::less<>>;

std::optional<Columns> read_header(const CsvRow& header, FileKind kind, diag::Diagnostics& diags)
{
  std::vector<std::string> allowed;
  for (const auto name :
       kind == FileKind::price_sheet
           ? std::vector<std::string_view>(k_price_columns.begin(), k_price_columns.end())
           : std::vector<std::string_view>(k_score_columns.begin(), k_score_columns.end())) {
    allowed.emplace_back(name);
  }
  Columns columns;
  bool ok = true;
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    const CsvField& cell = header.fields[i];
    if (std::find(allowed.begin(), allowed.end(), cell.text) == allowed.end()) {
      diags.error(cell.where, "csv.header",
                  fmt::format("unknown column {}{}", util::quote(cell.text),
                              util::did_you_mean(cell.text, allowed)));
      ok = false;
    } else if (!columns.emplace(cell.text, i).second) {
      diags.error(cell.where, "csv.header",
                  fmt::format("duplicate column {}", util::quote(cell.text)));
      ok = false;
    }
  }
  for (const auto& name : allowed) {
    if (name != "lot" && name != "comment" && !columns.contains(name)) {
      diags.error({header.where.file, 1, 1}, "csv.header",
                  fmt::format("missing column {}", util::quote(name)));
      ok = false;
    }
  }
  return ok ? std::optional<Columns>(std::move(columns)) : std::nullopt;
}

FileKind sheet_kind(const CsvRow& header, diag::Diagnostics& diags)
{
  const auto has = [&](std::string_view name) {
    return std::any_of(header.fields.begin(), header.fields.end(),
                       [&](const CsvField& f) { return f.text == name; });
  };
  if (has("period") && has("kpi")) {
    return FileKind::monitoring;
  }
  if (has("price") && !has("score")) {
    return FileKind::price_sheet;
  }
  if (has("score") || has("question") || has("evaluator")) {
    return FileKind::score_sheet;
  }
  diags.error({header.where.file, 1, 1}, "csv.header",
              "not a score sheet, price sheet or monitoring return: the first line must name the "
              "columns 'bidder,lot,question,evaluator,score,comment', 'bidder,lot,price' or "
              "'period,kpi,value'");
  return FileKind::unknown;
}

class SheetBuilder
{
public:
  SheetBuilder(FileKind kind, Columns columns, diag::Diagnostics& diags)
      : m_kind(kind)
      , m_columns(std::move(columns))
      , m_diags(diags)
  {
  }

  void row(const CsvRow& row, std::size_t width)
  {
    if (row.fields.size() != width) {
      m_diags.error(
          row.where, "csv.syntax",
          fmt::format("this row has {} fields but the header has {}", row.fields.size(), width));
      return;
    }
    const CsvField* bidder = required(row, "bidder");
    if (!bidder) {
      return;
    }
    const CsvField* lot = cell(row, "lot");
    const std::string lot_text = lot ? lot->text : std::string{};
    if (m_kind == FileKind::price_sheet) {
      price_row(row, *bidder, lot);
    } else {
      score_row(row, *bidder, lot, lot_text);
    }
  }

  model::BidsFile take() { return std::move(m_file); }

private:
  const CsvField* cell(const CsvRow& row, std::string_view name) const
  {
    const auto it = m_columns.find(name);
    return it == m_columns.end() ? nullptr : &row.fields[it->second];
  }

  const CsvField* required(const CsvRow& row, std::string_view name)
  {
    const CsvField* field = cell(row, name);
    if (field && field->text.empty()) {
      m_diags.error(field->where, "csv.value", fmt::format("empty {}", name));
      return nullptr;
    }
    return field;
  }

  std::optional<model::Located<util::Rational>> number(const CsvField& field, std::string_view what)
  {
    if (auto value = util::parse_decimal(field.text)) {
      return model::Located<util::Rational>{*value, field.where};
    }
    m_diags.error(field.where, "csv.value",
                  fmt::format("{} {} is not a number", what, util::quote(field.text)));
    return std::nullopt;
  }

  model::Bid& bid(const CsvField& bidder, const CsvField* lot)
  {
    const bool has_lot = lot && !lot->text.empty();
    const auto [found, added] =
        m_bid_index.try_emplace({bidder.text, has_lot ? lot->text : ""}, m_file.bids.size());
    if (!added) {
      return m_file.bids[found->second];
    }
    model::Bid& b = m_file.bids.emplace_back();
    b.bidder = {bidder.text, bidder.where};
    b.where = bidder.where;
    if (has_lot) {
      b.lot = model::Located<std::string>{lot->text, lot->where};
    }
    return b;
  }

  static std::string lot_part(const std::string& lot)
  {
    return lot.empty() ? "" : fmt::format(", lot {}", util::quote(lot));
  }

  void price_row(const CsvRow& row, const CsvField& bidder, const CsvField* lot)
  {
    const CsvField* price_cell = required(row, "price");
    const auto price = price_cell ? number(*price_cell, "price") : std::nullopt;
    if (!price) {
      return;
    }
    model::Bid& b = bid(bidder, lot);
    if (b.price) {
      m_diags.error(row.where, "csv.duplicate",
                    fmt::format("duplicate price for {}{} (first at line {})",
                                util::quote(bidder.text), lot_part(b.lot ? b.lot->value : ""),
                                b.price->where.line));
      return;
    }
    b.price = price;
  }

  void score_row(const CsvRow& row, const CsvField& bidder, const CsvField* lot,
                 const std::string& lot_text)
  {
    const CsvField* question = required(row, "question");
    const CsvField* evaluator = required(row, "evaluator");
    const CsvField* score_cell = required(row, "score");
    const auto score = score_cell ? number(*score_cell, "score") : std::nullopt;
    if (!question || !evaluator || !score) {
      return;
    }
    const auto key = std::make_tuple(bidder.text, lot_text, question->text, evaluator->text);
    const auto [first, inserted] = m_seen.emplace(key, row.where.line);
    if (!inserted) {
      m_diags.error(row.where, "csv.duplicate",
                    fmt::format("duplicate score for {}{}, question {}, evaluator {} (first at "
                                "line {})",
                                util::quote(bidder.text), lot_part(lot_text),
                                util::quote(question->text), util::quote(evaluator->text),
                                first->second));
      return;
    }
    model::Bid& b = bid(bidder, lot);
    auto it = std::find_if(b.scores.begin(), b.scores.end(),
                           [&](const auto& q) { return q.question == question->text; });
    if (it == b.scores.end()) {
      it = b.scores.insert(b.scores.end(), model::QuestionScore{});
      it->question = question->text;
      it->where = question->where;
    }
    if (evaluator->text == "moderated") {
      it->moderated = score;
    } else {
      it->evaluators.push_back({evaluator->text, *score, evaluator->where});
    }
    const CsvField* comment = cell(row, "comment");
    if (comment && !comment->text.empty() && !it->comment) {
      it->comment = model::Located<std::string>{comment->text, comment->where};
    }
  }

  FileKind m_kind;
  Columns m_columns;
  diag::Diagnostics& m_diags;
  model::BidsFile m_file;
  // (bidder, lot or "") → index of its bid in m_file.bids: a sheet has a row per score.
  std::map<std::pair<std::string, std::string>, std::size_t> m_bid_index;
  std::map<std::tuple<std::string, std::string, std::string, std::string>, int> m_seen;
};

} // namespace

bool is_sheet_path(std::string_view path)
{
  if (path.size() < 4) {
    return false;
  }
  std::string ending(path.substr(path.size() - 4));
  std::transform(ending.begin(), ending.end(), ending.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ending == ".csv";
}

LoadedFile load_sheet(const diag::SourcePtr& source, diag::Diagnostics& diags)
{
  LoadedFile file;
  file.source = source;
  const std::size_t errors_before = diags.count(diag::Severity::error);
  const auto rows = read_csv(source, diags);
  if (!rows) {
    return file;
  }
  if (rows->empty()) {
    diags.error({source, 1, 1}, "csv.header",
                "empty sheet: the first line must name the columns "
                "'bidder,lot,question,evaluator,score,comment', 'bidder,lot,price' or "
                "'period,kpi,value'");
    return file;
  }
  const FileKind kind = sheet_kind(rows->front(), diags);
  if (kind == FileKind::unknown) {
    return file;
  }
  file.kind = kind;
  if (kind == FileKind::monitoring) {
    load_monitoring_csv(source, *rows, file, diags);
    return file;
  }
  auto columns = read_header(rows->front(), kind, diags);
  if (!columns) {
    return file;
  }
  SheetBuilder builder(kind, std::move(*columns), diags);
  for (std::size_t i = 1; i < rows->size(); ++i) {
    builder.row((*rows)[i], rows->front().fields.size());
  }
  if (diags.count(diag::Severity::error) == errors_before) {
    file.sheet = builder.take();
    file.sheet->source = source;
  }
  return file;
}

} // namespace tenderscore::load
