// The inference engine: a BERT-family encoder classifier loaded from an abusemon GGUF file.
//
// A model file (docs/MODEL_FORMAT.md) holds the weights, the tokenizer and the metadata
// (output names, calibration, thresholds, licence). Model::load() maps it, validates every
// field, and returns an immutable model that any number of threads may use at once: each call
// borrows per-thread scratch buffers from a pool, so after warm-up scoring does not allocate
// per token.
//
// Scoring: text → normaliser (normalize.hpp; on unless the file or the options turn it off) →
// tokens → overlapping windows of at most `max_tokens` tokens (each framed by
// CLS/SEP) → encoder → pooling (CLS or masked mean) → head → logits → calibrated probabilities
// p = sigmoid(a * logit + b) → pooled over the windows of the text (max or mean).
// Variable-length batches are packed (no padding is computed); attention never crosses texts.
//
// Errors: abusemon::error(status::format) for a malformed file, status::not_found /
// permission_denied / io for an unreadable one, status::limit for a text needing more windows
// than ScoreOptions::max_windows; std::invalid_argument for misuse (wrong output span size).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "abusemon/export.hpp"
#include "abusemon/normalize.hpp"
#include "abusemon/scorer.hpp"
#include "abusemon/tokenizer.hpp"

namespace ABUSEMON_EXPORT_NS abusemon {

/// How the scores of the windows of one long text are combined.
enum class WindowPooling : std::uint8_t { max, mean, model_default };

/// What Model::run() writes per text.
enum class ModelOutput : std::uint8_t {
  probabilities,  ///< calibrated probabilities, output_count() values
  logits,         ///< raw head outputs before calibration, output_count() values
  pooled,         ///< pooled encoder state (input of the head), hidden_size values
};

/// Stable names: "max", "mean", "model" (model_default); "probabilities", "logits", "pooled".
std::string_view to_string(WindowPooling p) noexcept;
std::string_view to_string(ModelOutput o) noexcept;
/// The value of one of those names; nullopt for any other string.
std::optional<WindowPooling> parse_window_pooling(std::string_view name) noexcept;
std::optional<ModelOutput> parse_model_output(std::string_view name) noexcept;

/// Whether scoring runs the adversarial-text normaliser (normalize.hpp) before tokenisation.
enum class Normalization : std::uint8_t { model_default, on, off };

/// Per-call scoring options. 0 / model_default mean "use the model file's default".
struct ScoreOptions {
  std::size_t max_tokens = 0;  ///< window length in tokens including CLS/SEP (>= 3, <= model max)
  std::size_t stride = 0;      ///< tokens between consecutive window starts (<= max_tokens - 2)
  WindowPooling window_pooling = WindowPooling::model_default;
  std::size_t max_windows = 0;      ///< more windows for one text → status::limit; 0 = unlimited
  std::size_t batch_tokens = 4096;  ///< windows are run in packed batches of about this many tokens
  /// model_default: the model's setting (ModelOptions::normalize, else the file's
  /// abusemon.normalize, else on). Off gives the exact PyTorch-parity token ids.
  Normalization normalize = Normalization::model_default;
  NormalizeOptions normalize_steps{};  ///< the steps run when normalisation is on
};

/// Load-time options.
struct ModelOptions {
  bool int8 = false;  ///< quantize the encoder's linear layers to int8 (per-row scales) at load
  /// The model's default for ScoreOptions::normalize: model_default = the file's
  /// abusemon.normalize key (absent = on).
  Normalization normalize = Normalization::model_default;
};

/// Everything the file says about the model (read-only).
struct ModelInfo {
  std::string path;
  std::string architecture;  ///< "bert" | "roberta"
  std::string model_id;
  std::string model_version;
  std::string license;
  std::string description;        ///< model-card summary
  std::string tokenizer;          ///< "wordpiece" | "sentencepiece"
  std::string pooling;            ///< "cls" | "mean"
  std::string head;               ///< "bert" | "roberta" | "abusemon" | "none"
  std::string output_activation;  ///< "sigmoid" | "softmax" | "none"
  std::size_t layers = 0, hidden = 0, heads = 0, intermediate = 0;
  std::size_t max_positions = 0;    ///< rows of the position table
  std::size_t position_offset = 0;  ///< first position id (RoBERTa: 2)
  std::size_t max_tokens = 0;       ///< longest window the model accepts (incl. CLS/SEP)
  std::size_t vocab_size = 0;
  std::vector<std::string> outputs;
  std::vector<float> calibration_a, calibration_b;
  std::vector<float> severity_low, severity_medium, severity_high;
  std::vector<float> policy_annotate, policy_block;
  std::size_t window_max_tokens = 0, window_stride = 0;
  std::string window_pooling;  ///< "max" | "mean"
  bool int8 = false;           ///< linear layers run in int8
  bool normalize = true;       ///< scoring normalises text unless a call says otherwise

