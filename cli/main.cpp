// SPDX-License-Identifier: MIT
#include <tenderscore/cli/app.hpp>

#include <iostream>

int main(int argc, char** argv)
{
  return tenderscore::cli::run(argc, argv, std::cin, std::cout, std::cerr);
}
