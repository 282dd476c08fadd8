// Subcommands of the `abusemon` CLI harness and the error convention they share.
#pragma once

#include <stdexcept>
#include <string>

namespace CLI {
class App;
}

namespace abusemon::cli {

/// Documented exit codes (docs/CLI.md).
enum ExitCode : int {
  kExitOk = 0,
  kExitRuntime = 1,     ///< an operation failed at run time
  kExitUsage = 2,       ///< bad command line
  kExitInput = 3,       ///< bad input file, JSON, config or model
  kExitNotFound = 4,    ///< unknown customer, item or file
  kExitPermission = 5,  ///< access denied
};

/// Thrown by a subcommand to end with one line on stderr and the given exit code.
class Failure : public std::runtime_error {
 public:
  Failure(int exit_code, const std::string& message)
      : std::runtime_error(message), exit_code_(exit_code) {}
  int exit_code() const noexcept { return exit_code_; }

 private:
  int exit_code_;
};

// One per component; each adds its subcommand(s) to the app and sets their callbacks.
void register_info_command(CLI::App& app);
void register_classify_command(CLI::App& app);
void register_review_command(CLI::App& app);
void register_enforce_command(CLI::App& app);
void register_replay_command(CLI::App& app);
/// Reads a review store key file: 32 raw bytes or 64 hex digits (cmd_review.cpp).
std::string load_review_key(const std::string& path);
void register_model_command(CLI::App& app);
void register_tracker_command(CLI::App& app);
void register_normalize_command(CLI::App& app);
void register_language_command(CLI::App& app);
}  // namespace abusemon::cli
