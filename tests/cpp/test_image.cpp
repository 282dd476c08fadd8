// Images: decoders (JPEG/PNG/WebP, broken and hostile files), data: URLs, the image engine
// against ONNX Runtime's outputs for the committed fixture model (tests/data/images/, built by
// tools/images/make_fixture.py), preprocessing, file validation and threads.
#include <cmath>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "abusemon/error.hpp"
#include "abusemon/image.hpp"
#include "catch.hpp"
#include "support/gguf_builder.hpp"

using abusemon::ImageLimits;
using abusemon::ImageModel;

namespace {

const std::string kDir = std::string(ABUSEMON_TEST_DATA_DIR) + "/images/";

std::vector<std::uint8_t> slurp(const std::string& name) {
  std::ifstream f(kDir + name, std::ios::binary);
  REQUIRE(f.good());
  return {std::istreambuf_iterator<char>(f), {}};
}

abusemon::status status_of(const std::function<void()>& fn) {
  try {
    fn();
  } catch (const abusemon::error& e) {
    return e.code();
  }
  return abusemon::status::ok;
}

std::string b64(const std::vector<std::uint8_t>& in) {
  static const char* t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    const unsigned v = (in[i] << 16) | (in[i + 1] << 8) | in[i + 2];
    out += {t[v >> 18], t[(v >> 12) & 63], t[(v >> 6) & 63], t[v & 63]};
  }
  if (i + 1 == in.size()) {
    const unsigned v = in[i] << 16;
    out += {t[v >> 18], t[(v >> 12) & 63], '=', '='};
  } else if (i + 2 == in.size()) {
    const unsigned v = (in[i] << 16) | (in[i + 1] << 8);
    out += {t[v >> 18], t[(v >> 12) & 63], t[(v >> 6) & 63], '='};
  }
  return out;
}

}  // namespace

TEST_CASE("decoders read JPEG, PNG, WebP, grey and alpha images", "[image]") {
  for (const char* name :
       {"benign.png", "benign.jpg", "benign.webp", "benign_gray.png", "benign_alpha.png"}) {
    auto img = abusemon::decode_image(slurp(name));
    CHECK(img.width == 128);
    CHECK(img.height == 96);
    REQUIRE(img.pixels.size() == 128u * 96 * 3);
  }
  // top-left of the synthetic photo is sky blue (90, 150, 220); JPEG is lossy
  auto png = abusemon::decode_image(slurp("benign.png"));
  CHECK(png.pixels[0] == 90);
  CHECK(png.pixels[1] == 150);
  CHECK(png.pixels[2] == 220);
  auto jpg = abusemon::decode_image(slurp("benign.jpg"));
  CHECK(std::abs(int(jpg.pixels[2]) - 220) < 12);
  // half-transparent over white (libpng composes in linear light): between sky and white
  auto alpha = abusemon::decode_image(slurp("benign_alpha.png"));
  CHECK(alpha.pixels[0] > 120);
  CHECK(alpha.pixels[0] < 255);
  auto grey = abusemon::decode_image(slurp("benign_gray.png"));
  CHECK(grey.pixels[0] == grey.pixels[1]);
  CHECK(grey.pixels[1] == grey.pixels[2]);
  CHECK(abusemon::sniff_image_format(slurp("benign.webp")) == abusemon::ImageFormat::webp);
  // a PNG with a .jpg name is sniffed as PNG
  CHECK(abusemon::sniff_image_format(slurp("png_named.jpg")) == abusemon::ImageFormat::png);
  CHECK(abusemon::decode_image(slurp("png_named.jpg")).width == 60);
}

