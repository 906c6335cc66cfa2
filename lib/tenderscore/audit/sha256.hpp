// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace tenderscore::audit {

/// Return the SHA-256 digest of `bytes` as 64 lower-case hex digits (OpenSSL's libcrypto).
std::string sha256_hex(std::string_view bytes);

} // namespace tenderscore::audit
