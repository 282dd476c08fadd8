// Private: notification templates of the enforcement policy.
#pragma once

#include <abusemon/enforcement.hpp>

#include <map>
#include <string>
#include <string_view>

namespace abusemon::detail {

/// error(format) if `text` has an unclosed or unknown {{placeholder}}.
void validate_template(std::string_view text, std::string_view where);
/// Replaces each {{name}} with vars[name] (empty if absent).
std::string render(std::string_view text, const std::map<std::string, std::string>& vars);
/// The policy's template for `k`, or the built-in default.
const NoticeTemplate& template_for(const EnforcementPolicy& p, NoticeKind k);

}  // namespace abusemon::detail
