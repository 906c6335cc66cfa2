// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <streambuf>

namespace tenderscore::app {

/// A stream buffer writing to a file descriptor (standard output, a staged file) with write(2),
/// which keeps the errno of the first failed write: a full disk, a closed descriptor or a broken
/// pipe. After a failure every later write fails too, so the stream that owns it goes bad and stays
/// bad, and the caller can say why once, at the end.
class FdOutputBuffer : public std::streambuf
{
public:
  explicit FdOutputBuffer(int fd);
  ~FdOutputBuffer() override;
  FdOutputBuffer(const FdOutputBuffer&) = delete;
  FdOutputBuffer& operator=(const FdOutputBuffer&) = delete;

  /// The errno of the first failed write; 0 when every write so far succeeded.
  int error() const { return m_error; }

protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* data, std::streamsize size) override;
  int sync() override;

private:
  bool write_all(const char* data, std::size_t size);
  bool drain();

  int m_fd;
  int m_error = 0;
  std::array<char, 64 * 1024> m_buffer{};
};

} // namespace tenderscore::app
