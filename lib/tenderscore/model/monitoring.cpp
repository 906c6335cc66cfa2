// SPDX-License-Identifier: MIT
#include <tenderscore/model/monitoring.hpp>

namespace tenderscore::model {

namespace {

bool digit(char c)
{
  return c >= '0' && c <= '9';
}

} // namespace

std::optional<PeriodKey> period_key(const std::string& label)
{
  if (label.size() < 4 || !digit(label[0]) || !digit(label[1]) || !digit(label[2]) ||
      !digit(label[3])) {
    return std::nullopt;
  }
  PeriodKey key;
  key.year =
      (label[0] - '0') * 1000 + (label[1] - '0') * 100 + (label[2] - '0') * 10 + (label[3] - '0');
  if (label.size() == 4) {
    return key;
  }
  if (label.size() != 7 || label[4] != '-') {
    return std::nullopt;
  }
  const char a = label[5];
  const char b = label[6];
  if (a == 'Q' && b >= '1' && b <= '4') {
    key.kind = PeriodKey::Kind::quarter;
    key.index = b - '0';
  } else if (a == 'H' && (b == '1' || b == '2')) {
    key.kind = PeriodKey::Kind::half;
    key.index = b - '0';
  } else if (digit(a) && digit(b) && (a - '0') * 10 + (b - '0') >= 1 &&
             (a - '0') * 10 + (b - '0') <= 12) {
    key.kind = PeriodKey::Kind::month;
    key.index = (a - '0') * 10 + (b - '0');
  } else {
    return std::nullopt;
  }
  return key;
}

const char* period_kind_name(PeriodKey::Kind kind)
{
  switch (kind) {
  case PeriodKey::Kind::year:
    return "year";
  case PeriodKey::Kind::half:
    return "half-year";
  case PeriodKey::Kind::quarter:
    return "quarter";
  case PeriodKey::Kind::month:
    return "month";
  }
  return "";
}

} // namespace tenderscore::model
