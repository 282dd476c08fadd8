// Image engine benchmark (not a test): one thread, per model file. Prints one JSON line:
// model-only ms per image (run() on a prepared input), end-to-end ms per image (decode +
// resize + model, over the given image files), images/s per core, and the model's memory.
// CPU time of this thread is measured, so other load on the machine matters less.
// Usage: bench_images MODEL.gguf [REPS] IMAGE... (benchmarks/bench_images.py runs it next to
// ONNX Runtime).
#include <time.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "abusemon/image.hpp"

namespace {

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: bench_images MODEL.gguf [REPS] IMAGE...\n");
    return 2;
  }
  int first = 2, reps = 10;
  if (argc > 3 && std::string(argv[2]).find_first_not_of("0123456789") == std::string::npos) {
    reps = std::stoi(argv[2]);
    first = 3;
  }
  auto model = abusemon::ImageModel::load(argv[1]);
  std::vector<std::vector<std::uint8_t>> images;
  for (int i = first; i < argc; ++i) {
    std::ifstream f(argv[i], std::ios::binary);
    images.emplace_back(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  }
  std::vector<float> in(std::size_t{model->input_height()} * model->input_width() * 3, 0.5f);
  std::vector<float> out(model->outputs().size());
  model->run(in, out);  // warm-up: workspace allocation
  double t0 = cpu_seconds();
  for (int r = 0; r < reps; ++r) model->run(in, out);
  const double model_ms = 1e3 * (cpu_seconds() - t0) / reps;
  t0 = cpu_seconds();
  std::size_t n = 0;
  for (int r = 0; r < reps; ++r)
    for (const auto& img : images) {
      model->classify(img);
      ++n;
    }
  const double e2e_ms = n ? 1e3 * (cpu_seconds() - t0) / static_cast<double>(n) : 0.0;
  std::printf(
      "{\"model\": \"%s\", \"model_ms\": %.3f, \"end_to_end_ms\": %.3f, \"images_per_s\": %.2f, "
      "\"memory_mb\": %.1f}\n",
      argv[1], model_ms, e2e_ms, e2e_ms > 0 ? 1e3 / e2e_ms : 0.0,
      static_cast<double>(model->memory_bytes()) / (1 << 20));
  return 0;
}
