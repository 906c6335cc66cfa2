// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/score/result.hpp>

#include <nlohmann/json.hpp>

namespace tenderscore::report {

/// Return `result` as the JSON document `score --format json` writes (tenderscore/result@1), so
/// that other documents (the report) can embed it unchanged.
nlohmann::ordered_json score_document(const score::Result& result);

} // namespace tenderscore::report
