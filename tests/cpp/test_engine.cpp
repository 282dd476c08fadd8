// Inference engine: GGUF validation, tokenizers, encoder forward pass, windows, threads, int8.
//
// The fixture model is a tiny random BERT written by the GGUF writer in support/, so the tests need
// no files from outside the repository. PyTorch parity lives in tests/python/test_model.py; here
// the encoder is checked against a deliberately naive scalar reference implementation.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include "abusemon/error.hpp"
#include "abusemon/model.hpp"
#include "abusemon/tokenizer.hpp"
#include "catch.hpp"
#include "engine/gemm.hpp"
#include "engine/gguf.hpp"
#include "engine/int8_kernels.hpp"
#include "support/gguf_builder.hpp"

namespace fs = std::filesystem;
using abusemon::Model;
using abusemon::ModelOutput;
using abusemon::test::GgufBuilder;

namespace {

constexpr std::size_t kH = 16, kHeads = 2, kI = 24, kL = 2, kP = 24, kK = 3;

std::vector<std::string> vocab() {
  std::vector<std::string> v = {"[PAD]", "[UNK]", "[CLS]",  "[SEP]", "hello", "world", ",",  "!",
                                "un",    "##aff", "##able", "the",   "cafe",  "東",    "京", "a",
                                "##a",   "x",     "##y",    "?",     "naive", "."};
  return v;
}

GgufBuilder tiny_bert(std::uint32_t seed = 1, const std::string& pooling = "cls",
                      std::uint32_t positions = kP, std::uint32_t window = 8) {
  std::mt19937 rng(seed);
  GgufBuilder g;
  g.string("general.architecture", "bert");
  g.string("general.name", "tiny");
  g.string("general.license", "Apache-2.0");
  g.string("abusemon.model_id", "tiny-bert");
  g.string("abusemon.model_version", "0.0.1");
  g.u32("bert.block_count", kL);
  g.u32("bert.embedding_length", kH);
  g.u32("bert.attention.head_count", kHeads);
  g.u32("bert.feed_forward_length", kI);
  g.u32("bert.context_length", positions);
  g.f32("bert.attention.layer_norm_epsilon", 1e-12f);
  g.u32("abusemon.arch.type_vocab_size", 2);
  g.string("abusemon.arch.hidden_act", "gelu");
  g.string("tokenizer.ggml.model", "bert");
  g.strings("tokenizer.ggml.tokens", vocab());
  g.u32("tokenizer.ggml.cls_token_id", 2);
  g.u32("tokenizer.ggml.separator_token_id", 3);
  g.u32("tokenizer.ggml.padding_token_id", 0);
  g.u32("tokenizer.ggml.unknown_token_id", 1);
  g.boolean("abusemon.tokenizer.do_lower_case", true);
  g.strings("abusemon.outputs", {"hate", "violence", "jailbreak"});
  g.string("abusemon.pooling", pooling);
  g.string("abusemon.head.type", "abusemon");
  g.string("abusemon.head.activation", "tanh");
  g.string("abusemon.output_activation", "sigmoid");
  g.floats("abusemon.calibration.a", {1.0f, 2.0f, 0.5f});
  g.floats("abusemon.calibration.b", {0.0f, -1.0f, 0.25f});
  g.u32("abusemon.window.max_tokens", window);
  g.u32("abusemon.window.stride", 3);
  const std::size_t V = vocab().size();
  g.tensor("token_embd.weight", V, kH, rng, 0.5f);
  g.tensor("position_embd.weight", positions, kH, rng, 0.5f);
  g.tensor("token_types.weight", 2, kH, rng, 0.5f);
  g.tensor("token_embd_norm.weight", kH, 0, rng, 0.1f, 1.0f);
  g.tensor("token_embd_norm.bias", kH, 0, rng, 0.1f);
  for (std::size_t l = 0; l < kL; ++l) {
    std::string p = "blk." + std::to_string(l) + ".";
    for (const char* n : {"attn_q", "attn_k", "attn_v", "attn_output"}) {
      g.tensor(p + n + ".weight", kH, kH, rng, 0.3f);
      g.tensor(p + n + ".bias", kH, 0, rng, 0.1f);
    }
    g.tensor(p + "attn_output_norm.weight", kH, 0, rng, 0.1f, 1.0f);
    g.tensor(p + "attn_output_norm.bias", kH, 0, rng, 0.1f);
    g.tensor(p + "ffn_up.weight", kI, kH, rng, 0.3f);
    g.tensor(p + "ffn_up.bias", kI, 0, rng, 0.1f);
    g.tensor(p + "ffn_down.weight", kH, kI, rng, 0.3f);
    g.tensor(p + "ffn_down.bias", kH, 0, rng, 0.1f);
    g.tensor(p + "layer_output_norm.weight", kH, 0, rng, 0.1f, 1.0f);
    g.tensor(p + "layer_output_norm.bias", kH, 0, rng, 0.1f);
  }
  g.tensor("head.dense.weight", kH, kH, rng, 0.3f);
  g.tensor("head.dense.bias", kH, 0, rng, 0.1f);
  g.tensor("head.out.weight", kK, kH, rng, 0.5f);
  g.tensor("head.out.bias", kK, 0, rng, 0.1f);
  return g;
}

struct TempFile {
  fs::path path;
  explicit TempFile(const std::vector<std::uint8_t>& b, const std::string& tag = "m") {
    static int counter = 0;
    path = fs::temp_directory_path() / ("abusemon_engine_" + std::to_string(::getpid()) + "_" +
                                        tag + "_" + std::to_string(counter++) + ".gguf");
    std::ofstream f(path, std::ios::binary);
    f.write(reinterpret_cast<const char*>(b.data()), static_cast<std::streamsize>(b.size()));
  }
  ~TempFile() {
    std::error_code ec;
    fs::remove(path, ec);
  }
};

// ---- naive reference forward pass ----------------------------------------------------------
struct Ref {
  std::map<std::string, std::vector<float>> t;
  explicit Ref(const GgufBuilder& g) {
    for (auto& x : g.tensors) t[x.name] = x.data;
  }
  // y[o] = sum_i W[o][i] x[i] + b[o]
  std::vector<float> lin(const std::string& n, const std::vector<float>& x, std::size_t out) {
    auto& W = t[n + ".weight"];
    auto& B = t[n + ".bias"];
    std::vector<float> y(out);
    for (std::size_t o = 0; o < out; ++o) {
      double s = B[o];
      for (std::size_t i = 0; i < x.size(); ++i) s += double(W[o * x.size() + i]) * x[i];
      y[o] = float(s);
    }
    return y;
  }
  void ln(std::vector<float>& x, const std::string& n) {
    double m = 0, v = 0;
    for (float a : x) m += a;
    m /= x.size();
    for (float a : x) v += (a - m) * (a - m);
    v /= x.size();
    for (std::size_t j = 0; j < x.size(); ++j)
      x[j] = float((x[j] - m) / std::sqrt(v + 1e-12)) * t[n + ".weight"][j] + t[n + ".bias"][j];
  }
  std::vector<float> logits(const std::vector<std::int32_t>& ids, bool mean) {
    const std::size_t n = ids.size(), d = kH / kHeads;
    std::vector<std::vector<float>> x(n, std::vector<float>(kH));
    for (std::size_t p = 0; p < n; ++p) {
      for (std::size_t j = 0; j < kH; ++j)
        x[p][j] = t["token_embd.weight"][ids[p] * kH + j] + t["position_embd.weight"][p * kH + j] +
                  t["token_types.weight"][j];
      ln(x[p], "token_embd_norm");
    }
    for (std::size_t l = 0; l < kL; ++l) {
      std::string pre = "blk." + std::to_string(l) + ".";
      std::vector<std::vector<float>> q(n), k(n), v(n), ctx(n, std::vector<float>(kH));
      for (std::size_t p = 0; p < n; ++p) {
        q[p] = lin(pre + "attn_q", x[p], kH);
        k[p] = lin(pre + "attn_k", x[p], kH);
        v[p] = lin(pre + "attn_v", x[p], kH);
      }
      for (std::size_t h = 0; h < kHeads; ++h)
        for (std::size_t a = 0; a < n; ++a) {
          std::vector<double> s(n);
          double mx = -1e300, sum = 0;
          for (std::size_t b = 0; b < n; ++b) {
            double dot = 0;
            for (std::size_t j = 0; j < d; ++j) dot += double(q[a][h * d + j]) * k[b][h * d + j];
            s[b] = dot / std::sqrt(double(d));
            mx = std::max(mx, s[b]);
          }
          for (auto& e : s) sum += (e = std::exp(e - mx));
          for (std::size_t j = 0; j < d; ++j) {
            double acc = 0;
            for (std::size_t b = 0; b < n; ++b) acc += s[b] / sum * v[b][h * d + j];
            ctx[a][h * d + j] = float(acc);
          }
        }
      for (std::size_t p = 0; p < n; ++p) {
        auto o = lin(pre + "attn_output", ctx[p], kH);
        for (std::size_t j = 0; j < kH; ++j) x[p][j] += o[j];
        ln(x[p], pre + "attn_output_norm");
        auto u = lin(pre + "ffn_up", x[p], kI);
        for (auto& e : u) e = float(0.5 * e * (1 + std::erf(e / std::sqrt(2.0))));
        auto dn = lin(pre + "ffn_down", u, kH);
        for (std::size_t j = 0; j < kH; ++j) x[p][j] += dn[j];
        ln(x[p], pre + "layer_output_norm");
      }
    }
    std::vector<float> pooled(kH, 0);
    if (mean) {
      for (auto& r : x)
        for (std::size_t j = 0; j < kH; ++j) pooled[j] += r[j] / float(n);
    } else {
      pooled = x[0];
    }
    auto dz = lin("head.dense", pooled, kH);
    for (auto& e : dz) e = std::tanh(e);
    return lin("head.out", dz, kK);
  }
};

std::vector<std::string_view> views(const std::vector<std::string>& v) {
  return {v.begin(), v.end()};
}

}  // namespace

