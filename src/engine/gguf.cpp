#include "gguf.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <set>
#include <utility>

#include "abusemon/error.hpp"

namespace abusemon::detail {
namespace {

// Sanity limits: far above anything a real encoder needs, low enough that a hostile header
// cannot make us allocate unbounded memory before the bounds checks catch it.
constexpr std::uint64_t kMaxKeyLength = 65536;
constexpr std::uint64_t kMaxTensors = 1u << 20;
constexpr std::uint64_t kMaxKeys = 1u << 20;
constexpr std::uint32_t kMaxDims = 4;  // GGML_MAX_DIMS
constexpr std::uint32_t kDefaultAlignment = 32;

std::size_t tensor_type_size(std::uint32_t t, bool& known) {
  known = true;
  switch (static_cast<TensorType>(t)) {
    case TensorType::f32:
      return 4;
    case TensorType::f16:
      return 2;
    case TensorType::bf16:
      return 2;
    case TensorType::i8:
      return 1;
    case TensorType::i32:
      return 4;
  }
  known = false;
  return 0;
}

bool mul_overflows(std::uint64_t a, std::uint64_t b, std::uint64_t& out) {
  return __builtin_mul_overflow(a, b, &out);
}

// Bounds-checked little-endian cursor over the mapping.
class Cursor {
 public:
  Cursor(const GgufFile& f, const std::uint8_t* p, std::size_t n) : f_(f), p_(p), n_(n) {}

  std::size_t pos() const { return pos_; }

  const std::uint8_t* take(std::uint64_t bytes, const char* what) {
    if (bytes > n_ - pos_)
      f_.fail(std::string("truncated file while reading ") + what + " at offset " +
              std::to_string(pos_));
    const std::uint8_t* r = p_ + pos_;
    pos_ += static_cast<std::size_t>(bytes);
    return r;
  }
  template <class T>
  T read(const char* what) {
    T v;
    std::memcpy(&v, take(sizeof(T), what), sizeof(T));
    return v;
  }
  std::string_view string(const char* what, std::uint64_t max_len) {
    auto len = read<std::uint64_t>(what);
    if (len > max_len)
      f_.fail(std::string(what) + " length " + std::to_string(len) + " exceeds limit");
    if (len > n_ - pos_) f_.fail(std::string("truncated file: ") + what + " runs past end");
    auto p = take(len, what);
    return {reinterpret_cast<const char*>(p), static_cast<std::size_t>(len)};
  }

