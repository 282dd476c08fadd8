// Test scaffolding shared by the Catch2 suites: a scratch directory removed at scope exit and the
// status of the abusemon::error a call throws.
#pragma once

#include <abusemon/error.hpp>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <system_error>

#include "catch.hpp"

namespace abusemon::test {

/// A fresh directory under the system temp dir, named `prefix` + random suffix.
struct ScratchDir {
  std::filesystem::path path;
  explicit ScratchDir(const std::string& prefix = "am_test_") {
    std::string tmpl = (std::filesystem::temp_directory_path() / (prefix + "XXXXXX")).string();
    REQUIRE(mkdtemp(tmpl.data()) != nullptr);
    path = tmpl;
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  std::string file(const std::string& name) const { return (path / name).string(); }
};

/// The status of the abusemon::error `f` throws; nullopt when it returns normally.
template <class F>
std::optional<status> status_of(F&& f) {
  try {
    f();
  } catch (const error& e) {
    return e.code();
  }
  return std::nullopt;
}

}  // namespace abusemon::test
