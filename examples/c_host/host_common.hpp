// C host example (host_server.cpp): the helpers over the C ABI (status checks, size probes,
// owning handles) and the command-line options.
#pragma once

#include "abusemon.h"

#include <httplib.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <pthread.h>

namespace c_host {

using nlohmann::json;

// A failed C call, carrying its status so that the HTTP layer can map it to a response code.
class CallFailed : public std::runtime_error {
 public:
  CallFailed(am_status s, const std::string& what)
      : std::runtime_error(what + ": " + am_status_name(s) + ": " + am_last_error()), status(s) {}
  am_status status;
};

inline void check(am_status s, const char* what) {
  if (s != AM_OK) throw CallFailed(s, what);
}

// Runs a size-probe call (buf == NULL first) and returns the text without its NUL. Retries when
// the size grew between the probe and the call (tracker JSON decays with time).
template <typename Call>
inline std::string probe(Call call, const char* what) {
  std::string buf;
  for (int attempt = 0; attempt < 4; ++attempt) {
    size_t len = buf.size();
    const am_status s = call(buf.empty() ? nullptr : buf.data(), &len);
    if (s == AM_OK) {
      buf.resize(len > 0 ? len - 1 : 0);
      return buf;
    }
    if (s != AM_E_BUFFER_TOO_SMALL) throw CallFailed(s, what);
    buf.assign(len + 64, '\0');
  }
  throw CallFailed(AM_E_BUFFER_TOO_SMALL, what);
}

// Owning handles for the C objects.
struct Free {
  void operator()(am_policy* p) const { am_policy_free(p); }
  void operator()(am_monitor* p) const { am_monitor_free(p); }
  void operator()(am_tracker* p) const { am_tracker_free(p); }
  void operator()(am_review_store* p) const { am_review_store_free(p); }
  void operator()(am_enforcement* p) const { am_enforcement_free(p); }
  void operator()(am_verdict* p) const { am_verdict_free(p); }
  void operator()(am_stream* p) const { am_stream_free(p); }
};
template <typename T>
using Owned = std::unique_ptr<T, Free>;

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Options {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0 = any free port (printed on stdout)
  std::string model;
  std::string db;
  std::string policy_file;
  std::string enforcement_policy_file;
  std::string tracker_config_file;
  std::string completions_file;
  std::string image_model;  // docs/IMAGES.md; empty = image parts are refused
  std::string outbox;
  std::string region = "us";
  double auto_confirm = 0.0;
  int flag_severity = AM_SEVERITY_MEDIUM;
  // Small windows: the model scores a window as a whole, so a short harmful passage in a long
  // benign text is found by a window about its size (README.md).
  size_t check_every = 64;
  size_t window = 128;
  int sync_interval_ms = 2000;
};

const char* const kUsage =
    "usage: abusemon_host_server --model FILE --db FILE [options]\n"
    "  --host ADDR                  listen address (default 127.0.0.1)\n"
    "  --port N                     port (default 8080; 0 = any free port)\n"
    "  --policy FILE                severity policy JSON (docs/POLICY.md)\n"
    "  --enforcement-policy FILE    enforcement policy JSON (docs/ENFORCEMENT.md)\n"
    "  --tracker-config FILE        tracker config JSON (docs/TRACKER.md)\n"
    "  --completions FILE           canned replies of the stub model (README.md)\n"
    "  --image-model FILE           image classifier for image_url parts (docs/IMAGES.md)\n"
    "  --outbox FILE                append notifications to this JSON Lines file\n"
    "  --region R                   data region of the review items (default us)\n"
    "  --auto-confirm X             automated pre-review at confidence >= X (0 = off)\n"
    "  --flag-severity S            review texts at severity >= S: low|medium|high\n"
    "  --check-every N --window N   stream check cadence and window in bytes (64, 128)\n"
    "  --sync-interval-ms N         background enforcement sync/tick/delivery (2000)\n";

inline Options parse_args(int argc, char** argv) {
  Options o;
  auto value = [&](int& i) -> std::string {
    if (i + 1 >= argc) throw std::invalid_argument(std::string(argv[i]) + " needs a value");
    return argv[++i];
  };
  auto number = [](const std::string& s, const char* name) {
    size_t used = 0;
    double v = 0;
    try {
      v = std::stod(s, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != s.size() || v < 0) throw std::invalid_argument(std::string(name) + ": bad number");
    return v;
  };
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--help" || a == "-h") {
      std::fputs(kUsage, stdout);
      std::exit(0);
    } else if (a == "--host") {
      o.host = value(i);
    } else if (a == "--port") {
      o.port = static_cast<int>(number(value(i), "--port"));
    } else if (a == "--model") {
      o.model = value(i);
    } else if (a == "--db") {
      o.db = value(i);
    } else if (a == "--policy") {
      o.policy_file = value(i);
    } else if (a == "--enforcement-policy") {
      o.enforcement_policy_file = value(i);
    } else if (a == "--tracker-config") {
      o.tracker_config_file = value(i);
    } else if (a == "--completions") {
      o.completions_file = value(i);
    } else if (a == "--image-model") {
      o.image_model = value(i);
    } else if (a == "--outbox") {
      o.outbox = value(i);
    } else if (a == "--region") {
      o.region = value(i);
    } else if (a == "--auto-confirm") {
      o.auto_confirm = number(value(i), "--auto-confirm");
    } else if (a == "--flag-severity") {
      const std::string s = value(i);
      if (s == "low") {
        o.flag_severity = AM_SEVERITY_LOW;
      } else if (s == "medium") {
        o.flag_severity = AM_SEVERITY_MEDIUM;
      } else if (s == "high") {
        o.flag_severity = AM_SEVERITY_HIGH;
      } else {
        throw std::invalid_argument("--flag-severity: low, medium or high");
      }
    } else if (a == "--check-every") {
      o.check_every = static_cast<size_t>(number(value(i), "--check-every"));
    } else if (a == "--window") {
      o.window = static_cast<size_t>(number(value(i), "--window"));
    } else if (a == "--sync-interval-ms") {
      o.sync_interval_ms = static_cast<int>(number(value(i), "--sync-interval-ms"));
    } else {
      throw std::invalid_argument("unknown option " + a);
    }
  }
  if (o.model.empty() || o.db.empty()) throw std::invalid_argument("--model and --db are required");
  if (o.port > 65535) throw std::invalid_argument("--port: out of range");
  return o;
}

}  // namespace c_host
