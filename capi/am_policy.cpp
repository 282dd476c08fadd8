// C ABI, section "monitor": severity policies (am_policy_*).
#include <string>

#include "abusemon/error.hpp"
#include "abusemon/policy.hpp"
#include "am_monitor_internal.hpp"
#include "capi_internal.hpp"

using am::category_arg;
using am::direction_arg;
using am::level_arg;

extern "C" {

// --- policy ---------------------------------------------------------------------------------

am_status am_policy_new(am_policy** out) {
  AM_API_BEGIN
  am::require(out, "out");
  *out = nullptr;
  *out = new am_policy{};
  AM_API_END
}

am_status am_policy_from_json(const char* json, size_t len, am_policy** out) {
  AM_API_BEGIN
  am::require(out, "out");
  *out = nullptr;
  auto p = abusemon::Policy::from_json(am::text(json, len, "json"));
  *out = new am_policy{std::move(p)};
  AM_API_END
}

am_status am_policy_from_file(const char* path, am_policy** out) {
  AM_API_BEGIN
  am::require(out, "out");
  *out = nullptr;
  auto p = abusemon::Policy::from_file(std::string(am::cstr(path, "path")));
  *out = new am_policy{std::move(p)};
  AM_API_END
}

void am_policy_free(am_policy* policy) {
  delete policy;
}

am_status am_policy_to_json(const am_policy* policy, char* buf, size_t* len) {
  AM_API_BEGIN
  am::require(policy, "policy");
  am::require(len, "len");
  return am::write_string(policy->policy.to_json(), buf, len);
  AM_API_END
}

am_status am_policy_set_rule(am_policy* policy, am_category category, am_direction direction,
                             am_level annotate_at, am_level block_at) {
  AM_API_BEGIN
  am::require(policy, "policy");
  policy->policy.set_rule(category_arg(category), direction_arg(direction),
                          {level_arg(annotate_at, "annotate_at"), level_arg(block_at, "block_at")});
  AM_API_END
}

am_status am_policy_get_rule(const am_policy* policy, am_category category, am_direction direction,
                             am_level* annotate_at, am_level* block_at) {
  AM_API_BEGIN
  am::require(policy, "policy");
  am::require(annotate_at, "annotate_at");
  am::require(block_at, "block_at");
  const auto& r = policy->policy.rule(category_arg(category), direction_arg(direction));
  *annotate_at = static_cast<am_level>(r.annotate_at);
  *block_at = static_cast<am_level>(r.block_at);
  AM_API_END
}

am_status am_policy_set_thresholds(am_policy* policy, am_category category, float low, float medium,
                                   float high) {
  AM_API_BEGIN
  am::require(policy, "policy");
  policy->policy.set_thresholds(category_arg(category), {low, medium, high});
  AM_API_END
}

am_status am_policy_clear_thresholds(am_policy* policy, am_category category) {
  AM_API_BEGIN
  am::require(policy, "policy");
  policy->policy.clear_thresholds(category_arg(category));
  AM_API_END
}

am_status am_policy_add_blocklist_json(am_policy* policy, const char* json, size_t len) {
  AM_API_BEGIN
  am::require(policy, "policy");
  // Reuse the document parser (and its messages) for one blocklist object.
  const std::string doc = "{\"blocklists\": [" + std::string(am::text(json, len, "json")) + "]}";
  abusemon::Policy parsed = abusemon::Policy::from_json(doc);
  if (parsed.blocklists().size() != 1) {
    throw abusemon::error(abusemon::status::format, "policy: expected one blocklist object");
  }
  policy->policy.add_blocklist(parsed.blocklists().front());
  AM_API_END
}

}  // extern "C"
