// Private: the review handle and the C clock adapter, shared by am_review.cpp and
// am_enforcement.cpp (sync reads the review handle).
#pragma once

#include <memory>

#include "abusemon.h"
#include "abusemon/review.hpp"

namespace am {
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
