// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/util/rational.hpp>

#include <nlohmann/json.hpp>

#include <optional>

namespace tenderscore::report {

/// Return `value` as a JSON number: an integer when it is whole, else the nearest double.
nlohmann::ordered_json json_number(const util::Rational& value);

/// Return `value` as a JSON number, or null.
nlohmann::ordered_json json_number(const std::optional<util::Rational>& value);

class JsonStream;

/// Write `value` to `json` as json_number would give it.
void write_number(JsonStream& json, const util::Rational& value);

/// Write `value` to `json` as json_number would give it, or null.
void write_number(JsonStream& json, const std::optional<util::Rational>& value);

} // namespace tenderscore::report
