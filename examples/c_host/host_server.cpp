// abusemon C host example: a small chat server that puts abuse monitoring in front of a model,
// using nothing of abusemon but its C ABI (capi/abusemon.h, library abusemon_c).
//
// Per request (POST /v1/chat, customer key in the X-Customer-Id header):
//   1. the enforcement gate refuses suspended and terminated customers, and blocked end users
//      (X-User-Id header or the body's "user"), with 403 before any work;
//   2. the prompt is checked; a blocked prompt gets 400 with error code "content_filter";
//   3. the stub model streams a canned completion through a stream check, and only text that a
//      check has passed is sent (server-sent events); a blocked stream is cut with
//      finish_reason "content_filter";
//   4. every verdict is recorded in the tracker; flagged texts and tracker signals go to the
//      review queue; confirmed decisions move the customer's standing (enforcement sync), and
//      the resulting notifications are appended to an outbox file.
// See examples/c_host/README.md for the options and the wire format.
#include "abusemon.h"
#include "host_common.hpp"
#include "pipeline.hpp"

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

namespace {

using namespace c_host;
// Bytes of `s` up to `n`, backed off to a UTF-8 character boundary.
size_t utf8_floor(const std::string& s, size_t n) {
  n = std::min(n, s.size());
  while (n > 0 && n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return n;
}

void send_error(httplib::Response& res, int http_status, const std::string& code,
                const std::string& message, json extra = json::object()) {
  json err = {{"message", message}, {"code", code}, {"status", http_status}};
  err.update(extra);
  res.status = http_status;
  res.set_content(json{{"error", err}}.dump(), "application/json");
}

// A chat completion that is being streamed. It lives in the content provider of the response
// (one thread at a time) and collects the verdicts of its stream check.
class Completion {
 public:
  Completion(Pipeline& p, std::string customer, std::string user, std::string text)
      : p_(p), customer_(std::move(customer)), user_(std::move(user)), reply_(std::move(text)) {
    am_stream_options so = am_stream_options_default();
    so.check_every = p.options().check_every;
    so.window = p.options().window;
    am_stream* s = nullptr;
    check(am_stream_new(p.monitor(), &so, customer_.c_str(), user_.c_str(), &Completion::on_verdict,
                        this, &s),
          "am_stream_new");
    stream_.reset(s);
    chunks_ = StubModel::chunks(reply_);
  }

  // Runs the stub model to the end or to the cut. `emit(text)` receives every piece of text a
  // check has passed, in order, and returns false when the client is gone (generation stops).
  // Returns the finding that ends the stream: its action is BLOCK when the stream was cut.
  template <typename Emit>
  Finding run(Emit&& emit) {
    std::string received;
    size_t released = 0;
    bool client_gone = false;
    for (const auto& chunk : chunks_) {
      received += chunk;
      const am_status s = am_stream_feed(stream_.get(), chunk.data(), chunk.size());
      if (s != AM_OK) throw CallFailed(s, "am_stream_feed");
      if (blocking_) break;
      // Release only what a passing check has covered: Azure's default streaming mode.
      const size_t upto = utf8_floor(received, passed_);
      if (upto > released) {
        client_gone = !emit(received.substr(released, upto - released));
        released = upto;
        if (client_gone) break;
      }
    }
    Finding end;
    if (blocking_) {
      end = *blocking_;
    } else {
      am_verdict* v = nullptr;
      check(am_stream_finish(stream_.get(), &v), "am_stream_finish");
      Owned<am_verdict> owned(v);
      end = summarise(v);
      if (end.action != AM_ACTION_BLOCK && released < received.size() && !client_gone) {
        emit(received.substr(released));
        released = received.size();
      }
    }
    // The tracker and the reviewer see everything the model produced, not only what was sent.
    p_.record(customer_, user_, received, end);
    delivered_ = received.substr(0, released);
    return end;
  }

  const std::string& delivered() const { return delivered_; }

 private:
  static void on_verdict(void* user_data, const am_verdict* v) {
    auto* self = static_cast<Completion*>(user_data);
    size_t end_offset = 0;
    int32_t is_final = 0;
    am_verdict_stream_offsets(v, nullptr, nullptr, &end_offset, &is_final);
    if (am_verdict_action(v) == AM_ACTION_BLOCK) {
      if (!self->blocking_) self->blocking_ = summarise(v);
    } else if (!is_final && !self->blocking_) {
      // The scored window ends at end_offset, which can trail the bytes received when the check
      // ran (check_offset): only text up to there has been checked.
      self->passed_ = std::max(self->passed_, end_offset);
    }
  }

  Pipeline& p_;
  std::string customer_, user_, reply_;
  Owned<am_stream> stream_;
  std::vector<std::string> chunks_;
  size_t passed_ = 0;
  std::optional<Finding> blocking_;
  std::string delivered_;
};

std::string sse(const json& j) {
  return "data: " + j.dump() + "\n\n";
}

json chunk_json(const std::string& id, json choices) {
  return {{"id", id},
          {"object", "chat.completion.chunk"},
          {"model", "stub-model"},
          {"choices", std::move(choices)}};
}

// Bytes of a data:image/...;base64, URL (the host decodes; the library sniffs the format).
std::string data_url_bytes(const std::string& url) {
  const auto comma = url.find(',');
  if (url.rfind("data:image/", 0) != 0 || comma == std::string::npos ||
      url.compare(comma - 7, 7, ";base64") != 0) {
    throw std::invalid_argument("image_url must be a data:image/...;base64, URL");
  }
  std::string out;
  unsigned acc = 0;
  int bits = 0;
  for (std::size_t i = comma + 1; i < url.size(); ++i) {
    const char c = url[i];
    int v = c >= 'A' && c <= 'Z'   ? c - 'A'
            : c >= 'a' && c <= 'z' ? c - 'a' + 26
            : c >= '0' && c <= '9' ? c - '0' + 52
            : c == '+'             ? 62
            : c == '/'             ? 63
                                   : -1;
    if (c == '=') break;
    if (v < 0) throw std::invalid_argument("image_url has invalid base64");
    acc = (acc << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  return out;
}

// Text of a message's content (a string or content parts); image_url URLs go to `images`.
std::string content_text(const json& content, std::vector<std::string>* images) {
  if (content.is_string()) return content.get<std::string>();
  if (!content.is_array()) {
    throw std::invalid_argument("message content must be a string or an array of parts");
  }
  std::string text;
  for (const auto& part : content) {
    const std::string type = part.is_object() ? part.value("type", "") : "";
    if (type == "text" && part.contains("text") && part["text"].is_string()) {
      if (!text.empty()) text += "\n";
      text += part["text"].get<std::string>();
    } else if (type == "image_url") {
      const json& u = part.contains("image_url") ? part["image_url"] : json();
      const json& url = u.is_object() && u.contains("url") ? u["url"] : u;
      if (!url.is_string()) throw std::invalid_argument("image_url needs a string url");
      if (images != nullptr) images->push_back(url.get<std::string>());
    } else {
      throw std::invalid_argument("content parts are text or image_url");
    }
  }
  return text;
}

// Joins what the customer sends the model: the user, system and developer messages (assistant
// turns were checked when they were generated). Image parts' URLs go to `images`.
std::string prompt_of(const json& body, std::vector<std::string>* images = nullptr) {
  const auto it = body.find("messages");
  if (it == body.end() || !it->is_array() || it->empty()) {
    throw std::invalid_argument("\"messages\" must be a non-empty array");
  }
  std::string prompt;
  for (const auto& m : *it) {
    if (!m.is_object() || !m.contains("content") ||
        !(m["content"].is_string() || m["content"].is_array())) {
      throw std::invalid_argument("every message needs a \"content\" string or part array");
    }
    const auto role = m.find("role");
    if (role != m.end() && !role->is_string()) {
      throw std::invalid_argument("\"role\" must be a string");
    }
    const std::string r = role == m.end() ? "user" : role->get<std::string>();
    if (r != "user" && r != "system" && r != "developer") continue;
    const std::string text = content_text(m["content"], images);
    if (text.empty()) continue;
    if (!prompt.empty()) prompt += "\n";
    prompt += text;
  }
  if (prompt.empty() && (images == nullptr || images->empty()))
    throw std::invalid_argument("no user message");
  return prompt;
}

void handle_chat(Pipeline& p, const httplib::Request& req, httplib::Response& res) {
  const std::string customer = req.get_header_value("X-Customer-Id");
  std::string user = req.get_header_value("X-User-Id");
  if (customer.empty()) {
    send_error(res, 401, "missing_customer", "the X-Customer-Id header is required");
    return;
  }
  // The gate first: a suspended customer or a blocked end user costs no model time and no
  // classification.
  if (auto refused = p.refusal(customer, user)) {
    send_error(res, 403, refused->first, refused->second);
    return;
  }
  json body = json::parse(req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    send_error(res, 400, "invalid_request_error", "the body must be a JSON object");
    return;
  }
  // The end user may also come as the body's "user" field (as the OpenAI API asks customers).
  if (user.empty() && body.contains("user") && body["user"].is_string()) {
    user = body["user"].get<std::string>();
    if (auto refused = p.refusal(customer, user)) {
      send_error(res, 403, refused->first, refused->second);
      return;
    }
  }
  std::string prompt;
  std::vector<std::string> images, image_bytes;
  try {
    prompt = prompt_of(body, &images);
    for (const auto& url : images) image_bytes.push_back(data_url_bytes(url));
    if (body.contains("stream") && !body["stream"].is_boolean()) {
      throw std::invalid_argument("\"stream\" must be true or false");
    }
  } catch (const std::invalid_argument& e) {
    send_error(res, 400, "invalid_request_error", e.what());
    return;
  }
  const bool stream = body.value("stream", false);

  am_verdict* v = nullptr;
  am_status s;
  std::string review_text = prompt;
  if (images.empty()) {
    s = am_monitor_check(p.monitor(), prompt.data(), prompt.size(), AM_DIRECTION_PROMPT,
                         customer.c_str(), user.c_str(), &v);
  } else {
    // One verdict for the text and every image (docs/IMAGES.md).
    std::vector<am_content_part> parts;
    json review = json::array();
    if (!prompt.empty()) {
      am_content_part t = am_content_part_default();
      t.text = prompt.data();
      t.text_len = prompt.size();
      parts.push_back(t);
      review.push_back({{"type", "text"}, {"text", prompt}});
    }
    for (std::size_t k = 0; k < images.size(); ++k) {
      am_content_part ip = am_content_part_default();
      ip.kind = AM_PART_IMAGE;
      ip.image = reinterpret_cast<const uint8_t*>(image_bytes[k].data());
      ip.image_len = image_bytes[k].size();
      parts.push_back(ip);
      // Reviewers see the image: the content parts are the review item's (encrypted) content.
      review.push_back({{"type", "image_url"}, {"image_url", {{"url", images[k]}}}});
    }
    s = am_monitor_check_content(p.monitor(), parts.data(), parts.size(), AM_DIRECTION_PROMPT,
                                 customer.c_str(), user.c_str(), &v);
    review_text = review.dump();
    if (s == AM_E_STATE) {
      send_error(res, 400, "invalid_request_error", am_last_error());
      return;
    }
  }
  if (s == AM_E_FORMAT || s == AM_E_LIMIT) {
    send_error(res, s == AM_E_LIMIT ? 413 : 400, "invalid_request_error", am_last_error());
    return;
  }
  check(s, "am_monitor_check");
  Owned<am_verdict> verdict(v);
  const Finding pf = summarise(v);
  p.record(customer, user, review_text, pf);
  const json prompt_filter =
      json::array({json{{"prompt_index", 0}, {"content_filter_results", filter_results(pf)}}});
  if (pf.action == AM_ACTION_BLOCK) {
    send_error(res, 400, "content_filter",
               "The prompt was filtered by the content management policy.",
               {{"param", "prompt"},
                {"innererror",
                 {{"code", "ResponsibleAIPolicyViolation"},
                  {"content_filter_result", filter_results(pf)}}}});
    return;
  }

  static std::atomic<uint64_t> counter{0};
  const std::string id = "chatcmpl-" + std::to_string(counter.fetch_add(1) + 1);
  auto completion = std::make_shared<Completion>(p, customer, user, p.model().reply(prompt));
  if (!stream) {
    const Finding end = completion->run([](const std::string&) { return true; });
    const bool cut = end.action == AM_ACTION_BLOCK;
    json choice = {{"index", 0},
                   {"message", {{"role", "assistant"}, {"content", completion->delivered()}}},
                   {"finish_reason", cut ? "content_filter" : "stop"},
                   {"content_filter_results", filter_results(end)}};
    res.set_content(json{{"id", id},
                         {"object", "chat.completion"},
                         {"model", "stub-model"},
                         {"prompt_filter_results", prompt_filter},
                         {"choices", json::array({choice})}}
                        .dump(),
                    "application/json");
    return;
  }

  res.set_header("Cache-Control", "no-cache");
  res.set_chunked_content_provider("text/event-stream", [completion, id, prompt_filter](
                                                            size_t, httplib::DataSink& sink) {
    auto write = [&sink](const std::string& text) { return sink.write(text.data(), text.size()); };
    // As Azure does: an annotation frame without choices carries the prompt's results.
    json first = chunk_json(id, json::array());
    first["prompt_filter_results"] = prompt_filter;
    write(sse(first));
    try {
      const Finding end = completion->run([&](const std::string& text) {
        return write(sse(chunk_json(
            id, json::array({json{
                    {"index", 0}, {"delta", {{"content", text}}}, {"finish_reason", nullptr}}}))));
      });
      const bool cut = end.action == AM_ACTION_BLOCK;
      write(sse(
          chunk_json(id, json::array({json{{"index", 0},
                                           {"delta", json::object()},
                                           {"finish_reason", cut ? "content_filter" : "stop"},
                                           {"content_filter_results", filter_results(end)}}}))));
    } catch (const std::exception& e) {
      // Headers are gone: report in-band, as OpenAI-compatible servers do.
      std::fprintf(stderr, "host: stream failed: %s\n", e.what());
      write(sse(json{{"error", {{"message", "internal error"}, {"code", "server_error"}}}}));
    }
    write("data: [DONE]\n\n");
    sink.done();
    return true;
  });
}

}  // namespace

int main(int argc, char** argv) {
  using namespace c_host;
  Options opt;
  try {
    opt = parse_args(argc, argv);
  } catch (const std::invalid_argument& e) {
    std::fprintf(stderr, "abusemon_host_server: error: %s\n%s", e.what(), kUsage);
    return 2;
  }
  if (am_version_number() != AM_VERSION_NUMBER) {
    std::fprintf(stderr, "abusemon_host_server: error: library %s does not match the header\n",
                 am_version());
    return 1;
  }

  // SIGINT/SIGTERM are taken by a waiting thread (below), so block them in every thread.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  std::unique_ptr<Pipeline> pipeline;
  try {
    pipeline = std::make_unique<Pipeline>(opt);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "abusemon_host_server: error: %s\n", e.what());
    return 3;
  }
  Pipeline& p = *pipeline;

  httplib::Server server;
  server.Post("/v1/chat", [&p](const httplib::Request& req, httplib::Response& res) {
    handle_chat(p, req, res);
  });
  // Operator view of one customer: standing, transitions, tracker state. Keep it off the
  // customer-facing listener in production (this example listens on loopback only).
  server.Get(R"(/admin/customers/([^/]+))",
             [&p](const httplib::Request& req, httplib::Response& res) {
               res.set_content(p.standing_json(req.matches[1]), "application/json");
             });
  // Applies review decisions now instead of at the next background round (e.g. right after a
  // review session with `abusemon review` on the same database file).
  server.Post("/admin/sync", [&p](const httplib::Request&, httplib::Response& res) {
    res.set_content(json{{"transitions", p.maintain()}}.dump(), "application/json");
  });
  server.Get("/healthz", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("{\"status\":\"ok\"}", "application/json");
  });
  server.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "unknown error";
        int http_status = 500;
        try {
          std::rethrow_exception(ep);
        } catch (const CallFailed& e) {
          what = e.what();
          if (e.status == AM_E_UNAVAILABLE) http_status = 503;
        } catch (const std::exception& e) {
          what = e.what();
        }
        std::fprintf(stderr, "host: request failed: %s\n", what.c_str());
        send_error(res, http_status, "server_error", "internal error");
      });

  int port = opt.port;
  if (port == 0) {
    port = server.bind_to_any_port(opt.host.c_str());
  } else if (!server.bind_to_port(opt.host.c_str(), port)) {
    port = -1;
  }
  if (port < 0) {
    std::fprintf(stderr, "abusemon_host_server: error: cannot listen on %s:%d\n", opt.host.c_str(),
                 opt.port);
    return 1;
  }
  std::printf("listening on http://%s:%d\n", opt.host.c_str(), port);
  std::fflush(stdout);

  std::mutex mu;
  std::condition_variable cv;
  bool stopping = false;
  std::thread stopper([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    server.stop();
  });
  // Human decisions and remediation deadlines arrive without requests: apply them periodically.
  std::thread maintainer([&] {
    std::unique_lock<std::mutex> lock(mu);
    while (!cv.wait_for(lock, std::chrono::milliseconds(std::max(opt.sync_interval_ms, 100)),
                        [&] { return stopping; })) {
      lock.unlock();
      try {
        p.maintain();
      } catch (const std::exception& e) {
        std::fprintf(stderr, "host: maintenance failed: %s\n", e.what());
      }
      lock.lock();
    }
  });

  const bool ok = server.listen_after_bind();
  {
    std::lock_guard<std::mutex> lock(mu);
    stopping = true;
  }
  cv.notify_all();
  maintainer.join();
  // listen_after_bind() also returns on a socket error: wake the signal thread in that case.
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  try {
    p.maintain();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "host: final sync failed: %s\n", e.what());
  }
  pipeline.reset();
  std::fprintf(stderr, "host: stopped\n");
  return ok ? 0 : 1;
}
