// The image engine: loads the op program of an abusemon image GGUF (docs/IMAGES.md), checks
// every op and shape against the slots, and runs it channels-last. Convolutions are im2col +
// the engine's packed fp32 GEMM (src/engine/gemm.hpp), 1x1 convolutions and linear layers are
// the GEMM directly, depthwise convolutions and the element-wise ops are plain loops compiled
// for AVX-512 / AVX2 / baseline with target clones.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include <Eigen/Core>

#include "abusemon/error.hpp"
#include "abusemon/image.hpp"
#include "engine/gemm.hpp"
#include "engine/gguf.hpp"
#include "image/image_internal.hpp"

namespace abusemon {
namespace {

using detail::GgufFile;
using detail::GgufTensor;

#define AM_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))

enum class Kind { conv, linear, pool, binc, bin, unary, reduce, softmax, affine, view };
enum class Fn { none, relu, gelu, erf, sqrt, clip, add, sub, mul, div, max, avg, l2, sum, mean };

struct Slot {
  std::size_t rows = 0, cols = 0, h = 0, w = 0;
  std::size_t size() const { return rows * cols; }
};

struct Op {
  Kind kind{};
  int x = -1, x2 = -1, y = -1;
  Fn f = Fn::none;         // unary / binary / reduce / pool function, or conv/linear activation
  bool over_rows = false;  // reduce
  bool rev = false;        // binc: constant is the left operand
  float lo = 0, hi = 0;    // clip
  std::size_t kh = 1, kw = 1, sh = 1, sw = 1, pt = 0, pl = 0, pb = 0, pr = 0, g = 1;
  const float* w = nullptr;  // conv/linear weights [out, in] (depthwise [k, c]); affine scale
  const float* b = nullptr;  // bias [out]; affine shift
  const float* c = nullptr;  // binc constant [cr, cc]
  std::size_t cr = 1, cc = 1, out = 0, in = 0;
  detail::PackedWeights packed;
};

struct Workspace {
  std::vector<std::vector<float>> buffers;
  std::vector<float> col;
  std::vector<float> input;
};

[[noreturn]] void bad(const GgufFile& f, const std::string& what) {
  f.fail(what);
}

std::size_t to_size(const GgufFile& f, std::string_view v, std::string_view what) {
  std::size_t out = 0;
  auto r = std::from_chars(v.data(), v.data() + v.size(), out);
  if (r.ec != std::errc() || r.ptr != v.data() + v.size())
    bad(f, "program: bad number '" + std::string(v) + "' for " + std::string(what));
  return out;
}

float to_float(const GgufFile& f, std::string_view v) {
  if (v == "inf") return std::numeric_limits<float>::infinity();
  if (v == "-inf") return -std::numeric_limits<float>::infinity();
  float out = 0;
  auto r = std::from_chars(v.data(), v.data() + v.size(), out);
  if (r.ec != std::errc() || r.ptr != v.data() + v.size() || !std::isfinite(out))
    bad(f, "program: bad float '" + std::string(v) + "'");
  return out;
}

class Program final : public ImageModel {
 public:
  explicit Program(GgufFile file) : file_(std::move(file)) { load(); }

  const std::vector<std::string>& outputs() const noexcept override { return outputs_; }
  std::string name() const override { return name_; }
  std::string license() const override { return license_; }
  std::uint32_t input_height() const noexcept override { return static_cast<std::uint32_t>(in_h_); }
  std::uint32_t input_width() const noexcept override { return static_cast<std::uint32_t>(in_w_); }
  std::string resize_mode() const override { return resize_; }
  std::size_t memory_bytes() const noexcept override {
    std::size_t n = weight_bytes_;
    for (const auto& op : ops_)
      if (op.packed) n += detail::panel_floats(op.packed.out, op.packed.in) * sizeof(float);
    return n + workspace_floats_ * sizeof(float);
  }

  void run(std::span<const float> input, std::span<float> out) const override {
    if (input.size() != in_h_ * in_w_ * 3)
      throw std::invalid_argument("ImageModel::run: input must have height*width*3 floats");
    if (out.size() != outputs_.size())
      throw std::invalid_argument("ImageModel::run: output span has the wrong size");
    auto ws = borrow();
    run_ws(*ws, input.data(), out.data());
    give_back(std::move(ws));
  }

  void prepare(const RgbImage& image, std::span<float> input) const override {
    if (input.size() != in_h_ * in_w_ * 3)
      throw std::invalid_argument("ImageModel::prepare: input must have height*width*3 floats");
    detail::PrepareSpec spec{in_h_, in_w_, resize_, bgr_, mean_, scale_};
    detail::prepare_image(image, spec, input.data());
  }

