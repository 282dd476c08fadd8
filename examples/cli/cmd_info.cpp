// `abusemon info`: version and build information (JSON).
#include <CLI/CLI.hpp>

#include <iostream>

#include "abusemon/version.hpp"
#include "commands.hpp"

namespace abusemon::cli {

void register_info_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("info", "Print version and build information as JSON");
  cmd->callback([] { std::cout << build_info_json() << '\n'; });
}

}  // namespace abusemon::cli
