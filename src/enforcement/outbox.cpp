// Enforcement: the transactional outbox and delivery with backoff (sinks: JSON Lines here,
// Maildir in maildir.cpp).
#include "enforcement/enforcement_internal.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace abusemon {

using detail::Row;
using detail::Stmt;
using detail::Tx;

JsonlOutboxSink::JsonlOutboxSink(std::string path) : path_(std::move(path)) {
  if (path_.empty()) throw std::invalid_argument("JsonlOutboxSink path must not be empty");
}

void JsonlOutboxSink::deliver(const Notification& n) {
  const std::string line = to_json_string(n) + "\n";
  int fd = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  if (fd < 0) {
    throw error(status::io, "cannot open outbox '" + path_ + "': " + std::strerror(errno));
  }
  std::size_t off = 0;
  while (off < line.size()) {
    ssize_t w = ::write(fd, line.data() + off, line.size() - off);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) {
      const int e = errno;
      ::close(fd);
      throw error(status::io, "cannot write outbox '" + path_ + "': " + std::strerror(e));
    }
    off += static_cast<std::size_t>(w);
  }
  // Delivered means durable: the line survives a crash once deliver() returns.
  const bool synced = ::fsync(fd) == 0;
  ::close(fd);
  if (!synced) throw error(status::io, "cannot sync outbox '" + path_ + "'");
}

DeliveryReport Enforcement::deliver(NotificationSink& sink, std::size_t max) {
  std::lock_guard<std::mutex> serial(impl_->delivery_mu);
  std::vector<Notification> due;
  {
    // Claimed under the writer lock: a row another replica is delivering (claimed_until in the
    // future) is not taken, so two replicas never deliver one notification at the same time. A
    // claim whose replica died lapses after outbox_claim_ms and the row is delivered again (at
    // least once; the idempotency key lets the receiver drop the duplicate).
    std::lock_guard<std::mutex> g(impl_->mu);
    Tx tx(*impl_->db);
    const std::int64_t t = impl_->now();
    {
      Stmt s(*impl_->db, (std::string(detail::kOutboxColumns) +
                          "WHERE delivered_ms = 0 AND dead = 0 AND next_attempt_ms <= ? "
                          "AND claimed_until <= ? ORDER BY id LIMIT ?")
                             .c_str());
      s.bind(1, t).bind(2, t).bind(3, static_cast<std::int64_t>(max));
      while (s.step()) due.push_back(detail::read_notification(s));
    }
    Stmt c(*impl_->db,
           "UPDATE enforcement_outbox SET claimed_until = ?, claimed_by = ? WHERE id = ?");
    for (const auto& n : due) {
      c.reset();
      c.bind(1, t + impl_->opt.outbox_claim_ms).bind_text(2, impl_->replica).bind(3, n.id).run();
    }
    tx.commit();
  }
  DeliveryReport rep;
  for (auto& n : due) {
    std::string failure;
    try {
      // The sink runs without the store lock: it may be slow or call back into this object.
      sink.deliver(n);
    } catch (const std::exception& e) {
      failure = e.what();
      if (failure.empty()) failure = "delivery failed";
    } catch (...) {
      failure = "delivery failed (unknown exception)";
    }
    std::lock_guard<std::mutex> g(impl_->mu);
    detail::AuditedTx tx(*impl_);
    const std::int64_t t = impl_->now();
    if (failure.empty()) {
      Stmt u(*impl_->db,
             "UPDATE enforcement_outbox SET delivered_ms = ?, attempts = attempts + 1, "
             "claimed_until = 0 WHERE id = ?");
      u.bind(1, std::max<std::int64_t>(t, 1)).bind(2, n.id).run();
      ++rep.delivered;
    } else {
      const int attempts = n.attempts + 1;
      std::int64_t wait = impl_->opt.retry_base_ms;
      for (int i = 1; i < attempts && wait < impl_->opt.retry_max_ms; ++i) wait *= 2;
      wait = std::min(wait, impl_->opt.retry_max_ms);
      const bool dead = attempts >= impl_->opt.max_attempts;
      Stmt u(*impl_->db,
             "UPDATE enforcement_outbox SET attempts = ?, next_attempt_ms = ?, dead = ?, "
             "last_error = ?, claimed_until = 0 WHERE id = ?");
      u.bind(1, attempts).bind(2, t + wait).bind(3, dead ? 1 : 0).bind_text(4, failure);
      u.bind(5, n.id).run();
      ++rep.failed;
      if (dead) ++rep.dead;
    }
    impl_->touched.push_back({&detail::kNoticeRow, std::to_string(n.id)});
    tx.commit(
        {std::string(detail::kSystemActor), failure.empty() ? "notice_delivered" : "notice_failed",
         detail::dump({{"notice", n.id}, {"customer", n.customer}, {"kind", to_string(n.kind)}})});
  }
  return rep;
}

std::vector<Notification> Enforcement::outbox(bool pending_only) const {
  std::lock_guard<std::mutex> g(impl_->mu);
  Stmt s(*impl_->db, (std::string(detail::kOutboxColumns) +
                      "WHERE NOT ?1 OR (delivered_ms = 0 AND dead = 0) ORDER BY id")
                         .c_str());
  s.bind(1, pending_only ? 1 : 0);
  std::vector<Notification> out;
  while (s.step()) out.push_back(detail::read_notification(s));
  return out;
}

}  // namespace abusemon
