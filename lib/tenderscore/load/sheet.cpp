// SPDX-License-Identifier: MIT
// Bulk CSV score sheets (bidder,lot,question,evaluator,score,comment), price sheets
// (bidder,lot,price) and value sheets for quantitative criteria (bidder,lot,criterion,value),
// built into a BidsFile.
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
constexpr std::array<std::string_view, 4> k_value_columns{"bidder", "lot", "criterion", "value"};

// The columns a sheet of `kind` may have.
std::vector<std::string_view> columns_of(FileKind kind)
{
  if (kind == FileKind::price_sheet) {
    return {k_price_columns.begin(), k_price_columns.end()};
  }
  if (kind == FileKind::value_sheet) {
    return {k_value_columns.begin(), k_value_columns.end()};
  }
  return {k_score_columns.begin(), k_score_columns.end()};
}

// The column index of each name in the header.
using Columns = std::map<std::string, std::size_t, std::less<>>;

std::optional<Columns> read_header(const CsvRow& header, FileKind kind, diag::Diagnostics& diags)
{
  std::vector<std::string> allowed;
  for (const auto name : columns_of(kind)) {
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
  if (has("criterion") && has("value") && !has("score")) {
    return FileKind::value_sheet;
  }
  if (has("score") || has("question") || has("evaluator")) {
    return FileKind::score_sheet;
  }
  diags.error({header.where.file, 1, 1}, "csv.header",
              "not a score sheet, price sheet, value sheet or monitoring return: the first line "
              "must name the columns 'bidder,lot,question,evaluator,score,comment', "
              "'bidder,lot,price', 'bidder,lot,criterion,value' or 'period,kpi,value'");
  return FileKind::unknown;
}

// Builds a BidsFile from the records of a score or price sheet as the reader streams them:
// memory is the model it builds, never the records.
class SheetBuilder
{
public:
  SheetBuilder(FileKind kind, Columns columns, const CsvReader& reader, diag::Diagnostics& diags)
      : m_kind(kind)
      , m_reader(reader)
      , m_diags(diags)
  {
    for (const auto& [name, index] : columns) {
      const Column column = column_of(name);
      if (column != Column::count) {
        m_index[static_cast<std::size_t>(column)] = index;
      }
    }
  }

  void record(std::size_t width)
  {
    const auto& cells = m_reader.cells();
    if (cells.size() != width) {
      m_diags.error(
          m_reader.at(m_reader.record_offset()), "csv.syntax",
          fmt::format("this row has {} fields but the header has {}", cells.size(), width));
      return;
    }
    const CsvCell* bidder = required(Column::bidder);
    if (!bidder) {
      return;
    }
    const CsvCell* lot = cell(Column::lot);
    if (m_kind == FileKind::price_sheet) {
      price_row(*bidder, lot);
    } else if (m_kind == FileKind::value_sheet) {
      value_row(*bidder, lot);
    } else {
      score_row(*bidder, lot);
    }
  }

  model::BidsFile take() { return std::move(m_file); }

private:
  enum class Column : std::size_t {
    bidder,
    lot,
    question,
    evaluator,
    score,
    comment,
    price,
    criterion,
    value,
    count
  };
  static constexpr auto k_columns = static_cast<std::size_t>(Column::count);

  static Column column_of(std::string_view name)
  {
    constexpr std::array<std::pair<std::string_view, Column>, 9> k_names{
        {{"bidder", Column::bidder},
         {"lot", Column::lot},
         {"question", Column::question},
         {"evaluator", Column::evaluator},
         {"score", Column::score},
         {"comment", Column::comment},
         {"price", Column::price},
         {"criterion", Column::criterion},
         {"value", Column::value}}};
    for (const auto& [known, column] : k_names) {
      if (known == name) {
        return column;
      }
    }
    return Column::count;
  }

  const CsvCell* cell(Column column) const
  {
    const std::size_t index = m_index[static_cast<std::size_t>(column)];
    return index == k_absent ? nullptr : &m_reader.cells()[index];
  }

  diag::Location at(const CsvCell& cell) const { return m_reader.at(cell.offset); }

  const CsvCell* required(Column column)
  {
    const CsvCell* found = cell(column);
    if (found && found->text.empty()) {
      static constexpr std::array<std::string_view, k_columns> k_labels{
          "bidder",  "lot",   "question",  "evaluator", "score",
          "comment", "price", "criterion", "value"};
      m_diags.error(at(*found), "csv.value",
                    fmt::format("empty {}", k_labels[static_cast<std::size_t>(column)]));
      return nullptr;
    }
    return found;
  }

  std::optional<model::Located<util::Rational>> number(const CsvCell& cell, std::string_view what)
  {
    if (auto value = util::parse_decimal(cell.text)) {
      return model::Located<util::Rational>{std::move(*value), at(cell)};
    }
    m_diags.error(at(cell), "csv.value",
                  fmt::format("{} {} is not a number", what, util::quote(cell.text)));
    return std::nullopt;
  }

  model::Bid& bid(const CsvCell& bidder, const CsvCell* lot)
  {
    const std::string_view lot_text = lot ? lot->text : std::string_view{};
    // Sheets list a bid's rows together: the bid of the last row is the likely one.
    if (m_last < m_file.bids.size() && m_file.bids[m_last].bidder.value == bidder.text &&
        (m_file.bids[m_last].lot ? std::string_view(m_file.bids[m_last].lot->value)
                                 : std::string_view{}) == lot_text) {
      return m_file.bids[m_last];
    }
    const auto [found, added] = m_bid_index.try_emplace(
        {std::string(bidder.text), std::string(lot_text)}, m_file.bids.size());
    m_last = found->second;
    if (!added) {
      return m_file.bids[found->second];
    }
    model::Bid& b = m_file.bids.emplace_back();
    b.bidder = {std::string(bidder.text), at(bidder)};
    b.where = b.bidder.where;
    if (!lot_text.empty()) {
      b.lot = model::Located<std::string>{std::string(lot_text), at(*lot)};
    }
    return b;
  }

  static std::string lot_part(std::string_view lot)
  {
    return lot.empty() ? "" : fmt::format(", lot {}", util::quote(lot));
  }

  void price_row(const CsvCell& bidder, const CsvCell* lot)
  {
    const CsvCell* price_cell = required(Column::price);
    auto price = price_cell ? number(*price_cell, "price") : std::nullopt;
    if (!price) {
      return;
    }
    model::Bid& b = bid(bidder, lot);
    if (b.price) {
      m_diags.error(m_reader.at(m_reader.record_offset()), "csv.duplicate",
                    fmt::format("duplicate price for {}{} (first at line {})",
                                util::quote(bidder.text), lot_part(b.lot ? b.lot->value : ""),
                                b.price->where.line));
      return;
    }
    b.price = std::move(price);
  }

  void value_row(const CsvCell& bidder, const CsvCell* lot)
  {
    const CsvCell* criterion = required(Column::criterion);
    const CsvCell* value_cell = required(Column::value);
    auto value = value_cell ? number(*value_cell, "value") : std::nullopt;
    if (!criterion || !value) {
      return;
    }
    model::Bid& b = bid(bidder, lot);
    if (const model::QuantityValue* first = b.find_value(std::string(criterion->text))) {
      m_diags.error(m_reader.at(m_reader.record_offset()), "csv.duplicate",
                    fmt::format("duplicate value for {}{}, criterion {} (first at line {})",
                                util::quote(bidder.text), lot_part(b.lot ? b.lot->value : ""),
                                util::quote(criterion->text), first->value.where.line));
      return;
    }
    b.values.push_back({std::string(criterion->text), std::move(*value), at(*criterion)});
  }

  void duplicate(const CsvCell& bidder, const CsvCell* lot, const CsvCell& question,
                 const CsvCell& evaluator, int first_line)
  {
    m_diags.error(m_reader.at(m_reader.record_offset()), "csv.duplicate",
                  fmt::format("duplicate score for {}{}, question {}, evaluator {} (first at "
                              "line {})",
                              util::quote(bidder.text), lot_part(lot ? lot->text : ""),
                              util::quote(question.text), util::quote(evaluator.text), first_line));
  }

  // Every row keeps its own comment: an evaluator's with its score, the moderated row's as the
  // question's explanation.
  void score_row(const CsvCell& bidder, const CsvCell* lot)
  {
    const CsvCell* question = required(Column::question);
    const CsvCell* evaluator = required(Column::evaluator);
    const CsvCell* score_cell = required(Column::score);
    auto score = score_cell ? number(*score_cell, "score") : std::nullopt;
    if (!question || !evaluator || !score) {
      return;
    }
    model::Bid& b = bid(bidder, lot);
    auto it = std::find_if(b.scores.begin(), b.scores.end(),
                           [&](const auto& q) { return q.question == question->text; });
    if (it == b.scores.end()) {
      it = b.scores.insert(b.scores.end(), model::QuestionScore{});
      it->question = std::string(question->text);
      it->where = at(*question);
    }
    const CsvCell* comment = cell(Column::comment);
    std::optional<model::Located<std::string>> kept;
    if (comment && !comment->text.empty()) {
      kept = model::Located<std::string>{std::string(comment->text), at(*comment)};
    }
    if (evaluator->text == "moderated") {
      if (it->moderated) {
        duplicate(bidder, lot, *question, *evaluator, it->moderated->where.line);
        return;
      }
      it->moderated = std::move(score);
      it->comment = std::move(kept);
      return;
    }
    const auto same = std::find_if(it->evaluators.begin(), it->evaluators.end(),
                                   [&](const auto& e) { return e.evaluator == evaluator->text; });
    if (same != it->evaluators.end()) {
      duplicate(bidder, lot, *question, *evaluator, same->where.line);
      return;
    }
    it->evaluators.push_back(
        {std::string(evaluator->text), std::move(*score), at(*evaluator), std::move(kept)});
  }

  static constexpr std::size_t k_absent = static_cast<std::size_t>(-1);

  FileKind m_kind;
  const CsvReader& m_reader;
  diag::Diagnostics& m_diags;
  std::array<std::size_t, k_columns> m_index{k_absent, k_absent, k_absent, k_absent, k_absent,
                                             k_absent, k_absent, k_absent, k_absent};
  model::BidsFile m_file;
  // (bidder, lot or "") → index of its bid in m_file.bids: a sheet has a row per score.
  std::map<std::pair<std::string, std::string>, std::size_t> m_bid_index;
  std::size_t m_last = static_cast<std::size_t>(-1);
};

// The current record of `reader` (a header) as a row with locations.
CsvRow header_row(const CsvReader& reader)
{
  CsvRow row;
  row.where = reader.at(reader.record_offset());
  for (const CsvCell& cell : reader.cells()) {
    row.fields.push_back({std::string(cell.text), reader.at(cell.offset)});
  }
  return row;
}

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
  CsvReader reader(source, diags);
  if (!reader.next()) {
    if (!reader.failed()) {
      diags.error({source, 1, 1}, "csv.header",
                  "empty sheet: the first line must name the columns "
                  "'bidder,lot,question,evaluator,score,comment', 'bidder,lot,price', "
                  "'bidder,lot,criterion,value' or 'period,kpi,value'");
    }
    return file;
  }
  const CsvRow header = header_row(reader);
  const FileKind kind = sheet_kind(header, diags);
  if (kind == FileKind::unknown) {
    return file;
  }
  file.kind = kind;
  if (kind == FileKind::monitoring) {
    // Monitoring returns are small: read them whole.
    diag::Diagnostics local;
    if (const auto rows = read_csv(source, local)) {
      load_monitoring_csv(source, *rows, file, diags);
    } else {
      file.kind = FileKind::unknown; // a syntax error stops the sheet
    }
    diags.append(local);
    return file;
  }
  auto columns = read_header(header, kind, diags);
  if (!columns) {
    return file;
  }
  SheetBuilder builder(kind, std::move(*columns), reader, diags);
  while (reader.next()) {
    builder.record(header.fields.size());
  }
  if (reader.failed()) {
    file.kind = FileKind::unknown; // a syntax error stops the sheet, whatever came before it
    return file;
  }
  if (diags.count(diag::Severity::error) == errors_before) {
    file.sheet = builder.take();
    file.sheet->source = source;
  }
  return file;
}

} // namespace tenderscore::load
