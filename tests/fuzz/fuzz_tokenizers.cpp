// Fuzz target: both tokenizers on arbitrary bytes. The first byte picks the tokenizer and its
// options; the rest is the text. WordPiece uses a small vocabulary built here; SentencePiece
// loads tests/fuzz/data/tiny.model (a 420-piece unigram model trained on English text).
// Invariants checked: no crash, every id within the vocabulary, sanitize_utf8 yields valid UTF-8
// that is a fixed point.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "abusemon/tokenizer.hpp"

#ifndef ABUSEMON_FUZZ_DATA_DIR
#error "ABUSEMON_FUZZ_DATA_DIR must name tests/fuzz/data"
#endif

namespace {

std::vector<std::string> small_vocab() {
  std::vector<std::string> v{"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"};
  for (const char* w :
       {"the", "a",   "kill",  "hate", "you", "we",  "will", "cafe", "café",  "über",   "中",
        "文",  "##s", "##ing", "##ed", "##e", "##é", "##x",  "un",   "##aff", "##able", "!",
        ".",   ",",   "'",     "-",    "##0", "1",   "2",    "a",    "b"}) {
    if (std::find(v.begin(), v.end(), w) == v.end()) v.emplace_back(w);
  }
  for (char c = 'a'; c <= 'z'; ++c) {
    const std::string s(1, c), cont = "##" + s;
    if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
    if (std::find(v.begin(), v.end(), cont) == v.end()) v.push_back(cont);
  }
  return v;
}

struct Tokenizers {
  std::unique_ptr<abusemon::Tokenizer> wordpiece[4];
  std::unique_ptr<abusemon::Tokenizer> sentencepiece;
};

const Tokenizers& tokenizers() {
  static const Tokenizers t = [] {
    Tokenizers r;
    for (int i = 0; i < 4; ++i) {
      abusemon::WordPieceOptions o;
      o.lower_case = (i & 1) != 0;
      o.strip_accents = (i & 2) != 0;
      o.tokenize_chinese_chars = (i & 1) == 0;
      o.clean_text = i != 3;
      o.max_input_chars_per_word = i == 2 ? 5 : 100;
      r.wordpiece[i] = abusemon::make_wordpiece_tokenizer(small_vocab(), o);
    }
    const std::string path = std::string(ABUSEMON_FUZZ_DATA_DIR) + "/tiny.model";
    std::ifstream in(path, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (bytes.empty()) {
      std::fprintf(stderr, "cannot read %s\n", path.c_str());
      std::abort();
    }
    r.sentencepiece = abusemon::make_sentencepiece_tokenizer(
        {reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()}, 1, {0, 2, 1, 3});
    return r;
  }();
  return t;
}

bool valid_utf8(std::string_view s) {
  std::string copy;
  return abusemon::sanitize_utf8(s, copy);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const Tokenizers& t = tokenizers();
  const std::uint8_t selector = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

  std::string clean;
  const bool was_valid = abusemon::sanitize_utf8(text, clean);
  if (was_valid && clean != text) std::abort();
  if (!valid_utf8(clean)) std::abort();

  const abusemon::Tokenizer& tok =
      (selector & 4) != 0 ? *t.sentencepiece : *t.wordpiece[selector & 3];
  std::vector<std::int32_t> ids;
  tok.encode(text, ids);
  for (std::int32_t id : ids) {
    if (id < 0 || static_cast<std::size_t>(id) >= tok.vocab_size()) std::abort();
    (void)tok.token(id);
  }
  // Replacing invalid bytes first must not change the result (the tokenizer does the same).
  if (tok.encode(clean) != ids) std::abort();
  return 0;
}
