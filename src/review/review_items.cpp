// The review store: flagged items (submission, the queue), decisions and their feed and
// listeners, and the label export.
#include "review/review_internal.hpp"

namespace abusemon {

using detail::Denied;
using detail::require_text;
using detail::sql::Stmt;
using detail::sql::Tx;
namespace crypto = detail::crypto;

std::int64_t ReviewStore::submit(const ReviewSubmission& item) {
  return submit_batch(std::span<const ReviewSubmission>(&item, 1)).front();
}

std::vector<std::int64_t> ReviewStore::submit_batch(std::span<const ReviewSubmission> items) {
  std::vector<std::int64_t> ids;
  std::vector<DecisionRecord> decided;
  {
    std::lock_guard<std::mutex> g(impl_->mu);
    Tx tx(*impl_->db);
    ids.reserve(items.size());
    for (const auto& s : items) ids.push_back(impl_->insert_item(s, decided));
    tx.commit();
  }
  impl_->notify(decided);
  return ids;
}

std::vector<ReviewItem> ReviewStore::queue(const std::string& principal,
                                           const QueueFilter& filter) {
  if (filter.limit == 0 || filter.limit > 10000) {
    throw std::invalid_argument("QueueFilter.limit must be in 1..10000");
  }
  std::lock_guard<std::mutex> g(impl_->mu);
  Tx tx(*impl_->db);
  Principal p;
  try {
    p = impl_->require_principal(principal);
  } catch (const Denied& d) {
    impl_->audit(principal, "list", "denied", 0, 0, d.reason);
    tx.commit();
    throw error(status::permission_denied, d.reason);
  }
  Stmt s(*impl_->db, (std::string("SELECT ") + detail::kItemColumns +
                      "WHERE i.region = ?1 AND (?2 < 0 OR i.status = ?2) AND (?3 = '' OR i.queue "
                      "= ?3) AND (?4 = '' OR i.customer = ?4) AND i.id > ?5 ORDER BY i.id LIMIT ?6")
                         .c_str());
  s.bind_text(1, p.region);
  s.bind(2, filter.status ? static_cast<int>(*filter.status) : -1);
  s.bind_text(3, filter.queue).bind_text(4, filter.customer).bind(5, filter.after_id);
  s.bind(6, static_cast<std::int64_t>(filter.limit));
  std::vector<ReviewItem> out;
  while (s.step()) out.push_back(detail::read_item(s));
  impl_->audit(principal, "list", "allowed", 0, 0,
               "region=" + p.region + " items=" + std::to_string(out.size()));
  tx.commit();
  return out;
}

DecisionRecord ReviewStore::decide(const std::string& principal, std::int64_t item_id,
                                   const Decision& d) {
  require_text(d.reason, "Decision.reason");
  if (static_cast<int>(d.kind) > static_cast<int>(DecisionKind::dismiss)) {
    throw std::invalid_argument("Decision.kind out of range");
  }
  if (d.kind == DecisionKind::correct && !d.category && !d.severity) {
    throw std::invalid_argument("a correction needs a category and/or a severity");
  }
  if (d.severity && *d.severity == Severity::safe && d.kind == DecisionKind::correct) {
    throw std::invalid_argument("a correction to severity 'safe' is a dismissal: use dismiss");
  }
  DecisionRecord rec;
  {
    std::lock_guard<std::mutex> g(impl_->mu);
    Tx tx(*impl_->db);
    ReviewItem item = impl_->require_item(item_id);
    std::int64_t grant_id = 0;
    try {
      grant_id = impl_->authorize(impl_->require_principal(principal), item);
    } catch (const Denied& den) {
      impl_->audit(principal, "decide", "denied", item_id, 0, den.reason);
      tx.commit();
      throw error(status::permission_denied, den.reason);
    }
    if (item.status != ReviewStatus::pending) {
      throw error(status::state, "item " + std::to_string(item_id) + " is " +
                                     std::string(to_string(item.status)) + ", not pending");
    }
    Category cat = item.category;
    Severity sev = item.severity;
    if (d.kind == DecisionKind::correct) {
      cat = d.category.value_or(cat);
      sev = d.severity.value_or(sev);
    } else if (d.kind == DecisionKind::dismiss) {
      sev = Severity::safe;
    }
    rec = impl_->insert_decision(item, d.kind, cat, sev, d.reason, principal, false);
    // The reason stays in the decisions table; the audit carries the labels, not free text.
    impl_->audit(principal, "decide", "allowed", item_id, grant_id,
                 std::string(to_string(d.kind)) + " -> " + std::string(to_string(cat)) + "/" +
                     std::string(to_string(sev)),
                 {detail::item_row(item_id), {&detail::kDecisionRow, std::to_string(item_id)}});
    tx.commit();
  }
  impl_->notify({rec});
  return rec;
}

std::vector<DecisionRecord> ReviewStore::decisions_after(std::int64_t after_seq,
                                                         std::size_t limit) const {
  std::lock_guard<std::mutex> g(impl_->mu);
  Stmt s(*impl_->db,
         (std::string("SELECT ") + detail::kItemColumns + "WHERE d.seq > ? ORDER BY d.seq LIMIT ?")
             .c_str());
  s.bind(1, after_seq).bind(2, static_cast<std::int64_t>(limit));
  std::vector<DecisionRecord> out;
  while (s.step()) out.push_back(*detail::read_item(s).decision);
  return out;
}

void ReviewStore::set_decision_listener(DecisionListener listener) {
  std::lock_guard<std::mutex> g(impl_->listener_mu);
  impl_->listener = std::move(listener);
}

std::uint64_t ReviewStore::add_decision_listener(DecisionListener listener) {
  if (!listener) throw std::invalid_argument("add_decision_listener: empty listener");
  std::lock_guard<std::mutex> g(impl_->listener_mu);
  const std::uint64_t id = impl_->next_listener_id++;
  impl_->extra_listeners.emplace_back(id, std::move(listener));
  return id;
}

bool ReviewStore::remove_decision_listener(std::uint64_t id) {
  std::lock_guard<std::mutex> g(impl_->listener_mu);
  auto& v = impl_->extra_listeners;
  for (auto it = v.begin(); it != v.end(); ++it) {
    if (it->first == id) {
      v.erase(it);
      return true;
    }
  }
  return false;
}

ExportResult ReviewStore::export_labels(const std::string& principal, std::ostream& out,
                                        const ExportOptions& options) {
  std::lock_guard<std::mutex> g(impl_->mu);
  Tx tx(*impl_->db);
  Principal p;
  try {
    p = impl_->require_principal(principal);
  } catch (const Denied& d) {
    impl_->audit(principal, "export", "denied", 0, 0, d.reason);
    tx.commit();
    throw error(status::permission_denied, d.reason);
  }
  Stmt s(*impl_->db, (std::string("SELECT ") + detail::kItemColumns +
                      "WHERE d.seq IS NOT NULL AND d.decided_ms >= ?1 AND (?2 OR d.automatic = 0) "
                      "AND (NOT ?3 OR d.kind = ?4) ORDER BY d.seq")
                         .c_str());
  s.bind(1, options.since_ms).bind(2, options.include_automatic ? 1 : 0);
  s.bind(3, options.corrections_only ? 1 : 0).bind(4, static_cast<int>(DecisionKind::correct));
  std::vector<ReviewItem> items;
  while (s.step()) items.push_back(detail::read_item(s));
  ExportResult r;
  for (const auto& item : items) {
    std::int64_t grant_id = 0;
    try {
      grant_id = impl_->authorize(p, item);
    } catch (const Denied&) {
      ++r.skipped_no_grant;
      continue;
    }
    if (item.content_purged) {
      ++r.skipped_purged;
      continue;
    }
    Stmt c(*impl_->db, "SELECT content FROM review_items WHERE id = ?");
    c.bind(1, item.id);
    if (!c.step()) continue;
    const DecisionRecord& d = *item.decision;
    nlohmann::json j;
    j["id"] = item.id;
    j["text"] = impl_->unprotect(item.id, "content", c.blob(0));
    j["label"] = d.kind == DecisionKind::dismiss ? "not_abuse" : "abuse";
    j["category"] = d.kind == DecisionKind::dismiss ? nlohmann::json(nullptr)
                                                    : nlohmann::json(to_string(d.category));
    j["severity"] = to_string(d.severity);
    j["decision"] = to_string(d.kind);
    j["automatic"] = d.automatic;
    j["original"] = {{"category", to_string(item.category)},
                     {"severity", to_string(item.severity)},
                     {"confidence", item.confidence}};
    j["region"] = item.region;
    j["decided_ms"] = d.decided_ms;
    out << detail::dump_json(j) << '\n';
    impl_->audit(principal, "export", "allowed", item.id, grant_id, "");
    ++r.exported;
  }
  if (!out) throw error(status::io, "writing the label export failed");
  tx.commit();
  return r;
}

}  // namespace abusemon
