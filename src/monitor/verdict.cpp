// Verdict serialisation: native, OpenAI-moderation- and Azure-content-filter-compatible JSON.
#include "abusemon/verdict.hpp"
#include "core/enum_names.hpp"

#include <charconv>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "abusemon/error.hpp"
#include "core/format.hpp"
#include "core/json_input.hpp"
#include "monitor/verdict_json.hpp"

namespace abusemon {

using ojson = nlohmann::ordered_json;

constexpr detail::EnumNames<MatchKind, 3> kMatchKindNames{{"term", "phrase", "regex"}, "term"};

std::string_view to_string(MatchKind k) noexcept {
  return kMatchKindNames.name(k);
}

std::optional<MatchKind> parse_match_kind(std::string_view name) noexcept {
  return kMatchKindNames.parse(name);
}

std::string_view to_string(PartKind k) noexcept {
  return k == PartKind::image ? "image" : "text";
}

constexpr detail::EnumNames<VerdictFormat, 3> kVerdictFormatNames{{"native", "openai", "azure"},
                                                                  "native"};

std::string_view to_string(VerdictFormat f) noexcept {
  return kVerdictFormatNames.name(f);
}

std::optional<VerdictFormat> parse_verdict_format(std::string_view name) noexcept {
  return kVerdictFormatNames.parse(name);
}

namespace {

// OpenAI's names for our categories (jailbreak has none).
constexpr std::array<std::string_view, kCategoryCount> kOpenAiNames = {
    "hate", "harassment", "sexual", "sexual/minors", "violence", "self-harm", ""};

// Categories an image part is scored for (docs/IMAGES.md).
bool image_scores(Category c) {
  return c == Category::sexual || c == Category::sexual_minors || c == Category::violence;
}

[[noreturn]] void bad(const std::string& path, const std::string& problem) {
  throw error(status::format, "verdict: " + path + ": " + problem);
}

const ojson& member(const ojson& j, const std::string& path, std::string_view key) {
  if (!j.is_object()) bad(path, "expected an object");
  auto it = j.find(std::string(key));
  if (it == j.end())
    bad(path.empty() ? std::string(key) : path + "." + std::string(key), "missing");
  return *it;
}

std::string join(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}

bool get_bool(const ojson& j, const std::string& path, std::string_view key) {
  const ojson& v = member(j, path, key);
  if (!v.is_boolean()) bad(join(path, key), "expected a boolean");
  return v.get<bool>();
}

double get_number(const ojson& j, const std::string& path, std::string_view key) {
  const ojson& v = member(j, path, key);
  if (!v.is_number()) bad(join(path, key), "expected a number");
  return v.get<double>();
}

std::size_t get_size(const ojson& j, const std::string& path, std::string_view key) {
  const ojson& v = member(j, path, key);
  if (!v.is_number_unsigned() && !(v.is_number_integer() && v.get<std::int64_t>() >= 0)) {
    bad(join(path, key), "expected a non-negative integer");
  }
  return v.get<std::size_t>();
}

std::string get_string(const ojson& j, const std::string& path, std::string_view key) {
  const ojson& v = member(j, path, key);
  if (!v.is_string()) bad(join(path, key), "expected a string");
  return v.get<std::string>();
}

template <typename T, typename Parse>
T get_enum(const ojson& j, const std::string& path, std::string_view key, Parse parse) {
  const std::string s = get_string(j, path, key);
  auto v = parse(s);
  if (!v) bad(join(path, key), "unknown value \"" + s + "\"");
  return *v;
}

ojson offsets_json(const StreamOffsets& o) {
  return ojson{{"check_offset", o.check_offset},
               {"start_offset", o.start_offset},
               {"end_offset", o.end_offset},
               {"final", o.final}};
}

StreamOffsets offsets_from(const ojson& j, const std::string& path) {
  StreamOffsets o;
  o.check_offset = get_size(j, path, "check_offset");
  o.start_offset = get_size(j, path, "start_offset");
  o.end_offset = get_size(j, path, "end_offset");
  o.final = get_bool(j, path, "final");
  return o;
}

// "language" and "route" of a language-routed verdict or part; omitted when not routed.
void add_route(ojson& j, const std::string& language, const std::optional<LanguageRoute>& route) {
  if (!language.empty()) j["language"] = language;
  if (route) j["route"] = std::string(to_string(*route));
}

void read_route(const ojson& j, const std::string& path, std::string& language,
                std::optional<LanguageRoute>& route) {
  if (j.contains("language")) language = get_string(j, path, "language");
  if (j.contains("route")) route = get_enum<LanguageRoute>(j, path, "route", parse_language_route);
}

ojson native_json(const Verdict& v) {
  ojson j = ojson::object();
  j["direction"] = std::string(to_string(v.direction));
  j["flagged"] = v.flagged();
  j["action"] = std::string(to_string(v.action));
  ojson cats = ojson::object();
  for (Category c : kAllCategories) {
    const CategoryResult& r = v[c];
    cats[std::string(to_string(c))] = {{"score", detail::json_float(r.score)},
                                       {"severity", std::string(to_string(r.severity))},
                                       {"filtered", r.filtered},
                                       {"annotated", r.annotated}};
  }
  j["categories"] = std::move(cats);
  j["jailbreak"] = {{"detected", v.jailbreak_detected}, {"filtered", v.jailbreak_filtered}};
  ojson matches = ojson::array();
  for (const auto& m : v.blocklist_matches) {
    matches.push_back({{"blocklist", m.blocklist},
                       {"kind", std::string(to_string(m.kind))},
                       {"pattern", m.pattern},
                       {"start", m.start},
                       {"end", m.end},
                       {"action", std::string(to_string(m.action))}});
  }
  j["blocklist_matches"] = std::move(matches);
  j["refusal"] = v.refusal ? ojson(*v.refusal) : ojson(nullptr);
  j["model"] = {{"id", v.model_id}, {"version", v.model_version}};
  add_route(j, v.language, v.route);
  j["elapsed_ms"] = v.elapsed_ms;
  if (v.stream) j["stream"] = offsets_json(*v.stream);
  if (!v.parts.empty()) {
    ojson parts = ojson::array();
    for (const auto& p : v.parts) {
      ojson scores = ojson::object();
      for (Category c : kAllCategories)
        scores[std::string(to_string(c))] =
            detail::json_float(p.scores[static_cast<std::size_t>(c)]);
      ojson part = {{"index", p.index},
                    {"type", std::string(to_string(p.kind))},
                    {"action", std::string(to_string(p.action))},
                    {"scores", std::move(scores)}};
      add_route(part, p.language, p.route);
      parts.push_back(std::move(part));
    }
    j["parts"] = std::move(parts);
  }
  return j;
}

Verdict native_from(const ojson& j) {
  Verdict v;
  v.direction = get_enum<Direction>(j, "", "direction", parse_direction);
  v.action = get_enum<Action>(j, "", "action", parse_action);
  const bool flagged = get_bool(j, "", "flagged");
  if (flagged != v.flagged()) bad("flagged", "disagrees with action");
  const ojson& cats = member(j, "", "categories");
  for (Category c : kAllCategories) {
    const std::string path = "categories." + std::string(to_string(c));
    const ojson& cj = member(cats, "categories", to_string(c));
    CategoryResult& r = v[c];
    r.score = static_cast<float>(get_number(cj, path, "score"));
    r.severity = get_enum<Severity>(cj, path, "severity", parse_severity);
    r.filtered = get_bool(cj, path, "filtered");
    r.annotated = get_bool(cj, path, "annotated");
  }
  const ojson& jb = member(j, "", "jailbreak");
  v.jailbreak_detected = get_bool(jb, "jailbreak", "detected");
  v.jailbreak_filtered = get_bool(jb, "jailbreak", "filtered");
  const ojson& ms = member(j, "", "blocklist_matches");
  if (!ms.is_array()) bad("blocklist_matches", "expected an array");
  for (std::size_t i = 0; i < ms.size(); ++i) {
    const std::string path = "blocklist_matches[" + std::to_string(i) + "]";
    BlocklistMatch m;
    m.blocklist = get_string(ms[i], path, "blocklist");
    m.kind = get_enum<MatchKind>(ms[i], path, "kind", parse_match_kind);
    m.pattern = get_string(ms[i], path, "pattern");
    m.start = get_size(ms[i], path, "start");
    m.end = get_size(ms[i], path, "end");
    m.action = get_enum<Action>(ms[i], path, "action", parse_action);
    v.blocklist_matches.push_back(std::move(m));
  }
  const ojson& refusal = member(j, "", "refusal");
  if (refusal.is_string())
    v.refusal = refusal.get<std::string>();
  else if (!refusal.is_null())
    bad("refusal", "expected a string or null");
  const ojson& model = member(j, "", "model");
  v.model_id = get_string(model, "model", "id");
  v.model_version = get_string(model, "model", "version");
  read_route(j, "", v.language, v.route);
  v.elapsed_ms = get_number(j, "", "elapsed_ms");
  if (auto it = j.find("stream"); it != j.end()) v.stream = offsets_from(*it, "stream");
  if (auto it = j.find("parts"); it != j.end()) {
    if (!it->is_array()) bad("parts", "expected an array");
    for (std::size_t i = 0; i < it->size(); ++i) {
      const std::string path = "parts[" + std::to_string(i) + "]";
      const ojson& pj = (*it)[i];
      PartResult p;
      p.index = get_size(pj, path, "index");
      const std::string type = get_string(pj, path, "type");
      if (type != "text" && type != "image") bad(path + ".type", "expected \"text\" or \"image\"");
      p.kind = type == "image" ? PartKind::image : PartKind::text;
      p.action = get_enum<Action>(pj, path, "action", parse_action);
      const ojson& sc = member(pj, path, "scores");
      for (Category c : kAllCategories)
        p.scores[static_cast<std::size_t>(c)] =
            static_cast<float>(get_number(sc, path + ".scores", to_string(c)));
      read_route(pj, path, p.language, p.route);
      v.parts.push_back(std::move(p));
    }
  }
  return v;
}

ojson openai_json(const Verdict& v) {
  ojson cats = ojson::object();
  ojson scores = ojson::object();
  for (Category c : kAllCategories) {
    const auto name = kOpenAiNames[static_cast<std::size_t>(c)];
    if (name.empty()) continue;
    cats[std::string(name)] = v[c].filtered;
    scores[std::string(name)] = detail::json_float(v[c].score);
  }
  ojson result = {{"flagged", v.flagged()}, {"categories", cats}, {"category_scores", scores}};
  if (!v.parts.empty()) {  // which input types each score covers (OpenAI omni-moderation)
    ojson types = ojson::object();
    for (Category c : kAllCategories) {
      const auto name = kOpenAiNames[static_cast<std::size_t>(c)];
      if (name.empty()) continue;
      ojson list = ojson::array();
      for (PartKind k : {PartKind::text, PartKind::image}) {
        const bool scored = std::any_of(v.parts.begin(), v.parts.end(), [&](const PartResult& p) {
          return p.kind == k && (k == PartKind::text || image_scores(c));
        });
        if (scored) list.push_back(std::string(to_string(k)));
      }
      types[std::string(name)] = std::move(list);
    }
    result["category_applied_input_types"] = std::move(types);
  }
  return ojson{{"model", v.model_id}, {"results", ojson::array({result})}};
}

Verdict openai_from(const ojson& j) {
  Verdict v;
  v.model_id = get_string(j, "", "model");
  const ojson& results = member(j, "", "results");
  if (!results.is_array() || results.size() != 1) bad("results", "expected an array of one result");
  const ojson& r = results[0];
  v.action = get_bool(r, "results[0]", "flagged") ? Action::block : Action::allow;
  const ojson& cats = member(r, "results[0]", "categories");
  const ojson& scores = member(r, "results[0]", "category_scores");
  for (Category c : kAllCategories) {
    const auto name = kOpenAiNames[static_cast<std::size_t>(c)];
    if (name.empty()) continue;
    v[c].filtered = get_bool(cats, "results[0].categories", name);
    v[c].score = static_cast<float>(get_number(scores, "results[0].category_scores", name));
  }
  return v;
}

ojson azure_json(const Verdict& v) {
  ojson cfr = ojson::object();
  for (Category c : kAllCategories) {
    if (c == Category::jailbreak) continue;
    cfr[std::string(to_string(c))] = {{"filtered", v[c].filtered},
                                      {"severity", std::string(to_string(v[c].severity))}};
  }
  cfr["jailbreak"] = {{"filtered", v.jailbreak_filtered}, {"detected", v.jailbreak_detected}};
  // One detail per blocklist that matched; filtered when that list blocks.
  ojson details = ojson::array();
  bool any_blocking = false;
  std::vector<std::string> seen;
  for (const auto& m : v.blocklist_matches) {
    if (std::find(seen.begin(), seen.end(), m.blocklist) != seen.end()) continue;
    seen.push_back(m.blocklist);
    const bool filtered = m.action == Action::block;
    any_blocking = any_blocking || filtered;
    details.push_back({{"filtered", filtered}, {"id", m.blocklist}});
  }
  cfr["custom_blocklists"] = {{"filtered", any_blocking}, {"details", details}};
  ojson j = {{"content_filter_results", cfr}};
  if (v.stream) {
    j["content_filter_offsets"] = {{"check_offset", v.stream->check_offset},
                                   {"start_offset", v.stream->start_offset},
                                   {"end_offset", v.stream->end_offset}};
  }
  return j;
}

Verdict azure_from(const ojson& j) {
  Verdict v;
  const ojson& cfr = member(j, "", "content_filter_results");
  bool any = false;
  for (Category c : kAllCategories) {
    if (c == Category::jailbreak) continue;
    const std::string path = "content_filter_results." + std::string(to_string(c));
    const ojson& cj = member(cfr, "content_filter_results", to_string(c));
    v[c].filtered = get_bool(cj, path, "filtered");
    v[c].severity = get_enum<Severity>(cj, path, "severity", parse_severity);
    any = any || v[c].filtered;
  }
  const ojson& jb = member(cfr, "content_filter_results", "jailbreak");
  v.jailbreak_detected = get_bool(jb, "content_filter_results.jailbreak", "detected");
  v.jailbreak_filtered = get_bool(jb, "content_filter_results.jailbreak", "filtered");
  v[Category::jailbreak].severity = v.jailbreak_detected ? Severity::high : Severity::safe;
  v[Category::jailbreak].filtered = v.jailbreak_filtered;
  const ojson& bl = member(cfr, "content_filter_results", "custom_blocklists");
  const bool bl_filtered = get_bool(bl, "content_filter_results.custom_blocklists", "filtered");
  v.action = (any || v.jailbreak_filtered || bl_filtered) ? Action::block : Action::allow;
  if (auto it = j.find("content_filter_offsets"); it != j.end()) {
    StreamOffsets o;
    o.check_offset = get_size(*it, "content_filter_offsets", "check_offset");
    o.start_offset = get_size(*it, "content_filter_offsets", "start_offset");
    o.end_offset = get_size(*it, "content_filter_offsets", "end_offset");
    v.stream = o;
  }
  return v;
}

}  // namespace

namespace detail {

double json_float(float f) noexcept {
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf - 1, f);
  *r.ptr = '\0';
  return std::strtod(buf, nullptr);
}

ojson verdict_body(const Verdict& v, VerdictFormat format) {
  switch (format) {
    case VerdictFormat::openai:
      return openai_json(v);
    case VerdictFormat::azure:
      return azure_json(v);
    case VerdictFormat::native:
      break;
  }
  return native_json(v);
}

std::string dump_compact(const ojson& j) {
  return detail::dump_json(j);
}

}  // namespace detail

