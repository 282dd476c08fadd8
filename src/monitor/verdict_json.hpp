// Verdict → JSON object, shared by to_json() and the batch classifier (private).
#pragma once

#include <nlohmann/json.hpp>

#include "abusemon/verdict.hpp"

namespace abusemon::detail {

/// The body of to_json() (without "id").
nlohmann::ordered_json verdict_body(const Verdict& v, VerdictFormat format);

/// Shortest decimal that reads back as the same float, held as a double so that JSON shows
/// 0.97 rather than 0.9700000286102295.
double json_float(float f) noexcept;

/// Compact dump that never throws on invalid UTF-8 (replaced by U+FFFD).
std::string dump_compact(const nlohmann::ordered_json& j);

}  // namespace abusemon::detail
