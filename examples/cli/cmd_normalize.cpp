// `abusemon normalize`: print texts as the model sees them after adversarial-text normalisation
// (docs/NORMALIZATION.md). Texts come from the arguments or, without any, from stdin (one per
// line); output is one normalised text per line.
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "abusemon/model.hpp"
#include "abusemon/normalize.hpp"
#include "commands.hpp"
#include "model_loader.hpp"

namespace abusemon::cli {

namespace {

struct NormalizeArgs {
  std::string model;
  bool no_model = false;
  std::vector<std::string> skip;
  std::vector<std::string> texts;
};

const std::vector<std::pair<std::string, bool NormalizeOptions::*>>& steps() {
  static const std::vector<std::pair<std::string, bool NormalizeOptions::*>> s = {
      {"nfkc", &NormalizeOptions::nfkc},
      {"invisible", &NormalizeOptions::strip_invisible},
      {"marks", &NormalizeOptions::strip_marks},
      {"confusables", &NormalizeOptions::fold_confusables},
      {"spaced", &NormalizeOptions::join_spaced},
      {"leetspeak", &NormalizeOptions::fold_leetspeak},
      {"elongation", &NormalizeOptions::collapse_elongation},
  };
  return s;
}

void run_normalize(const NormalizeArgs& a) {
  NormalizeOptions o;
  for (const auto& name : a.skip)
    for (const auto& [n, field] : steps())
      if (n == name) o.*field = false;
  // The lexicon: the model's vocabulary, as scoring uses it. Without --model, the default
  // model if there is one; --no-model uses the built-in rules only.
  std::shared_ptr<const Model> model;
  if (!a.no_model) {
    std::string path;
    try {
      path = resolve_model_path(a.model);
    } catch (const Failure&) {
      if (!a.model.empty()) throw;
    }
    if (!path.empty()) model = Model::load(path);
  }
  const Lexicon* lexicon = model ? &model->lexicon() : nullptr;
  std::string out;
  auto emit = [&](const std::string& text) {
    normalize_text(text, out, o, lexicon);
    std::cout << out << '\n';
  };
  if (!a.texts.empty()) {
    for (const auto& t : a.texts) emit(t);
    return;
  }
  std::ios::sync_with_stdio(false);
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    emit(line);
  }
}

}  // namespace

void register_normalize_command(CLI::App& app) {
  auto a = std::make_shared<NormalizeArgs>();
  auto* cmd = app.add_subcommand("normalize",
                                 "Print texts after adversarial-text normalisation (one per line)");
  auto* model = cmd->add_option("--model", a->model,
                                "Model whose vocabulary picks spellings (default: "
                                "$ABUSEMON_MODEL, then the installed default model, if any)");
  cmd->add_flag("--no-model", a->no_model, "Built-in rules only (no vocabulary)")->excludes(model);
  std::vector<std::string> names;
  for (const auto& s : steps()) names.push_back(s.first);
  cmd->add_option("--skip", a->skip,
                  "Step to leave out (repeatable): nfkc invisible marks confusables spaced "
                  "leetspeak elongation")
      ->allow_extra_args(false)  // one step per --skip: TEXT arguments may follow
      ->check(CLI::IsMember(names));
  cmd->add_option("text", a->texts, "Texts (default: one per line on stdin)");
  cmd->callback([a] { run_normalize(*a); });
}

}  // namespace abusemon::cli
