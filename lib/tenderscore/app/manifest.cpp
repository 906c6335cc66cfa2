// SPDX-License-Identifier: MIT
#include <tenderscore/app/manifest.hpp>

#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>

namespace tenderscore::app {

namespace {

// One field of a line and the byte where it starts.
struct Field
{
  std::string text;
  std::size_t start = 0;
};

bool blank(char c)
{
  return c == ' ' || c == '\t';
}

// Split `line` (starting at byte `offset` of the file) into fields; on an unterminated quote,
// report it and return nothing.
std::optional<std::vector<Field>> split(std::string_view line, std::size_t offset,
                                        const diag::SourcePtr& source, diag::Diagnostics& diags)
{
  std::vector<Field> fields;
  std::size_t i = 0;
  while (true) {
    while (i < line.size() && blank(line[i])) {
      ++i;
    }
    if (i == line.size()) {
      return fields;
    }
    Field field{{}, i};
    if (line[i] != '"') {
      while (i < line.size() && !blank(line[i])) {
        field.text += line[i++];
      }
      fields.push_back(std::move(field));
      continue;
    }
    ++i; // the opening quote
    bool closed = false;
    while (i < line.size()) {
      const char c = line[i++];
      if (c == '"') {
        closed = true;
        break;
      }
      if (c == '\\' && i < line.size() && (line[i] == '"' || line[i] == '\\')) {
        field.text += line[i++];
      } else {
        field.text += c;
      }
    }
    if (!closed || (i < line.size() && !blank(line[i]))) {
      const auto [l, col] = source->position(offset + (closed ? i : field.start));
      diags.error({source, l, col}, "batch.quote",
                  closed ? "a quoted field must end at a space or the end of the line"
                         : "this quote is not closed on its line");
      return std::nullopt;
    }
    fields.push_back(std::move(field));
  }
}

// Report the first control character or invalid UTF-8 of `line`: a path holding one would be
// cut short or read differently from how it is shown in the results.
bool plain_text(std::string_view line, std::size_t offset, const diag::SourcePtr& source,
                diag::Diagnostics& diags)
{
  const auto report = [&](std::size_t at, std::string message) {
    const auto [l, col] = source->position(offset + at);
    diags.error({source, l, col}, "batch.text", std::move(message));
    return false;
  };
  if (const auto bad = util::find_invalid_utf8(line)) {
    return report(*bad, "invalid UTF-8: a manifest is UTF-8 text");
  }
  for (std::size_t i = 0; i < line.size(); ++i) {
    const auto c = static_cast<unsigned char>(line[i]);
    if ((c < 0x20 && c != '\t') || c == 0x7F) {
      return report(i, fmt::format("control character U+{:04X}: names and paths in a manifest "
                                   "are plain text",
                                   static_cast<unsigned>(c)));
    }
  }
  return true;
}

} // namespace

std::vector<ScoringSet> parse_manifest(const diag::SourcePtr& source, diag::Diagnostics& diags)
{
  const std::string& text = source->text();
  const std::size_t errors_before = diags.count(diag::Severity::error);
  std::vector<ScoringSet> sets;
  std::map<std::string, int, std::less<>> lines_of_names;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) {
      end = text.size();
    }
    std::string_view line(text.data() + start, end - start);
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    const std::size_t offset = start;
    start = end + 1;
    const std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] == '#') {
      continue; // blank, or a comment (an unquoted # first)
    }
    if (!plain_text(line, offset, source, diags)) {
      continue;
    }
    const auto fields = split(line, offset, source, diags);
    if (!fields) {
      continue;
    }
    const auto at = [&](const Field& field) {
      const auto [l, col] = source->position(offset + field.start);
      return diag::Location{source, l, col};
    };
    const diag::Location where = at((*fields)[0]);
    const std::string& name = (*fields)[0].text;
    const auto empty = std::find_if(fields->begin(), fields->end(),
                                    [](const Field& field) { return field.text.empty(); });
    if (empty != fields->end()) {
      diags.error(at(*empty), "batch.empty-field",
                  "an empty field (\"\"): a name or path cannot be empty");
      continue;
    }
    if (fields->size() < 3) {
      diags.error(where, "batch.missing-bids",
                  fmt::format("set {} needs a tender and at least one bids file or sheet after "
                              "its name (a line reads: NAME TENDER BIDS...)",
                              util::quote(name)));
      continue;
    }
    bool usable = true;
    for (std::size_t i = 1; i < fields->size(); ++i) {
      if ((*fields)[i].text == "-") {
        diags.error(at((*fields)[i]), "batch.stdin",
                    "standard input ('-') cannot be an input of a set: name the file");
        usable = false;
      }
    }
    const auto [seen, fresh] = lines_of_names.try_emplace(name, where.line);
    if (!fresh) {
      diags.error(where, "batch.duplicate-name",
                  fmt::format("the name {} is already used on line {}; each set needs its own",
                              util::quote(name), seen->second));
      usable = false;
    }
    if (!usable) {
      continue;
    }
    ScoringSet set{name, (*fields)[1].text, {}, where};
    for (std::size_t i = 2; i < fields->size(); ++i) {
      set.bids.push_back((*fields)[i].text);
    }
    sets.push_back(std::move(set));
  }
  if (sets.empty() && diags.count(diag::Severity::error) == errors_before) {
    // not an error: a shard of a split manifest may hold no set, and scoring none is no failure
    diags.warning({source, 1, 1}, "batch.empty",
                  "the manifest lists no scoring set (a line reads: NAME TENDER BIDS...)");
  }
  if (diags.count(diag::Severity::error) > errors_before) {
    return {};
  }
  return sets;
}

} // namespace tenderscore::app
