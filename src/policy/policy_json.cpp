// The policy's JSON form: Policy::from_json / from_file / to_json (docs/POLICY.md).
#include "abusemon/policy.hpp"

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
using detail::policy_fail;

// ---------------------------------------------------------------------------------------------
// JSON.

namespace {

std::string type_name(const json& j) {
  switch (j.type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::boolean:
      return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
      return "a number";
    case json::value_t::string:
      return "a string";
    case json::value_t::array:
      return "an array";
    case json::value_t::object:
      return "an object";
    default:
      return "an unsupported value";
  }
}

void require_object(const json& j, const std::string& path) {
  if (!j.is_object()) policy_fail(status::format, path, "expected an object, got " + type_name(j));
}

void check_keys(const json& j, const std::string& path,
                std::initializer_list<std::string_view> allowed) {
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (std::find(allowed.begin(), allowed.end(), it.key()) != allowed.end()) continue;
    std::string list;
    for (auto a : allowed) {
      if (!list.empty()) list += ", ";
      list += a;
    }
    policy_fail(status::format, path.empty() ? it.key() : path + "." + it.key(),
                "unknown key (expected one of: " + list + ")");
  }
}

std::string join_path(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}

Level parse_level_at(const json& j, const std::string& path, bool jailbreak) {
  const char* expected = jailbreak ? "expected \"detected\" or \"off\""
                                   : "expected one of \"low\", \"medium\", \"high\", \"off\"";
  if (!j.is_string())
    policy_fail(status::format, path, std::string(expected) + ", got " + type_name(j));
  const auto& s = j.get_ref<const std::string&>();
  if (auto l = jailbreak ? parse_jailbreak_level(s) : parse_level(s)) return *l;
  policy_fail(status::format, path, std::string(expected) + ", got \"" + s + "\"");
}

void parse_rule(const json& j, const std::string& path, bool jailbreak, CategoryRule& r) {
  require_object(j, path);
  check_keys(j, path, {"annotate_at", "block_at"});
  if (auto it = j.find("annotate_at"); it != j.end()) {
    r.annotate_at = parse_level_at(*it, join_path(path, "annotate_at"), jailbreak);
  }
  if (auto it = j.find("block_at"); it != j.end()) {
    r.block_at = parse_level_at(*it, join_path(path, "block_at"), jailbreak);
  }
}

float parse_probability(const json& j, const std::string& path) {
  if (!j.is_number())
    policy_fail(status::format, path, "expected a number in (0, 1], got " + type_name(j));
  const double v = j.get<double>();
  if (!(v > 0.0 && v <= 1.0)) {
    std::ostringstream os;
    os << "expected a number in (0, 1], got " << v;
    policy_fail(status::format, path, os.str());
  }
  return static_cast<float>(v);
}

std::vector<std::string> parse_strings(const json& j, const std::string& path) {
  if (!j.is_array())
    policy_fail(status::format, path, "expected an array of strings, got " + type_name(j));
  std::vector<std::string> out;
  out.reserve(j.size());
  for (std::size_t i = 0; i < j.size(); ++i) {
    if (!j[i].is_string()) {
      policy_fail(status::format, path + "[" + std::to_string(i) + "]",
                  "expected a string, got " + type_name(j[i]));
    }
    out.push_back(j[i].get<std::string>());
  }
  return out;
}

std::string level_json(Level l, bool jailbreak) {
  return std::string(jailbreak ? jailbreak_level_name(l) : to_string(l));
}

}  // namespace

