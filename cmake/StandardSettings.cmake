# SPDX-License-Identifier: MIT
# INTERFACE targets that every tenderscore target links: language level, warnings, sanitizers.
add_library(tenderscore_settings INTERFACE)
target_compile_features(tenderscore_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(tenderscore_settings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                                                      -Wconversion -Wno-sign-conversion)
# No fused multiply-add contractions: a double computed here (the weight draws of `sensitivity`)
# rounds the same with g++ and clang and on targets that have FMA (baseline x86-64 has none).
target_compile_options(tenderscore_settings INTERFACE -ffp-contract=off)
if(TENDERSCORE_WERROR)
  target_compile_options(tenderscore_settings INTERFACE -Werror)
endif()

if(TENDERSCORE_SANITIZE)
  target_compile_options(tenderscore_settings INTERFACE -fsanitize=address,undefined
                                                        -fno-omit-frame-pointer
                                                        -fno-sanitize-recover=all)
  target_link_options(tenderscore_settings INTERFACE -fsanitize=address,undefined)
endif()

if(TENDERSCORE_FUZZ)
  # Coverage instrumentation in the library too, so libFuzzer sees inside the loader.
  target_compile_options(tenderscore_settings INTERFACE -fsanitize=fuzzer-no-link)
endif()

# Unity builds: the library and the CLI are compiled a batch of files at a time, so the headers
# they share (the standard library, fmt, the model, and CLI11's header-only code, which is
# otherwise compiled again in every subcommand's file) are parsed and compiled once per batch.
# Every file still builds alone: CI's clang build turns this off (TENDERSCORE_UNITY=OFF), which
# also proves each file includes what it uses, and check-determinism compares its output with
# the unity build's byte for byte.
option(TENDERSCORE_UNITY "Compile the library and the CLI in batches (unity build)" ON)
function(tenderscore_unity target)
  if(TENDERSCORE_UNITY)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
  endif()
endfunction()
