#include "abusemon/tokenizer.hpp"

#include <sentencepiece_processor.h>

#include <stdexcept>
#include <unordered_map>

#include "abusemon/error.hpp"
#include "text/unicode.hpp"

namespace abusemon {

namespace {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};

// ---------------------------------------------------------------------------------------------
// WordPiece with Hugging Face BertNormalizer + BertPreTokenizer + WordPiece semantics.
class WordPieceTokenizer final : public Tokenizer {
 public:
  WordPieceTokenizer(std::vector<std::string> vocab, const WordPieceOptions& o, SpecialTokens sp)
      : vocab_(std::move(vocab)), opt_(o) {
    if (vocab_.empty()) throw std::invalid_argument("WordPiece vocabulary is empty");
    strip_ = opt_.strip_accents.value_or(opt_.lower_case);
    ids_.reserve(vocab_.size());
    for (std::size_t i = 0; i < vocab_.size(); ++i)
      if (!ids_.emplace(std::string_view(vocab_[i]), static_cast<std::int32_t>(i)).second)
        throw std::invalid_argument("WordPiece vocabulary has a duplicate token '" + vocab_[i] +
                                    "'");
    auto pick = [&](std::int32_t given, const char* name) {
      if (given >= 0) {
        if (static_cast<std::size_t>(given) >= vocab_.size())
          throw std::invalid_argument(std::string("special token id for ") + name +
                                      " is outside the vocabulary");
        return given;
      }
      auto it = ids_.find(std::string_view(name));
      return it == ids_.end() ? -1 : it->second;
    };
    special_.cls = pick(sp.cls, "[CLS]");
    special_.sep = pick(sp.sep, "[SEP]");
    special_.pad = pick(sp.pad, "[PAD]");
    special_.unk = pick(sp.unk, "[UNK]");
    if (special_.unk < 0) throw std::invalid_argument("WordPiece vocabulary has no [UNK] token");
  }

  void encode(std::string_view text, std::vector<std::int32_t>& out) const override {
    // Per-thread scratch: after warm-up, encoding allocates nothing.
    thread_local std::vector<char32_t> norm;
    thread_local std::string key;
    thread_local std::vector<std::uint32_t> offsets;
    thread_local std::string word;
    norm.clear();
    normalize(text, norm);

    // Pre-tokenize: split on whitespace (dropped) and punctuation (kept as single words).
    std::size_t start = 0;
    auto flush = [&](std::size_t end) {
      if (end > start) word_piece(norm.data() + start, end - start, out, key, offsets, word);
    };
    for (std::size_t i = 0; i < norm.size(); ++i) {
      char32_t c = norm[i];
      if (detail::hf_is_whitespace(c)) {
        flush(i);
        start = i + 1;
      } else if (detail::hf_is_punctuation(c)) {
        flush(i);
        word_piece(norm.data() + i, 1, out, key, offsets, word);
        start = i + 1;
      }
    }
    flush(norm.size());
  }

  std::string_view kind() const override { return "wordpiece"; }
  std::size_t vocab_size() const override { return vocab_.size(); }
  std::string token(std::int32_t id) const override {
    return id >= 0 && static_cast<std::size_t>(id) < vocab_.size() ? vocab_[id] : std::string();
  }
  const SpecialTokens& special() const override { return special_; }

 private:
  void push_lower(char32_t c, std::vector<char32_t>& out) const {
    if (!opt_.lower_case) {
      out.push_back(c);
    } else if (c == 0x130) {  // the one unconditional multi-character lower-case mapping
      out.push_back('i');
      out.push_back(0x307);
    } else {
      out.push_back(detail::hf_to_lower(c));
    }
  }

  void push_stripped(char32_t c, std::vector<char32_t>& out) const {
    if (!strip_) {
      push_lower(c, out);
      return;
    }
    char32_t dec[32];
    int n = detail::nfd_decompose(c, dec, 32);
    for (int k = 0; k < n; ++k)
      if (!detail::hf_is_nonspacing_mark(dec[k])) push_lower(dec[k], out);
  }

  void normalize(std::string_view text, std::vector<char32_t>& out) const {
    auto p = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t n = text.size(), i = 0;
    while (i < n) {
      std::size_t used = 1;
      char32_t c = p[i] < 0x80 ? p[i] : detail::utf8_next(p + i, n - i, used);
      i += used;
      if (opt_.clean_text) {
        if (c == 0 || c == detail::kReplacementChar || detail::hf_is_control(c)) continue;
        if (detail::hf_is_whitespace(c)) c = ' ';
      }
      if (opt_.tokenize_chinese_chars && detail::hf_is_chinese_char(c)) {
        out.push_back(' ');
        push_stripped(c, out);
        out.push_back(' ');
      } else {
        push_stripped(c, out);
      }
    }
  }

