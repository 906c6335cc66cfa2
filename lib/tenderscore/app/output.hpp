// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace tenderscore::app {

// An output file that could not be written.
class OutputError : public std::runtime_error
{
public:
  using std::runtime_error::runtime_error;
};

/// An output file written in full, checked and synced to a temporary file beside it, and put in
/// place only by commit() (a rename): a run that writes several files stages every one first and
/// commits them once everything has succeeded. A staged file that is never committed leaves
/// nothing behind. A device or pipe (`/dev/null`, a FIFO) cannot be renamed over: its content is
/// kept and written in place by commit().
class StagedFile
{
public:
  /// Refuse when `path` is one of `inputs` (standard input, "-", included: the file it was
  /// redirected from), a directory or a symbolic link to nothing; else write the temporary
  /// file. Throw OutputError.
  StagedFile(const std::string& path, std::string content, const std::vector<std::string>& inputs);
  /// The same, with the content streamed by `write` straight into the temporary file (memory is
  /// the writer's own, not the whole text); every write is checked.
  StagedFile(const std::string& path, const std::function<void(std::ostream&)>& write,
             const std::vector<std::string>& inputs);
  ~StagedFile();
  StagedFile(StagedFile&& other) noexcept;
  StagedFile& operator=(StagedFile&&) = delete;
  StagedFile(const StagedFile&) = delete;
  StagedFile& operator=(const StagedFile&) = delete;

  /// Put the file in place. Throw OutputError.
  void commit();
  /// Whether nothing was at the path before (so that a rollback may remove it).
  bool is_new() const { return m_new; }
  const std::string& path() const { return m_path; }
  /// Whether the content goes to a device or pipe in place, not by a rename.
  bool in_place() const { return m_device; }

private:
  std::string m_path;     // as given, for messages
  std::string m_target;   // the file renamed over (a symbolic link's target)
  std::string m_temp;     // the temporary file; empty when written in place or committed
  std::string m_in_place; // the content for a device or pipe
  bool m_device = false;
  bool m_new = false;
};

/// Files staged to be put in place together: commit() writes the devices and pipes first (their
/// content cannot be taken back), then renames every other file; when one fails, the new files
/// it already put in place are removed again (a file it replaced keeps its new content). Left
/// uncommitted, it removes every temporary file and the folders it was told were made for them.
class StagedFiles
{
public:
  StagedFiles() = default;
  ~StagedFiles();
  StagedFiles(const StagedFiles&) = delete;
  StagedFiles& operator=(const StagedFiles&) = delete;

  void add(StagedFile file) { m_files.push_back(std::move(file)); }
  /// `folder` was created for these files: remove it (when empty) unless they are committed.
  void made_folder(std::string folder) { m_folders.push_back(std::move(folder)); }
  /// Put every file in place. Throw OutputError.
  void commit();

private:
  std::vector<StagedFile> m_files;
  std::vector<std::string> m_folders;
  bool m_committed = false;
};

/// Write `content` to `path` atomically (a temporary file in the same folder, then rename), so
/// a reader never sees a half-written file; refuse when `path` is one of `inputs`. Throw
/// OutputError.
void write_atomically(const std::string& path, const std::string& content,
                      const std::vector<std::string>& inputs);
/// The same, with the content streamed by `write` into the temporary file.
void write_atomically(const std::string& path, const std::function<void(std::ostream&)>& write,
                      const std::vector<std::string>& inputs);

} // namespace tenderscore::app
