// Engine benchmark: single- and two-thread latency (p50/p99) for 16/64/256/512-token texts and
// batch throughput, fp32 and int8, on one model file. Not a test: prints a JSON object per
// measurement; docs/PERFORMANCE.md records the numbers and the command.
//
//   bench_engine MODEL.gguf [--seconds S] [--lengths 16,64,256,512] [--threads 1,2]
//                [--precision fp32,int8] [--batch 32] [--batch-len 64]   (--batch 0: no batch run)
//   bench_engine [MODEL.gguf] --peak ...
//
// --peak first measures this core's peak fp32 FMA throughput (one thread; independent
// accumulator chains of fused multiply-adds, AVX-512 and AVX2 where the CPU has them) and prints
// it as {"peak":"fp32_fma",...}: the compute bound any fp32 engine on this core is under. With no
// model it stops there.
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

#include <immintrin.h>

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

// `iters` rounds of C independent FMA chains acc = acc * a + b (16 or 8 lanes each). The chains
// converge to 1 (no overflow, no denormals); the sum is returned so nothing is optimised away.
// C must cover FMA latency x FMA ports (4 x 2 on current x86 cores) for the peak.
template <int C>
__attribute__((target("avx512f"))) float fma_chains_avx512(long iters) {
  __m512 acc[C];
  for (int c = 0; c < C; ++c) acc[c] = _mm512_set1_ps(0.5f + 0.01f * static_cast<float>(c));
  const __m512 a = _mm512_set1_ps(0.999f), b = _mm512_set1_ps(0.001f);
  for (long i = 0; i < iters; ++i)
    for (int c = 0; c < C; ++c) acc[c] = _mm512_fmadd_ps(acc[c], a, b);
  __m512 sum = _mm512_setzero_ps();
  for (int c = 0; c < C; ++c) sum = _mm512_add_ps(sum, acc[c]);
  alignas(64) float v[16];  // (not _mm512_reduce_add_ps: GCC 12 warns falsely inside it)
  _mm512_store_ps(v, sum);
  float t = 0;
  for (float x : v) t += x;
  return t;
}

template <int C>
__attribute__((target("avx2,fma"))) float fma_chains_avx2(long iters) {
  __m256 acc[C];
  for (int c = 0; c < C; ++c) acc[c] = _mm256_set1_ps(0.5f + 0.01f * static_cast<float>(c));
  const __m256 a = _mm256_set1_ps(0.999f), b = _mm256_set1_ps(0.001f);
  for (long i = 0; i < iters; ++i)
    for (int c = 0; c < C; ++c) acc[c] = _mm256_fmadd_ps(acc[c], a, b);
  __m256 sum = _mm256_setzero_ps();
  for (int c = 0; c < C; ++c) sum = _mm256_add_ps(sum, acc[c]);
  alignas(32) float v[8];
  _mm256_store_ps(v, sum);
  return v[0] + v[1] + v[2] + v[3] + v[4] + v[5] + v[6] + v[7];
}

// Best GFLOP/s (2 FLOPs per lane per FMA) of `fn` over 5 runs of ~0.2 s each, by wall clock and
// by thread CPU time (the latter is what the core gives while the thread runs).
template <class Fn>
std::pair<double, double> best_gflops(Fn fn, int lanes, int chains) {
  long iters = 1 << 16;
  volatile float sink = 0;
  for (;;) {  // calibrate to ~0.2 s
    auto a = Clock::now();
    sink = sink + fn(iters);
    if (std::chrono::duration<double>(Clock::now() - a).count() > 0.05) break;
    iters *= 2;
  }
  iters *= 4;
  double best_wall = 0, best_cpu = 0;
  for (int rep = 0; rep < 5; ++rep) {
    const double c0 = thread_cpu_ms();
    auto a = Clock::now();
    sink = sink + fn(iters);
    const double wall = std::chrono::duration<double>(Clock::now() - a).count();
    const double cpu = (thread_cpu_ms() - c0) / 1e3;
    const double flop = 2.0 * lanes * chains * static_cast<double>(iters);
    best_wall = std::max(best_wall, flop / wall / 1e9);
    if (cpu > 0) best_cpu = std::max(best_cpu, flop / cpu / 1e9);
  }
  return {best_wall, best_cpu};
}

void print_peak(const char* isa, int chains, std::pair<double, double> g) {
  std::printf(
      "{\"peak\":\"fp32_fma\",\"isa\":\"%s\",\"chains\":%d,\"threads\":1,"
      "\"gflops\":%.1f,\"gflops_cpu\":%.1f}\n",
      isa, chains, g.first, g.second);
  std::fflush(stdout);
}

// Peak fp32 FMA throughput of one core for each instruction set this CPU has, with 8, 12 and
// (AVX-512: 32 registers) 16 chains; one line per (isa, chains).
void measure_peak() {
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f")) {
    print_peak("avx512", 8, best_gflops(fma_chains_avx512<8>, 16, 8));
    print_peak("avx512", 12, best_gflops(fma_chains_avx512<12>, 16, 12));
    print_peak("avx512", 16, best_gflops(fma_chains_avx512<16>, 16, 16));
  }
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) {
    print_peak("avx2", 8, best_gflops(fma_chains_avx2<8>, 8, 8));
    print_peak("avx2", 12, best_gflops(fma_chains_avx2<12>, 8, 12));
  }
}

}  // namespace

int main(int argc, char** argv) {
  bool peak = false;
  std::vector<char*> args;  // the arguments without --peak
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--peak"))
      peak = true;
    else
      args.push_back(argv[i]);
  }
  if (peak) measure_peak();
  if (args.empty() && peak) return 0;
  if (args.empty() || args.size() % 2 == 0) {
    std::fprintf(stderr,
                 "usage: %s MODEL.gguf [--seconds S] [--lengths 16,64,256,512] [--threads 1,2] "
                 "[--precision fp32,int8] [--batch N] [--batch-len T] [--peak]\n",
                 argv[0]);
    return 2;
  }
  std::string path = args[0];
  double seconds = 3;
  std::vector<std::size_t> lengths = {16, 64, 256, 512};
  std::vector<std::size_t> thread_counts = {1, 2};
  std::vector<bool> precisions = {false, true};  // int8?
  std::size_t batch = 32, batch_len = 64;
  for (std::size_t i = 1; i + 1 < args.size(); i += 2) {
    if (!std::strcmp(args[i], "--seconds"))
      seconds = std::atof(args[i + 1]);
    else if (!std::strcmp(args[i], "--batch"))
      batch = std::strtoul(args[i + 1], nullptr, 10);
    else if (!std::strcmp(args[i], "--batch-len"))
      batch_len = std::strtoul(args[i + 1], nullptr, 10);
    else if (!std::strcmp(args[i], "--lengths"))
      lengths = parse_list(args[i + 1]);
    else if (!std::strcmp(args[i], "--threads"))
      thread_counts = parse_list(args[i + 1]);
    else if (!std::strcmp(args[i], "--precision")) {
      std::string p = args[i + 1];
      precisions.clear();
      if (p.find("fp32") != std::string::npos) precisions.push_back(false);
      if (p.find("int8") != std::string::npos) precisions.push_back(true);
    } else {
      std::fprintf(stderr, "bench_engine: error: unknown option %s\n", args[i]);
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
