// SPDX-License-Identifier: MIT
// libFuzzer target: fuzzed bids against the valid waste tender are validated and, when valid,
// scored; neither may crash, and a valid file must always score.
#include <tenderscore/load/loader.hpp>
#include <tenderscore/score/engine.hpp>
#include <tenderscore/validate/validator.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace ts = tenderscore;

namespace {

const ts::model::Tender& waste_tender()
{
  static const ts::model::Tender tender = [] {
    std::ifstream in(TENDERSCORE_SOURCE_DIR "/examples/waste-2015/tender.yaml");
    std::ostringstream text;
    text << in.rdbuf();
    ts::diag::Diagnostics diags;
    auto loaded = ts::load::load_text("tender.yaml", text.str(), diags);
    if (!loaded.tender) {
      std::abort();
    }
    return *loaded.tender;
  }();
  return tender;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const auto& tender = waste_tender();
  ts::diag::Diagnostics diags;
  const auto loaded =
    ts::load::load_text("fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size), diags);
  if (!loaded.bids) {
    return 0;
  }
  ts::validate::check_inputs({&tender}, {&*loaded.bids}, {}, diags);
  if (!diags.has_errors()) {
    const auto result = ts::score::score_tender(tender, {&*loaded.bids});
    if (result.lots.empty()) {
      std::abort();
    }
  }
  return 0;
}
