// SPDX-License-Identifier: MIT
// The builders that turn a schema-valid Document into a model, for load_source and tests. Kept
// apart from loader.hpp so that callers of the loader do not parse nlohmann's JSON headers.
#pragma once

#include <tenderscore/diag/diagnostic.hpp>
#include <tenderscore/load/document.hpp>
#include <tenderscore/load/loader.hpp>
#include <tenderscore/model/bids.hpp>
#include <tenderscore/model/monitoring.hpp>
#include <tenderscore/model/tender.hpp>
#include <tenderscore/model/value_map.hpp>

namespace tenderscore::load {

/// Return the kind named by the document's `format:` key, reporting a missing or unknown one.
FileKind detect_kind(const Document& document, diag::Diagnostics& diags);

/// Build the tender model from the schema-valid `document`, reporting what the schema cannot.
model::Tender build_tender(const Document& document, diag::Diagnostics& diags);

/// Build the bids model from the schema-valid `document`, reporting what the schema cannot.
model::BidsFile build_bids(const Document& document, diag::Diagnostics& diags);

/// Build the monitoring return from the schema-valid `document`.
model::MonitoringReturn build_monitoring(const Document& document, diag::Diagnostics& diags);
/// Build the value map model from the schema-valid `document`.
model::ValueMap build_value_map(const Document& document, diag::Diagnostics& diags);

/// Build the proxy registry model from the schema-valid `document`.
model::ProxyRegistry build_proxies(const Document& document, diag::Diagnostics& diags);

} // namespace tenderscore::load