// ---- GGUF -----------------------------------------------------------------------------------

TEST_CASE("gguf: a valid file parses and exposes keys and tensors", "[engine][gguf]") {
  auto bytes = tiny_bert().bytes();
  auto f = abusemon::detail::GgufFile::from_bytes(bytes);
  CHECK(f.version() == 3);
  CHECK(f.get_string("general.architecture") == "bert");
  CHECK(f.get_uint("bert.block_count") == kL);
  auto t = f.find_tensor("head.out.weight");
  REQUIRE(t != nullptr);
  CHECK(t->dims == std::vector<std::uint64_t>{kH, kK});
  CHECK(reinterpret_cast<std::uintptr_t>(t->data) % 32 == 0);
  CHECK_THROWS_AS(f.get_string("bert.block_count"), abusemon::error);
}

TEST_CASE("gguf: every truncation of a valid file is a format error", "[engine][gguf]") {
  auto g = tiny_bert();
  auto bytes = g.bytes();
  // The file ends with alignment padding after the last tensor; without it the file is whole.
  const std::size_t last = g.tensors.back().data.size() * 4;
  const std::size_t data_end = bytes.size() - (32 - last % 32) % 32;
  CHECK_NOTHROW(abusemon::detail::GgufFile::from_bytes(
      std::span<const std::uint8_t>(bytes.data(), data_end)));
  // Header region byte by byte, then the data region in strides (it is large).
  for (std::size_t n = 0; n < data_end; n += (n < 4096 ? 1 : 97)) {
    std::vector<std::uint8_t> cut(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(n));
    try {
      abusemon::detail::GgufFile::from_bytes(cut);
      FAIL("truncated file of " << n << " bytes parsed");
    } catch (const abusemon::error& e) {
      REQUIRE(e.code() == abusemon::status::format);
    }
  }
}