 private:
  const GgufFile& f_;
  const std::uint8_t* p_;
  std::size_t n_;
  std::size_t pos_ = 0;
};

void read_scalar(Cursor& c, GgufType t, GgufValue& v, const GgufFile& f) {
  switch (t) {
    case GgufType::u8:
      v.u = c.read<std::uint8_t>("u8");
      break;
    case GgufType::i8:
      v.i = c.read<std::int8_t>("i8");
      break;
    case GgufType::u16:
      v.u = c.read<std::uint16_t>("u16");
      break;
    case GgufType::i16:
      v.i = c.read<std::int16_t>("i16");
      break;
    case GgufType::u32:
      v.u = c.read<std::uint32_t>("u32");
      break;
    case GgufType::i32:
      v.i = c.read<std::int32_t>("i32");
      break;
    case GgufType::u64:
      v.u = c.read<std::uint64_t>("u64");
      break;
    case GgufType::i64:
      v.i = c.read<std::int64_t>("i64");
      break;
    case GgufType::f32:
      v.f = c.read<float>("f32");
      break;
    case GgufType::f64:
      v.f = c.read<double>("f64");
      break;
    case GgufType::boolean: {
      auto b = c.read<std::uint8_t>("bool");
      if (b > 1) f.fail("bool value " + std::to_string(b) + " is not 0 or 1");
      v.u = b;
      break;
    }
    default:
      f.fail("internal: not a scalar type");
  }
}

bool is_unsigned(GgufType t) {
  return t == GgufType::u8 || t == GgufType::u16 || t == GgufType::u32 || t == GgufType::u64;
}
bool is_signed(GgufType t) {
  return t == GgufType::i8 || t == GgufType::i16 || t == GgufType::i32 || t == GgufType::i64;
}

}  // namespace

std::size_t gguf_type_size(GgufType t) {
  switch (t) {
    case GgufType::u8:
    case GgufType::i8:
    case GgufType::boolean:
      return 1;
    case GgufType::u16:
    case GgufType::i16:
      return 2;
    case GgufType::u32:
    case GgufType::i32:
    case GgufType::f32:
      return 4;
    case GgufType::u64:
    case GgufType::i64:
    case GgufType::f64:
      return 8;
    default:
      return 0;
  }
}

GgufFile::GgufFile(GgufFile&& o) noexcept {
  *this = std::move(o);
}

GgufFile& GgufFile::operator=(GgufFile&& o) noexcept {
  if (this != &o) {
    if (map_) ::munmap(map_, size_);
    name_ = std::move(o.name_);
    base_ = std::exchange(o.base_, nullptr);
    size_ = std::exchange(o.size_, 0);
    map_ = std::exchange(o.map_, nullptr);
    owned_ = std::move(o.owned_);
    version_ = o.version_;
    kv_ = std::move(o.kv_);
    tensors_ = std::move(o.tensors_);
  }
  return *this;
}

GgufFile::~GgufFile() {
  if (map_) ::munmap(map_, size_);
}

void GgufFile::fail(const std::string& what) const {
  throw error(status::format, name_ + ": " + what);
}

GgufFile GgufFile::open(const std::string& path) {
  GgufFile f;
  f.name_ = path;
  // O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused just below).
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    int e = errno;
    status s = e == ENOENT   ? status::not_found
               : e == EACCES ? status::permission_denied
                             : status::io;
    throw error(s, "cannot open model file '" + path + "': " + std::strerror(e));
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    throw error(status::format, "model path '" + path + "' is not a regular file");
  }
  f.size_ = static_cast<std::size_t>(st.st_size);
  if (f.size_ == 0) {
    ::close(fd);
    f.fail("file is empty");
  }
  void* m = ::mmap(nullptr, f.size_, PROT_READ, MAP_PRIVATE, fd, 0);
  int e = errno;
  ::close(fd);
  if (m == MAP_FAILED) throw error(status::io, "cannot map '" + path + "': " + std::strerror(e));
  f.map_ = m;
  f.base_ = static_cast<const std::uint8_t*>(m);
  f.parse();
  return f;
}

GgufFile GgufFile::from_bytes(std::span<const std::uint8_t> bytes, std::string name) {
  GgufFile f;
  f.name_ = std::move(name);
  // Over-allocate so that tensor data keeps the file's 32-byte alignment in memory.
  f.owned_.resize(bytes.size() + 64);
  auto addr = reinterpret_cast<std::uintptr_t>(f.owned_.data());
  std::size_t shift = (64 - addr % 64) % 64;
  if (!bytes.empty()) std::memcpy(f.owned_.data() + shift, bytes.data(), bytes.size());
  f.base_ = f.owned_.data() + shift;
  f.size_ = bytes.size();
  f.parse();
  return f;
}

