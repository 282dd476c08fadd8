// Tokenizers of the inference engine: WordPiece (BERT family) and SentencePiece (XLM-R family)
// behind one interface.
//
// Both produce the same token ids as the Hugging Face reference tokenizers (`tokenizers` /
// `transformers` for WordPiece, `sentencepiece` for SentencePiece). Input is UTF-8; invalid
// byte sequences are replaced by U+FFFD (one per maximal invalid subpart, as Python's
// `bytes.decode("utf-8", "replace")` does) before tokenisation — never an error, never a crash.
//
// Threading: a Tokenizer is immutable after construction; encode() may be called from many
// threads at once.
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
#include "abusemon/normalize.hpp"  // sanitize_utf8, Lexicon: the text layer

namespace ABUSEMON_EXPORT_NS abusemon {

/// Ids of the special tokens that frame a sequence: `[CLS] tokens [SEP]` (BERT) or
/// `<s> tokens </s>` (RoBERTa / XLM-R).
struct SpecialTokens {
  std::int32_t cls = -1;  ///< first token of every sequence
  std::int32_t sep = -1;  ///< last token of every sequence
  std::int32_t pad = -1;  ///< padding
  std::int32_t unk = -1;  ///< unknown token
};

class Tokenizer {
 public:
  virtual ~Tokenizer() = default;

  /// Appends the ids of `text` to `out`, without special tokens. Never throws for any input
  /// bytes (except std::bad_alloc).
  virtual void encode(std::string_view text, std::vector<std::int32_t>& out) const = 0;

  /// Convenience: the ids of `text` as a new vector, without special tokens.
  std::vector<std::int32_t> encode(std::string_view text) const {
    std::vector<std::int32_t> v;
    encode(text, v);
    return v;
  }

  /// "wordpiece" or "sentencepiece".
  virtual std::string_view kind() const = 0;
  /// Number of ids the model knows (ids are in [0, vocab_size())).
  virtual std::size_t vocab_size() const = 0;
  /// The token string of `id` ("##ing", "▁the", "[CLS]"); empty if `id` is out of range.
  virtual std::string token(std::int32_t id) const = 0;
  virtual const SpecialTokens& special() const = 0;
};

/// Options of the WordPiece tokenizer (Hugging Face BertTokenizer / BertNormalizer semantics).
struct WordPieceOptions {
  bool lower_case = true;                      ///< lower-case the text
  std::optional<bool> strip_accents;           ///< NFD + drop non-spacing marks; unset = lower_case
  bool tokenize_chinese_chars = true;          ///< put spaces around CJK ideographs
  bool clean_text = true;                      ///< drop control chars, map whitespace to ' '
  std::size_t max_input_chars_per_word = 100;  ///< longer words become [UNK]
  std::string continuing_prefix = "##";        ///< prefix of word-continuation pieces
};

/// WordPiece over `vocab` (id = index). The special ids are looked up by their usual strings
/// ([CLS], [SEP], [PAD], [UNK]) unless given in `special` (fields >= 0 win).
/// Throws std::invalid_argument if the vocabulary is empty, has duplicates, or lacks [UNK].
std::unique_ptr<Tokenizer> make_wordpiece_tokenizer(std::vector<std::string> vocab,
                                                    const WordPieceOptions& options = {},
                                                    SpecialTokens special = {});

/// SentencePiece from a serialized model (the bytes of a `.model` file). Model ids are
/// `spm_id + id_offset`, except SentencePiece's unknown piece, which maps to `special.unk`
/// (XLM-R: id_offset 1, special {0, 2, 1, 3}). Special ids < 0 default to the SentencePiece
/// model's own bos/eos/pad/unk ids (+ offset).
/// Throws abusemon::error(status::format) if the bytes are not a valid model.
std::unique_ptr<Tokenizer> make_sentencepiece_tokenizer(std::span<const std::uint8_t> model,
                                                        std::int32_t id_offset = 0,
                                                        SpecialTokens special = {});

}  // namespace abusemon