TEST_CASE("gguf: random corruption never crashes the loader", "[engine][gguf]") {
  auto bytes = tiny_bert().bytes();
  std::mt19937 rng(42);
  std::uniform_int_distribution<std::size_t> pos(0, 3000);
  std::uniform_int_distribution<int> val(0, 255);
  int loaded = 0, rejected = 0;
  for (int trial = 0; trial < 300; ++trial) {
    auto b = bytes;
    for (int k = 0; k < 3; ++k) b[pos(rng)] = static_cast<std::uint8_t>(val(rng));
    TempFile tf(b, "fuzz");
    try {
      auto m = Model::load(tf.path.string());
      std::vector<std::string> t = {"hello world"};
      std::vector<float> out(m->output_count());
      m->score(views(t), out);
      ++loaded;
    } catch (const abusemon::error& e) {
      CHECK(e.code() == abusemon::status::format);
      ++rejected;
    }
  }
  CHECK(loaded + rejected == 300);
  CHECK(rejected > 0);
}

TEST_CASE("gguf: hostile headers are rejected with clear messages", "[engine][gguf]") {
  auto bytes = tiny_bert().bytes();
  auto expect = [](std::vector<std::uint8_t> b, const std::string& what) {
    try {
      abusemon::detail::GgufFile::from_bytes(b);
      FAIL("accepted: " << what);
    } catch (const abusemon::error& e) {
      CHECK(e.code() == abusemon::status::format);
      CHECK(std::string(e.what()).find(what) != std::string::npos);
    }
  };
  auto b = bytes;
  b[0] = 'X';
  expect(b, "bad magic");
  b = bytes;
  b[4] = 1;
  expect(b, "unsupported GGUF version");
  b = bytes;
  std::memset(&b[8], 0xFF, 8);  // tensor count
  expect(b, "tensor count");
  b = bytes;
  std::memset(&b[16], 0x7F, 8);  // kv count
  expect(b, "metadata count");
  b = bytes;
  std::memset(&b[24], 0xFF, 8);  // first key length
  expect(b, "exceeds limit");
}

TEST_CASE("window pooling and model output names round-trip", "[engine]") {
  for (auto p : {abusemon::WindowPooling::max, abusemon::WindowPooling::mean,
                 abusemon::WindowPooling::model_default}) {
    CHECK(abusemon::parse_window_pooling(abusemon::to_string(p)) == p);
  }
  for (auto o : {ModelOutput::probabilities, ModelOutput::logits, ModelOutput::pooled}) {
    CHECK(abusemon::parse_model_output(abusemon::to_string(o)) == o);
  }
  CHECK(abusemon::to_string(abusemon::WindowPooling::model_default) == "model");
  CHECK(abusemon::to_string(ModelOutput::pooled) == "pooled");
  CHECK_FALSE(abusemon::parse_window_pooling("model_default").has_value());
  CHECK_FALSE(abusemon::parse_model_output("Logits").has_value());
  CHECK(abusemon::to_string(static_cast<ModelOutput>(9)) == "unknown");
}

TEST_CASE("model: missing file and wrong shapes", "[engine]") {
  try {
    Model::load("/nonexistent/abusemon.gguf");
    FAIL("loaded a missing file");
  } catch (const abusemon::error& e) {
    CHECK(e.code() == abusemon::status::not_found);
  }
  auto g = tiny_bert();
  for (auto& t : g.tensors)
    if (t.name == "blk.1.ffn_up.weight") t.dims = {kH + 1, kI}, t.data.resize((kH + 1) * kI);
  TempFile tf(g.bytes());
  try {
    Model::load(tf.path.string());
    FAIL("accepted a wrong shape");
  } catch (const abusemon::error& e) {
    CHECK(e.code() == abusemon::status::format);
    CHECK(std::string(e.what()).find("blk.1.ffn_up.weight") != std::string::npos);
  }
}

