// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/load/loader.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace tenderscore::fuzz {

/// Return the waste example's tender, loaded once; abort if it does not load (a broken build).
inline const model::Tender& waste_tender()
{
  static const model::Tender tender = [] {
    std::ifstream in(TENDERSCORE_SOURCE_DIR "/examples/waste-2015/tender.yaml");
    std::ostringstream text;
    text << in.rdbuf();
    diag::Diagnostics diags;
    auto loaded = load::load_text("tender.yaml", text.str(), diags);
    if (!loaded.tender) {
      std::abort();
    }
    return *loaded.tender;
  }();
  return tender;
}

} // namespace tenderscore::fuzz
