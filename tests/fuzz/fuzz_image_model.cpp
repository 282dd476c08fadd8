// Fuzz target: the image model container (GGUF header, program ops, slot shapes, tensors) on
// arbitrary bytes. A file that loads must also run on a prepared input without crashing.
// Seeds: tests/fuzz/corpus/fuzz_image_model/ (the committed fixture model).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <span>
#include <vector>

#include "abusemon/error.hpp"
#include "abusemon/image.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::shared_ptr<const abusemon::ImageModel> model;
  try {
    model = abusemon::ImageModel::from_bytes({data, size});
  } catch (const abusemon::error& e) {
    if (e.code() != abusemon::status::format) std::abort();
    return 0;
  }
  // Loaded: inputs of up to 256 x 256 run (bigger ones are valid but slow to fuzz).
  if (std::size_t{model->input_height()} * model->input_width() > 256 * 256) return 0;
  std::vector<float> in(std::size_t{model->input_height()} * model->input_width() * 3, 1.0f);
  std::vector<float> out(model->outputs().size());
  model->run(in, out);
  return 0;
}
