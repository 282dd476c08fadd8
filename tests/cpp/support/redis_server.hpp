// A private redis-server for tests tagged [redis]: started on a loopback port in a temp dir of its
// own, killed (and the dir removed) on destruction. Tests fail (not skip) when redis-server is not
// installed; ABUSEMON_REDIS_SERVER names another binary.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "catch.hpp"

namespace abusemon::test {

// A loopback port that was free a moment ago (bound to port 0, then released).
inline int free_loopback_port() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  REQUIRE(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  close(fd);
  return ntohs(addr.sin_port);
}

inline bool loopback_port_open(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  const bool ok = connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  close(fd);
  return ok;
}

inline std::string find_redis_server() {
  if (const char* env = std::getenv("ABUSEMON_REDIS_SERVER")) return env;
  for (const char* p :
       {"/usr/bin/redis-server", "/usr/local/bin/redis-server", "/usr/sbin/redis-server"}) {
    if (access(p, X_OK) == 0) return p;
  }
  return "";
}

class RedisServer {
 public:
  // port 0: a free one. durable: an append-only file fsync'ed on every write, so a SIGKILL loses
  // nothing the server acknowledged and start() after kill_now() reloads it.
  explicit RedisServer(int port = 0, bool durable = false)
      : port_(port ? port : free_loopback_port()), durable_(durable) {
    std::string tmpl = (std::filesystem::temp_directory_path() / "am_redis_XXXXXX").string();
    REQUIRE(mkdtemp(tmpl.data()) != nullptr);
    dir_ = tmpl;
    start();
  }
  ~RedisServer() {
    kill_now();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  RedisServer(const RedisServer&) = delete;
  RedisServer& operator=(const RedisServer&) = delete;

  int port() const { return port_; }

  void start() {
    const std::string exe = find_redis_server();
    if (exe.empty()) {
      FAIL(
          "redis-server is not installed (apt-get install redis-server; scripts/setup.sh does it)");
    }
    std::vector<std::string> args = {
        exe, "--port",       std::to_string(port_),  "--bind", "127.0.0.1", "--dir", dir_, "--save",
        "",  "--appendonly", durable_ ? "yes" : "no"};
    if (durable_) args.insert(args.end(), {"--appendfsync", "always"});
    args.insert(args.end(), {"--daemonize", "no", "--logfile", dir_ + "/redis.log"});
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    const pid_t parent = getpid();
    pid_ = fork();
    REQUIRE(pid_ >= 0);
    if (pid_ == 0) {
      // Die with the test process, even if it crashes before the destructor runs.
      prctl(PR_SET_PDEATHSIG, SIGKILL);
      if (getppid() != parent) _exit(127);
      execv(exe.c_str(), argv.data());
      _exit(127);
    }
    // Readiness wait (not a timing assertion): up to 20 s for the port to accept.
    for (int i = 0; i < 2000 && !loopback_port_open(port_); ++i) usleep(10'000);
    REQUIRE(loopback_port_open(port_));
  }

  // Slow: the server stops answering until resume().
  void pause() { REQUIRE(kill(pid_, SIGSTOP) == 0); }
  void resume() { REQUIRE(kill(pid_, SIGCONT) == 0); }

  void kill_now() {
    if (pid_ <= 0) return;
    kill(pid_, SIGKILL);
    int st = 0;
    waitpid(pid_, &st, 0);
    pid_ = -1;
  }

 private:
  int port_;
  bool durable_;
  std::string dir_;
  pid_t pid_ = -1;
};

}  // namespace abusemon::test
