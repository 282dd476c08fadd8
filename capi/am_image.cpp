// C ABI, section "images": image classifier handles (the monitor's content checks live in
// am_monitor.cpp).
#include <algorithm>
#include <string>

#include "abusemon/image.hpp"
#include "am_monitor_internal.hpp"
#include "capi_internal.hpp"

extern "C" {

am_status am_image_model_load(const char* path, am_image_model** out) {
  AM_API_BEGIN
  am::require(out, "out");
  *out = nullptr;
  auto m = abusemon::ImageModel::load(std::string(am::cstr(path, "path")));
  *out = new am_image_model{std::move(m)};
  AM_API_END
}

void am_image_model_free(am_image_model* model) {
  delete model;
}

size_t am_image_model_output_count(const am_image_model* model) {
  return model == nullptr ? 0 : model->model->outputs().size();
}

const char* am_image_model_output_name(const am_image_model* model, size_t index) {
  if (model == nullptr || index >= model->model->outputs().size()) return nullptr;
  return model->model->outputs()[index].c_str();
}

am_status am_image_model_classify(const am_image_model* model, const uint8_t* data, size_t len,
                                  float* out, size_t out_len) {
  AM_API_BEGIN
  am::require(model, "model");
  am::require(out, "out");
  if (len != 0) am::require(data, "data");
  const std::size_t n = model->model->outputs().size();
  if (out_len != n) {
    throw std::invalid_argument("out_len is " + std::to_string(out_len) + ", the model has " +
                                std::to_string(n) + " outputs");
  }
  const auto p = model->model->classify(std::span<const std::uint8_t>(data, len));
  std::copy(p.begin(), p.end(), out);
  AM_API_END
}

}  // extern "C"