  // Greedy longest-match-first over the code points of one word.
  void word_piece(const char32_t* w, std::size_t len, std::vector<std::int32_t>& out,
                  std::string& key, std::vector<std::uint32_t>& offsets, std::string& word) const {
    if (len > opt_.max_input_chars_per_word) {
      out.push_back(special_.unk);
      return;
    }
    word.clear();
    offsets.clear();
    for (std::size_t i = 0; i < len; ++i) {
      offsets.push_back(static_cast<std::uint32_t>(word.size()));
      detail::utf8_append(word, w[i]);
    }
    offsets.push_back(static_cast<std::uint32_t>(word.size()));
    std::size_t mark = out.size();
    std::size_t start = 0;
    while (start < len) {
      std::size_t end = len;
      std::int32_t found = -1;
      while (end > start) {
        key.clear();
        if (start > 0) key += opt_.continuing_prefix;
        key.append(word, offsets[start], offsets[end] - offsets[start]);
        auto it = ids_.find(std::string_view(key));
        if (it != ids_.end()) {
          found = it->second;
          break;
        }
        --end;
      }
      if (found < 0) {
        out.resize(mark);
        out.push_back(special_.unk);
        return;
      }
      out.push_back(found);
      start = end;
    }
  }

  std::vector<std::string> vocab_;
  WordPieceOptions opt_;
  bool strip_ = true;
  std::unordered_map<std::string_view, std::int32_t, StringHash, std::equal_to<>> ids_;
  SpecialTokens special_;
};

// ---------------------------------------------------------------------------------------------
class SentencePieceTokenizer final : public Tokenizer {
 public:
  SentencePieceTokenizer(std::span<const std::uint8_t> model, std::int32_t offset, SpecialTokens sp)
      : offset_(offset) {
    auto st = sp_.LoadFromSerializedProto(
        std::string_view(reinterpret_cast<const char*>(model.data()), model.size()));
    if (!st.ok())
      throw error(status::format, "invalid SentencePiece model: " + std::string(st.message()));
    if (offset < 0) throw std::invalid_argument("SentencePiece id offset must be >= 0");
    auto base = [&](std::int32_t given, int spm_id) {
      return given >= 0 ? given : (spm_id >= 0 ? spm_id + offset : -1);
    };
    special_.cls = base(sp.cls, sp_.bos_id());
    special_.sep = base(sp.sep, sp_.eos_id());
    special_.pad = base(sp.pad, sp_.pad_id());
    special_.unk = base(sp.unk, sp_.unk_id());
    size_ = static_cast<std::size_t>(sp_.GetPieceSize()) + static_cast<std::size_t>(offset);
    for (std::int32_t id : {special_.cls, special_.sep, special_.pad, special_.unk})
      if (id >= 0 && static_cast<std::size_t>(id) + 1 > size_)
        size_ = static_cast<std::size_t>(id) + 1;
  }

  void encode(std::string_view text, std::vector<std::int32_t>& out) const override {
    thread_local std::string clean;
    thread_local std::vector<int> ids;
    ids.clear();
    // libsentencepiece assumes valid UTF-8; hand it the U+FFFD-repaired text.
    std::string_view input = text;
    if (!sanitize_utf8(text, clean)) input = clean;
    auto st = sp_.Encode(input, &ids);
    if (!st.ok()) return;  // only fails for an unloaded model, which the constructor excludes
    for (int id : ids) out.push_back(sp_.IsUnknown(id) ? special_.unk : id + offset_);
  }

  std::string_view kind() const override { return "sentencepiece"; }
  std::size_t vocab_size() const override { return size_; }
  std::string token(std::int32_t id) const override {
    if (id < 0 || static_cast<std::size_t>(id) >= size_) return {};
    if (id == special_.cls) return "<s>";
    if (id == special_.sep) return "</s>";
    if (id == special_.pad) return "<pad>";
    if (id == special_.unk) return "<unk>";
    int spm = id - offset_;
    if (spm < 0 || spm >= sp_.GetPieceSize()) return {};
    return sp_.IdToPiece(spm);
  }
  const SpecialTokens& special() const override { return special_; }

 private:
  sentencepiece::SentencePieceProcessor sp_;
  std::int32_t offset_;
  std::size_t size_ = 0;
  SpecialTokens special_;
};

}  // namespace

std::unique_ptr<Tokenizer> make_wordpiece_tokenizer(std::vector<std::string> vocab,
                                                    const WordPieceOptions& options,
                                                    SpecialTokens special) {
  return std::make_unique<WordPieceTokenizer>(std::move(vocab), options, special);
}

std::unique_ptr<Tokenizer> make_sentencepiece_tokenizer(std::span<const std::uint8_t> model,
                                                        std::int32_t id_offset,
                                                        SpecialTokens special) {
  return std::make_unique<SentencePieceTokenizer>(model, id_offset, special);
}

}  // namespace abusemon
