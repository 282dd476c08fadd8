// Fuzz target: every reader of JSON documents that cross a trust boundary, on arbitrary bytes
// optionally wrapped in deep nesting: the shared bounded reader (detail::parse_json), review's
// decision and audit-head parsers, the enforcement policy, tracker signals, traffic records,
// verdict ids and verdicts submitted to a review store. The first byte picks the reader; the
// second, if its top bit is set, wraps the input in (byte & 127) * 8 levels of arrays so that the
// fuzzer reaches the depth limit quickly. Invariants: no crash (a deep document used to overflow
// the stack); whatever parse_json accepts is at most kMaxJsonDepth deep, has no duplicate keys and
// re-parses to the same value.
#include <unistd.h>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "abusemon/enforcement.hpp"
#include "abusemon/error.hpp"
#include "abusemon/replay.hpp"
#include "abusemon/review.hpp"
#include "abusemon/verdict.hpp"
#include "core/json_input.hpp"
#include "tracker/tracker_internal.hpp"

namespace {

std::size_t depth_of(const nlohmann::json& j) {
  if (!j.is_structured()) return 0;
  std::size_t d = 0;
  for (const auto& v : j) d = std::max(d, depth_of(v));
  return d + 1;
}

void check_bounded(std::string_view text) {
  nlohmann::json j;
  try {
    j = abusemon::detail::parse_json(text);
  } catch (const abusemon::error& e) {
    if (e.code() != abusemon::status::format) std::abort();
    return;
  }
  if (depth_of(j) > abusemon::detail::kMaxJsonDepth) std::abort();
  const auto again = abusemon::detail::parse_json(j.dump());
  // NaN cannot occur in JSON; everything else compares equal after a round trip.
  if (again != j) std::abort();
}

// One review store for the whole run: fuzzed verdicts are submitted to it (and must not be
// accepted deeper than the limit, since the store embeds them in its JSON views).
abusemon::ReviewStore& store() {
  static abusemon::ReviewStore s = [] {
    char tmpl[] = "/tmp/fuzz_json_XXXXXX";
    if (mkdtemp(tmpl) == nullptr) std::abort();
    abusemon::ReviewStoreOptions o;
    o.path = std::string(tmpl) + "/r.db";
    o.max_pending_items = 0;
    return abusemon::ReviewStore(o);
  }();
  return s;
}

template <class F>
void swallow(F&& f) {
  try {
    f();
  } catch (const abusemon::error&) {
  } catch (const std::invalid_argument&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  std::string text(reinterpret_cast<const char*>(data + 2), size - 2);
  if ((data[1] & 0x80) != 0) {
    const std::size_t n = static_cast<std::size_t>(data[1] & 0x7f) * 8;
    text = std::string(n, '[') + text + std::string(n, ']');
  }
  switch (data[0] % 9) {
    case 0:
      check_bounded(text);
      break;
    case 1:
      swallow([&] { (void)abusemon::parse_decision_record(text); });
      break;
    case 2:
      swallow([&] { (void)abusemon::parse_audit_head(text); });
      break;
    case 3:
      swallow([&] { (void)abusemon::EnforcementPolicy::from_json(text).to_json(); });
      break;
    case 4:
      swallow([&] { (void)abusemon::detail::signal_from_json(text); });
      break;
    case 5:
      swallow([&] { (void)abusemon::parse_traffic_record(text); });
      break;
    case 6:
      swallow([&] {
        const std::string out =
            abusemon::to_json(abusemon::Verdict{}, abusemon::VerdictFormat::native, text);
        // What to_json writes is itself readable under the same rules.
        (void)abusemon::detail::parse_json(out);
      });
      break;
    case 7:
      swallow([&] {
        abusemon::ReviewSubmission sub;
        sub.customer = "c";
        sub.region = "eea";
        sub.signal = "fuzz";
        sub.verdict_json = text;
        (void)store().submit(sub);
        // Accepted: the verdict is embedded in the content view, which must stay readable.
        (void)abusemon::detail::parse_json(
            abusemon::to_json_string(abusemon::ReviewContent{abusemon::ReviewItem{}, "", text}));
      });
      break;
    default:
      swallow([&] { (void)abusemon::verdict_from_json(text, abusemon::VerdictFormat::azure); });
      break;
  }
  return 0;
}
