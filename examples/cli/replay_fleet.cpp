// Drives the replica processes of a fleet replay (replay_fleet.hpp).
#include "replay_fleet.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <random>

#include "abusemon/error.hpp"
#include "cli_util.hpp"
#include "commands.hpp"

extern char** environ;

namespace abusemon::cli {

namespace {

namespace fs = std::filesystem;

// Time the replicas get to load the model and connect before the first record's slot.
constexpr std::int64_t kStartupMs = 3000;
constexpr std::int64_t kStartupPerReplicaMs = 500;

struct TempDir {
  fs::path dir;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "abusemon-fleet-replay-XXXXXX").string();
    if (::mkdtemp(tmpl.data()) == nullptr) {
      throw Failure(kExitRuntime,
                    std::string("cannot create a temporary directory: ") + std::strerror(errno));
    }
    dir = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

std::string run_id() {
  std::random_device rd;
  const std::uint64_t v = (static_cast<std::uint64_t>(rd()) << 32) | rd();
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

pid_t spawn(const std::vector<std::string>& args, const fs::path& out) {
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, STDOUT_FILENO, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0600);
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int rc = posix_spawn(&pid, args[0].c_str(), &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) {
    throw Failure(kExitRuntime, "cannot start a replica: " + std::string(std::strerror(rc)));
  }
  return pid;
}

}  // namespace

ReplayResult drive_replicas(std::size_t count, const std::string& traffic, const std::string& db,
                            const std::vector<std::string>& replica_args,
                            const EnforcementPolicy& policy, const std::string& outbox,
                            const std::string& maildir) {
  TempDir tmp;
  const std::string store = db.empty() ? (tmp.dir / "replay.db").string() : db;
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (ec) throw Failure(kExitRuntime, "cannot find this program: " + ec.message());
  const std::int64_t start = std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count() +
                             kStartupMs + kStartupPerReplicaMs * static_cast<std::int64_t>(count);
  const std::string run = run_id();
  std::vector<pid_t> pids;
  for (std::size_t i = 0; i < count; ++i) {
    std::vector<std::string> args = {self.string(),
                                     "replay",
                                     traffic,
                                     "--db",
                                     store,
                                     "--replica-index",
                                     std::to_string(i),
                                     "--replica-count",
                                     std::to_string(count),
                                     "--fleet-start",
                                     std::to_string(start),
                                     "--fleet-run",
                                     run};
    args.insert(args.end(), replica_args.begin(), replica_args.end());
    pids.push_back(spawn(args, tmp.dir / ("replica-" + std::to_string(i) + ".json")));
  }
  int failed_code = 0;
  std::string failed;
  for (std::size_t i = 0; i < pids.size(); ++i) {
    int st = 0;
    while (::waitpid(pids[i], &st, 0) < 0 && errno == EINTR) {
    }
    const int code = WIFEXITED(st) ? WEXITSTATUS(st) : kExitRuntime;
    if (code != 0 && failed_code == 0) {
      failed_code = code;
      failed = "replica " + std::to_string(i) + " failed (exit " + std::to_string(code) +
               (WIFSIGNALED(st) ? ", signal " + std::to_string(WTERMSIG(st)) : std::string()) +
               "; its error is above)";
    }
  }
  if (failed_code != 0) throw Failure(failed_code, failed);
  std::vector<ReplayResult> parts;
  for (std::size_t i = 0; i < count; ++i) {
    parts.push_back(replay_result_from_json(
        read_file((tmp.dir / ("replica-" + std::to_string(i) + ".json")).string())));
  }
  EnforcementOptions eo;
  eo.path = store;
  eo.policy = policy;
  Enforcement enforcement(eo);
  return merge_replay_results(std::move(parts), enforcement, outbox, maildir);
}

}  // namespace abusemon::cli