void GgufFile::parse() {
  Cursor c(*this, base_, size_);
  if (size_ < 4 || std::memcmp(base_, "GGUF", 4) != 0) fail("not a GGUF file (bad magic)");
  c.take(4, "magic");
  version_ = c.read<std::uint32_t>("version");
  if (version_ != 2 && version_ != 3)
    fail("unsupported GGUF version " + std::to_string(version_) + " (need 2 or 3)");
  auto n_tensors = c.read<std::uint64_t>("tensor count");
  auto n_kv = c.read<std::uint64_t>("metadata count");
  if (n_tensors > kMaxTensors || n_tensors > size_)
    fail("tensor count " + std::to_string(n_tensors) + " is implausible");
  if (n_kv > kMaxKeys || n_kv > size_)
    fail("metadata count " + std::to_string(n_kv) + " is implausible");

  for (std::uint64_t k = 0; k < n_kv; ++k) {
    std::string key(c.string("metadata key", kMaxKeyLength));
    if (key.empty()) fail("empty metadata key");
    GgufValue v;
    auto t = c.read<std::uint32_t>("value type");
    if (t > static_cast<std::uint32_t>(GgufType::f64))
      fail("key '" + key + "': unknown value type " + std::to_string(t));
    v.type = static_cast<GgufType>(t);
    if (v.type == GgufType::string) {
      v.str = c.string("string value", size_);
    } else if (v.type == GgufType::array) {
      auto et = c.read<std::uint32_t>("array element type");
      if (et > static_cast<std::uint32_t>(GgufType::f64))
        fail("key '" + key + "': unknown array element type " + std::to_string(et));
      v.elem_type = static_cast<GgufType>(et);
      if (v.elem_type == GgufType::array)
        fail("key '" + key + "': nested arrays are not supported");
      v.count = c.read<std::uint64_t>("array length");
      if (v.elem_type == GgufType::string) {
        // Each string needs at least its 8-byte length: bounds the reservation below.
        if (v.count > (size_ - c.pos()) / 8)
          fail("key '" + key + "': array length " + std::to_string(v.count) + " runs past end");
        v.strings.reserve(static_cast<std::size_t>(v.count));
        for (std::uint64_t j = 0; j < v.count; ++j)
          v.strings.push_back(c.string("array string", size_));
      } else {
        std::uint64_t bytes;
        if (mul_overflows(v.count, gguf_type_size(v.elem_type), bytes))
          fail("key '" + key + "': array size overflows");
        v.data = c.take(bytes, "array data");
        if (v.elem_type == GgufType::boolean)
          for (std::uint64_t j = 0; j < v.count; ++j)
            if (v.data[j] > 1) fail("key '" + key + "': bool array element is not 0 or 1");
      }
    } else {
      read_scalar(c, v.type, v, *this);
    }
    if (!kv_.emplace(std::move(key), std::move(v)).second) fail("duplicate metadata key");
  }

  std::uint64_t alignment = kDefaultAlignment;
  if (auto a = get_uint_opt("general.alignment")) {
    alignment = *a;
    if (alignment == 0 || (alignment & (alignment - 1)) != 0 || alignment > 65536)
      fail("general.alignment " + std::to_string(alignment) + " is not a power of two <= 65536");
  }

  struct Pending {
    std::string name;
    std::uint64_t offset;
  };
  std::vector<Pending> pending;
  pending.reserve(static_cast<std::size_t>(n_tensors));
  for (std::uint64_t k = 0; k < n_tensors; ++k) {
    GgufTensor t;
    t.name = std::string(c.string("tensor name", kMaxKeyLength));
    if (t.name.empty()) fail("empty tensor name");
    auto nd = c.read<std::uint32_t>("tensor rank");
    if (nd == 0 || nd > kMaxDims)
      fail("tensor '" + t.name + "': rank " + std::to_string(nd) + " not in 1..4");
    t.elements = 1;
    for (std::uint32_t d = 0; d < nd; ++d) {
      auto dim = c.read<std::uint64_t>("tensor dim");
      if (dim == 0) fail("tensor '" + t.name + "': zero dimension");
      if (mul_overflows(t.elements, dim, t.elements) || t.elements > size_)
        fail("tensor '" + t.name + "': element count exceeds the file size");
      t.dims.push_back(dim);
    }
    auto type = c.read<std::uint32_t>("tensor type");
    bool known = false;
    std::size_t es = tensor_type_size(type, known);
    if (!known) fail("tensor '" + t.name + "': unsupported ggml type " + std::to_string(type));
    t.type = static_cast<TensorType>(type);
    if (mul_overflows(t.elements, es, t.nbytes)) fail("tensor '" + t.name + "': size overflows");
    auto offset = c.read<std::uint64_t>("tensor offset");
    if (offset % alignment != 0)
      fail("tensor '" + t.name + "': offset " + std::to_string(offset) + " is not aligned to " +
           std::to_string(alignment));
    pending.push_back({t.name, offset});
    std::string name = t.name;
    if (!tensors_.emplace(std::move(name), std::move(t)).second)
      fail("duplicate tensor name '" + pending.back().name + "'");
  }

  std::uint64_t data_start = (c.pos() + alignment - 1) / alignment * alignment;
  if (n_tensors > 0 && data_start > size_) fail("truncated file: tensor data section missing");
  // Tensor ranges must lie inside the file and must not overlap.
  std::vector<std::pair<std::uint64_t, std::uint64_t>> ranges;
  for (auto& p : pending) {
    auto& t = tensors_.at(p.name);
    std::uint64_t begin, end;
    if (__builtin_add_overflow(data_start, p.offset, &begin) ||
        __builtin_add_overflow(begin, t.nbytes, &end) || end > size_)
      fail("tensor '" + t.name + "': data [" + std::to_string(p.offset) + ", +" +
           std::to_string(t.nbytes) + ") runs past the end of the file");
    t.data = base_ + begin;
    ranges.emplace_back(begin, end);
  }
  std::sort(ranges.begin(), ranges.end());
  for (std::size_t i = 1; i < ranges.size(); ++i)
    if (ranges[i].first < ranges[i - 1].second) fail("tensor data ranges overlap");
}

