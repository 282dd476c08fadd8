// Monitor::check_content: one verdict for text + image parts, with the committed fixture image
// model (tests/data/images/fixture.gguf scores the magenta marker sexual, red graphic).
#include <atomic>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "abusemon/batch.hpp"
#include "abusemon/error.hpp"
#include "abusemon/image.hpp"
#include "abusemon/monitor.hpp"
#include "catch.hpp"
#include "keyword_scorer.hpp"

using namespace abusemon;
using abusemon::test::KeywordScorer;

namespace {

const std::string kDir = std::string(ABUSEMON_TEST_DATA_DIR) + "/images/";

std::vector<std::uint8_t> slurp(const std::string& name) {
  std::ifstream f(kDir + name, std::ios::binary);
  REQUIRE(f.good());
  return {std::istreambuf_iterator<char>(f), {}};
}

MonitorOptions with_images() {
  MonitorOptions o;
  o.image_model = ImageModel::load(kDir + "fixture.gguf");
  return o;
}

class RecordingGate final : public CustomerGate {
 public:
  std::optional<std::string> admit(const CheckContext& ctx, Direction) const override {
    admits.fetch_add(1);
    if (ctx.customer == "banned") return "suspended";
    return std::nullopt;
  }
  void record(const CheckContext&, const Verdict& v) const noexcept override {
    records.fetch_add(1);
    last_action = v.action;
  }
  mutable std::atomic<int> admits{0}, records{0};
  mutable Action last_action = Action::allow;
};

}  // namespace

TEST_CASE("a benign photo with text is allowed, a sexual image is blocked", "[content]") {
  const Monitor m(std::make_shared<const KeywordScorer>(), Policy(), with_images());
  const auto photo = slurp("benign.jpg");
  const auto marker = slurp("marker.png");
  const std::vector<ContentPart> ok = {ContentPart::of_text("what is in this picture?"),
                                       ContentPart::of_image(photo)};
  const Verdict a = m.check_content(ok, Direction::prompt);
  CHECK(a.action == Action::allow);
  REQUIRE(a.parts.size() == 2);
  CHECK(a.parts[0].kind == PartKind::text);
  CHECK(a.parts[1].kind == PartKind::image);
  CHECK(a.parts[1].scores[static_cast<std::size_t>(Category::sexual)] < 0.1f);

  const std::vector<ContentPart> bad = {ContentPart::of_text("what is in this picture?"),
                                        ContentPart::of_image(marker)};
  const Verdict b = m.check_content(bad, Direction::prompt);
  CHECK(b.action == Action::block);
  CHECK(b.flagged());
  CHECK(b[Category::sexual].score > 0.9f);
  CHECK(b[Category::sexual].severity == Severity::high);
  CHECK(b[Category::sexual].filtered);
  // the verdict names the part that triggered
  CHECK(b.parts[0].action == Action::allow);
  CHECK(b.parts[1].action == Action::block);
  // images are never scored for what the model cannot see
  CHECK(b.parts[1].scores[static_cast<std::size_t>(Category::hate)] == 0.0f);
  CHECK(b.parts[1].scores[static_cast<std::size_t>(Category::self_harm)] == 0.0f);

  // graphic content maps to violence
  const auto red = slurp("red.webp");
  const Verdict g = m.check_content(std::vector{ContentPart::of_image(red)}, Direction::completion);
  CHECK(g[Category::violence].score > 0.9f);
  CHECK(g[Category::sexual].score < 0.1f);
  CHECK(g.direction == Direction::completion);

  // decoded pixels work like bytes
  const RgbImage px = decode_image(marker);
  CHECK(m.check_content(std::vector{ContentPart::of_pixels(px)}, Direction::prompt).action ==
        Action::block);
}