Policy Policy::from_json(std::string_view text) {
  json doc = detail::parse_json(text, "policy");
  Policy p;
  require_object(doc, "(document)");
  check_keys(doc, "", {"version", "categories", "blocklists"});
  if (auto it = doc.find("version"); it != doc.end()) {
    if (!it->is_number_integer() || it->get<std::int64_t>() != 1) {
      policy_fail(status::format, "version", "expected 1, got " + it->dump());
    }
  }
  if (auto cats = doc.find("categories"); cats != doc.end()) {
    require_object(*cats, "categories");
    for (auto it = cats->begin(); it != cats->end(); ++it) {
      const std::string path = "categories." + it.key();
      auto cat = parse_category(it.key());
      if (!cat) {
        policy_fail(status::format, path,
                    "unknown category (expected one of: hate, harassment, sexual, sexual_minors, "
                    "violence, self_harm, jailbreak)");
      }
      const bool jb = *cat == Category::jailbreak;
      const json& cj = it.value();
      require_object(cj, path);
      check_keys(cj, path, {"annotate_at", "block_at", "prompt", "completion", "thresholds"});
      const auto ci = static_cast<std::size_t>(*cat);
      // Category-level levels apply to both directions; a direction object overrides them.
      json both = json::object();
      if (auto a = cj.find("annotate_at"); a != cj.end()) both["annotate_at"] = *a;
      if (auto b = cj.find("block_at"); b != cj.end()) both["block_at"] = *b;
      for (Direction d : {Direction::prompt, Direction::completion}) {
        CategoryRule r = p.rules_[ci][static_cast<std::size_t>(d)];
        parse_rule(both, path, jb, r);
        const std::string dname(to_string(d));
        if (auto dj = cj.find(dname); dj != cj.end()) parse_rule(*dj, path + "." + dname, jb, r);
        p.rules_[ci][static_cast<std::size_t>(d)] = r;
      }
      if (auto tj = cj.find("thresholds"); tj != cj.end()) {
        const std::string tpath = path + ".thresholds";
        require_object(*tj, tpath);
        // An override is complete: it replaces the model's cutoffs of the category.
        SeverityThresholds t;
        auto need = [&](std::string_view key) -> const json& {
          auto v = tj->find(std::string(key));
          if (v == tj->end()) {
            policy_fail(status::format, join_path(tpath, key),
                        jb ? "missing (the jailbreak override is {\"detected\": p})"
                           : "missing (an override gives low, medium and high)");
          }
          return *v;
        };
        if (jb) {
          check_keys(*tj, tpath, {"detected"});
          const float f = parse_probability(need("detected"), tpath + ".detected");
          t = {f, f, f};
        } else {
          check_keys(*tj, tpath, {"low", "medium", "high"});
          t.low = parse_probability(need("low"), tpath + ".low");
          t.medium = parse_probability(need("medium"), tpath + ".medium");
          t.high = parse_probability(need("high"), tpath + ".high");
          if (!(t.low <= t.medium && t.medium <= t.high)) {
            std::ostringstream os;
            os << "thresholds must satisfy low <= medium <= high, got low="
               << detail::json_float(t.low) << " medium=" << detail::json_float(t.medium)
               << " high=" << detail::json_float(t.high);
            policy_fail(status::format, tpath, os.str());
          }
        }
        p.thresholds_[ci] = t;
      }
    }
  }
  if (auto bls = doc.find("blocklists"); bls != doc.end()) {
    if (!bls->is_array())
      policy_fail(status::format, "blocklists", "expected an array, got " + type_name(*bls));
    if (bls->size() > BlocklistLimits::kMaxBlocklists) {
      policy_fail(status::limit, "blocklists",
                  std::to_string(bls->size()) + " blocklists, the limit is " +
                      std::to_string(BlocklistLimits::kMaxBlocklists));
    }
    for (std::size_t i = 0; i < bls->size(); ++i) {
      const std::string path = "blocklists[" + std::to_string(i) + "]";
      const json& bj = (*bls)[i];
      require_object(bj, path);
      check_keys(bj, path, {"name", "terms", "phrases", "regexes", "action", "directions"});
      BlocklistSpec s;
      auto name = bj.find("name");
      if (name == bj.end())
        policy_fail(status::format, path + ".name", "missing (every blocklist needs a name)");
      if (!name->is_string() || name->get_ref<const std::string&>().empty()) {
        policy_fail(status::format, path + ".name",
                    "expected a non-empty string, got " + name->dump());
      }
      s.name = name->get<std::string>();
      for (const auto& other : p.specs_) {
        if (other.name == s.name)
          policy_fail(status::format, path + ".name", "duplicate name \"" + s.name + "\"");
      }
      if (auto v = bj.find("terms"); v != bj.end()) s.terms = parse_strings(*v, path + ".terms");
      if (auto v = bj.find("phrases"); v != bj.end())
        s.phrases = parse_strings(*v, path + ".phrases");
      if (auto v = bj.find("regexes"); v != bj.end())
        s.regexes = parse_strings(*v, path + ".regexes");
      if (auto v = bj.find("action"); v != bj.end()) {
        const auto a =
            v->is_string() ? parse_action(v->get_ref<const std::string&>()) : std::nullopt;
        if (!a || *a == Action::allow) {
          policy_fail(status::format, path + ".action",
                      "expected \"annotate\" or \"block\", got " + v->dump());
        }
        s.action = *a;
      }
      if (auto v = bj.find("directions"); v != bj.end()) {
        const auto dirs = parse_strings(*v, path + ".directions");
        if (dirs.empty())
          policy_fail(status::format, path + ".directions", "must name at least one direction");
        s.prompt = s.completion = false;
        for (std::size_t k = 0; k < dirs.size(); ++k) {
          auto d = parse_direction(dirs[k]);
          if (!d) {
            policy_fail(status::format, path + ".directions[" + std::to_string(k) + "]",
                        "expected \"prompt\" or \"completion\", got \"" + dirs[k] + "\"");
          }
          (*d == Direction::prompt ? s.prompt : s.completion) = true;
        }
      }
      auto compiled = detail::compile_blocklist(s, path);
      p.specs_.push_back(std::move(s));
      p.compiled_.push_back(std::move(compiled));
    }
  }
  return p;
}

