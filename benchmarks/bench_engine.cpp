// Engine benchmark: single- and two-thread latency (p50/p99) for 16/64/256/512-token texts and
// batch throughput, fp32 and int8, on one model file. Not a test: prints a JSON object per
// measurement; docs/PERFORMANCE.md records the numbers and the command.
//
//   bench_engine MODEL.gguf [--seconds S] [--lengths 16,64,256,512] [--threads 1,2]
//                [--precision fp32,int8] [--batch 32] [--batch-len 64]   (--batch 0: no batch run)
//
// Besides wall-clock latency each call's thread CPU time is recorded (cpu_p50_ms): on a machine
// shared with other jobs, wall time includes time descheduled; CPU time is what a dedicated core
// would give (minus cache effects of the neighbours).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
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

double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) * 1e-6;
}

std::vector<std::size_t> parse_list(const char* p) {
  std::vector<std::size_t> v;
  for (char* e = nullptr; *p; p = e) {
    v.push_back(std::strtoul(p, &e, 10));
    if (e == p) break;
    if (*e == ',') ++e;
  }
  return v;
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

// Runs score([text]) repeatedly on `threads` threads for about `seconds`; per-call wall and
// thread-CPU latencies.
std::pair<std::vector<double>, std::vector<double>> latencies(const abusemon::Model& m,
                                                              const std::string& text, int threads,
                                                              double seconds) {
  std::vector<std::vector<double>> per(threads), cpu(threads);
  std::vector<std::thread> th;
  for (int t = 0; t < threads; ++t)
    th.emplace_back([&, t] {
      std::string_view v = text;
      std::vector<float> out(m.output_count());
      for (int w = 0; w < 3; ++w) m.score({&v, 1}, out);  // warm-up
      auto end = Clock::now() + std::chrono::duration<double>(seconds);
      while (Clock::now() < end || per[t].size() < 5) {
        const double c0 = thread_cpu_ms();
        auto a = Clock::now();
        m.score({&v, 1}, out);
        per[t].push_back(std::chrono::duration<double, std::milli>(Clock::now() - a).count());
        cpu[t].push_back(thread_cpu_ms() - c0);
      }
    });
  for (auto& x : th) x.join();
  std::vector<double> all, all_cpu;
  for (int t = 0; t < threads; ++t) {
    all.insert(all.end(), per[t].begin(), per[t].end());
    all_cpu.insert(all_cpu.end(), cpu[t].begin(), cpu[t].end());
  }
  return {all, all_cpu};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr,
                 "usage: %s MODEL.gguf [--seconds S] [--lengths 16,64,256,512] [--threads 1,2] "
                 "[--precision fp32,int8] [--batch N] [--batch-len T]\n",
                 argv[0]);
    return 2;
  }
  std::string path = argv[1];
  double seconds = 3;
  std::vector<std::size_t> lengths = {16, 64, 256, 512};
  std::vector<std::size_t> thread_counts = {1, 2};
  std::vector<bool> precisions = {false, true};  // int8?
  std::size_t batch = 32, batch_len = 64;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--seconds"))
      seconds = std::atof(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--batch"))
      batch = std::strtoul(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--batch-len"))
      batch_len = std::strtoul(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--lengths"))
      lengths = parse_list(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--threads"))
      thread_counts = parse_list(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--precision")) {
      std::string p = argv[i + 1];
      precisions.clear();
      if (p.find("fp32") != std::string::npos) precisions.push_back(false);
      if (p.find("int8") != std::string::npos) precisions.push_back(true);
    } else {
      std::fprintf(stderr, "bench_engine: error: unknown option %s\n", argv[i]);
      return 2;
    }
  }
  try {
    for (bool int8 : precisions) {
      abusemon::ModelOptions mo;
      mo.int8 = int8;
      auto m = abusemon::Model::load(path, mo);
      const char* prec = int8 ? "int8" : "fp32";
      for (std::size_t len : lengths) {
        if (len > m->info().max_tokens) continue;
        std::string text = text_of(*m, len);
        std::size_t got = m->tokenize(text, true).size();
        for (std::size_t threads : thread_counts) {
          auto [wall, cpu] = latencies(*m, text, static_cast<int>(threads), seconds);
          auto s = stats(wall), c = stats(cpu);
          std::printf(
              "{\"engine\":\"abusemon\",\"precision\":\"%s\",\"tokens\":%zu,\"threads\":%zu,"
              "\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"mean_ms\":%.3f,\"cpu_p50_ms\":%.3f,"
              "\"calls\":%zu}\n",
              prec, got, threads, s.p50, s.p99, s.mean, c.p50, s.n);
          std::fflush(stdout);
        }
      }
      // Batch throughput: `batch` texts of `batch_len` tokens per call, one thread.
      if (batch == 0) continue;
      std::string text = text_of(*m, batch_len);
      std::vector<std::string_view> texts(batch, text);
      std::vector<float> out(batch * m->output_count());
      m->score(texts, out);
      std::size_t calls = 0;
      const double c0 = thread_cpu_ms();
      auto a = Clock::now();
      auto end = a + std::chrono::duration<double>(seconds);
      while (Clock::now() < end || calls < 2) {
        m->score(texts, out);
        ++calls;
      }
      double sec = std::chrono::duration<double>(Clock::now() - a).count();
      double cpu_sec = (thread_cpu_ms() - c0) / 1e3;
      std::printf(
          "{\"engine\":\"abusemon\",\"precision\":\"%s\",\"batch\":%zu,\"tokens\":%zu,"
          "\"threads\":1,\"texts_per_s\":%.1f,\"texts_per_cpu_s\":%.1f}\n",
          prec, batch, m->tokenize(text, true).size(), calls * batch / sec,
          calls * batch / cpu_sec);
      std::fflush(stdout);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_engine: error: %s\n", e.what());
    return 1;
  }
  return 0;
}