TEST_CASE("text findings and image findings merge into one verdict", "[content]") {
  const Monitor m(std::make_shared<const KeywordScorer>(), Policy(), with_images());
  const auto photo = slurp("benign.png");
  // the text part triggers, the image does not
  const Verdict v =
      m.check_content(std::vector{ContentPart::of_image(photo), ContentPart::of_text("hate=0.95")},
                      Direction::prompt);
  CHECK(v.action == Action::block);
  CHECK(v[Category::hate].score == Approx(0.95f));
  CHECK(v.parts[0].action == Action::allow);
  CHECK(v.parts[1].action == Action::block);
  // a sexual image next to a text naming a minor composes sexual_minors
  const auto marker = slurp("marker.png");
  const Verdict sm = m.check_content(
      std::vector{ContentPart::of_text("she is 12 years old"), ContentPart::of_image(marker)},
      Direction::prompt);
  CHECK(sm[Category::sexual_minors].score > 0.9f);
  CHECK(sm[Category::sexual_minors].filtered);
  const Verdict no_minor =
      m.check_content(std::vector{ContentPart::of_text("a picture"), ContentPart::of_image(marker)},
                      Direction::prompt);
  CHECK(no_minor[Category::sexual_minors].score == 0.0f);
  // the same text through check_content and check() decides the same
  const Verdict t =
      m.check_content(std::vector{ContentPart::of_text("violence=0.75")}, Direction::prompt);
  const Verdict c = m.check_prompt("violence=0.75");
  CHECK(t.categories == c.categories);
  CHECK(t.action == c.action);
}

TEST_CASE("bad content parts give clear errors and reach no gate", "[content]") {
  auto gate = std::make_shared<RecordingGate>();
  MonitorOptions o = with_images();
  o.gate = gate;
  const Monitor m(std::make_shared<const KeywordScorer>(), Policy(), o);
  const auto truncated = slurp("truncated.jpg");
  try {
    m.check_content(std::vector{ContentPart::of_text("hi"), ContentPart::of_image(truncated)},
                    Direction::prompt);
    FAIL("no error");
  } catch (const error& e) {
    CHECK(e.code() == status::format);
    CHECK(std::string(e.what()).find("part 1") != std::string::npos);
  }
  const auto bomb = slurp("bomb.png");
  CHECK_THROWS_MATCHES(
      m.check_content(std::vector{ContentPart::of_image(bomb)}, Direction::prompt), error,
      Catch::Predicate<error>([](const error& e) { return e.code() == status::limit; }));
  CHECK_THROWS_AS(m.check_content({}, Direction::prompt), std::invalid_argument);
  const std::string invalid = "\xff\xfe";
  CHECK_THROWS_AS(m.check_content(std::vector{ContentPart::of_text(invalid)}, Direction::prompt),
                  error);
  CHECK(gate->admits == 0);
  CHECK(gate->records == 0);
  // a good call is admitted and recorded once, with the merged verdict
  const auto marker = slurp("marker.png");
  m.check_content(std::vector{ContentPart::of_text("x"), ContentPart::of_image(marker)},
                  Direction::prompt);
  CHECK(gate->admits == 1);
  CHECK(gate->records == 1);
  CHECK(gate->last_action == Action::block);
  const Verdict r = m.check_content(std::vector{ContentPart::of_image(marker)}, Direction::prompt,
                                    CheckContext{"banned", ""});
  CHECK(r.refusal == std::optional<std::string>("suspended"));
  // no image model: image parts are refused
  const Monitor text_only(std::make_shared<const KeywordScorer>());
  try {
    text_only.check_content(std::vector{ContentPart::of_image(marker)}, Direction::prompt);
    FAIL("no error");
  } catch (const error& e) {
    CHECK(e.code() == status::state);
  }
  // too many parts
  MonitorOptions few = with_images();
  few.max_parts = 1;
  const Monitor small(std::make_shared<const KeywordScorer>(), Policy(), few);
  CHECK_THROWS_AS(
      small.check_content(std::vector{ContentPart::of_text("a"), ContentPart::of_text("b")},
                          Direction::prompt),
      error);
}

TEST_CASE("content verdicts serialise their parts", "[content]") {
  const Monitor m(std::make_shared<const KeywordScorer>(), Policy(), with_images());
  const auto marker = slurp("marker.png");
  const Verdict v = m.check_content(
      std::vector{ContentPart::of_text("hello"), ContentPart::of_image(marker)}, Direction::prompt);
  const std::string native = to_json(v);
  CHECK(native.find("\"parts\":[{") != std::string::npos);
  Verdict back = verdict_from_json(native);
  CHECK(back.parts == v.parts);
  const std::string openai = to_json(v, VerdictFormat::openai);
  CHECK(openai.find("\"category_applied_input_types\"") != std::string::npos);
  CHECK(openai.find("\"sexual\":[\"text\",\"image\"]") != std::string::npos);
  CHECK(openai.find("\"hate\":[\"text\"]") != std::string::npos);
  // text-only verdicts are unchanged
  CHECK(to_json(m.check_prompt("hello")).find("parts") == std::string::npos);
  const std::string azure = to_json(v, VerdictFormat::azure);
  CHECK(azure.find("\"sexual\":{\"filtered\":true,\"severity\":\"high\"}") != std::string::npos);
}

