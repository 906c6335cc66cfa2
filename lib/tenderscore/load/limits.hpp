// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/diag/diagnostic.hpp>
#include <tenderscore/model/bids.hpp>
#include <tenderscore/model/tender.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace tenderscore::load {

// Bounds that keep hostile input from exhausting time or memory (SPEC §10). Each has a
// command-line flag (`limit_flag`) that every message about it names.
struct Limits
{
  std::size_t max_file_bytes = std::size_t{64} << 20; // 64 MiB
  int max_depth = 64;                                 // nested mappings and sequences
  std::size_t max_scalar_bytes = std::size_t{1} << 20;
  std::size_t max_key_bytes = 1024;
  // Aliases are expanded into at most expansion_factor × file size + expansion_floor values.
  std::size_t expansion_factor = 4;
  std::size_t expansion_floor = 10000;
  // Values (scalars, mappings, sequences) in one YAML file, counted in a streaming pass before
  // any node is built: a parsed value costs about 800 bytes, so this bounds a file's memory
  // (about 3 GiB at the default) however short its values are.
  std::size_t max_yaml_nodes = 4000000;
  // Counted over one run, every file together (the benchmark's 10,000 applications × 20
  // questions × 3 evaluators fit with room to spare).
  std::size_t max_bids = 100000;
  std::size_t max_evaluators = 1000;
  std::size_t max_criteria = 10000; // criteria nodes (groups, price, questions), lots included
};

// The command-line flag that raises each limit, named in its diagnostics.
namespace limit_flag {
inline constexpr const char* file_size = "--max-file-size";
inline constexpr const char* depth = "--max-depth";
inline constexpr const char* value_size = "--max-value-size";
inline constexpr const char* key_size = "--max-key-size";
inline constexpr const char* alias_expansion = "--max-alias-expansion";
inline constexpr const char* yaml_nodes = "--max-yaml-values";
inline constexpr const char* bids = "--max-bids";
inline constexpr const char* evaluators = "--max-evaluators";
inline constexpr const char* criteria = "--max-criteria";
} // namespace limit_flag

/// Return " (raise it with FLAG)", the end of every message about an exceeded limit.
std::string raise_hint(const char* flag);

/// Return `bytes` for people: "312 bytes", "70.2 MiB" (one decimal, rounded).
std::string human_size(std::size_t bytes);

/// Report the first bid, evaluator and criterion of a run beyond `limits` (`limit.*`); return
/// whether the run is within them. Evaluators are the distinct ids of the tenders' panels and of
/// the bids' scores; criteria are counted over the tenders' trees and their lots' overrides.
bool check_counts(const std::vector<const model::Tender*>& tenders,
                  const std::vector<const model::BidsFile*>& bids, const Limits& limits,
                  diag::Diagnostics& diags);

} // namespace tenderscore::load
