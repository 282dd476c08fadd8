// Private: LISTEN on a PostgreSQL channel from a connection of its own (pg_db.cpp), for replicas
// that refresh a cache when another host commits a change (enforcement's gate).
#pragma once

#include <string>

struct pg_conn;

namespace abusemon::detail::sql {

class Listener {
 public:
  enum class Wake { notified, timeout, interrupted };
  /// Connects and LISTENs; a server that is down is retried by wait(). Only notifications
  /// whose payload is `payload` count (several stores may share a database).
  Listener(const std::string& url, std::string channel, std::string payload);
  ~Listener();
  Listener(const Listener&) = delete;
  Listener& operator=(const Listener&) = delete;

  /// Blocks up to `timeout_ms` for a notification. `notified` also after a reconnect (what was
  /// sent meanwhile is lost, so the caller reloads).
  Wake wait(int timeout_ms);
  /// Wakes a wait() in progress (from another thread).
  void interrupt() noexcept;

 private:
  bool connect();
  std::string url_;
  std::string channel_;
  std::string payload_;
  pg_conn* conn_ = nullptr;
  int wake_ = -1;
};

}  // namespace abusemon::detail::sql
