// The review -> tracker adapter: a review decision becomes the tracker's review outcome. It lives
// with the review component (which depends on the tracker's public types), so the tracker never
// includes review headers and builds without it (ABUSEMON_WITH_REVIEW=OFF).
#include "abusemon/review.hpp"
#include "abusemon/tracker.hpp"

namespace abusemon {

ReviewEvent review_event_from_decision(const DecisionRecord& d) {
  ReviewEvent r;
  r.customer = d.customer;
  r.user = d.user;
  r.category = d.category;
  switch (d.kind) {
    case DecisionKind::confirm:
      r.outcome = ReviewOutcome::confirmed;
      break;
    case DecisionKind::correct:
      r.outcome = ReviewOutcome::corrected;
      break;
    case DecisionKind::dismiss:
      r.outcome = ReviewOutcome::dismissed;
      break;
  }
  r.time_ms = d.decided_ms;
  r.decision_seq = d.seq;
  return r;
}

bool Tracker::record_decision(const DecisionRecord& d) {
  return record_review(review_event_from_decision(d));
}

}  // namespace abusemon
