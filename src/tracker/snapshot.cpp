// Tracker snapshots: atomic write (temp + fsync + rename + dir fsync) and checked restore.
//
// Format (little-endian, version 3):
//   "AMTRKSN1" | u32 version | u32 sizeof(EntityState) | u32 sizeof(ReviewCounts) | i64 written_ms
//   u32 H, H x (i64 ms, str name) | u32 D, D x str detector name
//   records: 'C' str customer, state | 'U' str customer, str user, state | 'S' str signal-json
//            'R' str customer, str user ("" = the customer), review counts
//   'E' | u64 FNV-1a of every byte before it
// where str = u32 length + bytes. Detector bits in the states are remapped by name on restore.
// Version 1 (still read) had no sizeof(ReviewCounts) field and no 'R' records. Versions 1 and 2
// (still read) had a 440-byte state without the recurring-pattern day masks (read as zero).
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <random>

#include "abusemon/error.hpp"
#include "tracker/tracker_internal.hpp"

namespace abusemon {

namespace {

constexpr char kMagic[8] = {'A', 'M', 'T', 'R', 'K', 'S', 'N', '1'};
constexpr uint32_t kVersion = 3;
// State size of versions 1 and 2: EntityState up to (not including) harm_day.
constexpr uint32_t kStateSizeV2 = offsetof(detail::EntityState, harm_day);
static_assert(kStateSizeV2 == 440, "versions 1 and 2 wrote 440-byte states");
constexpr uint32_t kFirstVersion = 1;
constexpr uint32_t kMaxString = 1u << 20;

std::string errno_text() {
  return std::strerror(errno);
}

class Writer {
 public:
  Writer(int fd, std::string path) : fd_(fd), path_(std::move(path)) { buf_.reserve(1 << 20); }
  void bytes(const void* p, std::size_t n) {
    const auto* c = static_cast<const unsigned char*>(p);
    for (std::size_t i = 0; i < n; ++i) hash_ = (hash_ ^ c[i]) * 0x100000001B3ULL;
    buf_.append(reinterpret_cast<const char*>(p), n);
    if (buf_.size() >= (1 << 20)) flush();
  }
  template <typename T>
  void pod(const T& v) {
    bytes(&v, sizeof v);
  }
  void str(std::string_view s) {
    pod(static_cast<uint32_t>(s.size()));
    bytes(s.data(), s.size());
  }
  uint64_t hash() const { return hash_; }
  void raw(const void* p, std::size_t n) { buf_.append(static_cast<const char*>(p), n); }
  void flush() {
    std::size_t off = 0;
    while (off < buf_.size()) {
      const ssize_t w = ::write(fd_, buf_.data() + off, buf_.size() - off);
      if (w < 0) {
        if (errno == EINTR) continue;
        throw error(status::io, "tracker snapshot: write " + path_ + ": " + errno_text());
      }
      off += static_cast<std::size_t>(w);
    }
    buf_.clear();
  }

 private:
  int fd_;
  std::string path_;
  std::string buf_;
  uint64_t hash_ = 0xCBF29CE484222325ULL;
};

class Reader {
 public:
  Reader(std::string data, std::string path) : d_(std::move(data)), path_(std::move(path)) {}
  [[noreturn]] void bad(const std::string& why) const {
    throw error(status::format, "tracker snapshot " + path_ + ": " + why);
  }
  void bytes(void* p, std::size_t n) {
    if (d_.size() - pos_ < n) bad("truncated at byte " + std::to_string(pos_));
    std::memcpy(p, d_.data() + pos_, n);
    pos_ += n;
  }
  template <typename T>
  T pod() {
    T v;
    bytes(&v, sizeof v);
    return v;
  }
  std::string str() {
    const auto n = pod<uint32_t>();
    if (n > kMaxString) bad("string length " + std::to_string(n) + " out of range");
    std::string s(n, '\0');
    bytes(s.data(), n);
    return s;
  }
  std::size_t pos() const { return pos_; }
  const std::string& data() const { return d_; }

