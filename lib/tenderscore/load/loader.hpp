// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/diag/diagnostic.hpp>
#include <tenderscore/load/document.hpp>
#include <tenderscore/model/bids.hpp>
#include <tenderscore/model/tender.hpp>

#include <optional>
#include <stdexcept>
#include <string>

namespace tenderscore::load {

inline constexpr const char* k_tender_format = "tenderscore/tender@1";
inline constexpr const char* k_bids_format = "tenderscore/bids@1";

// An input file that could not be read at all (missing, a directory, unreadable, too large).
class IoError : public std::runtime_error
{
public:
  using std::runtime_error::runtime_error;
};

enum class FileKind { unknown, tender, bids };

// One loaded input file: its kind and, when it was structurally valid, its model.
struct LoadedFile
{
  diag::SourcePtr source;
  FileKind kind = FileKind::unknown;
  std::optional<model::Tender> tender;
  std::optional<model::BidsFile> bids;
};

/// Read the file at `path` (or standard input for "-") within `limits`; throw IoError.
diag::SourcePtr read_source(const std::string& path, const Limits& limits = {});

/// Return the kind named by the document's `format:` key, reporting a missing or unknown one.
FileKind detect_kind(const Document& document, diag::Diagnostics& diags);

/// Build the tender model from the schema-valid `document`, reporting what the schema cannot.
model::Tender build_tender(const Document& document, diag::Diagnostics& diags);

/// Build the bids model from the schema-valid `document`, reporting what the schema cannot.
model::BidsFile build_bids(const Document& document, diag::Diagnostics& diags);

/// Parse, detect, schema-check and build `source`; the model is set only when no error was found.
LoadedFile load_source(const diag::SourcePtr& source, diag::Diagnostics& diags,
                       const Limits& limits = {});

/// Load YAML `text` under the name `path` (tests and in-memory callers).
LoadedFile load_text(const std::string& path, std::string text, diag::Diagnostics& diags,
                     const Limits& limits = {});

} // namespace tenderscore::load