std::string to_json(const Verdict& v, VerdictFormat format, std::string_view id_json) {
  ojson body = detail::verdict_body(v, format);
  if (id_json.empty()) return detail::dump_compact(body);
  ojson out = ojson::object();
  ojson id = detail::parse_json<ojson>(id_json, "to_json: id");
  std::string id_text;
  if (id.is_number_float()) {
    // Echo a non-integer number (e.g. an integer beyond 64 bits) as written, not as a double.
    const auto b = id_json.find_first_not_of(" \t\r\n");
    const auto e = id_json.find_last_not_of(" \t\r\n");
    id_text = std::string(id_json.substr(b, e - b + 1));
  } else {
    out["id"] = std::move(id);
  }
  for (auto it = body.begin(); it != body.end(); ++it) out[it.key()] = std::move(it.value());
  if (id_text.empty()) return detail::dump_compact(out);
  return "{\"id\":" + id_text + ',' + detail::dump_compact(out).substr(1);
}

Verdict verdict_from_json(std::string_view json, VerdictFormat format) {
  ojson j = detail::parse_json<ojson>(json, "verdict");
  if (!j.is_object()) bad("(document)", "expected an object");
  switch (format) {
    case VerdictFormat::openai:
      return openai_from(j);
    case VerdictFormat::azure:
      return azure_from(j);
    case VerdictFormat::native:
      break;
  }
  return native_from(j);
}

}  // namespace abusemon
