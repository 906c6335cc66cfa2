// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes as a CSV score or price sheet give bids or diagnostics, never a
// crash; a sheet that loads is then checked against the waste tender.
#include <tenderscore/load/loader.hpp>
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
  auto loaded =
    ts::load::load_text("fuzz.csv", std::string(reinterpret_cast<const char*>(data), size), diags);
  if (loaded.sheet) {
    loaded.sheet->tender.value = tender.info.id;
    ts::validate::check_inputs({&tender}, {&*loaded.sheet}, {}, diags);
  }
  return 0;
}
