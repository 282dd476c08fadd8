// JSON views of the review types (shared by the C ABI and the CLI).
#include <abusemon/error.hpp>
#include <abusemon/review.hpp>

#include <nlohmann/json.hpp>
#include "core/format.hpp"

#include "core/json_input.hpp"
namespace abusemon {

namespace {

using nlohmann::json;

std::string dump(const json& j) {
  // Item metadata comes from hosts; invalid UTF-8 must not make serialisation throw.
  return detail::dump_json(j);
}

json decision_json(const DecisionRecord& d) {
  return {{"seq", d.seq},
          {"item_id", d.item_id},
          {"kind", to_string(d.kind)},
          {"category", to_string(d.category)},
          {"severity", to_string(d.severity)},
          {"reason", d.reason},
          {"decided_by", d.decided_by},
          {"automatic", d.automatic},
          {"decided_ms", d.decided_ms},
          {"customer", d.customer},
          {"user", d.user},
          {"region", d.region},
          {"signal", d.signal},
          {"occurred_ms", d.occurred_ms}};
}

json item_json(const ReviewItem& it) {
  json j = {{"id", it.id},
            {"customer", it.customer},
            {"user", it.user},
            {"region", it.region},
            {"queue", it.queue},
            {"signal", it.signal},
            {"category", to_string(it.category)},
            {"severity", to_string(it.severity)},
            {"confidence", it.confidence},
            {"status", to_string(it.status)},
            {"created_ms", it.created_ms},
            {"updated_ms", it.updated_ms},
            {"content_purged", it.content_purged}};
  j["decision"] = it.decision ? decision_json(*it.decision) : json(nullptr);
  return j;
}

json head_json(const AuditHead& h) {
  return {{"seq", h.seq}, {"hash", h.hash_hex}};
}

}  // namespace

std::string to_json_string(const Principal& p) {
  return dump(
      {{"id", p.id}, {"role", to_string(p.role)}, {"region", p.region}, {"active", p.active}});
}

std::string to_json_string(const ReviewItem& item) {
  return dump(item_json(item));
}

std::string to_json_string(const ReviewContent& c) {
  json j = item_json(c.item);
  j["content"] = c.content;
  // The verdict was validated as JSON at submission; embed it as a value, not a string.
  try {
    j["verdict"] = detail::parse_json(c.verdict_json);
  } catch (const error&) {
    j["verdict"] = c.verdict_json;
  }
  return dump(j);
}

std::string to_json_string(const DecisionRecord& d) {
  return dump(decision_json(d));
}

std::string to_json_string(const Grant& g) {
  return dump({{"id", g.id},
               {"requester", g.requester},
               {"region", g.region},
               {"queue", g.queue},
               {"reason", g.reason},
               {"requested_ms", g.requested_ms},
               {"duration_ms", g.duration_ms},
               {"approver", g.approver},
               {"approved_ms", g.approved_ms},
               {"expires_ms", g.expires_ms},
               {"revoked_by", g.revoked_by},
               {"revoked_ms", g.revoked_ms},
               {"state", to_string(g.state)}});
}

std::string to_json_string(const AuditRecord& r) {
  return dump({{"seq", r.seq},
               {"ts_ms", r.ts_ms},
               {"actor", r.actor},
               {"action", r.action},
               {"outcome", r.outcome},
               {"item_id", r.item_id},
               {"grant_id", r.grant_id},
               {"detail", r.detail},
               {"hash", r.hash_hex}});
}

std::string to_json_string(const AuditHead& h) {
  return dump(head_json(h));
}

std::string to_json_string(const AuditVerification& v) {
  return dump({{"ok", v.ok},
               {"records", v.records},
               {"first_bad_seq", v.first_bad_seq},
               {"problem", v.problem},
               {"head", head_json(v.head)}});
}

AuditHead parse_audit_head(std::string_view text) {
  json j = detail::parse_json(text, "audit head");
  if (!j.is_object() || !j.contains("seq") || !j["seq"].is_number_integer() ||
      !j.contains("hash") || !j["hash"].is_string()) {
    throw error(status::format, R"(an audit head must be {"seq": <integer>, "hash": "<hex>"})");
  }
  return AuditHead{j["seq"].get<std::int64_t>(), j["hash"].get<std::string>()};
}

DecisionRecord parse_decision_record(std::string_view text) {
  json j = detail::parse_json(text, "decision");
  if (!j.is_object()) {
    throw error(status::format, "a decision must be a JSON object");
  }
  try {
    DecisionRecord d;
    d.seq = j.at("seq").get<std::int64_t>();
    d.item_id = j.value("item_id", std::int64_t{0});
    auto kind = parse_decision_kind(j.at("kind").get<std::string>());
    auto cat = parse_category(j.at("category").get<std::string>());
    auto sev = parse_severity(j.at("severity").get<std::string>());
    if (!kind || !cat || !sev)
      throw error(status::format, "decision: unknown kind/category/severity");
    d.kind = *kind;
    d.category = *cat;
    d.severity = *sev;
    d.reason = j.value("reason", std::string());
    d.decided_by = j.value("decided_by", std::string());
    d.automatic = j.value("automatic", false);
    d.decided_ms = j.value("decided_ms", std::int64_t{0});
    d.customer = j.at("customer").get<std::string>();
    d.user = j.value("user", std::string());
    d.region = j.value("region", std::string());
    d.signal = j.value("signal", std::string());
    d.occurred_ms = j.value("occurred_ms", d.decided_ms);
    return d;
  } catch (const json::exception& e) {
    throw error(status::format, std::string("decision: ") + e.what());
  }
}

}  // namespace abusemon