  /// All of the above as a JSON object (stable keys, documented in docs/ENGINE.md).
  std::string to_json() const;
};

class Model {
 public:
  /// Maps, validates and prepares `path`. Throws abusemon::error (see the file comment).
  static std::shared_ptr<const Model> load(const std::string& path,
                                           const ModelOptions& options = {});

  ~Model();
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;

  const ModelInfo& info() const;
  const Tokenizer& tokenizer() const;
  std::size_t output_count() const;
  const std::vector<std::string>& output_names() const;

  /// Token ids of `text`; with `special`, framed as CLS ... SEP (no truncation). The text is
  /// tokenised as given: call normalize() first to see the ids scoring uses.
  std::vector<std::int32_t> tokenize(std::string_view text, bool special = false) const;

  /// `text` normalised as scoring does when normalisation is on: normalize_text() with the
  /// model's vocabulary as the Lexicon (whole-word entries).
  std::string normalize(std::string_view text, const NormalizeOptions& steps = {}) const;
  /// The model's vocabulary as a Lexicon (lower-case whole words of 2+ ASCII letters).
  const Lexicon& lexicon() const;

  /// Calibrated probabilities, row-major texts x output_count(), into `out`.
  /// Throws std::invalid_argument if out.size() != texts.size() * output_count().
  void score(std::span<const std::string_view> texts, std::span<float> out,
             const ScoreOptions& options = {}) const;

  /// Like score() but with a choice of output (out.size() = texts x width(kind)).
  void run(std::span<const std::string_view> texts, ModelOutput kind, std::span<float> out,
           const ScoreOptions& options = {}) const;

  /// Runs already-tokenized sequences (each must include CLS/SEP and be at most
  /// info().max_tokens long, ids < vocab_size); one window per sequence, no pooling over windows.
  void run_ids(std::span<const std::vector<std::int32_t>> sequences, ModelOutput kind,
               std::span<float> out) const;

  /// Values per text for `kind`: output_count() or hidden size.
  std::size_t width(ModelOutput kind) const;

  struct ABUSEMON_NO_EXPORT Impl;  // private: never exported with the class

 private:
  explicit Model(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

/// The environment variables that name the default models (docs/CLI.md, docs/MULTILINGUAL.md): the
/// C ABI, the CLI and Python read the first two, the CLI also the image model's.
inline constexpr const char* kModelEnv = "ABUSEMON_MODEL";
inline constexpr const char* kMultilingualModelEnv = "ABUSEMON_MULTILINGUAL_MODEL";
inline constexpr const char* kImageModelEnv = "ABUSEMON_IMAGE_MODEL";

/// The path environment variable `name` gives; nullopt when it is unset or empty.
std::optional<std::string> model_path_from_env(const char* name);

/// The Scorer the Monitor uses: a loaded model with fixed scoring options.
class ModelScorer final : public Scorer {
 public:
  explicit ModelScorer(std::shared_ptr<const Model> model, ScoreOptions options = {});
  /// Loads `path` (see Model::load).
  static std::shared_ptr<ModelScorer> load(const std::string& path, const ModelOptions& mo = {},
                                           const ScoreOptions& so = {});

  const std::vector<std::string>& output_names() const override;
  void score(std::span<const std::string_view> texts, std::span<float> out) const override;
  std::string model_id() const override;
  std::string model_version() const override;
  /// The file's severity cutoffs of output `index` (abusemon.severity.low/medium/high).
  std::optional<std::array<float, 3>> severity_thresholds(std::size_t index) const override;
  const std::shared_ptr<const Model>& model() const { return model_; }

 private:
  std::shared_ptr<const Model> model_;
  ScoreOptions options_;
};

}  // namespace abusemon
