// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/diag/diagnostic.hpp>
#include <tenderscore/load/limits.hpp>
#include <tenderscore/model/bids.hpp>
#include <tenderscore/model/monitoring.hpp>
#include <tenderscore/model/tender.hpp>
#include <tenderscore/model/value_map.hpp>

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tenderscore::load {

inline constexpr const char* k_tender_format = "tenderscore/tender@1";
inline constexpr const char* k_bids_format = "tenderscore/bids@1";
inline constexpr const char* k_monitoring_format = "tenderscore/monitoring@1";
inline constexpr const char* k_value_map_format = "tenderscore/value-map@1";
inline constexpr const char* k_proxies_format = "tenderscore/proxies@1";

// An input file that could not be read at all (missing, a directory, unreadable, too large).
class IoError : public std::runtime_error
{
public:
  using std::runtime_error::runtime_error;
};

// A CSV file (`.csv`) is a score sheet, a price sheet, a value sheet (quantitative criteria) or a
// monitoring return, told apart by its header.
enum class FileKind {
  unknown,
  tender,
  bids,
  score_sheet,
  price_sheet,
  value_sheet,
  monitoring,
  value_map,
  proxies
};

// One loaded input file: its kind and, when it was structurally valid, its model.
struct LoadedFile
{
  diag::SourcePtr source;
  FileKind kind = FileKind::unknown;
  std::optional<model::Tender> tender;
  std::optional<model::BidsFile> bids;
  // A score or price sheet's bids; it names no tender (app::check_loaded attaches it).
  std::optional<model::BidsFile> sheet;
  // A monitoring return (YAML, or CSV naming no tender until app::check_loaded attaches it).
  std::optional<model::MonitoringReturn> monitoring;
  std::optional<model::ValueMap> value_map;
  std::optional<model::ProxyRegistry> proxies;
};

/// Read the file at `path` (or standard input for "-") within `limits`; throw IoError.
diag::SourcePtr read_source(const std::string& path, const Limits& limits = {});

/// Parse, detect, schema-check and build `source` (a sheet when its name ends in .csv); the
/// model is set only when no error was found.
LoadedFile load_source(const diag::SourcePtr& source, diag::Diagnostics& diags,
                       const Limits& limits = {});

/// Return whether `path` names a CSV sheet: it ends in ".csv" (in any case).
bool is_sheet_path(std::string_view path);

/// Read the CSV score or price sheet `source` into a BidsFile with no tender, reporting every
/// problem (`csv.*`); the sheet is set only when no error was found.
LoadedFile load_sheet(const diag::SourcePtr& source, diag::Diagnostics& diags);

/// Load YAML (or, for a .csv `path`, CSV) `text` under the name `path` (tests and in-memory
/// callers).
LoadedFile load_text(const std::string& path, std::string text, diag::Diagnostics& diags,
                     const Limits& limits = {});

} // namespace tenderscore::load
