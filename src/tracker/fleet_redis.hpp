// hiredis helpers shared by the fleet flusher (fleet.cpp) and fleet detection (fleet_stream.cpp,
// fleet_detect.cpp). Compiled only with ABUSEMON_WITH_FLEET.
#pragma once

#include <hiredis/hiredis.h>
#include <pthread.h>
#include <signal.h>
#include <sys/time.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace abusemon::detail {

inline timeval to_tv(int64_t ms) {
  timeval tv{};
  tv.tv_sec = static_cast<time_t>(ms / 1000);
  tv.tv_usec = static_cast<suseconds_t>((ms % 1000) * 1000);
  return tv;
}

// hiredis writes with write(2): a peer that went away raises SIGPIPE, which would kill the host.
// Block it in the calling thread for the guard's lifetime (a library must not change the process's
// signal disposition) and discard a SIGPIPE that became pending meanwhile.
class SigpipeGuard {
 public:
  SigpipeGuard() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    sigset_t pending;
    sigpending(&pending);
    was_pending_ = sigismember(&pending, SIGPIPE) == 1;
    pthread_sigmask(SIG_BLOCK, &set, &old_);
  }
  ~SigpipeGuard() {
    if (!was_pending_) {
      sigset_t set;
      sigemptyset(&set);
      sigaddset(&set, SIGPIPE);
      timespec zero{};
      while (sigtimedwait(&set, nullptr, &zero) > 0) {
      }
    }
    pthread_sigmask(SIG_SETMASK, &old_, nullptr);
  }
  SigpipeGuard(const SigpipeGuard&) = delete;
  SigpipeGuard& operator=(const SigpipeGuard&) = delete;

 private:
  sigset_t old_;
  bool was_pending_ = false;
};

struct ReplyPtr {
  redisReply* r = nullptr;
  ReplyPtr() = default;
  explicit ReplyPtr(void* p) : r(static_cast<redisReply*>(p)) {}
  ~ReplyPtr() {
    if (r) freeReplyObject(r);
  }
  ReplyPtr(const ReplyPtr&) = delete;
  ReplyPtr& operator=(const ReplyPtr&) = delete;
};

inline std::string_view reply_str(const redisReply* r) {
  return r && r->str ? std::string_view(r->str, r->len) : std::string_view();
}

// Appends one command given as strings to the context's pipeline.
inline bool append_argv(redisContext* c, const std::vector<std::string>& args) {
  std::vector<const char*> argv;
  std::vector<size_t> lens;
  argv.reserve(args.size());
  lens.reserve(args.size());
  for (const auto& a : args) {
    argv.push_back(a.data());
    lens.push_back(a.size());
  }
  return redisAppendCommandArgv(c, static_cast<int>(argv.size()), argv.data(), lens.data()) ==
         REDIS_OK;
}

// Runs one command; nullptr reply = connection error (the context is then unusable).
inline ReplyPtr command_argv(redisContext* c, const std::vector<std::string>& args) {
  if (!append_argv(c, args)) return ReplyPtr();
  void* reply = nullptr;
  if (redisGetReply(c, &reply) != REDIS_OK) return ReplyPtr();
  return ReplyPtr(reply);
}

// Connects with the connect timeout, then sets the command timeout; nullptr + why on failure.
inline redisContext* connect_redis(const std::string& host, int port, int64_t connect_ms,
                                   int64_t command_ms, std::string& why) {
  redisContext* c = redisConnectWithTimeout(host.c_str(), port, to_tv(connect_ms));
  if (c == nullptr || c->err) {
    why = "cannot connect to Redis at " + host + ":" + std::to_string(port) + ": " +
          (c ? c->errstr : "allocation failed");
    if (c) redisFree(c);
    return nullptr;
  }
  redisSetTimeout(c, to_tv(command_ms));
  return c;
}

}  // namespace abusemon::detail
