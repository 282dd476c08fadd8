// Fuzz target: the model-file loader (GGUF parsing, metadata and tensor validation, tokenizer
// construction) on arbitrary bytes. A file that loads must also tokenize and score.
// Seeds: tests/fuzz/corpus/fuzz_model_load/ and tests/data/engine/tiny-bert.gguf.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "abusemon/error.hpp"
#include "abusemon/model.hpp"

namespace {

// An anonymous in-memory file: Model::load reads a path, and /proc/self/fd/N of a memfd is one
// without touching the disk.
int memory_file() {
  static const int fd = memfd_create("abusemon-fuzz-model", 0);
  if (fd < 0) {
    std::perror("memfd_create");
    std::abort();
  }
  return fd;
}

bool write_all(int fd, const std::uint8_t* data, std::size_t size) {
  if (ftruncate(fd, 0) != 0 || lseek(fd, 0, SEEK_SET) != 0) return false;
  while (size > 0) {
    const ssize_t n = write(fd, data, size);
    if (n <= 0) return false;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const int fd = memory_file();
  if (!write_all(fd, data, size)) std::abort();
  const std::string path = "/proc/self/fd/" + std::to_string(fd);
  std::shared_ptr<const abusemon::Model> model;
  try {
    model = abusemon::Model::load(path);
  } catch (const abusemon::error&) {
    return 0;  // rejected with a status: the expected outcome for almost every input
  }
  // A model that validated must be usable: tokenizing and scoring may not crash.
  const std::vector<std::string_view> texts{"hello world", "", "\xff\xfe caf\xc3\xa9 ##x [CLS]"};
  std::vector<float> out(texts.size() * model->output_count());
  abusemon::ScoreOptions options;
  options.max_windows = 8;
  try {
    for (auto t : texts) (void)model->tokenize(t, true);
    model->score(texts, out, options);
  } catch (const abusemon::error&) {
  }
  (void)model->info().to_json();
  return 0;
}
