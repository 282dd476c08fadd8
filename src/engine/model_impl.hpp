// Private (engine): the loaded model's state, shared by loading (model_load.cpp) and the
// public Model API (model.cpp).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "abusemon/model.hpp"
#include "encoder.hpp"
#include "gguf.hpp"

namespace abusemon {

namespace detail {
// Whole-word vocabulary entries, for the normaliser's choice between spellings.
class VocabLexicon final : public Lexicon {
 public:
  void build(const Tokenizer& tok);
  bool contains(std::string_view w) const noexcept override;

 private:
  std::vector<std::string> words_;
};
}  // namespace detail

struct Model::Impl {
  detail::GgufFile file;
  ModelInfo info;
  std::unique_ptr<Tokenizer> tok;
  detail::Encoder enc;
  std::vector<std::string> outputs;
  enum class Act { sigmoid, softmax, none } out_act = Act::sigmoid;
  WindowPooling pooling = WindowPooling::max;
  detail::VocabLexicon lexicon;

  explicit Impl(detail::GgufFile f) : file(std::move(f)) {}
};

}  // namespace abusemon
