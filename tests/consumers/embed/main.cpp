// The Monitor alone, over a host scorer: what an embedding host without the optional components
// can do, and what it cannot (a fleet-mode tracker and image decoding report the missing
// component).
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "abusemon/error.hpp"
#include "abusemon/image.hpp"
#include "abusemon/monitor.hpp"
#include "abusemon/tracker.hpp"
#include "abusemon/version.hpp"

namespace {

class KeywordScorer final : public abusemon::Scorer {
 public:
  const std::vector<std::string>& output_names() const override { return names_; }
  void score(std::span<const std::string_view> texts, std::span<float> out) const override {
    for (std::size_t i = 0; i < texts.size(); ++i) {
      for (std::size_t j = 0; j < names_.size(); ++j) out[i * names_.size() + j] = 0.0f;
      if (texts[i].find("kill") != std::string_view::npos) out[i * names_.size() + 4] = 0.99f;
    }
  }
  std::string model_id() const override { return "embed"; }
  std::string model_version() const override { return "1"; }

 private:
  std::vector<std::string> names_ = {"hate",     "harassment", "sexual",   "sexual_minors",
                                     "violence", "self_harm",  "jailbreak"};
};

}  // namespace

int main() {
  abusemon::Monitor monitor(std::make_shared<const KeywordScorer>());
  const auto fine = monitor.check("hello", abusemon::Direction::prompt);
  const auto bad = monitor.check("I will kill you", abusemon::Direction::prompt);
  if (fine.action != abusemon::Action::allow || bad.action != abusemon::Action::block) return 1;
  const std::string info = abusemon::build_info_json();
  if (info.find("\"review\":false") == std::string::npos ||
      info.find("sqlite") != std::string::npos)
    return 2;
  try {
    abusemon::Tracker tracker(abusemon::parse_tracker_config(
        R"({"fleet": {"host": "127.0.0.1", "port": 6379, "key_prefix": "am"}})"));
    return 3;
  } catch (const abusemon::error& e) {
    if (e.code() != abusemon::status::state) return 4;
  }
  // Without the image codecs: a JPEG is still recognised, decoding it reports the component.
  const std::vector<std::uint8_t> jpeg = {0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10};
  if (abusemon::sniff_image_format(jpeg) != abusemon::ImageFormat::jpeg) return 5;
  try {
    (void)abusemon::decode_image(jpeg);
    return 6;
  } catch (const abusemon::error& e) {
    if (e.code() != abusemon::status::state) return 7;
  }
  if (info.find("\"images\":false") == std::string::npos) return 8;
  std::printf("abusemon embed ok %s\n", abusemon::version());
  return 0;
}
