// Maildir outbox: notifications as RFC 5322 messages, delivered tmp/ -> new/ (maildir(5)).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <random>
#include <stdexcept>
#include <string>

#include "abusemon/enforcement.hpp"
#include "abusemon/error.hpp"

namespace abusemon {

namespace {

[[noreturn]] void fail(const std::string& what, const std::string& path) {
  const int e = errno;
  throw error(e == EACCES || e == EPERM ? status::permission_denied : status::io,
              "maildir: " + what + " '" + path + "': " + std::strerror(e));
}

void make_dir(const std::string& path) {
  if (::mkdir(path.c_str(), 0700) != 0 && errno != EEXIST) fail("cannot create", path);
}

void fsync_path(const std::string& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) fail("cannot open", path);
  const bool ok = ::fsync(fd) == 0;
  ::close(fd);
  if (!ok) fail("cannot sync", path);
}

// Header values come from templates and host data: one line, no CR/LF (header injection).
std::string one_line(std::string_view v) {
  std::string out;
  out.reserve(v.size());
  for (char c : v) out.push_back(c == '\r' || c == '\n' ? ' ' : c);
  return out;
}

bool is_ascii(std::string_view v) {
  for (unsigned char c : v) {
    if (c >= 0x80) return false;
  }
  return true;
}

std::string base64(std::string_view in) {
  static const char* k = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    const auto n = (static_cast<uint32_t>(static_cast<unsigned char>(in[i])) << 16) |
                   (static_cast<uint32_t>(static_cast<unsigned char>(in[i + 1])) << 8) |
                   static_cast<unsigned char>(in[i + 2]);
    out += {k[n >> 18], k[(n >> 12) & 63], k[(n >> 6) & 63], k[n & 63]};
  }
  if (i + 1 == in.size()) {
    const auto n = static_cast<uint32_t>(static_cast<unsigned char>(in[i])) << 16;
    out += {k[n >> 18], k[(n >> 12) & 63], '=', '='};
  } else if (i + 2 == in.size()) {
    const auto n = (static_cast<uint32_t>(static_cast<unsigned char>(in[i])) << 16) |
                   (static_cast<uint32_t>(static_cast<unsigned char>(in[i + 1])) << 8);
    out += {k[n >> 18], k[(n >> 12) & 63], k[(n >> 6) & 63], '='};
  }
  return out;
}

// RFC 2047 encoded-word for a non-ASCII header value.
std::string header_text(std::string_view v) {
  std::string line = one_line(v);
  if (is_ascii(line)) return line;
  return "=?UTF-8?B?" + base64(line) + "?=";
}

// Message-ID left part: RFC 5322 dot-atom-text characters only.
std::string atext(std::string_view v) {
  std::string out;
  for (char c : v) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    std::strchr("!#$%&'*+-/=?^_`{|}~.", c) != nullptr;
    out.push_back(ok && c != '\0' ? c : '_');
  }
  return out.empty() ? std::string("notification") : out;
}

std::string rfc5322_date(std::int64_t ms) {
  const std::time_t t = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  static const char* days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d +0000", days[tm.tm_wday % 7],
                tm.tm_mday, months[tm.tm_mon % 12], tm.tm_year + 1900, tm.tm_hour, tm.tm_min,
                tm.tm_sec);
  return buf;
}

// Unique within this host (maildir(5)): time, microseconds, pid, a per-process counter and
// random bits, then the host name with '/' and ':' (reserved in Maildir names) replaced.
std::string unique_name() {
  static std::atomic<std::uint64_t> counter{0};
  thread_local std::mt19937_64 rng{std::random_device{}()};
  timespec ts{};
  clock_gettime(CLOCK_REALTIME, &ts);
  char host[256] = "localhost";
  if (::gethostname(host, sizeof host - 1) != 0) std::strcpy(host, "localhost");
  host[sizeof host - 1] = '\0';
  std::string h;
  for (const char* p = host; *p; ++p) {
    h += *p == '/' ? std::string("\\057") : *p == ':' ? std::string("\\072") : std::string(1, *p);
  }
  char buf[160];
  std::snprintf(buf, sizeof buf, "%lld.M%ldP%dQ%lluR%016llx.", static_cast<long long>(ts.tv_sec),
                static_cast<long>(ts.tv_nsec / 1000), static_cast<int>(::getpid()),
                static_cast<unsigned long long>(++counter), static_cast<unsigned long long>(rng()));
  return buf + h;
}

}  // namespace