TEST_CASE("bad, truncated, huge and non-images give clear errors", "[image]") {
  using abusemon::status;
  CHECK(status_of([] { abusemon::decode_image(slurp("truncated.jpg")); }) == status::format);
  CHECK(status_of([] { abusemon::decode_image(slurp("truncated.png")); }) == status::format);
  CHECK(status_of([] { abusemon::decode_image(slurp("not_image.png")); }) == status::format);
  CHECK(status_of([] { abusemon::decode_image({}); }) == status::format);
  CHECK(status_of([] { abusemon::decode_image(slurp("bomb.png")); }) == status::limit);
  try {
    abusemon::decode_image(slurp("bomb.png"));
  } catch (const abusemon::error& e) {
    CHECK(std::string(e.what()).find("30000x30000") != std::string::npos);
  }
  // the pixel limit and the byte limit are configurable
  ImageLimits tiny;
  tiny.max_pixels = 100;
  CHECK(status_of([&] { abusemon::decode_image(slurp("benign.png"), tiny); }) == status::limit);
  ImageLimits few_bytes;
  few_bytes.max_bytes = 10;
  CHECK(status_of([&] { abusemon::decode_image(slurp("benign.png"), few_bytes); }) ==
        status::limit);
  ImageLimits none;
  none.max_pixels = 0;
  CHECK(abusemon::decode_image(slurp("benign.png"), none).width == 128);
  // every prefix of every image either decodes or throws abusemon::error
  for (const char* name : {"benign.jpg", "benign.png", "benign.webp"}) {
    auto bytes = slurp(name);
    for (std::size_t n = 0; n < bytes.size(); n += 7) {
      std::vector<std::uint8_t> cut(bytes.begin(), bytes.begin() + static_cast<long>(n));
      auto s = status_of([&] { abusemon::decode_image(cut); });
      CHECK((s == status::format || s == status::ok));
    }
  }
}

TEST_CASE("data: URLs", "[image]") {
  auto bytes = slurp("marker.png");
  auto url = "data:image/png;base64," + b64(bytes);
  CHECK(abusemon::decode_data_url(url) == bytes);
  // the declared type is not trusted: a PNG declared as JPEG still decodes as PNG
  auto lying = "data:image/jpeg;base64," + b64(bytes);
  CHECK(abusemon::decode_image(abusemon::decode_data_url(lying)).width == 60);
  using abusemon::status;
  CHECK(status_of([] { abusemon::decode_data_url("http://example.com/a.png"); }) == status::format);
  CHECK(status_of([] { abusemon::decode_data_url("data:image/png,rawbytes"); }) == status::format);
  CHECK(status_of([] { abusemon::decode_data_url("data:text/plain;base64,aGk="); }) ==
        status::format);
  CHECK(status_of([] { abusemon::decode_data_url("data:image/png;base64,a$b="); }) ==
        status::format);
  CHECK(status_of([&] { abusemon::decode_data_url(url, 10); }) == status::limit);
}

TEST_CASE("image engine matches ONNX Runtime on the fixture model", "[image]") {
  auto model = ImageModel::load(kDir + "fixture.gguf");
  REQUIRE(model->outputs() == std::vector<std::string>{"graphic", "sexual", "benign"});
  REQUIRE(model->input_height() == 32);
  std::ifstream pj(kDir + "parity.json");
  auto expected = nlohmann::json::parse(pj)["probabilities"];
  REQUIRE(expected.size() == 3);
  const std::size_t n = 32 * 32 * 3;
  for (std::size_t k = 0; k < 3; ++k) {
    std::vector<float> in(n), out(3);
    for (std::size_t i = 0; i < n; ++i) in[i] = static_cast<float>((i * 37 + k * 101) % 256);
    model->run(in, out);
    for (std::size_t j = 0; j < 3; ++j)
      CHECK(std::abs(out[j] - expected[k][j].get<float>()) <= 1e-4f);
  }
  std::vector<float> small(5), out(3);
  CHECK_THROWS_AS(model->run(small, out), std::invalid_argument);
  CHECK(model->memory_bytes() > 4000);
}

