// SPDX-License-Identifier: MIT
#include <tenderscore/app/output.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <sys/stat.h>

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
    CHECK_THROWS_WITH_AS(
        app::write_atomically(input, "oops", {"-", input}),
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
  SUBCASE("a symbolic link keeps pointing at the file, which gets the content")
  {
    const auto real = dir.path / "real.json";
    std::ofstream(real) << "old\n";
    const auto link = dir.path / "link.json";
    fs::create_symlink(real, link);
    app::write_atomically(link.string(), "new\n", {});
    CHECK(fs::is_symlink(link));
    CHECK(slurp(real) == "new\n");
  }
  SUBCASE("a FIFO (as /dev/null or /dev/stdout) is written in place, never replaced")
  {
    // Renaming a temporary file over a device or pipe would replace it with a regular file:
    // as root, `-o /dev/null` once turned this machine's /dev/null into one.
    const auto fifo = dir.path / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::string received;
    std::thread reader([&] { received = slurp(fifo); });
    app::write_atomically(fifo.string(), "through the pipe\n", {});
    reader.join();
    CHECK(received == "through the pipe\n");
    CHECK(fs::is_fifo(fifo));
  }
  SUBCASE("an existing file keeps its mode; a new one gets 0666 less the umask")
  {
    std::ofstream(target) << "secret\n";
    fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write);
    app::write_atomically(target, "scores\n", {});
    CHECK(fs::status(target).permissions() == (fs::perms::owner_read | fs::perms::owner_write));
    const mode_t previous = ::umask(077);
    const auto fresh = (dir.path / "fresh.md").string();
    app::write_atomically(fresh, "x", {});
    ::umask(previous);
    CHECK(fs::status(fresh).permissions() == (fs::perms::owner_read | fs::perms::owner_write));
  }
}