MaildirOutboxSink::MaildirOutboxSink(std::string dir, std::string from)
    : dir_(std::move(dir)), from_(std::move(from)) {
  if (dir_.empty()) throw std::invalid_argument("MaildirOutboxSink: dir must not be empty");
  const auto at = from_.find('@');
  if (at == std::string::npos || at == 0 || at + 1 == from_.size() ||
      from_.find_first_of(" \t\r\n<>,;\"", 0) != std::string::npos ||
      from_.find('@', at + 1) != std::string::npos) {
    throw std::invalid_argument("MaildirOutboxSink: from must be a plain address local@domain");
  }
  while (dir_.size() > 1 && dir_.back() == '/') dir_.pop_back();
}

std::string MaildirOutboxSink::message(const Notification& n) const {
  const std::string domain = from_.substr(from_.find('@') + 1);
  std::string m;
  m += "From: " + from_ + "\n";
  m += "To: " + one_line(n.recipient) + "\n";
  m += "Subject: " + header_text(n.subject) + "\n";
  m += "Date: " + rfc5322_date(n.created_ms) + "\n";
  m += "Message-ID: <" + atext(n.idempotency_key) + "@" + domain + ">\n";
  m += "X-Abusemon-Idempotency-Key: " + one_line(n.idempotency_key) + "\n";
  m += "X-Abusemon-Kind: " + std::string(to_string(n.kind)) + "\n";
  m += "X-Abusemon-Customer: " + header_text(n.customer) + "\n";
  m += "MIME-Version: 1.0\n";
  m += "Content-Type: text/plain; charset=utf-8\n";
  m += "Content-Transfer-Encoding: 8bit\n";
  m += "\n";
  // Maildir files use local line ends (LF); a lone CR in the body would be a bare CR on the wire.
  for (std::size_t i = 0; i < n.body.size(); ++i) {
    const char c = n.body[i];
    if (c == '\r') {
      if (i + 1 < n.body.size() && n.body[i + 1] == '\n') continue;
      m.push_back('\n');
    } else {
      m.push_back(c);
    }
  }
  if (m.back() != '\n') m.push_back('\n');
  return m;
}

void MaildirOutboxSink::deliver(const Notification& n) {
  make_dir(dir_);
  for (const char* sub : {"/tmp", "/new", "/cur"}) make_dir(dir_ + sub);
  const std::string text = message(n);
  const std::string name = unique_name();
  const std::string tmp = dir_ + "/tmp/" + name;
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) fail("cannot create", tmp);
  std::size_t off = 0;
  while (off < text.size()) {
    const ssize_t w = ::write(fd, text.data() + off, text.size() - off);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) {
      const int e = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      errno = e;
      fail("cannot write", tmp);
    }
    off += static_cast<std::size_t>(w);
  }
  if (::fsync(fd) != 0) {
    const int e = errno;
    ::close(fd);
    ::unlink(tmp.c_str());
    errno = e;
    fail("cannot sync", tmp);
  }
  ::close(fd);
  const std::string dst = dir_ + "/new/" + name;
  if (::rename(tmp.c_str(), dst.c_str()) != 0) {
    const int e = errno;
    ::unlink(tmp.c_str());
    errno = e;
    fail("cannot move the message into", dst);
  }
  // Delivered means durable: the rename itself must survive a crash.
  fsync_path(dir_ + "/new", O_RDONLY | O_DIRECTORY);
}

}  // namespace abusemon
