// Engine benchmark: single- and two-thread latency (p50/p99) for 16/64/256/512-token texts and
// batch throughput, fp32 and int8, on one model file. Not a test: prints a JSON object per
// measurement; docs/PERFORMANCE.md records the numbers and the command.
//
//   bench_engine MODEL.gguf [--seconds S] [--lengths 16,64,256,512] [--batch 32] [--batch-len 64]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "abusemon/model.hpp"

namespace {

using Clock = std::chrono::steady_clock;

// A text of exactly `tokens` tokens including CLS/SEP, made of words the vocabulary knows.
std::string text_of(const abusemon::Model& m, std::size_t tokens) {
  static const char* words[] = {"the", "people", "said", "that", "this", "is",
                                "a",   "good",   "day",  "for",  "all",  "of",
                                "us",  "and",    "we",   "will", "go"};
  std::string t;
  for (std::size_t i = 0;; ++i) {
    std::string next = t + (t.empty() ? "" : " ") + words[i % (sizeof words / sizeof *words)];
    if (m.tokenize(next, true).size() > tokens) break;
    t = next;
  }
  return t;
}

struct Stats {
  double p50, p99, mean;
  std::size_t n;
};

Stats stats(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  double s = 0;
  for (double x : v) s += x;
  auto q = [&](double f) {
    return v[std::min(v.size() - 1, static_cast<std::size_t>(f * v.size()))];
  };
  return {q(0.5), q(0.99), s / v.size(), v.size()};
}

// Runs score([text]) repeatedly on `threads` threads for about `seconds`; per-call latencies.
std::vector<double> latencies(const abusemon::Model& m, const std::string& text, int threads,
                              double seconds) {
  std::vector<std::vector<double>> per(threads);
  std::vector<std::thread> th;
  for (int t = 0; t < threads; ++t)
    th.emplace_back([&, t] {
      std::string_view v = text;
      std::vector<float> out(m.output_count());
      for (int w = 0; w < 3; ++w) m.score({&v, 1}, out);  // warm-up
      auto end = Clock::now() + std::chrono::duration<double>(seconds);
      while (Clock::now() < end || per[t].size() < 5) {
        auto a = Clock::now();
        m.score({&v, 1}, out);
        per[t].push_back(std::chrono::duration<double, std::milli>(Clock::now() - a).count());
      }
    });
  for (auto& x : th) x.join();
  std::vector<double> all;
  for (auto& p : per) all.insert(all.end(), p.begin(), p.end());
  return all;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr,
                 "usage: %s MODEL.gguf [--seconds S] [--lengths 16,64,256,512] [--batch N] "
                 "[--batch-len T]\n",
                 argv[0]);
    return 2;
  }
  std::string path = argv[1];
  double seconds = 3;
  std::vector<std::size_t> lengths = {16, 64, 256, 512};
  std::size_t batch = 32, batch_len = 64;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--seconds"))
      seconds = std::atof(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--batch"))
      batch = std::strtoul(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--batch-len"))
      batch_len = std::strtoul(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--lengths")) {
      lengths.clear();
      for (char* p = argv[i + 1]; *p;) {
        lengths.push_back(std::strtoul(p, &p, 10));
        if (*p == ',') ++p;
      }
    }
  }
  try {
    for (bool int8 : {false, true}) {
      abusemon::ModelOptions mo;
      mo.int8 = int8;
      auto m = abusemon::Model::load(path, mo);
      const char* prec = int8 ? "int8" : "fp32";
      for (std::size_t len : lengths) {
        if (len > m->info().max_tokens) continue;
        std::string text = text_of(*m, len);
        std::size_t got = m->tokenize(text, true).size();
        for (int threads : {1, 2}) {
          auto s = stats(latencies(*m, text, threads, seconds));
          std::printf(
              "{\"engine\":\"abusemon\",\"precision\":\"%s\",\"tokens\":%zu,\"threads\":%d,"
              "\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"mean_ms\":%.3f,\"calls\":%zu}\n",
              prec, got, threads, s.p50, s.p99, s.mean, s.n);
          std::fflush(stdout);
        }
      }
      // Batch throughput: `batch` texts of `batch_len` tokens per call, one thread.
      std::string text = text_of(*m, batch_len);
      std::vector<std::string_view> texts(batch, text);
      std::vector<float> out(batch * m->output_count());
      m->score(texts, out);
      std::size_t calls = 0;
      auto a = Clock::now();
      auto end = a + std::chrono::duration<double>(seconds);
      while (Clock::now() < end || calls < 2) {
        m->score(texts, out);
        ++calls;
      }
      double sec = std::chrono::duration<double>(Clock::now() - a).count();
      std::printf(
          "{\"engine\":\"abusemon\",\"precision\":\"%s\",\"batch\":%zu,\"tokens\":%zu,"
          "\"threads\":1,\"texts_per_s\":%.1f}\n",
          prec, batch, m->tokenize(text, true).size(), calls * batch / sec);
      std::fflush(stdout);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_engine: error: %s\n", e.what());
    return 1;
  }
  return 0;
}