Policy Policy::from_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int err = errno;
    if (err == ENOENT) throw error(status::not_found, "policy: " + path + ": file not found");
    if (err == EACCES)
      throw error(status::permission_denied, "policy: " + path + ": permission denied");
    throw error(status::io, "policy: " + path + ": cannot open: " + std::strerror(err));
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw error(status::io, "policy: " + path + ": read error");
  try {
    return from_json(ss.str());
  } catch (const error& e) {
    // Prefix the file name so that the message says where the bad key lives.
    throw error(e.code(), path + ": " + e.what());
  }
}

std::string Policy::to_json() const {
  json doc = json::object();
  doc["version"] = 1;
  json cats = json::object();
  for (Category c : kAllCategories) {
    const auto ci = static_cast<std::size_t>(c);
    const bool jb = c == Category::jailbreak;
    json cj = json::object();
    for (Direction d : {Direction::prompt, Direction::completion}) {
      const CategoryRule& r = rules_[ci][static_cast<std::size_t>(d)];
      cj[std::string(to_string(d))] = {{"annotate_at", level_json(r.annotate_at, jb)},
                                       {"block_at", level_json(r.block_at, jb)}};
    }
    if (const auto& t = thresholds_[ci]; !t) {
      // No override: the model's cutoffs apply.
    } else if (jb) {
      cj["thresholds"] = {{"detected", detail::json_float(t->high)}};
    } else {
      cj["thresholds"] = {{"low", detail::json_float(t->low)},
                          {"medium", detail::json_float(t->medium)},
                          {"high", detail::json_float(t->high)}};
    }
    cats[std::string(to_string(c))] = std::move(cj);
  }
  doc["categories"] = std::move(cats);
  json bls = json::array();
  for (const auto& s : specs_) {
    json dirs = json::array();
    if (s.prompt) dirs.push_back("prompt");
    if (s.completion) dirs.push_back("completion");
    bls.push_back({{"name", s.name},
                   {"terms", s.terms},
                   {"phrases", s.phrases},
                   {"regexes", s.regexes},
                   {"action", std::string(abusemon::to_string(s.action))},
                   {"directions", dirs}});
  }
  doc["blocklists"] = std::move(bls);
  return doc.dump(2);
}

}  // namespace abusemon
