// Compile-time ties between the C ABI (abusemon.h) and the C++ library: the C enums and status
// codes are cast to the C++ ones throughout capi/, so any drift must fail the build here.
#include "abusemon/enforcement.hpp"
#include "abusemon/error.hpp"
#include "abusemon/model.hpp"
#include "abusemon/policy.hpp"
#include "abusemon/review.hpp"
#include "abusemon/tracker.hpp"
#include "abusemon/types.hpp"
#include "abusemon/verdict.hpp"
#include "abusemon/version.hpp"
#include "capi_internal.hpp"

namespace {

template <typename C, typename Cpp>
constexpr bool same(C c, Cpp cpp) {
  return static_cast<long long>(c) == static_cast<long long>(cpp);
}

using namespace abusemon;

static_assert(AM_VERSION_MAJOR == ABUSEMON_VERSION_MAJOR &&
              AM_VERSION_MINOR == ABUSEMON_VERSION_MINOR &&
              AM_VERSION_PATCH == ABUSEMON_VERSION_PATCH && AM_VERSION_NUMBER == ABUSEMON_VERSION);

static_assert(same(AM_OK, status::ok) && same(AM_E_INVALID_ARGUMENT, status::invalid_argument) &&
              same(AM_E_NULL_POINTER, status::null_pointer) &&
              same(AM_E_BUFFER_TOO_SMALL, status::buffer_too_small) && same(AM_E_IO, status::io) &&
              same(AM_E_FORMAT, status::format) && same(AM_E_NOT_FOUND, status::not_found) &&
              same(AM_E_PERMISSION_DENIED, status::permission_denied) &&
              same(AM_E_LIMIT, status::limit) && same(AM_E_UNAVAILABLE, status::unavailable) &&
              same(AM_E_STATE, status::state) && same(AM_E_OUT_OF_MEMORY, status::out_of_memory) &&
              same(AM_E_INTERNAL, status::internal));

static_assert(AM_CATEGORY_COUNT == kCategoryCount);
static_assert(same(AM_CATEGORY_HATE, Category::hate) &&
              same(AM_CATEGORY_HARASSMENT, Category::harassment) &&
              same(AM_CATEGORY_SEXUAL, Category::sexual) &&
              same(AM_CATEGORY_SEXUAL_MINORS, Category::sexual_minors) &&
              same(AM_CATEGORY_VIOLENCE, Category::violence) &&
              same(AM_CATEGORY_SELF_HARM, Category::self_harm) &&
              same(AM_CATEGORY_JAILBREAK, Category::jailbreak));
static_assert(same(AM_SEVERITY_SAFE, Severity::safe) && same(AM_SEVERITY_LOW, Severity::low) &&
              same(AM_SEVERITY_MEDIUM, Severity::medium) &&
              same(AM_SEVERITY_HIGH, Severity::high) && AM_SEVERITY_HIGH + 1 == kSeverityCount);
static_assert(same(AM_DIRECTION_PROMPT, Direction::prompt) &&
              same(AM_DIRECTION_COMPLETION, Direction::completion));
static_assert(same(AM_ACTION_ALLOW, Action::allow) && same(AM_ACTION_ANNOTATE, Action::annotate) &&
              same(AM_ACTION_BLOCK, Action::block));
static_assert(same(AM_LEVEL_LOW, Level::low) && same(AM_LEVEL_MEDIUM, Level::medium) &&
              same(AM_LEVEL_HIGH, Level::high) && same(AM_LEVEL_OFF, Level::off));
static_assert(same(AM_MATCH_TERM, MatchKind::term) && same(AM_MATCH_PHRASE, MatchKind::phrase) &&
              same(AM_MATCH_REGEX, MatchKind::regex));
static_assert(same(AM_FORMAT_NATIVE, VerdictFormat::native) &&
              same(AM_FORMAT_OPENAI, VerdictFormat::openai) &&
              same(AM_FORMAT_AZURE, VerdictFormat::azure));
static_assert(same(AM_REVIEW_ROLE_REVIEWER, Role::reviewer) &&
              same(AM_REVIEW_ROLE_MANAGER, Role::manager));
static_assert(same(AM_REVIEW_CONFIRM, DecisionKind::confirm) &&
              same(AM_REVIEW_CORRECT, DecisionKind::correct) &&
              same(AM_REVIEW_DISMISS, DecisionKind::dismiss));
static_assert(same(AM_REVIEW_OUTCOME_CONFIRMED, ReviewOutcome::confirmed) &&
              same(AM_REVIEW_OUTCOME_CORRECTED, ReviewOutcome::corrected) &&
              same(AM_REVIEW_OUTCOME_DISMISSED, ReviewOutcome::dismissed));
static_assert(same(AM_SIGNAL_SOURCE_LOCAL, SignalSource::local) &&
              same(AM_SIGNAL_SOURCE_FLEET, SignalSource::fleet));
static_assert(same(AM_STANDING_GOOD, Standing::good_standing) &&
              same(AM_STANDING_WARNED, Standing::warned) &&
              same(AM_STANDING_SUSPENDED, Standing::suspended) &&
              same(AM_STANDING_TERMINATED, Standing::terminated) &&
              same(AM_STANDING_BLOCKED, Standing::blocked));

// Every extensible struct starts with its size (abusemon.h, Stability).
static_assert(offsetof(am_model_options, size) == 0 && offsetof(am_score_params, size) == 0 &&
              offsetof(am_normalize_params, size) == 0 && offsetof(am_monitor_options, size) == 0 &&
              offsetof(am_scorer_callback, size) == 0 && offsetof(am_blocklist_match, size) == 0 &&
              offsetof(am_stream_options, size) == 0 && offsetof(am_tracker_event, size) == 0 &&
              offsetof(am_tracker_signal, size) == 0 && offsetof(am_review_options, size) == 0 &&
              offsetof(am_review_submission, size) == 0 &&
              offsetof(am_enforcement_options, size) == 0 && offsetof(am_content_part, size) == 0 &&
              offsetof(am_verdict_part, size) == 0);

// Fields appended to a struct start at its previous size (no tail padding in between).
static_assert(offsetof(am_monitor_options, multilingual_model_path) ==
              offsetof(am_monitor_options, image_max_bytes) + sizeof(size_t));
static_assert(offsetof(am_monitor_options, consensus) ==
              offsetof(am_monitor_options, multilingual_model_path) + sizeof(const char*));
static_assert(offsetof(am_monitor_options, consensus_high) ==
              offsetof(am_monitor_options, consensus_low) + sizeof(float));
static_assert(offsetof(am_verdict_part, language) ==
              offsetof(am_verdict_part, action) + sizeof(am_action));

static_assert(same(AM_PART_TEXT, PartKind::text) && same(AM_PART_IMAGE, PartKind::image));

}  // namespace
