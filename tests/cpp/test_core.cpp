// Core vocabulary: names round-trip, clocks, errors, build info.
#include <nlohmann/json.hpp>

#include "abusemon/abusemon.hpp"
#include "catch.hpp"

using namespace abusemon;

TEST_CASE("category, severity, direction and action names round-trip", "[core]") {
  for (Category c : kAllCategories) {
    auto parsed = parse_category(to_string(c));
    REQUIRE(parsed.has_value());
    CHECK(*parsed == c);
  }
  CHECK(to_string(Category::sexual_minors) == "sexual_minors");
  for (int s = 0; s < 4; ++s) {
    CHECK(parse_severity(to_string(static_cast<Severity>(s))) == static_cast<Severity>(s));
  }
  CHECK(parse_direction("completion") == Direction::completion);
  CHECK(parse_action("annotate") == Action::annotate);
  CHECK_FALSE(parse_category("Hate").has_value());
  CHECK_FALSE(parse_severity("").has_value());
  CHECK_FALSE(parse_action("deny").has_value());
  CHECK(to_string(static_cast<Category>(200)) == "unknown");
}

TEST_CASE("severities and actions are ordered by strictness", "[core]") {
  CHECK(Severity::safe < Severity::low);
  CHECK(Severity::medium < Severity::high);
  CHECK(Action::allow < Action::annotate);
  CHECK(Action::annotate < Action::block);
}

TEST_CASE("manual clock moves only when told to", "[core]") {
  ManualClock clock(1000);
  CHECK(clock.now_ms() == 1000);
  clock.advance_ms(250);
  CHECK(clock.now_ms() == 1250);
  clock.set_ms(7);
  CHECK(clock.now_ms() == 7);
  // The system clock is after 2020-01-01.
  CHECK(SystemClock::instance().now_ms() > 1577836800000LL);
}

TEST_CASE("errors carry their status", "[core]") {
  try {
    throw error(status::format, "bad file");
  } catch (const error& e) {
    CHECK(e.code() == status::format);
    CHECK(std::string(e.what()) == "bad file");
  }
  CHECK(std::string(status_name(status::permission_denied)) == "permission_denied");
  CHECK(std::string(status_name(static_cast<status>(99))) == "unknown");
}

TEST_CASE("build info is JSON naming the version", "[core]") {
  auto info = nlohmann::json::parse(build_info_json());
  CHECK(info.at("version") == ABUSEMON_VERSION_STRING);
  CHECK(info.at("dependencies").contains("eigen"));
  CHECK(std::string(version()) == ABUSEMON_VERSION_STRING);
}
