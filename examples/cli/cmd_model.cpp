// `abusemon model info|tokenize|score`: inspect a model file, tokenize and score texts with the
// engine directly (no policy). Texts come from the arguments or, without any, from stdin (one
// text per line). Output is JSON (info) or JSON Lines (tokenize, score); see docs/CLI.md.
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "abusemon/model.hpp"
#include "commands.hpp"
#include "model_loader.hpp"

namespace abusemon::cli {

namespace {

struct ModelArgs {
  std::string model;
  bool int8 = false;
  bool special = false;
  bool no_normalize = false;
  std::size_t max_tokens = 0;
  std::size_t stride = 0;
  std::string window_pooling = "model";
  std::string output = "probabilities";
  std::vector<std::string> texts;
};

std::shared_ptr<const Model> load(const ModelArgs& a) {
  ModelOptions o;
  o.int8 = a.int8;
  return Model::load(resolve_model_path(a.model), o);
}

std::vector<std::string> inputs(const ModelArgs& a) {
  if (!a.texts.empty()) return a.texts;
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

// JSON cannot hold invalid UTF-8: token strings are repaired for display only.
std::string printable(const std::string& s) {
  std::string out;
  sanitize_utf8(s, out);
  return out;
}

void run_tokenize(const ModelArgs& a) {
  auto m = load(a);
  for (const auto& t : inputs(a)) {
    auto ids = m->tokenize(t, a.special);
    nlohmann::json tokens = nlohmann::json::array();
    for (auto id : ids) tokens.push_back(printable(m->tokenizer().token(id)));
    std::cout << nlohmann::json{{"ids", ids}, {"tokens", tokens}}.dump() << '\n';
  }
}

void run_score(const ModelArgs& a) {
  auto m = load(a);
  ScoreOptions o;
  o.max_tokens = a.max_tokens;
  o.stride = a.stride;
  if (a.no_normalize) o.normalize = Normalization::off;
  // CLI11 has checked both against the names (IsMember below).
  o.window_pooling = parse_window_pooling(a.window_pooling).value_or(WindowPooling::model_default);
  ModelOutput kind = parse_model_output(a.output).value_or(ModelOutput::probabilities);
  auto texts = inputs(a);
  std::vector<std::string_view> views(texts.begin(), texts.end());
  const std::size_t w = m->width(kind);
  std::vector<float> out(texts.size() * w);
  m->run(views, kind, out, o);
  for (std::size_t i = 0; i < texts.size(); ++i) {
    nlohmann::ordered_json row;  // keeps the model's column order
    if (kind == ModelOutput::pooled) {
      row = std::vector<float>(out.begin() + static_cast<std::ptrdiff_t>(i * w),
                               out.begin() + static_cast<std::ptrdiff_t>((i + 1) * w));
    } else {
      row = nlohmann::ordered_json::object();
      for (std::size_t k = 0; k < w; ++k) row[m->output_names()[k]] = out[i * w + k];
    }
    std::cout << nlohmann::ordered_json{{"index", i}, {a.output, row}}.dump() << '\n';
  }
}

}  // namespace

void register_model_command(CLI::App& app) {
  auto a = std::make_shared<ModelArgs>();
  auto* cmd = app.add_subcommand("model", "Inspect a model file, tokenize and score texts");
  cmd->require_subcommand(1);
  auto model_opt = [&](CLI::App* sub) {
    sub->add_option("--model", a->model,
                    "Model file (default: $ABUSEMON_MODEL, then the installed default model)");
  };

  auto* info = cmd->add_subcommand("info", "Print the model's metadata as JSON");
  model_opt(info);
  info->callback([a] { std::cout << load(*a)->info().to_json() << '\n'; });

  auto* tok = cmd->add_subcommand("tokenize", "Print token ids and strings (JSON Lines)");
  model_opt(tok);
  tok->add_flag("--special", a->special, "Frame the ids with CLS/SEP");
  tok->add_option("text", a->texts, "Texts (default: one per line on stdin)");
  tok->callback([a] { run_tokenize(*a); });

  auto* score = cmd->add_subcommand("score", "Score texts with the model (JSON Lines)");
  model_opt(score);
  score->add_flag("--int8", a->int8, "Quantize linear layers to int8 at load");
  score->add_option("--max-tokens", a->max_tokens, "Window length incl. CLS/SEP (0 = model)");
  score->add_option("--stride", a->stride, "Tokens between window starts (0 = model)");
  score->add_option("--window-pooling", a->window_pooling, "max | mean | model")
      ->check(CLI::IsMember({"max", "mean", "model"}));
  score->add_option("--output", a->output, "probabilities | logits | pooled")
      ->check(CLI::IsMember({"probabilities", "logits", "pooled"}));
  score->add_flag("--no-normalize", a->no_normalize,
                  "Score the raw text: no adversarial-text normalisation");
  score->add_option("text", a->texts, "Texts (default: one per line on stdin)");
  score->callback([a] { run_score(*a); });
}

}  // namespace abusemon::cli
