// Severity policy: levels, thresholds, rules and the Policy value (blocklists: blocklist.cpp;
// JSON form: policy_json.cpp).
#include "abusemon/policy.hpp"
#include "core/enum_names.hpp"

#include <re2/re2.h>

#include <utf8proc.h>
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <unordered_map>
#include <utility>

#include "abusemon/error.hpp"
#include "core/json_input.hpp"
#include "monitor/verdict_json.hpp"
#include "policy/policy_internal.hpp"

namespace abusemon {

using json = nlohmann::json;

constexpr detail::EnumNames<Level, 4> kLevelNames{{"low", "medium", "high", "off"}, "off", 1};

std::string_view to_string(Level l) noexcept {
  return kLevelNames.name(l);
}

std::optional<Level> parse_level(std::string_view name) noexcept {
  return kLevelNames.parse(name);
}

// Jailbreak is detected or not: every level but off is "detected", which parses to low.
constexpr detail::EnumNames<Level, 4> kJailbreakLevelNames{
    {"detected", "detected", "detected", "off"}, "detected", 1};

std::string_view jailbreak_level_name(Level l) noexcept {
  return kJailbreakLevelNames.name(l);
}

std::optional<Level> parse_jailbreak_level(std::string_view name) noexcept {
  return kJailbreakLevelNames.parse(name);
}

const ThresholdSet& builtin_thresholds() noexcept {
  static const ThresholdSet t = [] {
    ThresholdSet a;
    a.fill(SeverityThresholds{});
    a[static_cast<std::size_t>(Category::jailbreak)] = {0.7f, 0.7f, 0.7f};
    // sexual_minors is composed as min(p_sexual, minor signal): both signals must already be
    // present, and a miss is the costliest error of all, so its bands sit far lower.
    a[static_cast<std::size_t>(Category::sexual_minors)] = {0.2f, 0.3f, 0.45f};
    return a;
  }();
  return t;
}

Severity SeverityThresholds::severity_of(float score) const noexcept {
  if (!(score >= low)) return Severity::safe;  // also NaN
  if (score >= high) return Severity::high;
  if (score >= medium) return Severity::medium;
  return Severity::low;
}

// ---------------------------------------------------------------------------------------------
// Policy value.

Policy::Policy() {
  for (auto& per_dir : rules_) per_dir = {CategoryRule{}, CategoryRule{}};
  const auto jb = static_cast<std::size_t>(Category::jailbreak);
  rules_[jb][static_cast<std::size_t>(Direction::prompt)] = {Level::low, Level::low};
  rules_[jb][static_cast<std::size_t>(Direction::completion)] = {Level::low, Level::off};
}

Policy::~Policy() = default;
Policy::Policy(const Policy&) = default;
Policy& Policy::operator=(const Policy&) = default;
Policy::Policy(Policy&&) noexcept = default;
Policy& Policy::operator=(Policy&&) noexcept = default;

const CategoryRule& Policy::rule(Category c, Direction d) const noexcept {
  return rules_[static_cast<std::size_t>(c)][static_cast<std::size_t>(d)];
}

void Policy::set_rule(Category c, Direction d, CategoryRule r) noexcept {
  if (c == Category::jailbreak) {
    if (r.annotate_at != Level::off) r.annotate_at = Level::low;
    if (r.block_at != Level::off) r.block_at = Level::low;
  }
  rules_[static_cast<std::size_t>(c)][static_cast<std::size_t>(d)] = r;
}

const std::optional<SeverityThresholds>& Policy::thresholds(Category c) const noexcept {
  return thresholds_[static_cast<std::size_t>(c)];
}

void Policy::clear_thresholds(Category c) noexcept {
  thresholds_[static_cast<std::size_t>(c)].reset();
}

SeverityThresholds Policy::effective_thresholds(Category c,
                                                const ThresholdSet& defaults) const noexcept {
  const auto i = static_cast<std::size_t>(c);
  return thresholds_[i] ? *thresholds_[i] : defaults[i];
}

namespace {
// Returns an empty string when valid, else the problem.
std::string threshold_problem(Category c, const SeverityThresholds& t) {
  auto bad = [](float v) { return !(v > 0.0f && v <= 1.0f); };
  if (bad(t.low) || bad(t.medium) || bad(t.high)) return "thresholds must be in (0, 1]";
  if (c == Category::jailbreak) {
    if (t.low != t.medium || t.medium != t.high) return "jailbreak has one detection threshold";
    return {};
  }
  if (!(t.low <= t.medium && t.medium <= t.high))
    return "thresholds must satisfy low <= medium <= high";
  return {};
}
}  // namespace

void Policy::set_thresholds(Category c, SeverityThresholds t) {
  if (auto p = threshold_problem(c, t); !p.empty()) {
    throw std::invalid_argument("Policy::set_thresholds(" + std::string(to_string(c)) + "): " + p);
  }
  thresholds_[static_cast<std::size_t>(c)] = t;
}

const std::vector<BlocklistSpec>& Policy::blocklists() const noexcept {
  return specs_;
}

void Policy::add_blocklist(BlocklistSpec spec) {
  if (spec.name.empty()) throw std::invalid_argument("Policy::add_blocklist: empty name");
  for (const auto& s : specs_) {
    if (s.name == spec.name) {
      throw std::invalid_argument("Policy::add_blocklist: duplicate name \"" + spec.name + "\"");
    }
  }
  if (spec.action == Action::allow) {
    throw std::invalid_argument("Policy::add_blocklist: action must be annotate or block");
  }
  if (specs_.size() >= BlocklistLimits::kMaxBlocklists) {
    throw error(status::limit, "policy: more than " +
                                   std::to_string(BlocklistLimits::kMaxBlocklists) + " blocklists");
  }
  auto compiled = detail::compile_blocklist(spec, "blocklists[\"" + spec.name + "\"]");
  specs_.push_back(std::move(spec));
  compiled_.push_back(std::move(compiled));
}

std::vector<BlocklistMatch> Policy::match_blocklists(std::string_view text, Direction d) const {
  std::vector<BlocklistMatch> out;
  std::vector<detail::WordToken> tokens;
  bool tokenized = false;
  for (std::size_t i = 0; i < specs_.size(); ++i) {
    const auto& s = specs_[i];
    if (d == Direction::prompt ? !s.prompt : !s.completion) continue;
    if (!tokenized && !compiled_[i]->by_first_word.empty()) {
      tokens = detail::word_tokens(text);  // once per text, shared by every list
      tokenized = true;
    }
    detail::match_compiled(*compiled_[i], s, text, tokens, out);
  }
  // Stable: equal starts keep blocklist, then words-before-regexes, order.
  std::stable_sort(out.begin(), out.end(), [](const BlocklistMatch& a, const BlocklistMatch& b) {
    return a.start < b.start;
  });
  return out;
}

Verdict Policy::apply(std::span<const float, kCategoryCount> scores, Direction d,
                      std::string_view text, const ThresholdSet& defaults) const {
  return apply(scores, d, match_blocklists(text, d), defaults);
}

Verdict Policy::apply(std::span<const float, kCategoryCount> scores, Direction d,
                      std::vector<BlocklistMatch> matches, const ThresholdSet& defaults) const {
  Verdict v;
  v.direction = d;
  Action action = Action::allow;
  for (Category c : kAllCategories) {
    const auto i = static_cast<std::size_t>(c);
    float s = scores[i];
    if (std::isnan(s)) s = 0.0f;
    s = std::clamp(s, 0.0f, 1.0f);
    CategoryResult r;
    r.score = s;
    r.severity = effective_thresholds(c, defaults).severity_of(s);
    const CategoryRule& rule = rules_[i][static_cast<std::size_t>(d)];
    r.filtered = reaches(r.severity, rule.block_at);
    r.annotated = reaches(r.severity, rule.annotate_at);
    if (r.filtered)
      action = Action::block;
    else if (r.annotated && action == Action::allow)
      action = Action::annotate;
    v.categories[i] = r;
  }
  const CategoryResult& jb = v[Category::jailbreak];
  v.jailbreak_detected = jb.severity != Severity::safe;
  v.jailbreak_filtered = jb.filtered;
  for (const auto& m : matches) action = std::max(action, m.action);
  v.blocklist_matches = std::move(matches);
  v.action = action;
  return v;
}

bool Policy::operator==(const Policy& o) const {
  if (rules_ != o.rules_ || thresholds_ != o.thresholds_ || specs_.size() != o.specs_.size()) {
    return false;
  }
  for (std::size_t i = 0; i < specs_.size(); ++i) {
    const auto& a = specs_[i];
    const auto& b = o.specs_[i];
    if (a.name != b.name || a.terms != b.terms || a.phrases != b.phrases ||
        a.regexes != b.regexes || a.action != b.action || a.prompt != b.prompt ||
        a.completion != b.completion) {
      return false;
    }
  }
  return true;
}

}  // namespace abusemon