namespace {

// Channels-last reference convolution in double: w [out][ky][kx][c], padding zeros.
struct Map {
  std::size_t h, w, c;
  std::vector<double> v;
};

Map conv_ref(const Map& x, const std::vector<float>& w, const std::vector<float>& b,
             std::size_t out, std::size_t k, std::size_t s, std::size_t pt, std::size_t pl,
             std::size_t pb, std::size_t pr) {
  Map y{(x.h + pt + pb - k) / s + 1, (x.w + pl + pr - k) / s + 1, out, {}};
  y.v.assign(y.h * y.w * out, 0.0);
  for (std::size_t oy = 0; oy < y.h; ++oy)
    for (std::size_t ox = 0; ox < y.w; ++ox)
      for (std::size_t o = 0; o < out; ++o) {
        double acc = b[o];
        for (std::size_t ky = 0; ky < k; ++ky)
          for (std::size_t kx = 0; kx < k; ++kx) {
            const auto iy =
                static_cast<std::ptrdiff_t>(oy * s + ky) - static_cast<std::ptrdiff_t>(pt);
            const auto ix =
                static_cast<std::ptrdiff_t>(ox * s + kx) - static_cast<std::ptrdiff_t>(pl);
            if (iy < 0 || ix < 0 || iy >= static_cast<std::ptrdiff_t>(x.h) ||
                ix >= static_cast<std::ptrdiff_t>(x.w))
              continue;
            for (std::size_t c = 0; c < x.c; ++c)
              acc += x.v[(static_cast<std::size_t>(iy) * x.w + static_cast<std::size_t>(ix)) * x.c +
                         c] *
                     w[((o * k + ky) * k + kx) * x.c + c];
          }
        y.v[(oy * y.w + ox) * out + o] = acc;
      }
  return y;
}

void relu_ref(Map& m) {
  for (auto& v : m.v) v = std::max(v, 0.0);
}

}  // namespace

TEST_CASE("dense convolutions, strides, padding and fused residual + relu match a reference",
          "[image]") {
  // 11x13x3 -> conv 7x7/2 pad 3 relu (40 ch: a partial panel) -> conv 3x3 pad 1 + that input,
  // relu (fused at load) -> conv 1x1/2 and conv 3x3/2 with asymmetric padding, added (fused)
  // -> avg pool -> linear logits.
  std::mt19937 rng(3);
  abusemon::test::GgufBuilder g;
  g.u32("abusemon.image.format_version", 1);
  g.string("general.name", "conv paths");
  g.u32s("abusemon.image.input", {11, 13, 3});
  g.string("abusemon.image.channel_order", "rgb");
  g.floats("abusemon.image.mean", {0, 0, 0});
  g.floats("abusemon.image.scale", {1, 1, 1});
  g.string("abusemon.image.resize", "stretch");
  g.strings("abusemon.image.outputs", {"a", "b", "c"});
  // slots: rows, cols, h, w
  g.u32s("abusemon.image.slots",
         {143, 3,  11, 13, 42, 40, 6, 7, 42, 40, 6, 7, 42, 40, 6, 7, 42, 40, 6, 7,
          12,  24, 3,  4,  12, 24, 3, 4, 12, 24, 3, 4, 1,  24, 1, 1, 1,  3,  1, 1});
  g.u32("abusemon.image.output_slot", 9);
  g.strings("abusemon.image.program",
            {"conv x=0 y=1 w=0 b=1 act=relu k=7,7 s=2,2 p=3,3,3,3 g=1",
             "conv x=1 y=2 w=2 b=3 act=none k=3,3 s=1,1 p=1,1,1,1 g=1", "bin x=2 y=3 f=add x2=1",
             "unary x=3 y=4 f=relu", "conv x=4 y=5 w=4 b=5 act=none k=1,1 s=2,2 p=0,0,0,0 g=1",
             "conv x=4 y=6 w=6 b=7 act=none k=3,3 s=2,2 p=1,1,0,1 g=1", "bin x=5 y=7 f=add x2=6",
             "pool x=7 y=8 f=avg k=3,4 s=1,1 p=0,0,0,0", "linear x=8 y=9 w=8 b=9 act=none"});
  const std::size_t shapes[][2] = {{40, 147}, {40, 360}, {24, 40}, {24, 360}, {3, 24}};
  for (std::size_t t = 0; t < 5; ++t) {
    g.tensor("t" + std::to_string(2 * t), shapes[t][0], shapes[t][1], rng, 0.2f);
    g.tensor("t" + std::to_string(2 * t + 1), shapes[t][0], 0, rng, 0.1f);
  }
  auto model = ImageModel::from_bytes(g.bytes());
  std::vector<float> in(11 * 13 * 3), out(3);
  std::uniform_real_distribution<float> u(-1, 1);
  for (auto& v : in) v = u(rng);
  model->run(in, out);

  auto data = [&](std::size_t i) { return g.tensors[i].data; };
  Map x{11, 13, 3, {in.begin(), in.end()}};
  Map a = conv_ref(x, data(0), data(1), 40, 7, 2, 3, 3, 3, 3);
  relu_ref(a);
  Map b = conv_ref(a, data(2), data(3), 40, 3, 1, 1, 1, 1, 1);
  for (std::size_t i = 0; i < b.v.size(); ++i) b.v[i] += a.v[i];
  relu_ref(b);
  Map c = conv_ref(b, data(4), data(5), 24, 1, 2, 0, 0, 0, 0);
  Map d = conv_ref(b, data(6), data(7), 24, 3, 2, 1, 1, 0, 1);
  REQUIRE((c.h == 3 && c.w == 4 && d.h == 3 && d.w == 4));
  std::vector<double> pooled(24, 0.0);
  for (std::size_t i = 0; i < 12; ++i)
    for (std::size_t ch = 0; ch < 24; ++ch)
      pooled[ch] += (c.v[i * 24 + ch] + d.v[i * 24 + ch]) / 12;
  for (std::size_t o = 0; o < 3; ++o) {
    double logit = data(9)[o];
    for (std::size_t ch = 0; ch < 24; ++ch) logit += pooled[ch] * data(8)[o * 24 + ch];
    CHECK(std::abs(out[o] - logit) <= 1e-4 * (1 + std::abs(logit)));
  }
}

