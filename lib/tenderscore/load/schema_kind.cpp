// SPDX-License-Identifier: MIT
#include <tenderscore/load/schema.hpp>

namespace tenderscore::load {

const char* schema_kind_name(SchemaKind kind)
{
  switch (kind) {
  case SchemaKind::tender:
    return "tender";
  case SchemaKind::bids:
    return "bids";
  case SchemaKind::monitoring:
    return "monitoring";
  case SchemaKind::value_map:
    return "value-map";
  case SchemaKind::proxies:
    return "proxies";
  }
  return "";
}

} // namespace tenderscore::load
