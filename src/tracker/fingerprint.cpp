// SimHash text fingerprints for near-duplicate (rephrasing) detection.
#include <array>
#include <bit>
#include <cstring>
#include <string>

#include "abusemon/tracker.hpp"

namespace abusemon {

namespace {

uint64_t mix64(uint64_t x) noexcept {  // splitmix64 finaliser
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

}  // namespace

uint64_t fingerprint(std::string_view text) noexcept {
  // Normalise: ASCII letters lower-cased, other ASCII non-alphanumerics collapsed to one space,
  // non-ASCII bytes kept (so UTF-8 text in any script still has features).
  thread_local std::string norm;
  norm.clear();
  bool space = true;
  for (unsigned char ch : text) {
    if (ch >= 0x80 || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z')) {
      norm.push_back(static_cast<char>(ch));
      space = false;
    } else if (ch >= 'A' && ch <= 'Z') {
      norm.push_back(static_cast<char>(ch - 'A' + 'a'));
      space = false;
    } else if (!space) {
      norm.push_back(' ');
      space = true;
    }
  }
  while (!norm.empty() && norm.back() == ' ') norm.pop_back();
  if (norm.empty()) return 0;
  // Features: character 3-grams (robust to small edits) plus whole words (weighted 2, so that
  // reordered sentences stay close). A short text is one feature.
  std::array<int32_t, 64> acc{};
  auto add = [&acc](uint64_t h, int w) {
    for (int b = 0; b < 64; ++b) acc[b] += ((h >> b) & 1) ? w : -w;
  };
  if (norm.size() < 3) {
    uint64_t h = 0;
    std::memcpy(&h, norm.data(), norm.size());
    add(mix64(h ^ 0x51), 1);
  } else {
    for (std::size_t i = 0; i + 3 <= norm.size(); ++i) {
      const uint64_t g = static_cast<uint64_t>(static_cast<unsigned char>(norm[i])) |
                         static_cast<uint64_t>(static_cast<unsigned char>(norm[i + 1])) << 8 |
                         static_cast<uint64_t>(static_cast<unsigned char>(norm[i + 2])) << 16;
      add(mix64(g), 1);
    }
  }
  std::size_t start = 0;
  for (std::size_t i = 0; i <= norm.size(); ++i) {
    if (i == norm.size() || norm[i] == ' ') {
      if (i > start) {
        uint64_t h = 0xCBF29CE484222325ULL;  // FNV-1a
        for (std::size_t k = start; k < i; ++k) {
          h = (h ^ static_cast<unsigned char>(norm[k])) * 0x100000001B3ULL;
        }
        add(mix64(h), 2);
      }
      start = i + 1;
    }
  }
  uint64_t fp = 0;
  for (int b = 0; b < 64; ++b) {
    if (acc[b] > 0) fp |= uint64_t{1} << b;
  }
  return fp == 0 ? 1 : fp;  // 0 means "no fingerprint"
}

int hamming_distance(uint64_t a, uint64_t b) noexcept {
  return std::popcount(a ^ b);
}

}  // namespace abusemon
