// Validating, memory-mapped GGUF reader (internal to the engine).
//
// The whole file is mapped read-only; every key, array, string and tensor is bounds-checked while
// the header is parsed, so later accessors never read outside the mapping. A truncated, corrupt or
// hostile file throws abusemon::error(status::format, "<path>: <what is wrong>"); an unreadable
// file throws status::io (or not_found / permission_denied).
//
// Threading: immutable after open(); all accessors are const and safe from many threads. Views
// (string_view, spans, tensor data pointers) stay valid as long as the GgufFile lives.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace abusemon::detail {

/// GGUF metadata value types (numbering fixed by the GGUF specification).
enum class GgufType : std::uint32_t {
  u8 = 0,
  i8 = 1,
  u16 = 2,
  i16 = 3,
  u32 = 4,
  i32 = 5,
  f32 = 6,
  boolean = 7,
  string = 8,
  array = 9,
  u64 = 10,
  i64 = 11,
  f64 = 12,
};

/// ggml tensor types the engine understands (numbering fixed by ggml).
enum class TensorType : std::uint32_t { f32 = 0, f16 = 1, i8 = 24, i32 = 26, bf16 = 30 };

/// One metadata value. Scalars are decoded; arrays point into the mapping.
struct GgufValue {
  GgufType type{};
  std::uint64_t u = 0;                    ///< unsigned integers and bool
  std::int64_t i = 0;                     ///< signed integers
  double f = 0;                           ///< floats
  std::string_view str;                   ///< type == string
  GgufType elem_type{};                   ///< type == array
  std::uint64_t count = 0;                ///< type == array: number of elements
  const std::uint8_t* data = nullptr;     ///< type == array of fixed-size elements: first element
  std::vector<std::string_view> strings;  ///< type == array of strings
};

struct GgufTensor {
  std::string name;
  TensorType type{};
  std::vector<std::uint64_t> dims;  ///< GGUF order: dims[0] is the innermost (contiguous) one
  const std::uint8_t* data = nullptr;
  std::uint64_t nbytes = 0;
  std::uint64_t elements = 0;
};

class GgufFile {
 public:
  /// Maps and validates `path`. Throws abusemon::error as described above.
  static GgufFile open(const std::string& path);
  /// Validates an in-memory image (copied). Used for tests and for bytes received over the C ABI.
  static GgufFile from_bytes(std::span<const std::uint8_t> bytes, std::string name = "<memory>");

  GgufFile(GgufFile&&) noexcept;
  GgufFile& operator=(GgufFile&&) noexcept;
  GgufFile(const GgufFile&) = delete;
  GgufFile& operator=(const GgufFile&) = delete;
  ~GgufFile();

  std::uint32_t version() const { return version_; }
  const std::string& name() const { return name_; }
  const std::map<std::string, GgufValue, std::less<>>& values() const { return kv_; }
  const std::map<std::string, GgufTensor, std::less<>>& tensors() const { return tensors_; }

  const GgufValue* find(std::string_view key) const;
  const GgufTensor* find_tensor(std::string_view name) const;

  // Typed getters: throw status::format if the key is missing (required variants) or has the
  // wrong type. Integer getters accept any integer type whose value fits.
  std::string_view get_string(std::string_view key) const;
  std::optional<std::string_view> get_string_opt(std::string_view key) const;
  std::uint64_t get_uint(std::string_view key) const;
  std::optional<std::uint64_t> get_uint_opt(std::string_view key) const;
  std::optional<std::int64_t> get_int_opt(std::string_view key) const;
  double get_float(std::string_view key) const;
  std::optional<double> get_float_opt(std::string_view key) const;
  std::optional<bool> get_bool_opt(std::string_view key) const;
  std::optional<std::vector<float>> get_f32_array_opt(std::string_view key) const;
  std::optional<std::span<const std::string_view>> get_string_array_opt(std::string_view key) const;
  std::optional<std::span<const std::uint8_t>> get_bytes_opt(std::string_view key) const;

  /// Throws status::format with `name()` prefixed.
  [[noreturn]] void fail(const std::string& what) const;

 private:
  GgufFile() = default;
  void parse();

  std::string name_;
  const std::uint8_t* base_ = nullptr;
  std::size_t size_ = 0;
  void* map_ = nullptr;              // mmap'ed region, or nullptr
  std::vector<std::uint8_t> owned_;  // from_bytes() copy
  std::uint32_t version_ = 0;
  std::map<std::string, GgufValue, std::less<>> kv_;
  std::map<std::string, GgufTensor, std::less<>> tensors_;
};

/// Size in bytes of one element of a fixed-size GGUF metadata type (0 for string/array).
std::size_t gguf_type_size(GgufType t);

}  // namespace abusemon::detail