const GgufValue* GgufFile::find(std::string_view key) const {
  auto it = kv_.find(key);
  return it == kv_.end() ? nullptr : &it->second;
}

const GgufTensor* GgufFile::find_tensor(std::string_view name) const {
  auto it = tensors_.find(name);
  return it == tensors_.end() ? nullptr : &it->second;
}

std::optional<std::string_view> GgufFile::get_string_opt(std::string_view key) const {
  auto v = find(key);
  if (!v) return std::nullopt;
  if (v->type != GgufType::string) fail("key '" + std::string(key) + "' is not a string");
  return v->str;
}

std::string_view GgufFile::get_string(std::string_view key) const {
  auto v = get_string_opt(key);
  if (!v) fail("missing required key '" + std::string(key) + "'");
  return *v;
}

std::optional<std::uint64_t> GgufFile::get_uint_opt(std::string_view key) const {
  auto v = find(key);
  if (!v) return std::nullopt;
  if (is_unsigned(v->type)) return v->u;
  if (is_signed(v->type) && v->i >= 0) return static_cast<std::uint64_t>(v->i);
  fail("key '" + std::string(key) + "' is not a non-negative integer");
}

std::uint64_t GgufFile::get_uint(std::string_view key) const {
  auto v = get_uint_opt(key);
  if (!v) fail("missing required key '" + std::string(key) + "'");
  return *v;
}

std::optional<std::int64_t> GgufFile::get_int_opt(std::string_view key) const {
  auto v = find(key);
  if (!v) return std::nullopt;
  if (is_signed(v->type)) return v->i;
  if (is_unsigned(v->type) && v->u <= static_cast<std::uint64_t>(INT64_MAX))
    return static_cast<std::int64_t>(v->u);
  fail("key '" + std::string(key) + "' is not an integer");
}

std::optional<double> GgufFile::get_float_opt(std::string_view key) const {
  auto v = find(key);
  if (!v) return std::nullopt;
  if (v->type == GgufType::f32 || v->type == GgufType::f64) return v->f;
  fail("key '" + std::string(key) + "' is not a float");
}

double GgufFile::get_float(std::string_view key) const {
  auto v = get_float_opt(key);
  if (!v) fail("missing required key '" + std::string(key) + "'");
  return *v;
}

std::optional<bool> GgufFile::get_bool_opt(std::string_view key) const {
  auto v = find(key);
  if (!v) return std::nullopt;
  if (v->type != GgufType::boolean) fail("key '" + std::string(key) + "' is not a bool");
  return v->u != 0;
}

std::optional<std::vector<float>> GgufFile::get_f32_array_opt(std::string_view key) const {
  auto v = find(key);
  if (!v) return std::nullopt;
  if (v->type != GgufType::array ||
      (v->elem_type != GgufType::f32 && v->elem_type != GgufType::f64))
    fail("key '" + std::string(key) + "' is not an array of floats");
  std::vector<float> out(static_cast<std::size_t>(v->count));
  for (std::size_t j = 0; j < out.size(); ++j) {
    if (v->elem_type == GgufType::f32) {
      std::memcpy(&out[j], v->data + 4 * j, 4);
    } else {
      double d;
      std::memcpy(&d, v->data + 8 * j, 8);
      out[j] = static_cast<float>(d);
    }
  }
  return out;
}

std::optional<std::span<const std::string_view>> GgufFile::get_string_array_opt(
    std::string_view key) const {
  auto v = find(key);
  if (!v) return std::nullopt;
  if (v->type != GgufType::array || v->elem_type != GgufType::string)
    fail("key '" + std::string(key) + "' is not an array of strings");
  return std::span<const std::string_view>(v->strings);
}

std::optional<std::span<const std::uint8_t>> GgufFile::get_bytes_opt(std::string_view key) const {
  auto v = find(key);
  if (!v) return std::nullopt;
  if (v->type != GgufType::array || (v->elem_type != GgufType::u8 && v->elem_type != GgufType::i8))
    fail("key '" + std::string(key) + "' is not a byte array");
  return std::span<const std::uint8_t>(v->data, static_cast<std::size_t>(v->count));
}

}  // namespace abusemon::detail
