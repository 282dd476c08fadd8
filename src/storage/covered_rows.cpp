#include "storage/covered_rows.hpp"

#include <nlohmann/json.hpp>

#include <iterator>
#include <set>

#include "core/json_input.hpp"
#include "storage/crypto.hpp"
#include "storage/schema.hpp"

namespace abusemon::detail {

using sql::Stmt;

namespace {

constexpr std::string_view kCoverageMark = "coverage:";

// SHA-256 of the current row (columns as SQLite stores them, NULL marked apart from "").
std::string row_digest(const Stmt& s, int columns) {
  std::string buf;
  for (int c = 0; c < columns; ++c) {
    if (s.is_null(c)) {
      crypto::put_u64(buf, ~std::uint64_t{0});
    } else {
      crypto::put_field(buf, s.blob(c));
    }
  }
  return crypto::hex(crypto::sha256(buf));
}

std::string dump(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// "kind:key", or "kind:[key1,key2]" for a two-column key (unambiguous whatever the ids hold).
std::string row_name(const RowKind& k, const std::string& key, const std::string& key2) {
  if (k.keys == 1) return std::string(k.kind) + ":" + key;
  return std::string(k.kind) + ":" + dump(nlohmann::json::array({key, key2}));
}

std::string row_name(const RowKind& k, const Stmt& s) {
  return row_name(k, s.text(0), k.keys > 1 ? s.text(1) : std::string());
}

}  // namespace

std::string covered_rows_json(sql::Db& db, const std::vector<RowRef>& rows) {
  nlohmann::json j = nlohmann::json::object();
  for (const RowRef& r : rows) {
    const std::string name = row_name(*r.kind, r.key, r.key2);
    if (j.contains(name)) continue;
    Stmt s(db, r.kind->one);
    s.bind_text(1, r.key);
    if (r.kind->keys > 1) s.bind_text(2, r.key2);
    j[name] = s.step() ? row_digest(s, r.kind->columns) : std::string("absent");
  }
  return dump(j);
}

std::string baseline_rows_json(sql::Db& db, const std::vector<const RowKind*>& kinds) {
  nlohmann::json j = nlohmann::json::object();
  for (const RowKind* k : kinds) {
    j[std::string(kCoverageMark) + k->kind] = "baseline";
    Stmt s(db, k->all);
    while (s.step()) j[row_name(*k, s)] = row_digest(s, k->columns);
  }
  return dump(j);
}

std::optional<std::string> RowCoverage::add(const std::string& action, const std::string& rows) {
  nlohmann::json digests;
  try {
    digests = parse_json(rows);
    if (!digests.is_object()) return "has unreadable row digests";
    for (const auto& [key, digest] : digests.items()) (void)digest.get<std::string>();
  } catch (const std::exception&) {
    return "has unreadable row digests";
  }
  if (action == "coverage") {
    // A baseline vouches for rows as it finds them: it is legitimate once per kind (when a
    // store first gets that kind covered), never for a row the chain already covers.
    std::set<std::string> kinds;
    for (const auto& [key, digest] : digests.items()) {
      if (key.rfind(kCoverageMark, 0) == 0) kinds.insert(key);
    }
    if (kinds.empty()) {  // the first baseline (review rows only) carried no marks
      for (const RowKind* k : kReviewRows) kinds.insert(std::string(kCoverageMark) + k->kind);
    }
    for (const auto& k : kinds) {
      if (digests_.count(k) != 0) return "re-baselines rows the chain already covers";
      digests_[k] = "baseline";
    }
    for (const auto& [key, digest] : digests.items()) {
      if (key.rfind(kCoverageMark, 0) != 0 && digests_.count(key) != 0) {
        return "re-baselines rows the chain already covers";
      }
    }
  }
  for (const auto& [key, digest] : digests.items()) digests_[key] = digest.get<std::string>();
  return std::nullopt;
}

EnforcementRows enforcement_rows(sql::Db& db) {
  // Enforcement's version 2 added the end-user columns the kinds read.
  const int v = sql::component_version(db, "enforcement");
  return v == 0 ? EnforcementRows::none : v < 2 ? EnforcementRows::older : EnforcementRows::ready;
}

std::optional<std::string> RowCoverage::check(sql::Db& db) const {
  std::map<std::string, std::string> left = digests_;
  std::vector<const RowKind*> kinds(std::begin(kReviewRows), std::end(kReviewRows));
  // Without enforcement's tables, the rows the chain saw there count as deleted below.
  const bool enforcement = enforcement_rows(db) == EnforcementRows::ready;
  if (enforcement) {
    kinds.insert(kinds.end(), std::begin(kEnforcementRows), std::end(kEnforcementRows));
  }
  for (const RowKind* k : kinds) {
    Stmt rs(db, k->all);
    while (rs.step()) {
      const std::string key = row_name(*k, rs);
      auto it = left.find(key);
      if (it == left.end()) {
        return key +
               " is not on the audit chain (inserted outside the library, or the newest records "
               "were removed)";
      }
      if (it->second != row_digest(rs, k->columns)) {
        return key +
               " does not match the audit chain (changed outside the library, or the newest "
               "records were removed)";
      }
      left.erase(it);
    }
  }
  for (const auto& [key, digest] : left) {
    if (digest != "absent" && key.rfind(kCoverageMark, 0) != 0) {
      return key + " was deleted outside the library";
    }
  }
  // The cursor is not a covered row (it moves on every decision, dismissals included), but it
  // must not have passed a decision that counts without leaving evidence: moving it ahead by
  // hand would skip enforcement.
  if (!enforcement) return std::nullopt;
  Stmt c(db,
         "SELECT d.seq FROM decisions d JOIN review_items i ON i.id = d.item_id "
         "JOIN enforcement_cursor c ON c.name = 'review' "
         "WHERE d.seq <= c.seq AND d.kind <> 2 AND i.customer <> '' AND NOT EXISTS "
         "(SELECT 1 FROM enforcement_evidence e WHERE e.decision_seq = d.seq) "
         "ORDER BY d.seq LIMIT 1");
  if (c.step()) {
    return "the enforcement cursor passed decision " + std::to_string(c.i64(0)) +
           " without applying it (moved outside the library)";
  }
  return std::nullopt;
}

}  // namespace abusemon::detail
