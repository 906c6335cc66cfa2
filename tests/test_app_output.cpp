// SPDX-License-Identifier: MIT
#include <tenderscore/app/output.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace app = tenderscore::app;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct TempDir
{
  fs::path path;
  TempDir()
  {
    std::string pattern = (fs::temp_directory_path() / "tenderscore-test-XXXXXX").string();
    path = ::mkdtemp(pattern.data());
  }
  ~TempDir() { fs::remove_all(path); }
};

} // namespace

TEST_CASE("app::write_atomically")
{
  TempDir dir;
  const auto target = (dir.path / "out.json").string();
  SUBCASE("writes the whole content and leaves no temporary file")
  {
    app::write_atomically(target, "{}\n", {});
    CHECK(slurp(target) == "{}\n");
    app::write_atomically(target, "[1]\n", {});
    CHECK(slurp(target) == "[1]\n");
    CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator{}) == 1);
  }
  SUBCASE("refuses to overwrite an input file, which stays untouched")
  {
    const auto input = (dir.path / "tender.yaml").string();
    std::ofstream(input) << "format: x\n";
    CHECK_THROWS_WITH_AS(app::write_atomically(input, "oops", {"-", input}),
                         ("refusing to write '" + input + "': it is one of the input files").c_str(),
                         app::OutputError);
    CHECK(slurp(input) == "format: x\n");
  }
  SUBCASE("a directory or a missing folder is an error")
  {
    CHECK_THROWS_WITH_AS(app::write_atomically(dir.path.string(), "x", {}),
                         ("cannot write '" + dir.path.string() + "': it is a directory").c_str(),
                         app::OutputError);
    const auto missing = (dir.path / "no" / "such" / "file").string();
    CHECK_THROWS_WITH_AS(app::write_atomically(missing, "x", {}),
                         ("cannot write '" + missing + "': No such file or directory").c_str(),
                         app::OutputError);
  }
}
