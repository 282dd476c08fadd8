// The image engine, loading side: reads the op program of an abusemon image GGUF
// (docs/IMAGES.md), checks every op and shape against the slots, fuses conv + residual add +
// ReLU, packs the dense weights once and assigns workspace buffers by liveness. Running the
// program is image_exec.cpp.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <string>
#include <vector>

#include "abusemon/error.hpp"
#include "abusemon/image.hpp"
#include "core/enum_names.hpp"
#include "engine/gemm.hpp"
#include "engine/gguf.hpp"
#include "image/program.hpp"

namespace abusemon::detail::imaging {
namespace {
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

Fn parse_fn(const GgufFile& f, std::string_view s) {
  static constexpr EnumNames<Fn, 15> kNames{{"none", "relu", "gelu", "erf", "sqrt", "clip", "add",
                                             "sub", "mul", "div", "max", "avg", "l2", "sum",
                                             "mean"}};
  if (auto fn = kNames.parse(s)) return *fn;
  bad(f, "program: unknown function '" + std::string(s) + "'");
}

}  // namespace

const float* Program::tensor(std::string_view id, std::size_t inner, std::size_t outer) {
  const GgufTensor* t = file_.find_tensor("t" + std::string(id));
  if (!t) bad(file_, "program: tensor t" + std::string(id) + " is missing");
  if (t->type != TensorType::f32) bad(file_, t->name + ": must be f32");
  if (t->elements != inner * outer || (t->dims.size() >= 1 && t->dims[0] != inner && outer != 1))
    bad(file_, t->name + ": shape does not fit its op (" + std::to_string(inner) + " x " +
                   std::to_string(outer) + " expected)");
  const auto* p = reinterpret_cast<const float*>(t->data);
  for (std::size_t i = 0; i < t->elements; ++i)
    if (!std::isfinite(p[i])) bad(file_, t->name + ": non-finite weight");
  weight_bytes_ += t->nbytes;
  return p;
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
    if ((X.h + op.pt + op.pb) * (X.w + op.pl + op.pr) * X.cols > (std::size_t{1} << 26))
      bad(file_, "program: '" + std::string(text) + "': padded input too large");
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
    op.packed = pack_weights(op.w, op.b, op.out, op.in);
  ops_.push_back(std::move(op));
}

void Program::load() {
  if (file_.get_uint("abusemon.image.format_version") != 1)
    bad(file_, "abusemon.image.format_version: only version 1 is supported");
  name_ = std::string(file_.get_string_opt("general.name").value_or("image model"));
  license_ = std::string(file_.get_string_opt("general.license").value_or(""));
  const GgufValue* in = file_.find("abusemon.image.input");
  if (!in || in->type != GgufType::array || in->count != 3 || !in->data)
    bad(file_, "abusemon.image.input: need [height, width, channels]");
  auto arr_u = [&](const GgufValue* v, std::size_t i) -> std::uint64_t {
    std::uint64_t u = 0;
    switch (v->elem_type) {
      case GgufType::u32:
      case GgufType::i32: {
        std::int32_t s;
        std::memcpy(&s, v->data + 4 * i, 4);
        if (s < 0) bad(file_, "negative size");
        return static_cast<std::uint64_t>(s);
      }
      case GgufType::u64:
      case GgufType::i64: {
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
  const GgufValue* sl = file_.find("abusemon.image.slots");
  if (!sl || sl->type != GgufType::array || sl->count % 4 != 0 || sl->count == 0 ||
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
  validate();
  fuse();
  plan();
}

// The program is in SSA form: every slot is written by one op, before any op reads it.
void Program::validate() {
  std::vector<int> writer(slots_.size(), -1);
  for (std::size_t i = 0; i < ops_.size(); ++i) {
    const Op& op = ops_[i];
    for (int s : {op.x, op.x2})
      if (s > 0 && writer[static_cast<std::size_t>(s)] < 0)
        bad(file_, "program: op " + std::to_string(i) + " reads slot " + std::to_string(s) +
                       " before it is written");
    if (writer[static_cast<std::size_t>(op.y)] >= 0)
      bad(file_, "program: slot " + std::to_string(op.y) + " is written twice");
    writer[static_cast<std::size_t>(op.y)] = static_cast<int>(i);
  }
  if (writer[out_slot_] < 0) bad(file_, "program: the output slot is never written");
}

// Folds `bin add` of a dense conv / linear output and a residual, and a `unary relu` of the
// sum, into the conv's GEMM epilogue (ResNet's conv + shortcut + relu), so neither the sum nor
// the conv output is stored. Only where the conv output and the sum have no other reader and
// the residual exists when the conv runs; the program being SSA, the result is the same.
void Program::fuse() {
  const std::size_t n = slots_.size();
  std::vector<int> writer(n, -1), reader(n, -1), reads(n, 0);
  for (std::size_t i = 0; i < ops_.size(); ++i) {
    writer[static_cast<std::size_t>(ops_[i].y)] = static_cast<int>(i);
    for (int s : {ops_[i].x, ops_[i].x2})
      if (s >= 0)
        ++reads[static_cast<std::size_t>(s)],
            reader[static_cast<std::size_t>(s)] = static_cast<int>(i);
  }
  ++reads[out_slot_];  // the caller reads the output
  std::vector<bool> gone(ops_.size(), false);
  for (std::size_t j = 0; j < ops_.size(); ++j) {
    const Op& add = ops_[j];
    if (add.kind != Kind::bin || add.f != Fn::add || add.x == add.x2) continue;
    const Slot& Y = slots_[static_cast<std::size_t>(add.y)];
    const Slot& X0 = slots_[static_cast<std::size_t>(add.x)];
    const Slot& X1 = slots_[static_cast<std::size_t>(add.x2)];
    if (X0.rows != Y.rows || X0.cols != Y.cols || X1.rows != Y.rows || X1.cols != Y.cols) continue;
    for (const auto& [a, r] : {std::pair{add.x, add.x2}, std::pair{add.x2, add.x}}) {
      if (a == 0 || reads[static_cast<std::size_t>(a)] != 1) continue;
      const int i = writer[static_cast<std::size_t>(a)];
      Op& conv = ops_[static_cast<std::size_t>(i)];
      if (!conv.dense() || conv.f != Fn::none || conv.x2 >= 0 ||
          writer[static_cast<std::size_t>(r)] > i)
        continue;
      int y = add.y;
      Fn f = Fn::none;
      const int k = reader[static_cast<std::size_t>(y)];
      if (reads[static_cast<std::size_t>(y)] == 1 && k >= 0 &&
          ops_[static_cast<std::size_t>(k)].kind == Kind::unary &&
          ops_[static_cast<std::size_t>(k)].f == Fn::relu) {
        y = ops_[static_cast<std::size_t>(k)].y;
        f = Fn::relu;
        gone[static_cast<std::size_t>(k)] = true;
      }
      conv.x2 = r, conv.y = y, conv.f = f;
      gone[j] = true;
      break;
    }
  }
  std::vector<Op> kept;
  for (std::size_t i = 0; i < ops_.size(); ++i)
    if (!gone[i]) kept.push_back(std::move(ops_[i]));
  ops_ = std::move(kept);
}

// Assigns a workspace buffer to every slot: each slot is written once (by its op), so a buffer
// is free again after the last op that reads it.
void Program::plan() {
  const std::size_t n = slots_.size();
  std::vector<int> last(n, -1);
  for (std::size_t i = 0; i < ops_.size(); ++i) {
    const Op& op = ops_[i];
    for (int s : {op.x, op.x2})
      if (s >= 0) last[static_cast<std::size_t>(s)] = static_cast<int>(i);
    if (!op.dense()) continue;
    const Slot& X = slots_[static_cast<std::size_t>(op.x)];
    const Slot& Y = slots_[static_cast<std::size_t>(op.y)];
    row_count_ = std::max(row_count_, Y.rows);
    if (op.kind == Kind::conv && op.padded())
      pad_floats_ = std::max(pad_floats_, (X.h + op.pt + op.pb) * (X.w + op.pl + op.pr) * X.cols);
    if (!op.packed) col_floats_ = std::max(col_floats_, std::min<std::size_t>(Y.rows, 64) * op.in);
  }
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
  std::size_t floats = col_floats_ + pad_floats_;
  for (auto s : buffer_size_) floats += s;
  workspace_bytes_ = floats * sizeof(float) + row_count_ * sizeof(const float*);
}

std::size_t Program::memory_bytes() const noexcept {
  std::size_t n = weight_bytes_;
  for (const auto& op : ops_)
    if (op.packed) n += panel_floats(op.packed.out, op.packed.in) * sizeof(float);
  return n + workspace_bytes_;
}

}  // namespace abusemon::detail::imaging

namespace abusemon {

std::shared_ptr<const ImageModel> ImageModel::load(const std::string& path) {
  return std::make_shared<detail::imaging::Program>(detail::GgufFile::open(path));
}

std::shared_ptr<const ImageModel> ImageModel::from_bytes(std::span<const std::uint8_t> bytes) {
  return std::make_shared<detail::imaging::Program>(detail::GgufFile::from_bytes(bytes));
}

}  // namespace abusemon
