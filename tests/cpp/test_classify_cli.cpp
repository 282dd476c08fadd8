// `abusemon classify` end to end: runs the built CLI binary. Usage and input errors need no
// model; the classification run needs one ($ABUSEMON_MODEL or the source tree's default model)
// and is skipped with a warning without it. The line-level contract itself (error records,
// order, formats) is covered model-free by test_monitor's classify_jsonl tests.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "catch.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kCli = fs::path(ABUSEMON_BINARY_DIR) / "examples" / "cli" / "abusemon";

struct Run {
  int code = -1;
  std::string out;
  std::string err;
};

std::string slurp(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

// A scratch directory removed at the end of the test.
struct Scratch {
  fs::path dir;
  Scratch() {
    dir = fs::temp_directory_path() /
          ("abusemon_cli_" + std::to_string(::getpid()) + "_" + std::to_string(counter()++));
    fs::create_directories(dir);
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  fs::path write(const std::string& name, const std::string& content) const {
    std::ofstream(dir / name, std::ios::binary) << content;
    return dir / name;
  }
  static int& counter() {
    static int c = 0;
    return c;
  }
};

// Runs the CLI with `args` (already shell-quoted), stdin from `input_file` (or /dev/null).
Run run(const Scratch& s, const std::string& args, const std::string& input_file = "/dev/null",
        const std::string& env = "") {
  const fs::path out = s.dir / "stdout";
  const fs::path err = s.dir / "stderr";
  const std::string cmd = env + " '" + kCli.string() + "' " + args + " < '" + input_file + "' > '" +
                          out.string() + "' 2> '" + err.string() + "'";
  const int status = std::system(cmd.c_str());
  Run r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

std::string model_for_tests() {
  if (const char* m = std::getenv("ABUSEMON_MODEL"); m != nullptr && *m != '\0' && fs::exists(m)) {
    return m;
  }
  // The source tree's default model (scripts/setup_model.sh), found upwards from tests/data.
  for (fs::path p = fs::path(ABUSEMON_TEST_DATA_DIR); !p.empty() && p != p.root_path();
       p = p.parent_path()) {
    if (fs::exists(p / "models" / "abusemon-default.gguf")) {
      return (p / "models" / "abusemon-default.gguf").string();
    }
  }
  return {};
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

}  // namespace

TEST_CASE("classify: usage and input errors have documented exit codes", "[cli]") {
  if (!fs::exists(kCli)) {
    WARN("CLI not built (ABUSEMON_BUILD_EXAMPLES=OFF): skipped");
    return;
  }
  Scratch s;
  Run r = run(s, "classify --format xml");
  CHECK(r.code == 2);
  CHECK(r.err.rfind("abusemon: error: --format", 0) == 0);
  CHECK(r.out.empty());

  r = run(s, "classify --direction sideways");
  CHECK(r.code == 2);

  r = run(s, "classify --threads -3");
  CHECK(r.code == 2);

  const fs::path bad_policy =
      s.write("policy.json", R"({"categories": {"hate": {"block_at": "severe"}}})");
  r = run(s, "classify --policy '" + bad_policy.string() + "'");
  CHECK(r.code == 3);
  CHECK(r.err.find("categories.hate.block_at") != std::string::npos);
  CHECK(r.err.find(bad_policy.string()) != std::string::npos);
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);  // one line, no stack trace

  r = run(s, "classify --policy /nonexistent/policy.json");
  CHECK(r.code == 4);

  r = run(s, "classify /nonexistent/input.jsonl");
  CHECK(r.code == 4);
  CHECK(r.err.find("/nonexistent/input.jsonl") != std::string::npos);

  r = run(s, "classify", "/dev/null", "ABUSEMON_MODEL=/nonexistent/model.gguf");
  CHECK(r.code == 4);
  CHECK(r.err.find("/nonexistent/model.gguf") != std::string::npos);

  const fs::path junk = s.write("junk.gguf", "not a model at all");
  r = run(s, "classify --model '" + junk.string() + "'");
  CHECK(r.code == 3);
  CHECK(r.err.rfind("abusemon: error: ", 0) == 0);
}

TEST_CASE("classify: malformed lines give error records and the batch goes on", "[cli][model]") {
  const std::string model = model_for_tests();
  if (!fs::exists(kCli) || model.empty()) {
    WARN("no CLI or no model (set ABUSEMON_MODEL): skipped");
    return;
  }
  Scratch s;
  const fs::path in = s.write("in.jsonl",
                              "{\"id\": \"a\", \"text\": \"have a nice day\"}\n"
                              "{broken\n"
                              "{\"id\": 7, \"text\": \"you are wonderful\", \"direction\": "
                              "\"completion\"}\n"
                              "{\"id\": \"x\"}\n");
  for (const char* threads : {"1", "3"}) {
    Run r = run(s, std::string("classify --threads ") + threads + " --model '" + model + "' '" +
                       in.string() + "'");
    INFO(r.err);
    REQUIRE(r.code == 0);
    const auto lines = lines_of(r.out);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].rfind(R"({"id":"a","line":1,"direction":"prompt","flagged":)", 0) == 0);
    CHECK(lines[1].rfind(R"({"id":null,"line":2,"error":"invalid JSON: )", 0) == 0);
    CHECK(lines[2].rfind(R"({"id":7,"line":3,"direction":"completion",)", 0) == 0);
    CHECK(lines[3] == R"({"id":"x","line":4,"error":"missing \"text\""})");
    for (const char* c :
         {"hate", "harassment", "sexual", "sexual_minors", "violence", "self_harm", "jailbreak"}) {
      CHECK(lines[0].find(std::string("\"") + c + "\":{\"score\":") != std::string::npos);
    }
  }
  // Plain text lines from stdin, OpenAI format.
  const fs::path txt = s.write("in.txt", "hello\nworld\n");
  Run r = run(s, "classify --text-lines --format openai --model '" + model + "' -", txt.string());
  REQUIRE(r.code == 0);
  const auto lines = lines_of(r.out);
  REQUIRE(lines.size() == 2);
  CHECK(lines[1].rfind(R"({"id":2,"line":2,"model":)", 0) == 0);
}