 private:
  std::string d_;
  std::string path_;
  std::size_t pos_ = 0;
};

uint64_t fnv(const char* p, std::size_t n) {
  uint64_t h = 0xCBF29CE484222325ULL;
  for (std::size_t i = 0; i < n; ++i) h = (h ^ static_cast<unsigned char>(p[i])) * 0x100000001B3ULL;
  return h;
}

// Index fields come from the file: keep them in range whatever the bytes say.
detail::EntityState sanitized(detail::EntityState st) {
  st.recent_pos = static_cast<uint8_t>(st.recent_pos % kEvidenceRecent);
  return st;
}

// A state record of `size` bytes (an older, shorter layout is a prefix: the rest reads as zero).
detail::EntityState read_state(Reader& r, uint32_t size) {
  detail::EntityState st{};
  r.bytes(&st, size);
  return st;
}

struct Parsed {
  int64_t written_ms = 0;
  std::vector<TrackerHorizon> horizons;
  std::vector<std::string> detectors;
  std::vector<std::pair<std::string, detail::EntityState>> customers;
  std::vector<std::tuple<std::string, std::string, detail::EntityState>> users;
  std::vector<std::tuple<std::string, std::string, detail::ReviewCounts>> reviews;
  std::vector<Signal> signals;
};

Parsed parse_file(const std::string& path) {
  // A FIFO or device would block or never end: only regular files are snapshots.
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    throw error(status::format, "tracker snapshot " + path + ": not a regular file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int err = errno;
    if (err == ENOENT)
      throw error(status::not_found, "tracker snapshot " + path + ": file not found");
    throw error(status::io, "tracker snapshot " + path + ": cannot open: " + std::strerror(err));
  }
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw error(status::io, "tracker snapshot " + path + ": read error");
  Reader r(std::move(data), path);
  if (r.data().size() < sizeof kMagic + 9 ||
      std::memcmp(r.data().data(), kMagic, sizeof kMagic) != 0) {
    r.bad("not a tracker snapshot (bad magic)");
  }
  // Verify the checksum first so that a damaged file never half-parses.
  const std::size_t body = r.data().size() - 8;
  uint64_t stored = 0;
  std::memcpy(&stored, r.data().data() + body, 8);
  if (r.data()[body - 1] != 'E' || fnv(r.data().data(), body) != stored) {
    r.bad("checksum mismatch (file is truncated or corrupt)");
  }
  char magic[8];
  r.bytes(magic, 8);
  Parsed p;
  const auto version = r.pod<uint32_t>();
  if (version < kFirstVersion || version > kVersion) {
    r.bad("unsupported version " + std::to_string(version));
  }
  const auto state_size = r.pod<uint32_t>();
  if (state_size != sizeof(detail::EntityState) && !(version < 3 && state_size == kStateSizeV2)) {
    r.bad("entity state size " + std::to_string(state_size) + " differs from this build's " +
          std::to_string(sizeof(detail::EntityState)));
  }
  if (version >= 2) {
    const auto review_size = r.pod<uint32_t>();
    if (review_size != sizeof(detail::ReviewCounts)) {
      r.bad("review record size " + std::to_string(review_size) + " differs from this build's " +
            std::to_string(sizeof(detail::ReviewCounts)));
    }
  }
  p.written_ms = r.pod<int64_t>();
  const auto nh = r.pod<uint32_t>();
  if (nh == 0 || nh > kMaxHorizons) r.bad("bad horizon count");
  for (uint32_t i = 0; i < nh; ++i) {
    TrackerHorizon h;
    h.ms = r.pod<int64_t>();
    h.name = r.str();
    p.horizons.push_back(h);
  }
  const auto nd = r.pod<uint32_t>();
  if (nd > 32) r.bad("bad detector count");
  for (uint32_t i = 0; i < nd; ++i) p.detectors.push_back(r.str());
  while (true) {
    const char tag = r.pod<char>();
    if (tag == 'E') break;
    if (tag == 'C') {
      std::string c = r.str();
      p.customers.emplace_back(std::move(c), sanitized(read_state(r, state_size)));
    } else if (tag == 'U') {
      std::string c = r.str();
      std::string u = r.str();
      p.users.emplace_back(std::move(c), std::move(u), sanitized(read_state(r, state_size)));
    } else if (tag == 'R' && version >= 2) {
      std::string c = r.str();
      std::string u = r.str();
      p.reviews.emplace_back(std::move(c), std::move(u), r.pod<detail::ReviewCounts>());
    } else if (tag == 'S') {
      p.signals.push_back(detail::signal_from_json(r.str()));
    } else {
      r.bad("unknown record tag at byte " + std::to_string(r.pos() - 1));
    }
  }
  if (r.pos() != body) r.bad("trailing bytes before the checksum");
  return p;
}

uint32_t remap_mask(uint32_t mask, const std::vector<int>& map) {
  uint32_t out = 0;
  for (std::size_t d = 0; d < map.size(); ++d) {
    if ((mask & (1u << d)) && map[d] >= 0) out |= 1u << map[d];
  }
  return out;
}

void fsync_dir(const std::string& path) {
  const auto slash = path.find_last_of('/');
  const std::string dir =
      slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;  // best effort: the rename itself succeeded
  ::fsync(fd);
  ::close(fd);
}

// Temporary snapshot files are named <base>.tmp.<pid>.<random>: unpredictable (so nobody can
// plant a file or symlink at the name in advance) and created with O_EXCL | O_NOFOLLOW, so an
// existing name is never opened. A writer killed before its rename leaves one behind: removed
// by the next snapshot of the same path once its pid is gone.
std::string temp_name(const std::string& path) {
  std::random_device rd;
  char suffix[17];
  std::snprintf(suffix, sizeof suffix, "%08x%08x", rd(), rd());
  return path + ".tmp." + std::to_string(::getpid()) + "." + suffix;
}

void remove_stale_temps(const std::string& path) {
  const auto slash = path.find_last_of('/');
  const std::string dir =
      slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
  const std::string prefix = (slash == std::string::npos ? path : path.substr(slash + 1)) + ".tmp.";
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) return;  // best effort
  while (const dirent* e = ::readdir(d)) {
    const std::string name = e->d_name;
    if (name.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string rest = name.substr(prefix.size());
    char* end = nullptr;
    const long pid = std::strtol(rest.c_str(), &end, 10);
    if (end == rest.c_str() || pid <= 0) continue;                            // not one of ours
    if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;  // writer alive
    struct stat st {};
    if (::fstatat(::dirfd(d), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
        (S_ISREG(st.st_mode) || S_ISLNK(st.st_mode))) {
      ::unlinkat(::dirfd(d), name.c_str(), 0);
    }
  }
  ::closedir(d);
}

}  // namespace

void Tracker::snapshot(const std::string& path) const {
  if (path.empty()) throw std::invalid_argument("tracker snapshot: empty path");
  remove_stale_temps(path);
  std::string tmp;
  int fd = -1;
  for (int attempt = 0; attempt < 8 && fd < 0; ++attempt) {
    tmp = temp_name(path);
    fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST) break;
  }
  if (fd < 0) {
    const int err = errno;
    throw error(err == EACCES ? status::permission_denied : status::io,
                "tracker snapshot: cannot create " + tmp + ": " + std::strerror(err));
  }
  try {
    Writer w(fd, tmp);
    w.bytes(kMagic, sizeof kMagic);
    w.pod(kVersion);
    w.pod(static_cast<uint32_t>(sizeof(detail::EntityState)));
    w.pod(static_cast<uint32_t>(sizeof(detail::ReviewCounts)));
    w.pod(static_cast<int64_t>(impl_->clock->now_ms()));
    w.pod(static_cast<uint32_t>(impl_->cfg.horizons.size()));
    for (const auto& h : impl_->cfg.horizons) {
      w.pod(h.ms);
      w.str(h.name);
    }
    w.pod(static_cast<uint32_t>(impl_->cfg.detectors.size()));
    for (const auto& d : impl_->cfg.detectors) w.str(d.name);
    for (std::size_t i = 0; i < impl_->nshards; ++i) {
      detail::Shard& sh = impl_->shards[i];
      std::lock_guard<std::mutex> lk(sh.mu);
      for (const auto& [k, st] : sh.customers) {
        w.pod('C');
        w.str(k);
        w.pod(st);
      }
      for (const auto& [k, st] : sh.users) {
        const auto nul = k.find('\0');
        w.pod('U');
        w.str(std::string_view(k).substr(0, nul));
        w.str(std::string_view(k).substr(nul + 1));
        w.pod(st);
      }
      for (const auto& [k, rc] : sh.reviews) {
        const auto nul = k.find('\0');
        w.pod('R');
        w.str(std::string_view(k).substr(0, nul));
        w.str(nul == std::string::npos ? std::string_view() : std::string_view(k).substr(nul + 1));
        w.pod(rc);
      }
      for (const auto& [id, os] : sh.open) {
        w.pod('S');
        w.str(to_json(os.signal));
      }
    }
    w.pod('E');
    const uint64_t h = w.hash();
    w.raw(&h, sizeof h);
    w.flush();
    if (::fsync(fd) != 0)
      throw error(status::io, "tracker snapshot: fsync " + tmp + ": " + errno_text());
    const int closed = ::close(fd);
    fd = -1;
    if (closed != 0)
      throw error(status::io, "tracker snapshot: close " + tmp + ": " + errno_text());
  } catch (...) {
    if (fd >= 0) ::close(fd);
    ::unlink(tmp.c_str());
    throw;
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    throw error(status::io, "tracker snapshot: rename to " + path + ": " + std::strerror(err));
  }
  fsync_dir(path);
}

void Tracker::restore(const std::string& path) {
  Parsed p = parse_file(path);
  const auto& hz = impl_->cfg.horizons;
  bool same = p.horizons.size() == hz.size();
  for (std::size_t i = 0; same && i < hz.size(); ++i) same = p.horizons[i].ms == hz[i].ms;
  if (!same) {
    std::string a, b;
    for (const auto& h : p.horizons) a += (a.empty() ? "" : ", ") + h.name;
    for (const auto& h : hz) b += (b.empty() ? "" : ", ") + h.name;
    throw error(status::state, "tracker snapshot " + path + ": written with horizons [" + a +
                                   "] but this tracker uses [" + b + "]");
  }
  // Detector bit d in the file -> bit map[d] here (-1: detector no longer configured).
  std::vector<int> map(p.detectors.size(), -1);
  for (std::size_t d = 0; d < p.detectors.size(); ++d) {
    for (std::size_t e = 0; e < impl_->cfg.detectors.size(); ++e) {
      if (impl_->cfg.detectors[e].name == p.detectors[d]) map[d] = static_cast<int>(e);
    }
  }
  // Build every shard off to the side, then swap shard by shard (no failure after this point).
  const std::size_t n = impl_->nshards;
  std::vector<detail::EntityMap> cust(n), users(n);
  std::vector<detail::ReviewMap> reviews(n);
  std::vector<std::unordered_map<uint64_t, detail::OpenSignal>> open(n);
  std::vector<uint64_t> next(n, 1);
  std::string key;
  for (auto& [c, st] : p.customers) {
    st.open_mask = remap_mask(st.open_mask, map);
    cust[impl_->slot_of(c) % n].emplace(std::move(c), st);
  }
  for (auto& [c, u, st] : p.users) {
    st.open_mask = remap_mask(st.open_mask, map);
    key.assign(c);
    key.push_back('\0');
    key.append(u);
    users[impl_->slot_of(c) % n].emplace(key, st);
  }
  for (auto& [c, u, rc] : p.reviews) {
    key.assign(c);
    if (!u.empty()) {
      key.push_back('\0');
      key.append(u);
    }
    reviews[impl_->slot_of(c) % n].emplace(key, rc);
  }
  for (auto& s : p.signals) {
    int det = -1;
    for (std::size_t e = 0; e < impl_->cfg.detectors.size(); ++e) {
      if (impl_->cfg.detectors[e].name == s.detector) det = static_cast<int>(e);
    }
    if (det < 0) continue;  // detector removed from the config: its signals are dropped
    const std::size_t slot = impl_->slot_of(s.customer);
    const std::size_t sh = slot % n;
    // Ids keep working only if they still route to the customer's shard.
    if ((s.id & 0xFFF) != slot) continue;
    next[sh] = std::max(next[sh], (s.id >> 12) + 1);
    const uint64_t id = s.id;
    open[sh].emplace(id, detail::OpenSignal{std::move(s), static_cast<uint32_t>(det)});
  }
  for (std::size_t i = 0; i < n; ++i) {
    detail::Shard& sh = impl_->shards[i];
    std::lock_guard<std::mutex> lk(sh.mu);
    sh.customers.swap(cust[i]);
    sh.users.swap(users[i]);
    sh.reviews.swap(reviews[i]);
    sh.open.swap(open[i]);
    sh.next_signal = std::max(sh.next_signal, next[i]);
  }
}

SnapshotInfo read_snapshot(const std::string& path) {
  Parsed p = parse_file(path);
  SnapshotInfo info;
  info.written_ms = p.written_ms;
  for (const auto& h : p.horizons) info.horizons.push_back(h.name);
  const ScoreConfig sc;
  std::map<std::pair<std::string_view, std::string_view>, const detail::ReviewCounts*> reviews;
  for (const auto& [c, u, rc] : p.reviews) reviews[{c, u}] = &rc;
  auto reviews_of = [&](std::string_view c, std::string_view u) -> const detail::ReviewCounts* {
    auto it = reviews.find({c, u});
    return it == reviews.end() ? nullptr : it->second;
  };
  for (const auto& [c, st] : p.customers) {
    info.entities.push_back(
        detail::make_view(st, c, {}, p.written_ms, p.horizons, sc, p.detectors, reviews_of(c, {})));
  }
  for (const auto& [c, u, st] : p.users) {
    info.entities.push_back(
        detail::make_view(st, c, u, p.written_ms, p.horizons, sc, p.detectors, reviews_of(c, u)));
  }
  info.open_signals = std::move(p.signals);
  return info;
}

}  // namespace abusemon
