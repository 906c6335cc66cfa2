// SPDX-License-Identifier: MIT
#include <tenderscore/load/schema.hpp>

namespace tenderscore::load {

const char* schema_kind_name(SchemaKind kind)
{
  return kind == SchemaKind::tender ? "tender" : "bids";
}

} // namespace tenderscore::load
