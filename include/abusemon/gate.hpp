// The customer gate: the hook through which enforcement (suspensions, rate limits) refuses texts
// before the Monitor scores them. Its own header so that enforcement implements it without
// depending on the Monitor.
#pragma once

#include <optional>
#include <string>

#include "abusemon/export.hpp"
#include "abusemon/types.hpp"
#include "abusemon/verdict.hpp"

namespace ABUSEMON_EXPORT_NS abusemon {

/// Who a text belongs to; passed through to the CustomerGate. Both may be empty.
struct CheckContext {
  std::string customer;  ///< the API customer (tenant / key owner)
  std::string user;      ///< the end user inside the customer's product
};

/// Hook for enforcement (suspensions, rate limits): consulted before any scoring, and told
/// every verdict afterwards. Implementations must be thread-safe; they are called from every
/// thread that uses the Monitor.
class CustomerGate {
 public:
  virtual ~CustomerGate() = default;
  /// Returns a refusal reason to block the text without scoring it, or nullopt to go on.
  virtual std::optional<std::string> admit(const CheckContext& ctx, Direction d) const = 0;
  /// Called with each verdict of an admitted text (not for refusals, not for the intermediate
  /// checks of a stream, only for its final check). Must not throw; default does nothing.
  virtual void record(const CheckContext& ctx, const Verdict& v) const noexcept {
    (void)ctx;
    (void)v;
  }
};

}  // namespace abusemon
