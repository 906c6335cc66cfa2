// SPDX-License-Identifier: MIT
#include <tenderscore/model/value_map.hpp>

namespace tenderscore::model {

const Proxy* ProxyRegistry::find(const std::string& id) const
{
  for (const auto& p : proxies) {
    if (p.id == id) {
      return &p;
    }
  }
  return nullptr;
}

} // namespace tenderscore::model
