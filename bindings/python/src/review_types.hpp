// Private to the Python bindings: the review store holder and the Python clock adapter, shared
// by register_review.cpp and register_enforcement.cpp (Enforcement.sync takes a ReviewStore).
#pragma once

#include <pybind11/pybind11.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "abusemon/review.hpp"
#include "abusemon/types.hpp"
#include "convert.hpp"

namespace abusemon::python {

namespace py = pybind11;

// A Python time source: a callable returning ms, or an object with now_ms() (e.g. a ManualClock
// binding). Store calls run without the GIL, so the clock takes it for each reading.
class PyClock final : public Clock {
 public:
  explicit PyClock(py::object source) : source_(std::move(source)) {}
  ~PyClock() override {
    py::gil_scoped_acquire gil;
    source_ = py::object();
  }
  std::int64_t now_ms() const override {
    py::gil_scoped_acquire gil;
    py::object v = py::hasattr(source_, "now_ms") ? source_.attr("now_ms")() : source_();
    return v.cast<std::int64_t>();
  }

 private:
  py::object source_;
};

// Keeps the clock alive as long as the store and frees both without the GIL held by the store.
struct PyReviewStore {
  std::unique_ptr<PyClock> clock;
  std::unique_ptr<ReviewStore> store;
  ~PyReviewStore() {
    py::gil_scoped_release nogil;  // the store's destructor may wait for its own lock
    store.reset();
    py::gil_scoped_acquire gil;
    clock.reset();
  }
};

}  // namespace abusemon::python
