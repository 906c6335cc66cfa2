// SPDX-License-Identifier: MIT
#include <tenderscore/app/output.hpp>
#include <tenderscore/app/output_buffer.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <system_error>
#include <filesystem>
#include <ostream>
#include <sstream>
#include <utility>

#include <fcntl.h>
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

// Whether standard input is the file at `path` (`score t.yaml - -o b.yaml < b.yaml`).
bool is_standard_input(const std::string& path)
{
  struct stat input
  {
  };
  struct stat output
  {
  };
  return ::fstat(STDIN_FILENO, &input) == 0 && S_ISREG(input.st_mode) &&
         ::stat(path.c_str(), &output) == 0 && input.st_dev == output.st_dev &&
         input.st_ino == output.st_ino;
}

OutputError cannot_write(const std::string& path, int error)
{
  return OutputError(fmt::format("cannot write '{}': {}", path, std::generic_category().message(error)));
}

// Write all of `content` to `fd`; return 0 or the errno of the failed write.
int write_all(int fd, const std::string& content)
{
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      return errno;
    }
    written += static_cast<std::size_t>(n);
  }
  return 0;
}

// Write `content` straight to the existing non-regular file `path` (a device such as /dev/null,
// a FIFO): it cannot be replaced by a rename, and must not be (as root, renaming over /dev/null
// would turn it into a regular file). Every write and the close are checked (`-o /dev/full`).
void write_in_place(const std::string& path, const std::string& content)
{
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) {
    throw cannot_write(path, errno);
  }
  const int error = write_all(fd, content);
  if (error != 0) {
    ::close(fd);
    throw cannot_write(path, error);
  }
  if (::close(fd) != 0) {
    throw cannot_write(path, errno);
  }
}

} // namespace

StagedFile::StagedFile(const std::string& path, std::string content,
                       const std::vector<std::string>& inputs)
    : StagedFile(
          path,
          [&content](std::ostream& out) {
            out.write(content.data(), static_cast<std::streamsize>(content.size()));
          },
          inputs)
{
}

StagedFile::StagedFile(const std::string& path, const std::function<void(std::ostream&)>& write,
                       const std::vector<std::string>& inputs)
    : m_path(path)
{
  for (const auto& input : inputs) {
    if (input == "-" ? is_standard_input(path) : same_file(path, input)) {
      throw OutputError(fmt::format("refusing to write '{}': it is one of the input files{}", path,
                                    input == "-" ? " (standard input is read from it)" : ""));
    }
  }
  std::error_code error;
  const fs::file_status status = fs::status(path, error); // follows symbolic links
  const bool link = fs::is_symlink(fs::symlink_status(path, error));
  if (fs::is_directory(status)) {
    throw OutputError(fmt::format("cannot write '{}': it is a directory", path));
  }
  if (link && !fs::exists(status)) {
    // Replacing the link would quietly cut it; creating its target would write wherever it
    // points. As `cp` does, refuse.
    throw OutputError(fmt::format("refusing to write '{}': it is a symbolic link to '{}', which "
                                  "does not exist (remove the link or create its target first)",
                                  path, fs::read_symlink(path, error).string()));
  }
  if (fs::exists(status) && !fs::is_regular_file(status)) {
    m_device = true;
    std::ostringstream text;
    write(text);
    m_in_place = std::move(text).str();
    return;
  }
  m_new = !fs::exists(status);
  // A symbolic link to a file: replace the file it names, and keep the link.
  const fs::path target = link ? fs::canonical(path, error) : fs::path(path);
  m_target = target.string();
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temp = (folder / fmt::format(".{}.tmp-XXXXXX", target.filename().string())).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    throw cannot_write(path, errno);
  }
  // A constructor that throws runs no destructor: remove the temporary file here.
  const auto fail = [&](int code) {
    ::close(fd);
    ::unlink(temp.c_str());
    return cannot_write(path, code);
  };
  int failed = 0;
  try {
    FdOutputBuffer buffer(fd); // gone before the descriptor is closed below
    std::ostream out(&buffer);
    write(out);
    out.flush();
    failed = buffer.error();
  } catch (...) {
    ::close(fd);
    ::unlink(temp.c_str());
    throw;
  }
  if (failed != 0) {
    throw fail(failed);
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
  if (::fsync(fd) != 0) {
    throw fail(errno);
  }
  if (::close(fd) != 0) {
    const int saved = errno;
    ::unlink(temp.c_str());
    throw cannot_write(path, saved);
  }
  m_temp = temp;
}

StagedFile::StagedFile(StagedFile&& other) noexcept
    : m_path(std::move(other.m_path))
    , m_target(std::move(other.m_target))
    , m_temp(std::exchange(other.m_temp, std::string()))
    , m_in_place(std::move(other.m_in_place))
    , m_device(other.m_device)
    , m_new(other.m_new)
{
  other.m_device = false;
}

StagedFile::~StagedFile()
{
  if (!m_temp.empty()) {
    ::unlink(m_temp.c_str());
  }
}

void StagedFile::commit()
{
  if (m_device) {
    m_device = false;
    write_in_place(m_path, m_in_place);
    return;
  }
  if (m_temp.empty()) {
    return; // already committed
  }
  if (std::rename(m_temp.c_str(), m_target.c_str()) != 0) {
    throw cannot_write(m_path, errno); // the destructor removes the temporary file
  }
  m_temp.clear();
}

StagedFiles::~StagedFiles()
{
  if (m_committed) {
    return;
  }
  m_files.clear(); // removes the temporary files
  std::error_code error;
  for (auto it = m_folders.rbegin(); it != m_folders.rend(); ++it) {
    fs::remove(*it, error); // only when empty
  }
}

void StagedFiles::commit()
{
  std::vector<std::string> created;
  try {
    for (const bool devices : {true, false}) {
      for (auto& file : m_files) {
        if (file.in_place() == devices) {
          file.commit();
          if (!devices && file.is_new()) {
            created.push_back(file.path());
          }
        }
      }
    }
  } catch (const OutputError&) {
    std::error_code error;
    for (const auto& path : created) {
      fs::remove(path, error);
    }
    throw;
  }
  m_committed = true;
}

void write_atomically(const std::string& path, const std::string& content,
                      const std::vector<std::string>& inputs)
{
  StagedFile(path, content, inputs).commit();
}

void write_atomically(const std::string& path, const std::function<void(std::ostream&)>& write,
                      const std::vector<std::string>& inputs)
{
  StagedFile(path, write, inputs).commit();
}

} // namespace tenderscore::app
