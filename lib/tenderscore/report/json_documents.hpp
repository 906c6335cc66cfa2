// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/score/result.hpp>

#include <nlohmann/json.hpp>

namespace tenderscore::report {

class JsonStream;

/// Write `result` to `json` as the document `score --format json` writes
/// (tenderscore/result@1), so that other documents (the report) can embed it unchanged.
void write_score_result(JsonStream& json, const score::Result& result);

} // namespace tenderscore::report
