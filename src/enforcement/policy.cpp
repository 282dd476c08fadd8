// EnforcementPolicy: JSON form, default notification templates, template validation.
#include <abusemon/enforcement.hpp>
#include <abusemon/error.hpp>

#include <nlohmann/json.hpp>

#include <array>
#include <cmath>
#include <cstdint>
#include <set>

#include "core/enum_names.hpp"
#include "core/json_input.hpp"
#include "enforcement/templates.hpp"

namespace abusemon {

namespace {

using nlohmann::json;

constexpr detail::EnumNames<Standing, 5> kStandingNames{
    {"good_standing", "warned", "suspended", "terminated", "blocked"}};
constexpr std::array<std::string_view, kNoticeKindCount> kNoticeNames = {
    "warning",         "suspension",     "termination", "warning_closed", "reinstatement",
    "appeal_received", "appeal_decided", "user_notice", "user_unblocked"};

constexpr double kDayMs = 24.0 * 3600 * 1000;

const char* const kDefaultTemplates[kNoticeKindCount][2] = {
    {"Action required: usage policy violations on account {{customer}}",
     "Hello,\n\n"
     "Our abuse monitoring, confirmed by review, found content that violates our usage policies "
     "in traffic from your account {{customer}}.\n\n"
     "What we found between {{window_start}} and {{window_end}}: {{count}} confirmed item(s) "
     "({{categories}}).\n\n"
     "What to change: make sure your product stops its users from producing this kind of "
     "content, for example by filtering inputs and outputs and acting on abusive end users. "
     "Reply to tell us what you changed or to explain.\n\n"
     "Deadline: {{deadline}}. If the abuse continues after that date, or happens again soon, "
     "your access will be suspended.\n\n"
     "Questions: {{support}}\n"},
    {"Your access has been suspended: account {{customer}}",
     "Hello,\n\n"
     "Access for account {{customer}} has been suspended.\n\n"
     "Reason: {{reason}}\n"
     "Confirmed findings between {{window_start}} and {{window_end}}: {{count}} item(s) "
     "({{categories}}).\n\n"
     "Requests from this account are refused until the suspension is lifted. You can appeal by "
     "replying with your explanation and the changes you made.\n\n"
     "Contact: {{support}}\n"},
    {"Your account {{customer}} has been terminated",
     "Hello,\n\n"
     "Account {{customer}} has been terminated after repeated violations of our usage "
     "policies.\n\n"
     "Reason: {{reason}}\n"
     "Confirmed findings between {{window_start}} and {{window_end}}: {{count}} item(s) "
     "({{categories}}).\n\n"
     "If you believe this is a mistake, you can appeal: {{support}}\n"},
    {"Remediation period closed: account {{customer}}",
     "Hello,\n\n"
     "The remediation period for account {{customer}} has ended without further confirmed "
     "violations. Your account is in good standing. Thank you.\n\n"
     "Note that new violations in the coming weeks lead directly to suspension.\n\n"
     "Questions: {{support}}\n"},
    {"Access restored: account {{customer}}",
     "Hello,\n\n"
     "Access for account {{customer}} has been restored.\n\n"
     "Reason: {{reason}}\n\n"
     "Further violations lead to suspension and termination. Questions: {{support}}\n"},
    {"We received your appeal: account {{customer}}",
     "Hello,\n\n"
     "We received your appeal for account {{customer}} (current state: {{state}}). A person will "
     "review it and reply.\n\n"
     "Contact: {{support}}\n"},
    {"Decision on your appeal: account {{customer}}",
     "Hello,\n\n"
     "Your appeal for account {{customer}} has been decided: {{reason}}\n"
     "Current state: {{state}}.\n"
     "{{appeal_note}}\n\n"
     "Contact: {{support}}\n"},
    {"Action required: end user {{user}} of account {{customer}} is blocked",
     "Hello,\n\n"
     "Our abuse monitoring, confirmed by review, found content that violates our usage policies "
     "from one of your end users: {{user}} (the user id your requests carry) of account "
     "{{customer}}.\n\n"
     "What we found between {{window_start}} and {{window_end}}: {{count}} confirmed item(s) "
     "({{categories}}).\n\n"
     "What we did: requests carrying this end-user id are refused until {{blocked_until}}. The "
     "rest of your account is served as usual and remains in good standing.\n\n"
     "What to do: block this end user in your product or make sure they stop (warn or educate "
     "them), then tell us, and we lift the block early. If this end user's abuse continues "
     "after this notice, or more of your end users abuse the service, the action moves to your "
     "whole account (warning, then suspension).\n\n"
     "Reason: {{reason}}\n"
     "Questions: {{support}}\n"},
    {"End user {{user}} of account {{customer}} is no longer blocked",
     "Hello,\n\n"
     "Requests from end user {{user}} of account {{customer}} are served again.\n\n"
     "Reason: {{reason}}\n\n"
     "Further abuse by this end user leads to action on your whole account. Questions: "
     "{{support}}\n"},
};

const std::set<std::string, std::less<>> kPlaceholders = {
    "customer",    "state",        "previous_state", "reason",   "categories",
    "count",       "window_start", "window_end",     "deadline", "support",
    "appeal_note", "user",         "blocked_until"};

std::int64_t days_to_ms(const json& v, const char* key) {
  // Bounded so the millisecond conversion cannot overflow (llround of 1e300 is unspecified).
  constexpr double kMaxDays = 36525;  // a century
  if (!v.is_number() || v.get<double>() <= 0 || !std::isfinite(v.get<double>()) ||
      v.get<double>() > kMaxDays) {
    throw error(status::format,
                std::string("policy: '") + key + "' must be a positive number of at most 36525");
  }
  // Positive means at least a millisecond: a value that rounds to 0 ms would pass here and then
  // be refused by Enforcement (whatever parses must build a working object).
  const auto ms = static_cast<std::int64_t>(std::llround(v.get<double>() * kDayMs));
  if (ms < 1) {
    throw error(status::format, std::string("policy: '") + key + "' is shorter than 1 ms");
  }
  return ms;
}

int bounded_int(const json& v, const char* key) {
  // is_number_unsigned first: get<int> would narrow 4294967297 to 1.
  if (!v.is_number_unsigned() || v.get<std::uint64_t>() < 1 || v.get<std::uint64_t>() > 1000) {
    throw error(status::format,
                std::string("policy: '") + key + "' must be an integer from 1 to 1000");
  }
  return static_cast<int>(v.get<std::uint64_t>());
}

Severity severity_of(const json& v, const char* key) {
  auto s = v.is_string() ? parse_severity(v.get<std::string>()) : std::nullopt;
  if (!s) throw error(status::format, std::string("policy: '") + key + "' must be a severity name");
  return *s;
}

}  // namespace

std::string_view to_string(Standing s) noexcept {
  return kStandingNames.name(s);
}

std::optional<Standing> parse_standing(std::string_view name) noexcept {
  return kStandingNames.parse(name);
}

std::string_view to_string(NoticeKind k) noexcept {
  return detail::EnumNames<NoticeKind, kNoticeKindCount>{kNoticeNames}.name(k);
}

namespace detail {

void validate_template(std::string_view text, std::string_view where) {
  std::size_t pos = 0;
  while ((pos = text.find("{{", pos)) != std::string_view::npos) {
    const auto end = text.find("}}", pos + 2);
    if (end == std::string_view::npos) {
      throw error(status::format, "template " + std::string(where) + ": unclosed '{{'");
    }
    const auto name = text.substr(pos + 2, end - pos - 2);
    if (kPlaceholders.find(name) == kPlaceholders.end()) {
      throw error(status::format, "template " + std::string(where) + ": unknown placeholder '{{" +
                                      std::string(name) + "}}'");
    }
    pos = end + 2;
  }
}

std::string render(std::string_view text, const std::map<std::string, std::string>& vars) {
  std::string out;
  std::size_t pos = 0;
  while (true) {
    const auto open = text.find("{{", pos);
    if (open == std::string_view::npos) break;
    const auto close = text.find("}}", open + 2);
    if (close == std::string_view::npos) break;
    out.append(text.substr(pos, open - pos));
    auto it = vars.find(std::string(text.substr(open + 2, close - open - 2)));
    if (it != vars.end()) out += it->second;
    pos = close + 2;
  }
  out.append(text.substr(pos));
  return out;
}

const NoticeTemplate& template_for(const EnforcementPolicy& p, NoticeKind k) {
  static const std::vector<NoticeTemplate> defaults = [] {
    std::vector<NoticeTemplate> v;
    for (const auto& t : kDefaultTemplates) v.push_back({t[0], t[1]});
    return v;
  }();
  const auto i = static_cast<std::size_t>(k);
  if (i < p.templates.size() && !p.templates[i].subject.empty()) return p.templates[i];
  return defaults[i];
}

}  // namespace detail

EnforcementPolicy EnforcementPolicy::from_json(std::string_view text) {
  json j = detail::parse_json(text, "enforcement policy");
  if (!j.is_object()) {
    throw error(status::format, "enforcement policy must be a JSON object");
  }
  EnforcementPolicy p;
  for (const auto& [key, v] : j.items()) {
    if (key == "min_severity") {
      p.min_severity = severity_of(v, "min_severity");
    } else if (key == "immediate_suspension") {
      if (!v.is_array())
        throw error(status::format, "policy: 'immediate_suspension' must be an array");
      p.immediate_suspension.clear();
      for (const auto& r : v) {
        if (!r.is_object() || !r.contains("category") || !r["category"].is_string()) {
          throw error(status::format,
                      "policy: immediate_suspension entries are {\"category\":..., "
                      "\"min_severity\":...}");
        }
        auto c = parse_category(r["category"].get<std::string>());
        if (!c) throw error(status::format, "policy: unknown category in immediate_suspension");
        SevereRule rule{*c, Severity::low};
        if (r.contains("min_severity"))
          rule.min_severity = severity_of(r["min_severity"], "min_severity");
        p.immediate_suspension.push_back(rule);
      }
    } else if (key == "remediation_days") {
      p.remediation_ms = days_to_ms(v, "remediation_days");
    } else if (key == "repeat_window_days") {
      p.repeat_window_ms = days_to_ms(v, "repeat_window_days");
    } else if (key == "episode_gap_hours") {
      p.episode_gap_ms = days_to_ms(v, "episode_gap_hours") / 24;
    } else if (key == "report_window_days") {
      p.report_window_ms = days_to_ms(v, "report_window_days");
    } else if (key == "user_scope") {
      if (!v.is_boolean())
        throw error(status::format, "policy: 'user_scope' must be true or false");
      p.user_scope = v.get<bool>();
    } else if (key == "user_block_days") {
      p.user_block_ms = days_to_ms(v, "user_block_days");
    } else if (key == "user_repeat_window_days") {
      p.user_repeat_window_ms = days_to_ms(v, "user_repeat_window_days");
    } else if (key == "escalate_users_window_days") {
      p.escalate_users_window_ms = days_to_ms(v, "escalate_users_window_days");
    } else if (key == "escalate_after_users") {
      p.escalate_after_users = bounded_int(v, "escalate_after_users");
    } else if (key == "terminate_after_suspensions") {
      p.terminate_after_suspensions = bounded_int(v, "terminate_after_suspensions");
    } else if (key == "support_contact" || key == "default_recipient") {
      if (!v.is_string()) throw error(status::format, "policy: '" + key + "' must be a string");
      (key == "support_contact" ? p.support_contact : p.default_recipient) = v.get<std::string>();
    } else if (key == "templates") {
      if (!v.is_object()) throw error(status::format, "policy: 'templates' must be an object");
      p.templates.assign(kNoticeKindCount, NoticeTemplate{});
      for (const auto& [kind, t] : v.items()) {
        std::size_t idx = kNoticeKindCount;
        for (std::size_t i = 0; i < kNoticeKindCount; ++i) {
          if (kNoticeNames[i] == kind) idx = i;
        }
        if (idx == kNoticeKindCount) {
          throw error(status::format, "policy: unknown notification kind '" + kind + "'");
        }
        if (!t.is_object() || !t.contains("subject") || !t.contains("body") ||
            !t["subject"].is_string() || !t["body"].is_string() ||
            t["subject"].get<std::string>().empty()) {
          throw error(status::format, "policy: template '" + kind +
                                          "' needs a non-empty \"subject\" and a \"body\"");
        }
        p.templates[idx] = {t["subject"].get<std::string>(), t["body"].get<std::string>()};
      }
    } else {
      throw error(status::format, "policy: unknown key '" + key + "'");
    }
  }
  for (std::size_t i = 0; i < p.templates.size(); ++i) {
    detail::validate_template(p.templates[i].subject, kNoticeNames[i]);
    detail::validate_template(p.templates[i].body, kNoticeNames[i]);
  }
  detail::validate_template(p.default_recipient, "default_recipient");
  return p;
}

std::string EnforcementPolicy::to_json() const {
  json j;
  j["min_severity"] = to_string(min_severity);
  j["immediate_suspension"] = json::array();
  for (const auto& r : immediate_suspension) {
    j["immediate_suspension"].push_back(
        {{"category", to_string(r.category)}, {"min_severity", to_string(r.min_severity)}});
  }
  j["remediation_days"] = static_cast<double>(remediation_ms) / kDayMs;
  j["repeat_window_days"] = static_cast<double>(repeat_window_ms) / kDayMs;
  j["episode_gap_hours"] = static_cast<double>(episode_gap_ms) / (kDayMs / 24);
  j["report_window_days"] = static_cast<double>(report_window_ms) / kDayMs;
  j["terminate_after_suspensions"] = terminate_after_suspensions;
  j["user_scope"] = user_scope;
  j["user_block_days"] = static_cast<double>(user_block_ms) / kDayMs;
  j["user_repeat_window_days"] = static_cast<double>(user_repeat_window_ms) / kDayMs;
  j["escalate_after_users"] = escalate_after_users;
  j["escalate_users_window_days"] = static_cast<double>(escalate_users_window_ms) / kDayMs;
  j["support_contact"] = support_contact;
  j["default_recipient"] = default_recipient;
  json t = json::object();
  for (std::size_t i = 0; i < kNoticeKindCount; ++i) {
    const auto& tpl = detail::template_for(*this, static_cast<NoticeKind>(i));
    t[std::string(kNoticeNames[i])] = {{"subject", tpl.subject}, {"body", tpl.body}};
  }
  j["templates"] = t;
  return j.dump(2);
}

}  // namespace abusemon