  std::vector<float> classify(std::span<const std::uint8_t> encoded,
                              const ImageLimits& limits) const override {
    return classify(decode_image(encoded, limits));
  }

  std::vector<float> classify(const RgbImage& image) const override {
    if (image.width == 0 || image.height == 0 ||
        image.pixels.size() != std::size_t{image.width} * image.height * 3)
      throw std::invalid_argument("ImageModel::classify: pixels must be width*height*3 bytes");
    auto ws = borrow();
    ws->input.resize(in_h_ * in_w_ * 3);
    prepare(image, ws->input);
    std::vector<float> out(outputs_.size());
    run_ws(*ws, ws->input.data(), out.data());
    give_back(std::move(ws));
    return out;
  }

 private:
  void load();
  void parse_op(std::string_view text);
  const float* tensor(std::string_view id, std::size_t inner, std::size_t outer);
  void plan();
  void run_ws(Workspace& ws, const float* input, float* out) const;
  void exec(const Op& op, Workspace& ws, const float* x, const float* x2, float* y) const;

  std::unique_ptr<Workspace> borrow() const {
    std::lock_guard<std::mutex> lock(pool_mutex_);
    if (pool_.empty()) return std::make_unique<Workspace>();
    auto ws = std::move(pool_.back());
    pool_.pop_back();
    return ws;
  }
  void give_back(std::unique_ptr<Workspace> ws) const {
    std::lock_guard<std::mutex> lock(pool_mutex_);
    pool_.push_back(std::move(ws));
  }

