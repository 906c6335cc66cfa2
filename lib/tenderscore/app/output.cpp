// SPDX-License-Identifier: MIT
#include <tenderscore/app/output.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <sys/stat.h>
#include <unistd.h>

namespace tenderscore::app {

namespace fs = std::filesystem;

namespace {

bool same_file(const fs::path& a, const fs::path& b)
{
  std::error_code error;
  return fs::exists(a, error) && fs::exists(b, error) && fs::equivalent(a, b, error);
}

// Write `content` straight to the existing non-regular file `path` (a device such as /dev/null,
// a FIFO): it cannot be replaced by a rename, and must not be (as root, renaming over /dev/null
// would turn it into a regular file).
void write_in_place(const std::string& path, const std::string& content)
{
  std::ofstream out(path, std::ios::binary);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  out.flush();
  if (!out) {
    throw OutputError(fmt::format("cannot write '{}': {}", path, std::strerror(errno)));
  }
}

} // namespace

void write_atomically(const std::string& path, const std::string& content,
                      const std::vector<std::string>& inputs)
{
  for (const auto& input : inputs) {
    if (input != "-" && same_file(path, input)) {
      throw OutputError(fmt::format("refusing to write '{}': it is one of the input files", path));
    }
  }
  std::error_code error;
  const fs::file_status status = fs::status(path, error); // follows symbolic links
  if (fs::is_directory(status)) {
    throw OutputError(fmt::format("cannot write '{}': it is a directory", path));
  }
  if (fs::exists(status) && !fs::is_regular_file(status)) {
    write_in_place(path, content);
    return;
  }
  // A symbolic link to a file: replace the file it names, and keep the link.
  const fs::path target = fs::is_symlink(fs::symlink_status(path, error)) && fs::exists(status)
                              ? fs::canonical(path, error)
                              : fs::path(path);
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temp = (folder / fmt::format(".{}.tmp-XXXXXX", target.filename().string())).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    throw OutputError(fmt::format("cannot write '{}': {}", path, std::strerror(errno)));
  }
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      const int saved = errno;
      ::close(fd);
      ::unlink(temp.c_str());
      throw OutputError(fmt::format("cannot write '{}': {}", path, std::strerror(saved)));
    }
    written += static_cast<std::size_t>(n);
  }
  // Keep an existing file's mode; a new file gets 0666 less the umask, as any program's would
  // (mkstemp made it 0600). Reports hold confidential scores: never widen access.
  struct stat existing
  {
  };
  mode_t mode = 0;
  if (::stat(target.c_str(), &existing) == 0) {
    mode = existing.st_mode & 07777;
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  ::fchmod(fd, mode);
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    ::unlink(temp.c_str());
    throw OutputError(fmt::format("cannot write '{}': {}", path, std::strerror(errno)));
  }
  if (std::rename(temp.c_str(), target.c_str()) != 0) {
    const int saved = errno;
    ::unlink(temp.c_str());
    throw OutputError(fmt::format("cannot write '{}': {}", path, std::strerror(saved)));
  }
}

} // namespace tenderscore::app
