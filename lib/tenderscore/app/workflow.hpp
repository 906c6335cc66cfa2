// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/audit/audit.hpp>
#include <tenderscore/diag/diagnostic.hpp>
#include <tenderscore/load/loader.hpp>
#include <tenderscore/score/result.hpp>
#include <tenderscore/validate/validator.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tenderscore::app {

// Every input file of one run, loaded, and the diagnostics of loading and checking them.
struct CheckedInputs
{
  std::vector<load::LoadedFile> files;
  diag::Diagnostics diagnostics;

  std::vector<const model::Tender*> tenders() const;
  std::vector<const model::BidsFile*> bids() const;
  std::vector<const model::MonitoringReturn*> monitoring() const;
  std::vector<const model::ValueMap*> value_maps() const;
  std::vector<const model::ProxyRegistry*> proxies() const;
  /// Return whether the run is valid: no error, and no warning when `strict`.
  bool valid(bool strict) const;
  /// Return each file's path, size and SHA-256, in the order the files were named.
  std::vector<audit::InputDigest> digests() const;
};

/// Load every file of `paths` and run the schema and semantic checks over the set; throw
/// load::IoError when a file cannot be read or standard input ("-") is named twice.
CheckedInputs check_files(const std::vector<std::string>& paths, const validate::Options& options,
                          const load::Limits& limits = {});

/// Check `inputs` loaded by the caller (e.g. from memory) as check_files does: sheets merged,
/// then the counts within `limits` (a run over them is not checked further), then the rules.
void check_loaded(CheckedInputs& inputs, const validate::Options& options,
                  const load::Limits& limits = {});

/// Load and check a tender followed by its bids files, as `score` and `panel` take them: the
/// first file must be a tender definition and the others bids files; throw load::IoError.
CheckedInputs check_tender_and_bids(const std::string& tender_path,
                                    const std::vector<std::string>& bid_paths,
                                    const validate::Options& options,
                                    const load::Limits& limits = {});

/// Return the tender of `inputs` (from check_tender_and_bids) when they have no error, or null.
const model::Tender* ready_tender(const CheckedInputs& inputs);

// The outcome of `score`: the result when the inputs were valid, and the diagnostics.
struct ScoreRun
{
  std::optional<score::Result> result;
  CheckedInputs inputs;
  std::vector<audit::InputDigest> digests; // every input's, when there is a result
};

/// Validate the tender at `tender_path` with the bids files `bid_paths` and score them when no
/// error was found (warnings are kept in the diagnostics), with every input's digest; throw
/// load::IoError.
ScoreRun score_files(const std::string& tender_path, const std::vector<std::string>& bid_paths,
                     const validate::Options& options, const load::Limits& limits = {});

} // namespace tenderscore::app
