// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/audit/audit.hpp>
#include <tenderscore/score/result.hpp>
#include <tenderscore/score/sensitivity.hpp>

#include <nlohmann/json.hpp>

#include <span>

namespace tenderscore::report {

class JsonStream;

/// Write `result` to `json` as the document `score --format json` writes
/// (tenderscore/result@1), so that other documents (the report) can embed it unchanged; with
/// `inputs`, an `inputs` member last gives each file's path, size and SHA-256.
void write_score_result(JsonStream& json, const score::Result& result,
                        std::span<const audit::InputDigest> inputs = {});

/// Write `inputs` to `json` as a list of {path, bytes, sha256}, as results and reports list them.
void write_input_digests(JsonStream& json, std::span<const audit::InputDigest> inputs);

/// Return the break-even weights and rank reversal of each lot as the JSON report gives them
/// (its `sensitivity` member).
nlohmann::ordered_json sensitivity_json(const std::vector<score::LotSensitivity>& all);

} // namespace tenderscore::report
