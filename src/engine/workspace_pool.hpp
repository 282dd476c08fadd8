// A thread-safe free list of per-call workspaces (internal): a loaded model is immutable and
// shared, each call borrows scratch buffers sized by earlier calls instead of allocating.
#pragma once

#include <memory>
#include <mutex>
#include <vector>

namespace abusemon::detail {

template <class T>
class WorkspacePool {
 public:
  /// A free workspace, or a new empty one.
  std::unique_ptr<T> take() const {
    std::lock_guard<std::mutex> lock(mu_);
    if (free_.empty()) return std::make_unique<T>();
    auto ws = std::move(free_.back());
    free_.pop_back();
    return ws;
  }
  void give_back(std::unique_ptr<T> ws) const {
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back(std::move(ws));
  }

 private:
  mutable std::mutex mu_;
  mutable std::vector<std::unique_ptr<T>> free_;
};

}  // namespace abusemon::detail
