// SPDX-License-Identifier: MIT
#include <tenderscore/app/output_buffer.hpp>

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace tenderscore::app {

FdOutputBuffer::FdOutputBuffer(int fd)
    : m_fd(fd)
{
  setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
}

FdOutputBuffer::~FdOutputBuffer()
{
  drain(); // the caller checks error() before this; nothing can be reported here
}

bool FdOutputBuffer::write_all(const char* data, std::size_t size)
{
  if (m_error != 0) {
    return false;
  }
  while (size > 0) {
    const ssize_t n = ::write(m_fd, data, size);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      m_error = errno;
      return false;
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

bool FdOutputBuffer::drain()
{
  const auto pending = static_cast<std::size_t>(pptr() - pbase());
  setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
  return pending == 0 || write_all(m_buffer.data(), pending);
}

FdOutputBuffer::int_type FdOutputBuffer::overflow(int_type c)
{
  if (!drain()) {
    return traits_type::eof();
  }
  if (traits_type::eq_int_type(c, traits_type::eof())) {
    return traits_type::not_eof(c);
  }
  *pptr() = traits_type::to_char_type(c);
  pbump(1);
  return c;
}

std::streamsize FdOutputBuffer::xsputn(const char* data, std::streamsize size)
{
  if (m_error != 0) {
    return 0;
  }
  const auto room = static_cast<std::streamsize>(epptr() - pptr());
  if (size <= room) {
    std::memcpy(pptr(), data, static_cast<std::size_t>(size));
    pbump(static_cast<int>(size));
    return size;
  }
  // Larger than the room left: write what is buffered, then the text itself.
  if (!drain() || !write_all(data, static_cast<std::size_t>(size))) {
    return 0;
  }
  return size;
}

int FdOutputBuffer::sync()
{
  return drain() ? 0 : -1;
}

} // namespace tenderscore::app
