#include <abusemon/abusemon.hpp>

#include <cstdio>
#include <cstring>

int main() {
  // The headers and the library must agree, and the library must actually run.
  if (std::strcmp(abusemon::version(), ABUSEMON_VERSION_STRING) != 0) return 1;
  if (abusemon::to_string(abusemon::Category::self_harm) != "self_harm") return 2;
  if (abusemon::build_info_json().find("\"version\"") == std::string::npos) return 3;
  std::printf("abusemon consumer ok %s\n", abusemon::version());
  return 0;
}
