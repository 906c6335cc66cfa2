// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/diag/diagnostic.hpp>

#include <string_view>

namespace tenderscore::load {

struct Document;

enum class SchemaKind { tender, bids, monitoring, value_map, proxies };

/// Return the JSON Schema for `kind`, as shipped in schemas/ and compiled in.
std::string_view embedded_schema(SchemaKind kind);

/// Return "tender", "bids", "monitoring", "value-map" or "proxies".
const char* schema_kind_name(SchemaKind kind);

/// Check `document` against the schema for `kind`, adding one diagnostic per violation with
/// the location of the offending key or value and a "did you mean" for unknown names.
void check_schema(const Document& document, SchemaKind kind, diag::Diagnostics& diags);

} // namespace tenderscore::load