TEST_CASE("classify_jsonl reads image and content lines", "[content]") {
  const Monitor m(std::make_shared<const KeywordScorer>(), Policy(), with_images());
  static const char* t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  auto b64 = [](const std::vector<std::uint8_t>& in) {
    std::string out;
    std::size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
      const unsigned v = (in[i] << 16) | (in[i + 1] << 8) | in[i + 2];
      out += {t[v >> 18], t[(v >> 12) & 63], t[(v >> 6) & 63], t[v & 63]};
    }
    const std::size_t r = in.size() - i;
    if (r == 1) out += {t[in[i] >> 2], t[(in[i] & 3) << 4], '=', '='};
    if (r == 2)
      out +=
          {t[in[i] >> 2], t[((in[i] & 3) << 4) | (in[i + 1] >> 4)], t[(in[i + 1] & 15) << 2], '='};
    return out;
  };
  const std::string marker_url = "data:image/png;base64," + b64(slurp("marker.png"));
  const std::string photo_url = "data:image/jpeg;base64," + b64(slurp("benign.jpg"));
  std::stringstream in;
  in << "{\"id\": 1, \"text\": \"look\", \"image\": \"" << photo_url << "\"}\n"
     << "{\"id\": 2, \"content\": [{\"type\": \"text\", \"text\": \"hi\"}, {\"type\": "
        "\"image_url\", \"image_url\": {\"url\": \""
     << marker_url << "\"}}]}\n"
     << "{\"id\": 3, \"text\": \"plain text only\"}\n"
     << "{\"id\": 4, \"image\": \"" << kDir << "marker.png\"}\n"
     << "{\"id\": 5, \"content\": [{\"type\": \"audio\"}]}\n"
     << "{\"id\": 6, \"image\": \"data:image/png;base64,AAAA\"}\n"
     << "{\"id\": 7, \"image\": 5}\n";
  std::stringstream out;
  JsonlOptions o;
  const JsonlSummary s = classify_jsonl(m, in, out, o);
  CHECK(s.lines == 7);
  std::vector<std::string> lines;
  for (std::string l; std::getline(out, l);) lines.push_back(l);
  REQUIRE(lines.size() == 7);
  CHECK(lines[0].find("\"action\":\"allow\"") != std::string::npos);
  CHECK(lines[0].find("\"parts\":[{\"index\":0,\"type\":\"text\"") != std::string::npos);
  CHECK(lines[1].find("\"action\":\"block\"") != std::string::npos);
  CHECK(lines[1].find("\"type\":\"image\",\"action\":\"block\"") != std::string::npos);
  CHECK(lines[2].find("\"parts\"") == std::string::npos);
  // file paths are off in the library by default
  CHECK(lines[3].find("\"error\":\"") != std::string::npos);
  CHECK(lines[3].find("file paths are off") != std::string::npos);
  CHECK(lines[4].find("content[0].type") != std::string::npos);
  CHECK(lines[5].find("\"error\":\"part 0: image: not a JPEG, PNG or WebP image") !=
        std::string::npos);
  CHECK(lines[6].find("\"image\\\" must be a string") != std::string::npos);
  CHECK(s.errors == 4);
  CHECK(s.flagged == 1);
  // the CLI turns file paths on
  std::stringstream in2, out2;
  in2 << "{\"id\": 4, \"image\": \"" << kDir << "marker.png\"}\n"
      << "{\"id\": 5, \"image\": \"" << kDir << "no_such.png\"}\n";
  o.image_files = true;
  o.format = VerdictFormat::openai;
  classify_jsonl(m, in2, out2, o);
  std::string l1, l2;
  std::getline(out2, l1);
  std::getline(out2, l2);
  CHECK(l1.find("\"flagged\":true") != std::string::npos);
  CHECK(l1.find("\"category_applied_input_types\"") != std::string::npos);
  CHECK(l2.find("cannot open image file") != std::string::npos);
}