  GgufFile file_;
  std::vector<std::string> outputs_;
  std::string name_, license_, resize_;
  bool bgr_ = false;
  std::array<float, 3> mean_{}, scale_{1, 1, 1};
  std::size_t in_h_ = 0, in_w_ = 0, out_slot_ = 0, weight_bytes_ = 0, workspace_floats_ = 0;
  std::vector<Slot> slots_;
  std::vector<Op> ops_;
  std::vector<int> buffer_of_;  // slot -> workspace buffer (-1: the input)
  std::vector<std::size_t> buffer_size_;
  std::size_t col_floats_ = 0;
  mutable std::mutex pool_mutex_;
  mutable std::vector<std::unique_ptr<Workspace>> pool_;
};

const float* Program::tensor(std::string_view id, std::size_t inner, std::size_t outer) {
  const GgufTensor* t = file_.find_tensor("t" + std::string(id));
  if (!t) bad(file_, "program: tensor t" + std::string(id) + " is missing");
  if (t->type != detail::TensorType::f32) bad(file_, t->name + ": must be f32");
  if (t->elements != inner * outer || (t->dims.size() >= 1 && t->dims[0] != inner && outer != 1))
    bad(file_, t->name + ": shape does not fit its op (" + std::to_string(inner) + " x " +
                   std::to_string(outer) + " expected)");
  const auto* p = reinterpret_cast<const float*>(t->data);
  for (std::size_t i = 0; i < t->elements; ++i)
    if (!std::isfinite(p[i])) bad(file_, t->name + ": non-finite weight");
  weight_bytes_ += t->nbytes;
  return p;
}

Fn parse_fn(const GgufFile& f, std::string_view s) {
  static const std::map<std::string_view, Fn> names = {
      {"none", Fn::none}, {"relu", Fn::relu}, {"gelu", Fn::gelu}, {"erf", Fn::erf},
      {"sqrt", Fn::sqrt}, {"clip", Fn::clip}, {"add", Fn::add},   {"sub", Fn::sub},
      {"mul", Fn::mul},   {"div", Fn::div},   {"max", Fn::max},   {"avg", Fn::avg},
      {"l2", Fn::l2},     {"sum", Fn::sum},   {"mean", Fn::mean}};
  auto it = names.find(s);
  if (it == names.end()) bad(f, "program: unknown function '" + std::string(s) + "'");
  return it->second;
}

void Program::parse_op(std::string_view text) {
  std::map<std::string_view, std::string_view> kv;
  std::string_view kind;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find(' ', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view tok = text.substr(pos, end - pos);
    pos = end + 1;
    if (tok.empty()) continue;
    if (kind.empty()) {
      kind = tok;
      continue;
    }
    auto eq = tok.find('=');
    if (eq == std::string_view::npos || !kv.emplace(tok.substr(0, eq), tok.substr(eq + 1)).second)
      bad(file_, "program: bad field '" + std::string(tok) + "'");
  }
  auto get = [&](std::string_view k) -> std::string_view {
    auto it = kv.find(k);
    if (it == kv.end())
      bad(file_, "program: op '" + std::string(kind) + "' lacks " + std::string(k));
    return it->second;
  };
  auto slot = [&](std::string_view k) {
    std::size_t s = to_size(file_, get(k), k);
    if (s >= slots_.size()) bad(file_, "program: slot " + std::to_string(s) + " out of range");
    return static_cast<int>(s);
  };
  auto ints = [&](std::string_view k, std::size_t n) {
    std::vector<std::size_t> v;
    std::string_view s = get(k);
    std::size_t p = 0;
    while (p <= s.size()) {
      std::size_t e = s.find(',', p);
      if (e == std::string_view::npos) e = s.size();
      v.push_back(to_size(file_, s.substr(p, e - p), k));
      p = e + 1;
    }
    if (v.size() != n) bad(file_, "program: " + std::string(k) + " needs " + std::to_string(n));
    return v;
  };
  Op op;
  op.x = slot("x");
  op.y = slot("y");
  if (op.y == 0 || op.y == op.x) bad(file_, "program: an op overwrites its input");
  const Slot& X = slots_[static_cast<std::size_t>(op.x)];
  const Slot& Y = slots_[static_cast<std::size_t>(op.y)];
  auto same = [&](const Slot& a, const Slot& b) {
    if (a.rows != b.rows || a.cols != b.cols)
      bad(file_, "program: '" + std::string(text) + "': shapes do not match");
  };
  if (kind == "conv" || kind == "pool") {
    auto k = ints("k", 2), s = ints("s", 2), p = ints("p", 4);
    op.kh = k[0], op.kw = k[1], op.sh = s[0], op.sw = s[1];
    op.pt = p[0], op.pl = p[1], op.pb = p[2], op.pr = p[3];
    if (op.kh < 1 || op.kw < 1 || op.kh > 15 || op.kw > 15 || op.sh < 1 || op.sw < 1 || op.sh > 8 ||
        op.sw > 8 || op.pt >= op.kh || op.pb >= op.kh || op.pl >= op.kw || op.pr >= op.kw ||
        X.h + op.pt + op.pb < op.kh || X.w + op.pl + op.pr < op.kw)
      bad(file_, "program: '" + std::string(text) + "': bad kernel, stride or padding");
    const std::size_t ho = (X.h + op.pt + op.pb - op.kh) / op.sh + 1;
    const std::size_t wo = (X.w + op.pl + op.pr - op.kw) / op.sw + 1;
    if (Y.h != ho || Y.w != wo || X.h * X.w != X.rows)
      bad(file_, "program: '" + std::string(text) + "': output size does not match");
  }
  if (kind == "conv") {
    op.kind = Kind::conv;
    op.f = parse_fn(file_, get("act"));
    op.g = to_size(file_, get("g"), "g");
    op.out = Y.cols;
    if (op.g == 1) {
      op.in = op.kh * op.kw * X.cols;
      op.w = tensor(get("w"), op.in, op.out);
    } else {
      if (op.g != X.cols || Y.cols != X.cols)
        bad(file_, "program: only depthwise grouped convolutions are supported");
      op.in = op.kh * op.kw;
      op.w = tensor(get("w"), X.cols, op.in);
    }
    op.b = tensor(get("b"), op.out, 1);
  } else if (kind == "linear") {
    op.kind = Kind::linear;
    op.f = parse_fn(file_, get("act"));
    op.in = X.cols;
    op.out = Y.cols;
    if (Y.rows != X.rows) bad(file_, "program: linear changes the row count");
    op.w = tensor(get("w"), op.in, op.out);
    op.b = tensor(get("b"), op.out, 1);
  } else if (kind == "pool") {
    op.kind = Kind::pool;
    op.f = parse_fn(file_, get("f"));
    if ((op.f != Fn::max && op.f != Fn::avg) || X.cols != Y.cols) bad(file_, "program: bad pool");
  } else if (kind == "binc" || kind == "bin") {
    op.f = parse_fn(file_, get("f"));
    if (op.f != Fn::add && op.f != Fn::sub && op.f != Fn::mul && op.f != Fn::div)
      bad(file_, "program: bad binary function");
    if (kind == "binc") {
      op.kind = Kind::binc;
      same(X, Y);
      op.rev = to_size(file_, get("rev"), "rev") != 0;
      const GgufTensor* t = file_.find_tensor("t" + std::string(get("c")));
      if (!t || t->dims.empty() || t->dims.size() > 2)
        bad(file_, "program: binary constant missing or not 2-D");
      op.cc = t->dims[0];
      op.cr = t->dims.size() == 2 ? t->dims[1] : 1;
      if ((op.cr != 1 && op.cr != X.rows) || (op.cc != 1 && op.cc != X.cols))
        bad(file_, "program: binary constant does not broadcast");
      op.c = tensor(get("c"), op.cc, op.cr);
    } else {
      op.kind = Kind::bin;
      op.x2 = slot("x2");
      if (op.x2 == op.y) bad(file_, "program: an op overwrites its input");
      const Slot& X2 = slots_[static_cast<std::size_t>(op.x2)];
      for (const Slot* s : {&X, &X2})
        if ((s->rows != 1 && s->rows != Y.rows) || (s->cols != 1 && s->cols != Y.cols))
          bad(file_, "program: binary operands do not broadcast");
      if (std::max(X.rows, X2.rows) != Y.rows || std::max(X.cols, X2.cols) != Y.cols)
        bad(file_, "program: binary output shape does not match");
    }
  } else if (kind == "unary") {
    op.kind = Kind::unary;
    op.f = parse_fn(file_, get("f"));
    if (op.f != Fn::relu && op.f != Fn::gelu && op.f != Fn::erf && op.f != Fn::sqrt &&
        op.f != Fn::clip)
      bad(file_, "program: bad unary function");
    if (op.f == Fn::clip) op.lo = to_float(file_, get("lo")), op.hi = to_float(file_, get("hi"));
    same(X, Y);
  } else if (kind == "reduce") {
    op.kind = Kind::reduce;
    op.f = parse_fn(file_, get("f"));
    if (op.f != Fn::l2 && op.f != Fn::sum && op.f != Fn::mean) bad(file_, "program: bad reduce");
    std::string_view over = get("over");
    if (over != "rows" && over != "cols") bad(file_, "program: reduce over rows or cols");
    op.over_rows = over == "rows";
    if (op.over_rows ? (Y.rows != 1 || Y.cols != X.cols) : (Y.cols != 1 || Y.rows != X.rows))
      bad(file_, "program: reduce output shape does not match");
  } else if (kind == "softmax") {
    op.kind = Kind::softmax;
    same(X, Y);
  } else if (kind == "affine") {
    op.kind = Kind::affine;
    same(X, Y);
    op.w = tensor(get("s"), X.cols, 1);
    op.b = tensor(get("t"), X.cols, 1);
  } else if (kind == "view") {
    op.kind = Kind::view;
    if (X.size() != Y.size()) bad(file_, "program: view changes the size");
  } else {
    bad(file_, "program: unknown op '" + std::string(kind) + "'");
  }
  if ((op.kind == Kind::conv && op.g == 1) || op.kind == Kind::linear)
    op.packed = detail::pack_weights(op.w, op.b, op.out, op.in);
  ops_.push_back(std::move(op));
}

void Program::load() {
  if (file_.get_uint("abusemon.image.format_version") != 1)
    bad(file_, "abusemon.image.format_version: only version 1 is supported");
  name_ = std::string(file_.get_string_opt("general.name").value_or("image model"));
  license_ = std::string(file_.get_string_opt("general.license").value_or(""));
  const detail::GgufValue* in = file_.find("abusemon.image.input");
  if (!in || in->type != detail::GgufType::array || in->count != 3 || !in->data)
    bad(file_, "abusemon.image.input: need [height, width, channels]");
  auto arr_u = [&](const detail::GgufValue* v, std::size_t i) -> std::uint64_t {
    std::uint64_t u = 0;
    switch (v->elem_type) {
      case detail::GgufType::u32:
      case detail::GgufType::i32: {
        std::int32_t s;
        std::memcpy(&s, v->data + 4 * i, 4);
        if (s < 0) bad(file_, "negative size");
        return static_cast<std::uint64_t>(s);
      }
      case detail::GgufType::u64:
      case detail::GgufType::i64: {
        std::int64_t s;
        std::memcpy(&s, v->data + 8 * i, 8);
        if (s < 0) bad(file_, "negative size");
        return static_cast<std::uint64_t>(s);
      }
      default:
        bad(file_, "integer array expected");
    }
    return u;
  };
  in_h_ = arr_u(in, 0), in_w_ = arr_u(in, 1);
  if (arr_u(in, 2) != 3 || in_h_ < 1 || in_w_ < 1 || in_h_ > 4096 || in_w_ > 4096)
    bad(file_, "abusemon.image.input: 3 channels, 1..4096 pixels each side");
  std::string_view order = file_.get_string("abusemon.image.channel_order");
  if (order != "rgb" && order != "bgr") bad(file_, "abusemon.image.channel_order: rgb or bgr");
  bgr_ = order == "bgr";
  for (auto [key, dst] :
       {std::pair{"abusemon.image.mean", &mean_}, {"abusemon.image.scale", &scale_}}) {
    auto v = file_.get_f32_array_opt(key);
    if (!v || v->size() != 3) bad(file_, std::string(key) + ": need 3 floats");
    for (std::size_t i = 0; i < 3; ++i) {
      if (!std::isfinite((*v)[i])) bad(file_, std::string(key) + ": not finite");
      (*dst)[i] = (*v)[i];
    }
  }
  resize_ = std::string(file_.get_string("abusemon.image.resize"));
  if (resize_ != "letterbox_blur" && resize_ != "resize_crop" && resize_ != "stretch")
    bad(file_, "abusemon.image.resize: letterbox_blur, resize_crop or stretch");
  auto outs = file_.get_string_array_opt("abusemon.image.outputs");
  if (!outs || outs->empty() || outs->size() > 64)
    bad(file_, "abusemon.image.outputs: 1..64 names");
  for (auto s : *outs) outputs_.emplace_back(s);
  const detail::GgufValue* sl = file_.find("abusemon.image.slots");
  if (!sl || sl->type != detail::GgufType::array || sl->count % 4 != 0 || sl->count == 0 ||
      sl->count > 4 * 100000)
    bad(file_, "abusemon.image.slots: rows, cols, h, w per slot");
  for (std::size_t i = 0; i < sl->count / 4; ++i) {
    Slot s{arr_u(sl, 4 * i), arr_u(sl, 4 * i + 1), arr_u(sl, 4 * i + 2), arr_u(sl, 4 * i + 3)};
    if (s.rows < 1 || s.cols < 1 || s.rows > (1u << 24) || s.cols > (1u << 16) ||
        s.size() > (1u << 26) || s.h * s.w != s.rows)
      bad(file_, "abusemon.image.slots: slot " + std::to_string(i) + " has a bad shape");
    slots_.push_back(s);
  }
  if (slots_[0].h != in_h_ || slots_[0].w != in_w_ || slots_[0].cols != 3)
    bad(file_, "abusemon.image.slots: slot 0 must be the input");
  out_slot_ = file_.get_uint("abusemon.image.output_slot");
  if (out_slot_ == 0 || out_slot_ >= slots_.size() || slots_[out_slot_].rows != 1 ||
      slots_[out_slot_].cols != outputs_.size())
    bad(file_, "abusemon.image.output_slot: must be one row with one value per output");
  auto prog = file_.get_string_array_opt("abusemon.image.program");
  if (!prog || prog->empty() || prog->size() > 100000)
    bad(file_, "abusemon.image.program: missing");
  for (auto text : *prog) parse_op(text);
  plan();
}

// Assigns a workspace buffer to every slot: each slot is written once (by its op), so a buffer
// is free again after the last op that reads it.
void Program::plan() {
  const std::size_t n = slots_.size();
  std::vector<int> writer(n, -1), last(n, -1);
  for (std::size_t i = 0; i < ops_.size(); ++i) {
    const Op& op = ops_[i];
    for (int s : {op.x, op.x2}) {
      if (s < 0) continue;
      if (s != 0 && writer[static_cast<std::size_t>(s)] < 0)
        bad(file_, "program: op " + std::to_string(i) + " reads slot " + std::to_string(s) +
                       " before it is written");
      last[static_cast<std::size_t>(s)] = static_cast<int>(i);
    }
    if (writer[static_cast<std::size_t>(op.y)] >= 0)
      bad(file_, "program: slot " + std::to_string(op.y) + " is written twice");
    writer[static_cast<std::size_t>(op.y)] = static_cast<int>(i);
    if (op.kind == Kind::conv && op.g == 1 &&
        !(op.kh == 1 && op.kw == 1 && op.sh == 1 && op.sw == 1 &&
          op.pt + op.pl + op.pb + op.pr == 0))
      col_floats_ = std::max(col_floats_, std::min<std::size_t>(slots_[op.y].rows, 512) * op.in);
  }
  if (writer[out_slot_] < 0) bad(file_, "program: the output slot is never written");
  last[out_slot_] = static_cast<int>(ops_.size());
  buffer_of_.assign(n, -1);
  std::vector<int> free_list;
  for (std::size_t i = 0; i < ops_.size(); ++i) {
    const Op& op = ops_[i];
    const std::size_t need = slots_[static_cast<std::size_t>(op.y)].size();
    int pick = -1;
    for (std::size_t k = 0; k < free_list.size(); ++k) {
      int b = free_list[k];
      if (pick < 0 ||
          (buffer_size_[static_cast<std::size_t>(b)] >= need &&
           buffer_size_[static_cast<std::size_t>(b)] <
               buffer_size_[static_cast<std::size_t>(pick)]) ||
          (buffer_size_[static_cast<std::size_t>(pick)] < need &&
           buffer_size_[static_cast<std::size_t>(b)] >
               buffer_size_[static_cast<std::size_t>(pick)]))
        pick = b;
    }
    if (pick >= 0) {
      free_list.erase(std::find(free_list.begin(), free_list.end(), pick));
      auto& sz = buffer_size_[static_cast<std::size_t>(pick)];
      sz = std::max(sz, need);
    } else {
      pick = static_cast<int>(buffer_size_.size());
      buffer_size_.push_back(need);
    }
    buffer_of_[static_cast<std::size_t>(op.y)] = pick;
    for (int s : {op.x, op.x2})
      if (s > 0 && last[static_cast<std::size_t>(s)] == static_cast<int>(i) &&
          std::find(free_list.begin(), free_list.end(), buffer_of_[static_cast<std::size_t>(s)]) ==
              free_list.end())
        free_list.push_back(buffer_of_[static_cast<std::size_t>(s)]);
    if (last[static_cast<std::size_t>(op.y)] < 0) free_list.push_back(pick);  // never read
  }
  workspace_floats_ = col_floats_;
  for (auto s : buffer_size_) workspace_floats_ += s;
}

void Program::run_ws(Workspace& ws, const float* input, float* out) const {
  if (ws.buffers.size() != buffer_size_.size()) {
    ws.buffers.resize(buffer_size_.size());
    for (std::size_t i = 0; i < buffer_size_.size(); ++i) ws.buffers[i].resize(buffer_size_[i]);
    ws.col.resize(col_floats_);
  }
  auto ptr = [&](int s) -> float* {
    if (s == 0) return const_cast<float*>(input);
    return ws.buffers[static_cast<std::size_t>(buffer_of_[static_cast<std::size_t>(s)])].data();
  };
  for (const Op& op : ops_) exec(op, ws, ptr(op.x), op.x2 >= 0 ? ptr(op.x2) : nullptr, ptr(op.y));
  std::memcpy(out, ptr(static_cast<int>(out_slot_)), outputs_.size() * sizeof(float));
}

// ---- kernels
AM_CLONES void activate(float* y, std::size_t n, Fn f) {
  if (f == Fn::relu) {
    for (std::size_t i = 0; i < n; ++i) y[i] = y[i] > 0.0f ? y[i] : 0.0f;
  } else if (f == Fn::gelu) {
    const detail::VecKernels* vk = detail::vec_kernels(detail::fp_isa());
    if (vk) {
      vk->gelu(y, n);
    } else {
      for (std::size_t i = 0; i < n; ++i)
        y[i] = 0.5f * y[i] * (1.0f + std::erf(y[i] * static_cast<float>(M_SQRT1_2)));
    }
  }
}

void linear(const Op& op, const float* x, std::size_t n, float* y) {
  if (op.packed) {
    detail::panel_gemm_blocked(detail::fp_isa(), x, op.in, n, op.packed.data.get(), op.in, op.out,
                               op.packed.bias.data(), y, op.out);
  } else {
    using RowMat = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    Eigen::Map<const RowMat> X(x, static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(op.in));
    Eigen::Map<const RowMat> W(op.w, static_cast<Eigen::Index>(op.out),
                               static_cast<Eigen::Index>(op.in));
    Eigen::Map<RowMat> Y(y, static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(op.out));
    Y.noalias() = X * W.transpose();
    Y.rowwise() += Eigen::Map<const Eigen::RowVectorXf>(op.b, static_cast<Eigen::Index>(op.out));
  }
}

AM_CLONES void depthwise(const float* x, std::size_t h, std::size_t w, std::size_t c,
                         const float* k, const float* b, std::size_t kh, std::size_t kw,
                         std::size_t sh, std::size_t sw, std::size_t pt, std::size_t pl,
                         std::size_t ho, std::size_t wo, float* y) {
  for (std::size_t oy = 0; oy < ho; ++oy)
    for (std::size_t ox = 0; ox < wo; ++ox) {
      float* __restrict acc = y + (oy * wo + ox) * c;
      for (std::size_t ch = 0; ch < c; ++ch) acc[ch] = b[ch];
      for (std::size_t ky = 0; ky < kh; ++ky) {
        const std::ptrdiff_t iy =
            static_cast<std::ptrdiff_t>(oy * sh + ky) - static_cast<std::ptrdiff_t>(pt);
        if (iy < 0 || iy >= static_cast<std::ptrdiff_t>(h)) continue;
        for (std::size_t kx = 0; kx < kw; ++kx) {
          const std::ptrdiff_t ix =
              static_cast<std::ptrdiff_t>(ox * sw + kx) - static_cast<std::ptrdiff_t>(pl);
          if (ix < 0 || ix >= static_cast<std::ptrdiff_t>(w)) continue;
          const float* __restrict src =
              x + (static_cast<std::size_t>(iy) * w + static_cast<std::size_t>(ix)) * c;
          const float* __restrict wk = k + (ky * kw + kx) * c;
          for (std::size_t ch = 0; ch < c; ++ch) acc[ch] += src[ch] * wk[ch];
        }
      }
    }
}

AM_CLONES void binary(Fn f, const float* a, std::size_t ar, std::size_t ac, const float* b,
                      std::size_t br, std::size_t bc, float* y, std::size_t rows,
                      std::size_t cols) {
  for (std::size_t r = 0; r < rows; ++r) {
    const float* pa = a + (ar == 1 ? 0 : r * ac);
    const float* pb = b + (br == 1 ? 0 : r * bc);
    float* py = y + r * cols;
    const std::size_t sa = ac == 1 ? 0 : 1, sb = bc == 1 ? 0 : 1;
    switch (f) {
      case Fn::add:
        for (std::size_t c = 0; c < cols; ++c) py[c] = pa[c * sa] + pb[c * sb];
        break;
      case Fn::sub:
        for (std::size_t c = 0; c < cols; ++c) py[c] = pa[c * sa] - pb[c * sb];
        break;
      case Fn::mul:
        for (std::size_t c = 0; c < cols; ++c) py[c] = pa[c * sa] * pb[c * sb];
        break;
      default:
        for (std::size_t c = 0; c < cols; ++c) py[c] = pa[c * sa] / pb[c * sb];
        break;
    }
  }
}

void Program::exec(const Op& op, Workspace& ws, const float* x, const float* x2, float* y) const {
  const Slot& X = slots_[static_cast<std::size_t>(op.x)];
  const Slot& Y = slots_[static_cast<std::size_t>(op.y)];
  switch (op.kind) {
    case Kind::conv: {
      if (op.g != 1) {
        depthwise(x, X.h, X.w, X.cols, op.w, op.b, op.kh, op.kw, op.sh, op.sw, op.pt, op.pl, Y.h,
                  Y.w, y);
      } else if (op.kh == 1 && op.kw == 1 && op.sh == 1 && op.sw == 1 &&
                 op.pt + op.pl + op.pb + op.pr == 0) {
        linear(op, x, Y.rows, y);
      } else {
        const std::size_t ci = X.cols;
        for (std::size_t r0 = 0; r0 < Y.rows; r0 += 512) {
          const std::size_t n = std::min<std::size_t>(512, Y.rows - r0);
          float* col = ws.col.data();
          for (std::size_t r = 0; r < n; ++r) {
            const std::size_t oy = (r0 + r) / Y.w, ox = (r0 + r) % Y.w;
            float* dst = col + r * op.in;
            for (std::size_t ky = 0; ky < op.kh; ++ky) {
              const std::ptrdiff_t iy =
                  static_cast<std::ptrdiff_t>(oy * op.sh + ky) - static_cast<std::ptrdiff_t>(op.pt);
              for (std::size_t kx = 0; kx < op.kw; ++kx, dst += ci) {
                const std::ptrdiff_t ix = static_cast<std::ptrdiff_t>(ox * op.sw + kx) -
                                          static_cast<std::ptrdiff_t>(op.pl);
                if (iy < 0 || ix < 0 || iy >= static_cast<std::ptrdiff_t>(X.h) ||
                    ix >= static_cast<std::ptrdiff_t>(X.w))
                  std::fill(dst, dst + ci, 0.0f);
                else
                  std::memcpy(
                      dst,
                      x + (static_cast<std::size_t>(iy) * X.w + static_cast<std::size_t>(ix)) * ci,
                      ci * sizeof(float));
              }
            }
          }
          linear(op, col, n, y + r0 * op.out);
        }
      }
      activate(y, Y.size(), op.f);
      break;
    }
    case Kind::linear:
      linear(op, x, X.rows, y);
      activate(y, Y.size(), op.f);
      break;
    case Kind::pool: {
      const std::size_t c = X.cols;
      for (std::size_t oy = 0; oy < Y.h; ++oy)
        for (std::size_t ox = 0; ox < Y.w; ++ox) {
          float* dst = y + (oy * Y.w + ox) * c;
          const std::ptrdiff_t y0 =
              static_cast<std::ptrdiff_t>(oy * op.sh) - static_cast<std::ptrdiff_t>(op.pt);
          const std::ptrdiff_t x0 =
              static_cast<std::ptrdiff_t>(ox * op.sw) - static_cast<std::ptrdiff_t>(op.pl);
          const std::size_t ya = static_cast<std::size_t>(std::max<std::ptrdiff_t>(y0, 0));
          const std::size_t yb = static_cast<std::size_t>(std::min<std::ptrdiff_t>(
              y0 + static_cast<std::ptrdiff_t>(op.kh), static_cast<std::ptrdiff_t>(X.h)));
          const std::size_t xa = static_cast<std::size_t>(std::max<std::ptrdiff_t>(x0, 0));
          const std::size_t xb = static_cast<std::size_t>(std::min<std::ptrdiff_t>(
              x0 + static_cast<std::ptrdiff_t>(op.kw), static_cast<std::ptrdiff_t>(X.w)));
          const bool mx = op.f == Fn::max;
          std::fill(dst, dst + c, mx ? -std::numeric_limits<float>::infinity() : 0.0f);
          for (std::size_t iy = ya; iy < yb; ++iy)
            for (std::size_t ix = xa; ix < xb; ++ix) {
              const float* src = x + (iy * X.w + ix) * c;
              for (std::size_t ch = 0; ch < c; ++ch)
                dst[ch] = mx ? std::max(dst[ch], src[ch]) : dst[ch] + src[ch];
            }
          if (!mx) {
            const float inv = 1.0f / static_cast<float>((yb - ya) * (xb - xa));
            for (std::size_t ch = 0; ch < c; ++ch) dst[ch] *= inv;
          }
        }
      break;
    }
    case Kind::binc:
      if (op.rev)
        binary(op.f, op.c, op.cr, op.cc, x, X.rows, X.cols, y, Y.rows, Y.cols);
      else
        binary(op.f, x, X.rows, X.cols, op.c, op.cr, op.cc, y, Y.rows, Y.cols);
      break;
    case Kind::bin: {
      const Slot& X2 = slots_[static_cast<std::size_t>(op.x2)];
      binary(op.f, x, X.rows, X.cols, x2, X2.rows, X2.cols, y, Y.rows, Y.cols);
      break;
    }
    case Kind::unary: {
      const std::size_t n = Y.size();
      if (op.f == Fn::relu || op.f == Fn::gelu) {
        std::memcpy(y, x, n * sizeof(float));
        activate(y, n, op.f);
      } else if (op.f == Fn::erf) {
        for (std::size_t i = 0; i < n; ++i) y[i] = std::erf(x[i]);
      } else if (op.f == Fn::sqrt) {
        for (std::size_t i = 0; i < n; ++i) y[i] = std::sqrt(x[i]);
      } else {
        for (std::size_t i = 0; i < n; ++i) y[i] = std::min(std::max(x[i], op.lo), op.hi);
      }
      break;
    }
    case Kind::reduce: {
      if (op.over_rows) {
        std::vector<double> acc(X.cols, 0.0);
        for (std::size_t r = 0; r < X.rows; ++r)
          for (std::size_t c = 0; c < X.cols; ++c) {
            const double v = x[r * X.cols + c];
            acc[c] += op.f == Fn::l2 ? v * v : v;
          }
        for (std::size_t c = 0; c < X.cols; ++c)
          y[c] = static_cast<float>(op.f == Fn::l2     ? std::sqrt(acc[c])
                                    : op.f == Fn::mean ? acc[c] / static_cast<double>(X.rows)
                                                       : acc[c]);
      } else {
        for (std::size_t r = 0; r < X.rows; ++r) {
          double acc = 0;
          for (std::size_t c = 0; c < X.cols; ++c) {
            const double v = x[r * X.cols + c];
            acc += op.f == Fn::l2 ? v * v : v;
          }
          y[r] = static_cast<float>(op.f == Fn::l2     ? std::sqrt(acc)
                                    : op.f == Fn::mean ? acc / static_cast<double>(X.cols)
                                                       : acc);
        }
      }
      break;
    }
    case Kind::softmax:
      for (std::size_t r = 0; r < X.rows; ++r) {
        const float* s = x + r * X.cols;
        float* d = y + r * X.cols;
        const float m = *std::max_element(s, s + X.cols);
        double sum = 0;
        for (std::size_t c = 0; c < X.cols; ++c) sum += d[c] = std::exp(s[c] - m);
        for (std::size_t c = 0; c < X.cols; ++c) d[c] = static_cast<float>(d[c] / sum);
      }
      break;
    case Kind::affine:
      for (std::size_t r = 0; r < X.rows; ++r)
        for (std::size_t c = 0; c < X.cols; ++c)
          y[r * X.cols + c] = x[r * X.cols + c] * op.w[c] + op.b[c];
      break;
    case Kind::view:
      std::memcpy(y, x, X.size() * sizeof(float));
      break;
  }
}

}  // namespace

std::shared_ptr<const ImageModel> ImageModel::load(const std::string& path) {
  return std::make_shared<Program>(GgufFile::open(path));
}

std::shared_ptr<const ImageModel> ImageModel::from_bytes(std::span<const std::uint8_t> bytes) {
  return std::make_shared<Program>(GgufFile::from_bytes(bytes));
}

}  // namespace abusemon
