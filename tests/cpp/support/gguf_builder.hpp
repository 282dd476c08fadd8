// A minimal GGUF v3 writer for test fixtures (tiny text and image models built in memory, so
// the tests need no files from outside the repository).
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace abusemon::test {

struct GgufBuilder {
  std::vector<std::uint8_t> kv;
  std::uint64_t n_kv = 0;
  struct T {
    std::string name;
    std::vector<std::uint64_t> dims;
    std::vector<float> data;
  };
  std::vector<T> tensors;

  template <class X>
  static void put(std::vector<std::uint8_t>& b, X v) {
    auto p = reinterpret_cast<const std::uint8_t*>(&v);
    b.insert(b.end(), p, p + sizeof(X));
  }
  static void str(std::vector<std::uint8_t>& b, const std::string& s) {
    put<std::uint64_t>(b, s.size());
    b.insert(b.end(), s.begin(), s.end());
  }
  void key(const std::string& k, std::uint32_t type) {
    str(kv, k);
    put<std::uint32_t>(kv, type);
    ++n_kv;
  }
  void u32(const std::string& k, std::uint32_t v) { key(k, 4), put(kv, v); }
  void f32(const std::string& k, float v) { key(k, 6), put(kv, v); }
  void boolean(const std::string& k, bool v) { key(k, 7), put<std::uint8_t>(kv, v ? 1 : 0); }
  void string(const std::string& k, const std::string& v) { key(k, 8), str(kv, v); }
  void strings(const std::string& k, const std::vector<std::string>& v) {
    key(k, 9);
    put<std::uint32_t>(kv, 8);
    put<std::uint64_t>(kv, v.size());
    for (auto& s : v) str(kv, s);
  }
  void floats(const std::string& k, const std::vector<float>& v) {
    key(k, 9);
    put<std::uint32_t>(kv, 6);
    put<std::uint64_t>(kv, v.size());
    for (float x : v) put(kv, x);
  }
  void tensor(const std::string& name, std::size_t rows, std::size_t cols, std::mt19937& rng,
              float scale, float offset = 0) {
    std::normal_distribution<float> nd(0, scale);
    T t{name, cols ? std::vector<std::uint64_t>{cols, rows} : std::vector<std::uint64_t>{rows}, {}};
    t.data.resize(rows * (cols ? cols : 1));
    for (auto& x : t.data) x = offset + nd(rng);
    tensors.push_back(std::move(t));
  }
  std::vector<std::uint8_t> bytes() const {
    std::vector<std::uint8_t> b = {'G', 'G', 'U', 'F'};
    put<std::uint32_t>(b, 3);
    put<std::uint64_t>(b, tensors.size());
    put<std::uint64_t>(b, n_kv);
    b.insert(b.end(), kv.begin(), kv.end());
    std::uint64_t off = 0;
    for (auto& t : tensors) {
      str(b, t.name);
      put<std::uint32_t>(b, static_cast<std::uint32_t>(t.dims.size()));
      for (auto d : t.dims) put(b, d);
      put<std::uint32_t>(b, 0);  // F32
      put(b, off);
      off += (t.data.size() * 4 + 31) / 32 * 32;
    }
    while (b.size() % 32) b.push_back(0);
    for (auto& t : tensors) {
      auto p = reinterpret_cast<const std::uint8_t*>(t.data.data());
      b.insert(b.end(), p, p + t.data.size() * 4);
      while (b.size() % 32) b.push_back(0);
    }
    return b;
  }
  void u32s(const std::string& k, const std::vector<std::uint32_t>& v) {
    key(k, 9);
    put<std::uint32_t>(kv, 4);
    put<std::uint64_t>(kv, v.size());
    for (auto x : v) put(kv, x);
  }
};

}  // namespace abusemon::test
