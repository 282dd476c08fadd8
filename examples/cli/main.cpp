// abusemon — CLI harness over the C++ API. Every failure ends as one line on stderr with a
// documented exit code (docs/CLI.md); no stack trace, no abort.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>
#include <iostream>
#include <new>
#include <string>

#include "abusemon/abusemon.hpp"
#include "commands.hpp"
#include "terminal.hpp"

namespace {

int exit_code_for(abusemon::status s) {
  using abusemon::status;
  switch (s) {
    case status::format:
    case status::limit:
      return abusemon::cli::kExitInput;
    case status::not_found:
      return abusemon::cli::kExitNotFound;
    case status::permission_denied:
      return abusemon::cli::kExitPermission;
    case status::invalid_argument:
      return abusemon::cli::kExitUsage;
    default:
      return abusemon::cli::kExitRuntime;
  }
}

int fail(int code, const char* message) {
  std::cout.flush();
  std::fflush(stdout);
  // Messages quote ids and input: one line, nothing a terminal would act on.
  const std::string safe = abusemon::cli::printable(message, abusemon::cli::Lines::escape);
  std::fprintf(stderr, "abusemon: error: %s\n", safe.c_str());
  return code;
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"abusemon — abuse monitoring for LLM inference services"};
  app.name("abusemon");
  app.set_version_flag("--version", std::string("abusemon ") + abusemon::version());
  app.require_subcommand(1);
  app.fallthrough(false);

  try {
    abusemon::cli::register_info_command(app);
    abusemon::cli::register_classify_command(app);
    abusemon::cli::register_review_command(app);
    abusemon::cli::register_enforce_command(app);
    abusemon::cli::register_replay_command(app);
    abusemon::cli::register_model_command(app);
    abusemon::cli::register_tracker_command(app);
    abusemon::cli::register_normalize_command(app);
    abusemon::cli::register_language_command(app);
    app.parse(argc, argv);
    return abusemon::cli::kExitOk;
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string msg = e.what();
    if (msg.empty()) msg = "invalid command line";
    fail(abusemon::cli::kExitUsage, (msg + " (see --help)").c_str());
    return abusemon::cli::kExitUsage;
  } catch (const abusemon::cli::Failure& e) {
    return fail(e.exit_code(), e.what());
  } catch (const abusemon::error& e) {
    return fail(exit_code_for(e.code()), e.what());
  } catch (const std::invalid_argument& e) {
    return fail(abusemon::cli::kExitUsage, e.what());
  } catch (const std::bad_alloc&) {
    return fail(abusemon::cli::kExitRuntime, "out of memory");
  } catch (const std::exception& e) {
    return fail(abusemon::cli::kExitRuntime, e.what());
  } catch (...) {
    return fail(abusemon::cli::kExitRuntime, "unknown failure");
  }
}

int main(int argc, char** argv) {
  // Everything the commands print to stdout passes the terminal filter (docs/CLI.md).
  abusemon::cli::TerminalSafeBuf safe(std::cout.rdbuf());
  std::streambuf* const original = std::cout.rdbuf(&safe);
  const int code = run(argc, argv);
  std::cout.flush();
  std::cout.rdbuf(original);
  return code;
}