TEST_CASE("classify: image lines with --image-model (paths and data: URLs)", "[cli][model]") {
  const std::string model = model_for_tests();
  if (!fs::exists(kCli) || model.empty()) {
    WARN("no CLI or no model (set ABUSEMON_MODEL): skipped");
    return;
  }
  const std::string images = std::string(ABUSEMON_TEST_DATA_DIR) + "/images/";
  Scratch s;
  const fs::path in = s.write(
      "in.jsonl", "{\"id\": 1, \"text\": \"what is in this picture?\", \"image\": \"" + images +
                      "benign.jpg\"}\n{\"id\": 2, \"text\": \"what is in this picture?\", "
                      "\"image\": \"" +
                      images + "marker.png\"}\n{\"id\": 3, \"image\": \"" + images +
                      "truncated.jpg\"}\n");
  Run r = run(s, "classify --model '" + model + "' --image-model '" + images + "fixture.gguf' '" +
                     in.string() + "'");
  INFO(r.err);
  REQUIRE(r.code == 0);
  const auto lines = lines_of(r.out);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].find("\"action\":\"allow\"") != std::string::npos);
  CHECK(lines[1].find("\"action\":\"block\"") != std::string::npos);
  CHECK(lines[1].find("\"type\":\"image\",\"action\":\"block\"") != std::string::npos);
  CHECK(lines[2].find("\"error\":\"part 0: image: corrupt or truncated JPEG") != std::string::npos);
  // without an image model the image lines are error records, text lines still classify
  Run none = run(s, "classify --model '" + model + "' '" + in.string() + "'");
  REQUIRE(none.code == 0);
  CHECK(lines_of(none.out)[0].find("no image model") != std::string::npos);
  // $ABUSEMON_IMAGE_MODEL stands in for --image-model; set but empty, it names none
  const std::string no_flag = "classify --model '" + model + "' '" + in.string() + "'";
  Run env = run(s, no_flag, "/dev/null", "ABUSEMON_IMAGE_MODEL='" + images + "fixture.gguf'");
  REQUIRE(env.code == 0);
  CHECK(lines_of(env.out)[1].find("\"type\":\"image\",\"action\":\"block\"") != std::string::npos);
  Run empty = run(s, no_flag, "/dev/null", "ABUSEMON_IMAGE_MODEL=");
  REQUIRE(empty.code == 0);
  CHECK(lines_of(empty.out)[0].find("no image model") != std::string::npos);
}
