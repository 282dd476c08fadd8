// `abusemon detect-language [TEXT...]`: the language guess that routes texts between the English
// and the multilingual model, one line per text (docs/CLI.md, docs/MULTILINGUAL.md).
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "abusemon/error.hpp"
#include "abusemon/language.hpp"
#include "abusemon/routed_scorer.hpp"
#include "commands.hpp"

namespace abusemon::cli {

namespace {

struct LanguageArgs {
  bool json = false;
  std::vector<std::string> texts;
};

void run_detect_language(const LanguageArgs& a) {
  std::size_t index = 0;
  std::size_t bad = 0;
  auto emit = [&](const std::string& text) {
    try {
      const LanguageGuess g = detect_language(text);
      if (a.json) {
        nlohmann::ordered_json row{{"index", index},
                                   {"language", g.language},
                                   {"route", to_string(language_route(g))},
                                   {"script", to_string(g.script)},
                                   {"words", g.words},
                                   {"score", g.score},
                                   {"runner_up", g.runner_up}};
        std::cout << row.dump() << '\n';
      } else {
        std::cout << g.language << '\n';
      }
    } catch (const error& e) {  // a bad text loses only its own line
      ++bad;
      std::cerr << "abusemon: detect-language: text " << index << ": " << e.what() << '\n';
      if (a.json) {
        std::cout << nlohmann::ordered_json{{"index", index}, {"error", e.what()}}.dump() << '\n';
      } else {
        std::cout << "-\n";
      }
    }
    ++index;
  };
  if (!a.texts.empty()) {
    for (const auto& t : a.texts) emit(t);
  } else {
    std::ios::sync_with_stdio(false);
    std::string line;
    while (std::getline(std::cin, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      emit(line);
    }
  }
  std::cout.flush();
  if (bad != 0) throw Failure(kExitInput, std::to_string(bad) + " text(s) not valid UTF-8");
}

}  // namespace

void register_language_command(CLI::App& app) {
  auto a = std::make_shared<LanguageArgs>();
  auto* cmd = app.add_subcommand(
      "detect-language",
      "Print the language of each text (en fr de es it pt nl pl vi, or und), the guess that routes "
      "it to the English or the multilingual model");
  cmd->add_flag("--json", a->json,
                "JSON Lines: {index, language, route, script, words, score, runner_up}");
  cmd->add_option("text", a->texts, "Texts (default: one per line on stdin)");
  cmd->callback([a] { run_detect_language(*a); });
}

}  // namespace abusemon::cli
