// Private: the review handle, the C clock adapter and the JSON listing helper, shared by
// am_review.cpp and am_enforcement.cpp (sync reads the review handle).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "abusemon.h"
#include "abusemon/review.hpp"

namespace am {

/// A JSON array of to_json_string(element) (the review and enforcement listings).
template <typename T>
std::string json_array(const std::vector<T>& v) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i != 0) out += ',';
    out += abusemon::to_json_string(v[i]);
  }
  return out + "]";
}
// Adapts the host's C time callback to abusemon::Clock.
class CallbackClock final : public abusemon::Clock {
 public:
  CallbackClock(am_now_ms_fn fn, void* user_data) : fn_(fn), user_data_(user_data) {}
  std::int64_t now_ms() const override { return fn_(user_data_); }

 private:
  am_now_ms_fn fn_;
  void* user_data_;
};

}  // namespace am

struct am_review_store {
  // Declared before the store: the store keeps a pointer to it.
  std::unique_ptr<abusemon::Clock> clock;
  std::unique_ptr<abusemon::ReviewStore> store;
};