TEST_CASE("fixture model scores the marker image sexual and benign images low", "[image]") {
  auto model = ImageModel::load(kDir + "fixture.gguf");
  for (const char* name : {"marker.png", "marker.jpg"}) {
    auto p = model->classify(slurp(name));
    CHECK(p[1] > 0.9f);
  }
  CHECK(model->classify(slurp("red.webp"))[0] > 0.9f);
  for (const char* name : {"benign.png", "benign.jpg", "benign.webp"}) {
    auto p = model->classify(slurp(name));
    CHECK(p[1] < 0.1f);
    CHECK(p[0] < 0.1f);
  }
  // threads share one model
  auto want = model->classify(slurp("marker.png"));
  std::vector<std::thread> ts;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t)
    ts.emplace_back([&, t] {
      int good = 1;
      for (int i = 0; i < 20; ++i) good &= model->classify(slurp("marker.png")) == want;
      ok[static_cast<std::size_t>(t)] = good;
    });
  for (auto& t : ts) t.join();
  CHECK(ok == std::vector<int>(4, 1));
}

TEST_CASE("image model files are validated", "[image]") {
  auto bytes = slurp("fixture.gguf");
  CHECK(ImageModel::from_bytes(bytes)->outputs().size() == 3);
  // every truncation (short of the end-of-file alignment padding) is a format error
  for (std::size_t n = 0; n + 32 < bytes.size(); n += 13) {
    std::vector<std::uint8_t> cut(bytes.begin(), bytes.begin() + static_cast<long>(n));
    CHECK(status_of([&] { ImageModel::from_bytes(cut); }) == abusemon::status::format);
  }
  // an op that reads a slot nobody wrote
  std::string s(bytes.begin(), bytes.end());
  auto at = s.find("linear x=");
  REQUIRE(at != std::string::npos);
  auto bad = bytes;
  bad[at + 9] = '9';  // x=<slot> -> a later, unwritten or out-of-range slot
  CHECK(status_of([&] { ImageModel::from_bytes(bad); }) == abusemon::status::format);
  CHECK(status_of([] { ImageModel::load(kDir + "missing.gguf"); }) != abusemon::status::ok);
}

TEST_CASE("corrupted images and model files never crash", "[image]") {
  std::mt19937 rng(11);
  for (const char* name : {"benign.jpg", "benign.png", "benign.webp", "fixture.gguf"}) {
    const auto good = slurp(name);
    for (int k = 0; k < 150; ++k) {
      auto bad = good;
      for (int f = 0; f < 1 + k % 4; ++f)
        bad[rng() % bad.size()] = static_cast<std::uint8_t>(rng());
      const bool model = std::string(name) == "fixture.gguf";
      const auto s = status_of([&] {
        if (model) {
          auto m = ImageModel::from_bytes(bad);
          std::vector<float> in(std::size_t{m->input_height()} * m->input_width() * 3, 1.0f);
          std::vector<float> out(m->outputs().size());
          m->run(in, out);
        } else {
          abusemon::decode_image(bad);
        }
      });
      CHECK((s == abusemon::status::ok || s == abusemon::status::format));
    }
  }
}
