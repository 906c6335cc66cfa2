// SPDX-License-Identifier: MIT
#include <tenderscore/app/output_buffer.hpp>
#include <tenderscore/cli/app.hpp>

#include <iostream>

#include <unistd.h>

int main(int argc, char** argv)
{
  // Standard output through a buffer that keeps why a write failed (cli::run reports it).
  tenderscore::app::FdOutputBuffer out(STDOUT_FILENO);
  std::streambuf* const previous = std::cout.rdbuf(&out);
  const int code = tenderscore::cli::run(argc, argv, std::cin, std::cout, std::cerr);
  std::cout.rdbuf(previous);
  return code;
}