// ---- tokenizers -----------------------------------------------------------------------------

TEST_CASE("utf8: invalid sequences become U+FFFD per maximal subpart", "[engine][tokenizer]") {
  std::string out;
  CHECK(abusemon::sanitize_utf8("plain ascii", out));
  CHECK(out == "plain ascii");
  CHECK(abusemon::sanitize_utf8("caf\xC3\xA9 \xF0\x9F\x98\x80", out));
  CHECK_FALSE(
      abusemon::sanitize_utf8("a\xFF"
                              "b",
                              out));
  CHECK(out ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK_FALSE(abusemon::sanitize_utf8("\xE2\x82", out));  // truncated: one replacement
  CHECK(out == "\xEF\xBF\xBD");
  CHECK_FALSE(abusemon::sanitize_utf8("\xED\xA0\x80", out));  // surrogate: three
  CHECK(out == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK_FALSE(abusemon::sanitize_utf8("\xC0\xAF", out));  // overlong
  CHECK(out == "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("wordpiece: BERT normalisation, splitting and greedy pieces", "[engine][tokenizer]") {
  auto tok = abusemon::make_wordpiece_tokenizer(vocab());
  using V = std::vector<std::int32_t>;
  CHECK(tok->encode("Hello, WORLD!") == V{4, 6, 5, 7});
  CHECK(tok->encode("unaffable") == V{8, 9, 10});
  CHECK(tok->encode("Café naïve") == V{12, 20});  // accents stripped
  CHECK(tok->encode("東京") == V{13, 14});        // CJK split
  CHECK(tok->encode("he\u200Bllo\x01") == V{4});  // zero-width + control removed
  CHECK(tok->encode("  \t\n ") == V{});
  CHECK(tok->encode("xyz") == V{1});                  // no piece for "z": whole word [UNK]
  CHECK(tok->encode(std::string(101, 'a')) == V{1});  // longer than 100 chars
  V hundred = tok->encode(std::string(100, 'a'));
  REQUIRE(hundred.size() == 100);
  CHECK(hundred[0] == 15);
  CHECK(hundred[99] == 16);
  CHECK(tok->encode("a\xFF\xFE"
                    "a") == V{15, 16});  // U+FFFD removed like HF clean_text

  abusemon::WordPieceOptions cased;
  cased.lower_case = false;
  auto ctok = abusemon::make_wordpiece_tokenizer(vocab(), cased);
  CHECK(ctok->encode("Hello hello") == V{1, 4});
  CHECK(tok->special().cls == 2);
  CHECK(tok->token(9) == "##aff");
  CHECK(tok->token(999).empty());
  CHECK_THROWS_AS(abusemon::make_wordpiece_tokenizer({"a", "b"}), std::invalid_argument);
}

TEST_CASE("sentencepiece: invalid model bytes are a format error", "[engine][tokenizer]") {
  std::vector<std::uint8_t> junk = {1, 2, 3, 4, 5};
  try {
    abusemon::make_sentencepiece_tokenizer(junk, 1);
    FAIL("accepted junk");
  } catch (const abusemon::error& e) {
    CHECK(e.code() == abusemon::status::format);
  }
}

// ---- encoder --------------------------------------------------------------------------------

TEST_CASE("encoder: matches a naive reference (CLS and mean pooling)", "[engine]") {
  for (std::string pooling : {"cls", "mean"}) {
    auto g = tiny_bert(7, pooling);
    TempFile tf(g.bytes());
    auto m = Model::load(tf.path.string());
    Ref ref(g);
    std::vector<std::string> texts = {"hello world", "", "the naive cafe!", "東京 hello, x?",
                                      "unaffable the the the"};
    std::vector<float> logits(texts.size() * kK);
    m->run(views(texts), ModelOutput::logits, logits);
    for (std::size_t i = 0; i < texts.size(); ++i) {
      auto ids = m->tokenize(texts[i], true);
      REQUIRE(ids.size() <= 8);
      auto want = ref.logits(ids, pooling == "mean");
      for (std::size_t k = 0; k < kK; ++k)
        CHECK(logits[i * kK + k] == Approx(want[k]).margin(1e-4));
    }
    // Probabilities apply the Platt calibration p = sigmoid(a z + b).
    std::vector<float> probs(texts.size() * kK);
    m->score(views(texts), probs);
    const float a[] = {1.0f, 2.0f, 0.5f}, b[] = {0.0f, -1.0f, 0.25f};
    for (std::size_t i = 0; i < probs.size(); ++i) {
      float z = a[i % kK] * logits[i] + b[i % kK];
      CHECK(probs[i] == Approx(1 / (1 + std::exp(-z))).margin(1e-6));
    }
  }
}

TEST_CASE("encoder: long texts use overlapping windows pooled by max or mean", "[engine]") {
  auto g = tiny_bert(3);
  TempFile tf(g.bytes());
  auto m = Model::load(tf.path.string());
  Ref ref(g);
  std::string text = "hello world the cafe , naive ! x the hello world unaffable";
  auto ids = m->tokenize(text);
  REQUIRE(ids.size() == 14);
  // Model defaults: 8-token windows (6 content tokens), stride 3 → starts 0, 3, 6, 8.
  std::vector<std::vector<float>> win;
  for (std::size_t s : {0, 3, 6, 8}) {
    std::vector<std::int32_t> w = {2};
    w.insert(w.end(), ids.begin() + static_cast<std::ptrdiff_t>(s),
             ids.begin() + static_cast<std::ptrdiff_t>(s + 6));
    w.push_back(3);
    auto z = ref.logits(w, false);
    win.push_back(z);
  }
  std::vector<std::string> texts = {text};
  std::vector<float> mx(kK), mean(kK);
  abusemon::ScoreOptions o;
  o.window_pooling = abusemon::WindowPooling::max;
  m->run(views(texts), ModelOutput::logits, mx, o);
  o.window_pooling = abusemon::WindowPooling::mean;
  m->run(views(texts), ModelOutput::logits, mean, o);
  for (std::size_t k = 0; k < kK; ++k) {
    float want_max = -1e30f, want_mean = 0;
    for (auto& z : win) want_max = std::max(want_max, z[k]), want_mean += z[k] / 4;
    CHECK(mx[k] == Approx(want_max).margin(1e-4));
    CHECK(mean[k] == Approx(want_mean).margin(1e-4));
  }
  o.max_windows = 3;
  try {
    m->run(views(texts), ModelOutput::logits, mx, o);
    FAIL("window limit not enforced");
  } catch (const abusemon::error& e) {
    CHECK(e.code() == abusemon::status::limit);
  }
  o = {};
  o.max_tokens = 2;
  CHECK_THROWS_AS(m->run(views(texts), ModelOutput::logits, mx, o), std::invalid_argument);
  std::vector<float> wrong(kK + 1);
  CHECK_THROWS_AS(m->score(views(texts), wrong), std::invalid_argument);
}

TEST_CASE("encoder: batches, tiny batch_tokens and threads agree with single texts",
          "[engine][concurrency]") {
  auto g = tiny_bert(5);
  TempFile tf(g.bytes());
  auto m = Model::load(tf.path.string());
  std::vector<std::string> texts;
  std::mt19937 rng(9);
  auto v = vocab();
  for (int i = 0; i < 40; ++i) {
    std::string t;
    for (int w = 0, n = static_cast<int>(rng() % 20); w < n; ++w) t += v[4 + rng() % 18] + " ";
    texts.push_back(t);
  }
  std::vector<float> batch(texts.size() * kK);
  m->score(views(texts), batch);
  abusemon::ScoreOptions small;
  small.batch_tokens = 9;
  std::vector<float> batch_small(batch.size());
  m->score(views(texts), batch_small, small);
  for (std::size_t i = 0; i < texts.size(); ++i) {
    std::vector<std::string> one = {texts[i]};
    std::vector<float> s(kK);
    m->score(views(one), s);
    for (std::size_t k = 0; k < kK; ++k) {
      CHECK(s[k] == Approx(batch[i * kK + k]).margin(1e-6));
      CHECK(batch_small[i * kK + k] == Approx(batch[i * kK + k]).margin(1e-6));
    }
  }
  std::vector<std::vector<float>> results(4, std::vector<float>(batch.size()));
  std::vector<std::thread> th;
  for (int t = 0; t < 4; ++t)
    th.emplace_back([&, t] {
      for (int rep = 0; rep < 5; ++rep) m->score(views(texts), results[t]);
    });
  for (auto& t : th) t.join();
  for (auto& r : results) CHECK(r == batch);
}

TEST_CASE("encoder: int8 stays close to fp32 and ModelScorer wraps a model", "[engine]") {
  auto g = tiny_bert(11);
  TempFile tf(g.bytes());
  auto fp = Model::load(tf.path.string());
  abusemon::ModelOptions mo;
  mo.int8 = true;
  auto q = Model::load(tf.path.string(), mo);
  CHECK(q->info().int8);
  std::vector<std::string> texts = {"hello world", "the naive cafe", "unaffable x ?"};
  std::vector<float> a(texts.size() * kK), b(a.size());
  fp->score(views(texts), a);
  q->score(views(texts), b);
  for (std::size_t i = 0; i < a.size(); ++i) CHECK(std::fabs(a[i] - b[i]) < 0.05f);

  abusemon::ModelScorer scorer(fp);
  CHECK(scorer.output_names() == std::vector<std::string>{"hate", "violence", "jailbreak"});
  CHECK(scorer.model_id() == "tiny-bert");
  CHECK(scorer.model_version() == "0.0.1");
  std::vector<float> c(a.size());
  scorer.score(views(texts), c);
  CHECK(c == a);
  auto info = fp->info().to_json();
  CHECK(info.find("\"license\":\"Apache-2.0\"") != std::string::npos);
  CHECK(info.find("\"max_tokens\":24") != std::string::npos);
}

TEST_CASE("encoder: int8 attention on long sequences stays close to fp32", "[engine]") {
  // 160-token windows: past the length where int8 mode quantises attention too.
  auto g = tiny_bert(17, "mean", 160, 160);
  TempFile tf(g.bytes());
  auto fp = Model::load(tf.path.string());
  abusemon::ModelOptions mo;
  mo.int8 = true;
  auto q = Model::load(tf.path.string(), mo);
  std::string longer, shorter = "hello world the naive cafe";
  for (int i = 0; i < 50; ++i) longer += i % 3 ? " hello world ," : " the naive cafe";
  REQUIRE(fp->tokenize(longer, true).size() >= 128);
  REQUIRE(fp->tokenize(longer, true).size() <= 160);
  std::vector<std::string> texts = {longer, shorter, longer + " x"};
  std::vector<float> a(texts.size() * kK), b(a.size()), c(a.size());
  fp->score(views(texts), a);
  q->score(views(texts), b);
  for (std::size_t i = 0; i < a.size(); ++i) CHECK(std::fabs(a[i] - b[i]) < 0.05f);
  // One at a time (a workspace sized for one sequence) gives the batch's answers exactly.
  for (std::size_t t = 0; t < texts.size(); ++t) {
    q->score(views({texts[t]}), {c.data() + t * kK, kK});
    for (std::size_t k = 0; k < kK; ++k) CHECK(c[t * kK + k] == b[t * kK + k]);
  }
}

// ---- dispatched kernels vs scalar references --------------------------------------------------

namespace {

std::vector<float> randoms(std::size_t n, std::mt19937& rng, float lo = -4.0f, float hi = 4.0f) {
  std::uniform_real_distribution<float> d(lo, hi);
  std::vector<float> v(n);
  for (auto& x : v) x = d(rng);
  return v;
}

// A 64-byte aligned float buffer for packed panels.
struct Aligned {
  std::vector<float> buf;
  float* p;
  explicit Aligned(std::size_t n) : buf(n + 16) {
    auto a = reinterpret_cast<std::uintptr_t>(buf.data());
    p = buf.data() + ((64 - a % 64) % 64) / sizeof(float);
  }
};

}  // namespace

TEST_CASE("kernels: vectorised softmax, GELU, LayerNorm and quantisation match references",
          "[engine][kernels]") {
  using namespace abusemon::detail;
  std::mt19937 rng(3);
  for (FpIsa isa : {FpIsa::avx2, FpIsa::avx512}) {
    const VecKernels* vk = vec_kernels(isa);
    if (!vk) continue;  // this CPU lacks it
    INFO("isa " << static_cast<int>(isa));
    for (std::size_t len : {1u, 5u, 8u, 16u, 17u, 37u, 384u}) {
      INFO("len " << len);
      // softmax of 0.25 * s over rows of `len`, rows 3 apart in a wider buffer.
      const std::size_t ld = len + 3, rows = 3;
      auto s = randoms(rows * ld, rng, -30.0f, 30.0f);
      auto got = s;
      vk->softmax_rows(got.data(), rows, len, ld, 0.25f);
      for (std::size_t r = 0; r < rows; ++r) {
        double mx = -1e30, sum = 0;
        for (std::size_t i = 0; i < len; ++i) mx = std::max(mx, 0.25 * s[r * ld + i]);
        for (std::size_t i = 0; i < len; ++i) sum += std::exp(0.25 * s[r * ld + i] - mx);
        for (std::size_t i = 0; i < len; ++i)
          CHECK(got[r * ld + i] ==
                Approx(std::exp(0.25 * s[r * ld + i] - mx) / sum).epsilon(2e-6).margin(1e-30));
        for (std::size_t i = len; i < ld; ++i) CHECK(got[r * ld + i] == s[r * ld + i]);
      }
      // GELU (erf form), including large |x|.
      auto g = randoms(len, rng, -12.0f, 12.0f);
      auto gg = g;
      vk->gelu(gg.data(), len);
      for (std::size_t i = 0; i < len; ++i) {
        double x = g[i], want = 0.5 * x * (1 + std::erf(x / std::sqrt(2.0)));
        CHECK(gg[i] == Approx(want).margin(2e-6));
      }
      // LayerNorm(x + r) * w + b.
      auto x = randoms(2 * len, rng), res = randoms(2 * len, rng);
      auto w = randoms(len, rng), b = randoms(len, rng);
      auto y = x;
      vk->add_layer_norm(y.data(), res.data(), 2, len, w.data(), b.data(), 1e-12f);
      for (std::size_t t = 0; t < 2; ++t) {
        double mean = 0, var = 0;
        for (std::size_t i = 0; i < len; ++i) mean += x[t * len + i] + res[t * len + i];
        mean /= static_cast<double>(len);
        for (std::size_t i = 0; i < len; ++i) {
          double d = x[t * len + i] + res[t * len + i] - mean;
          var += d * d;
        }
        var /= static_cast<double>(len);
        for (std::size_t i = 0; i < len; ++i) {
          double want =
              (x[t * len + i] + res[t * len + i] - mean) / std::sqrt(var + 1e-12) * w[i] + b[i];
          CHECK(y[t * len + i] == Approx(want).margin(1e-4));
        }
      }
      // Quantisation: bit-identical to the scalar rule (lrintf of the clamped ratio).
      auto qx = randoms(2 * len, rng);
      const std::size_t ldq = len + 5;
      std::vector<std::uint8_t> u(2 * ldq);
      std::vector<std::int16_t> v(2 * ldq, 7);
      float su[2], sv[2];
      vk->quantize_u8(qx.data(), 2, len, u.data(), ldq, su);
      vk->quantize_s16(qx.data(), 2, len, v.data(), ldq, sv);
      for (std::size_t t = 0; t < 2; ++t) {
        float m = 0;
        for (std::size_t i = 0; i < len; ++i) m = std::max(m, std::fabs(qx[t * len + i]));
        const float sc = m / 127.0f, inv = 1.0f / sc;
        CHECK(su[t] == sc);
        CHECK(sv[t] == sc);
        for (std::size_t i = 0; i < len; ++i) {
          long want = std::lrintf(std::clamp(qx[t * len + i] * inv, -127.0f, 127.0f));
          CHECK(static_cast<long>(u[t * ldq + i]) - 128 == want);
          CHECK(static_cast<long>(v[t * ldq + i]) == want);
        }
        for (std::size_t i = len; i < ldq; ++i) {
          CHECK(u[t * ldq + i] == 128);
          CHECK(v[t * ldq + i] == 0);
        }
      }
    }
  }
}

TEST_CASE("kernels: panel GEMM with strided packing matches a naive product", "[engine][kernels]") {
  using namespace abusemon::detail;
  std::mt19937 rng(5);
  for (FpIsa isa : {FpIsa::avx2, FpIsa::avx512}) {
    if (!fp_isa_supported(isa)) continue;
    for (auto [n, in, out] : {std::array<std::size_t, 3>{1, 1, 1},
                              {7, 4, 33},
                              {13, 37, 64},
                              {6, 32, 32},
                              {20, 5, 70},
                              // Odd sizes: row remainders 1-5 of the 6-row tiles, half-panels
                              // (out <= 16), K loop remainders.
                              {3, 7, 17},
                              {7, 17, 33},
                              {17, 33, 129},
                              {33, 129, 7},
                              {129, 3, 1},
                              {5, 129, 16},
                              {12, 2, 48}}) {
      INFO("n " << n << " in " << in << " out " << out);
      const std::size_t ldx = in + 2, ldy = out + 1;
      auto x = randoms(n * ldx, rng);
      // W[o, i] stored transposed (as attention packs V^T): w[i * out + o].
      auto wt = randoms(in * out, rng);
      auto bias = randoms((out + 31) / 32 * 32, rng);
      Aligned packed(panel_floats(out, in));
      pack_panels(wt.data(), out, in, 1, out, packed.p);
      std::vector<float> y(n * ldy, 99.0f);
      // Attention passes no bias; odd n exercise that too.
      const bool with_bias = n % 2 == 0 || n == 1;
      panel_gemm(isa, x.data(), ldx, n, packed.p, in, out, with_bias ? bias.data() : nullptr,
                 y.data(), ldy);
      for (std::size_t r = 0; r < n; ++r) {
        for (std::size_t o = 0; o < out; ++o) {
          double want = with_bias ? bias[o] : 0.0;
          for (std::size_t i = 0; i < in; ++i) want += double(x[r * ldx + i]) * wt[i * out + o];
          CHECK(y[r * ldy + o] == Approx(want).margin(1e-4));
        }
        CHECK(y[r * ldy + out] == 99.0f);  // nothing written past `out`
      }
    }
  }
}

TEST_CASE("kernels: int8 tile kernels agree with the portable int8 path", "[engine][kernels]") {
  using namespace abusemon::detail;
  std::mt19937 rng(8);
  for (auto [n, in, out] :
       {std::array<std::size_t, 3>{1, 3, 5}, {7, 37, 33}, {13, 64, 96}, {4, 384, 40}}) {
    INFO("n " << n << " in " << in << " out " << out);
    auto x = randoms(n * in, rng);
    std::vector<std::int8_t> q(out * in);
    std::uniform_int_distribution<int> d(-127, 127);
    for (auto& v : q) v = static_cast<std::int8_t>(d(rng));
    std::vector<float> scale = randoms(out, rng, 0.001f, 0.02f), bias = randoms(out, rng);
    std::vector<std::int32_t> row_sum(out, 0);
    for (std::size_t o = 0; o < out; ++o)
      for (std::size_t i = 0; i < in; ++i) row_sum[o] += q[o * in + i];
    std::vector<float> ref(n * out), xs(n);
    std::vector<std::int8_t> xq(n * in);
    int8_linear(x.data(), n, in, q.data(), scale.data(), row_sum.data(), bias.data(), out,
                ref.data(), xq.data(), xs.data());
    std::vector<std::vector<float>> results;
    for (Int8Tile t : {Int8Tile::vnni, Int8Tile::avx2}) {
      if (!int8_tile_supported(t)) continue;
      auto p = pack_int8(q.data(), scale.data(), row_sum.data(), bias.data(), out, in, t);
      REQUIRE(p.tile == t);
      std::vector<std::int16_t> scratch((int8_scratch_bytes(p, n) + 1) / 2);
      std::vector<float> y(n * out);
      int8_packed_linear(p, x.data(), n, y.data(), scratch.data(), xs.data());
      for (std::size_t i = 0; i < y.size(); ++i)
        CHECK(y[i] == Approx(ref[i]).epsilon(1e-5).margin(1e-5));
      results.push_back(y);
    }
    // Same int32 sums and the same epilogue: the tile kernels agree exactly.
    if (results.size() == 2) CHECK(results[0] == results[1]);
  }
}

TEST_CASE("kernels: quantised softmax numerators match the scalar rule", "[engine][kernels]") {
  using namespace abusemon::detail;
  std::mt19937 rng(12);
  for (FpIsa isa : {FpIsa::avx2, FpIsa::avx512}) {
    const VecKernels* vk = vec_kernels(isa);
    if (!vk) continue;
    INFO("isa " << static_cast<int>(isa));
    for (std::size_t len : {1u, 3u, 8u, 17u, 33u, 100u}) {
      INFO("len " << len);
      const std::size_t ld = len + 2, ldp = len + 5, rows = 3;
      auto s = randoms(rows * ld, rng, -20.0f, 20.0f);
      std::vector<std::uint8_t> pu(rows * ldp, 9);
      std::vector<std::int16_t> ps(rows * ldp, 9);
      std::int32_t su[3], ss[3];
      vk->softmax_u8(s.data(), rows, len, ld, 0.3f, pu.data(), ldp, su);
      vk->softmax_s16(s.data(), rows, len, ld, 0.3f, ps.data(), ldp, ss);
      for (std::size_t r = 0; r < rows; ++r) {
        double mx = -1e30;
        for (std::size_t i = 0; i < len; ++i) mx = std::max(mx, 0.3 * s[r * ld + i]);
        std::int32_t sum = 0, top = 0;
        for (std::size_t i = 0; i < len; ++i) {
          const double want = 255.0 * std::exp(0.3 * s[r * ld + i] - mx);
          // Within rounding of the exact value (the vector exp is not std::exp).
          CHECK(std::fabs(pu[r * ldp + i] - want) <= 0.5 + 1e-3);
          CHECK(ps[r * ldp + i] == pu[r * ldp + i]);
          sum += pu[r * ldp + i];
          top = std::max<std::int32_t>(top, pu[r * ldp + i]);
        }
        CHECK(top == 255);
        CHECK(su[r] == sum);
        CHECK(ss[r] == sum);
        for (std::size_t i = len; i < ldp; ++i) {
          CHECK(pu[r * ldp + i] == 0);
          CHECK(ps[r * ldp + i] == 0);
        }
      }
    }
  }
}

TEST_CASE("kernels: int8 attention agrees across tile kernels and stays close to fp32",
          "[engine][kernels]") {
  using namespace abusemon::detail;
  std::mt19937 rng(13);
  std::vector<const VecKernels*> vks = {nullptr};
  for (FpIsa isa : {FpIsa::avx2, FpIsa::avx512})
    if (vec_kernels(isa)) vks.push_back(vec_kernels(isa));
  // (len, hidden, heads): odd head sizes (not a multiple of 4), several query blocks of 48
  // rows, several 32-column panels of K and of V^T.
  for (auto [len, H, heads] :
       {std::array<std::size_t, 3>{1, 8, 2}, {5, 12, 3}, {37, 40, 4}, {70, 64, 2}, {101, 99, 1}}) {
    INFO("len " << len << " H " << H << " heads " << heads);
    const std::size_t d = H / heads;
    auto qkv = randoms(len * 3 * H, rng, -2.0f, 2.0f);
    // fp32 reference in double.
    std::vector<double> want(len * H);
    double vmax = 0;
    for (std::size_t h = 0; h < heads; ++h)
      for (std::size_t t = 0; t < len; ++t) {
        std::vector<double> p(len);
        double mx = -1e30, sum = 0;
        for (std::size_t u = 0; u < len; ++u) {
          double a = 0;
          for (std::size_t k = 0; k < d; ++k)
            a += double(qkv[t * 3 * H + h * d + k]) * qkv[u * 3 * H + H + h * d + k];
          p[u] = a / std::sqrt(double(d));
          mx = std::max(mx, p[u]);
        }
        for (auto& x : p) sum += (x = std::exp(x - mx));
        for (std::size_t j = 0; j < d; ++j) {
          double c = 0;
          for (std::size_t u = 0; u < len; ++u)
            c += p[u] / sum * qkv[u * 3 * H + 2 * H + h * d + j];
          want[t * H + h * d + j] = c;
          vmax = std::max(vmax, std::fabs(double(qkv[t * 3 * H + 2 * H + h * d + j])));
        }
      }
    std::vector<std::uint8_t> scratch(int8_attention_scratch_bytes(len, H, heads) + 1);
    for (const VecKernels* vk : vks) {
      INFO("vector kernels " << (vk ? (vk == vec_kernels(FpIsa::avx512) ? "avx512" : "avx2")
                                    : "none"));
      std::vector<std::vector<float>> results;
      for (Int8Tile tile : {Int8Tile::none, Int8Tile::vnni, Int8Tile::avx2}) {
        if (!int8_tile_supported(tile)) continue;
        INFO("tile " << static_cast<int>(tile));
        std::vector<float> ctx(len * H, 99.0f);
        // An odd scratch address: the function aligns its pieces itself.
        int8_attention(tile, vk, qkv.data(), len, H, heads, ctx.data(), scratch.data() + 1);
        for (std::size_t i = 0; i < ctx.size(); ++i)
          CHECK(std::fabs(ctx[i] - want[i]) <= 0.04 * vmax);
        results.push_back(ctx);
      }
      // Exact int32 sums and the same dequantisation arithmetic everywhere.
      for (std::size_t i = 1; i < results.size(); ++i) CHECK(results[i] == results[0]);
    }
  }
}
