// Classification: Policy, Monitor, Verdict, StreamChecker, CallbackScorer, RoutedScorer
// (docs/MONITOR.md, docs/MULTILINGUAL.md).
#include <pybind11/numpy.h>
#include <pybind11/operators.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "abusemon/error.hpp"
#include "abusemon/model.hpp"
#include "abusemon/monitor.hpp"
#include "abusemon/policy.hpp"
#include "abusemon/routed_scorer.hpp"
#include "abusemon/verdict.hpp"
#include "bindings.hpp"
#include "convert.hpp"
#include "gate.hpp"
#include "image_parts.hpp"

namespace py = pybind11;

namespace abusemon::python {

namespace {

Category cat_arg(const std::string& s) {
  return enum_arg<Category>(s, parse_category, "category");
}
Direction dir_arg(const std::string& s) {
  return enum_arg<Direction>(s, parse_direction, "direction");
}
Level level_arg(const std::string& s, bool jailbreak) {
  if (jailbreak) {
    if (auto l = parse_jailbreak_level(s)) return *l;
  }
  return enum_arg<Level>(s, parse_level, "level");
}
VerdictFormat format_arg(const std::string& s) {
  return enum_arg<VerdictFormat>(s, parse_verdict_format, "format");
}

std::string str(std::string_view v) {
  return std::string(v);
}

// Verdict.language / route: None when the Monitor does not route by language.
std::optional<std::string> optional_str(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}
std::optional<std::string> route_str(const std::optional<LanguageRoute>& r) {
  if (!r) return std::nullopt;
  return std::string(to_string(*r));
}

// A Scorer implemented by a Python callable: fn(list[str]) -> array-like (n, len(output_names)).
class PyCallbackScorer final : public Scorer {
 public:
  PyCallbackScorer(py::object fn, std::vector<std::string> names, std::string id,
                   std::string version)
      : fn_(std::move(fn)),
        names_(std::move(names)),
        id_(std::move(id)),
        version_(std::move(version)) {
    if (!PyCallable_Check(fn_.ptr()))
      throw std::invalid_argument("CallbackScorer: fn is not callable");
    if (names_.empty()) throw std::invalid_argument("CallbackScorer: output_names is empty");
  }
  ~PyCallbackScorer() override {
    py::gil_scoped_acquire gil;
    fn_ = py::object();
  }
  const std::vector<std::string>& output_names() const override { return names_; }
  void score(std::span<const std::string_view> texts, std::span<float> out) const override {
    py::gil_scoped_acquire gil;
    py::list batch;
    for (auto t : texts) batch.append(py::str(t.data(), t.size()));
    auto arr = py::array_t<float, py::array::c_style | py::array::forcecast>(fn_(batch));
    if (arr.ndim() != 2 || static_cast<std::size_t>(arr.shape(0)) != texts.size() ||
        static_cast<std::size_t>(arr.shape(1)) != names_.size()) {
      throw error(status::format, "CallbackScorer: fn must return an array of shape (" +
                                      std::to_string(texts.size()) + ", " +
                                      std::to_string(names_.size()) + ")");
    }
    std::copy(arr.data(), arr.data() + out.size(), out.begin());
  }
  std::string model_id() const override { return id_; }
  std::string model_version() const override { return version_; }

 private:
  py::object fn_;
  std::vector<std::string> names_;
  std::string id_;
  std::string version_;
};

std::shared_ptr<const Scorer> scorer_of(const py::object& obj) {
  if (py::isinstance<PyCallbackScorer>(obj)) return obj.cast<std::shared_ptr<PyCallbackScorer>>();
  if (py::isinstance<RoutedScorer>(obj)) return obj.cast<std::shared_ptr<RoutedScorer>>();
  if (py::isinstance<Model>(obj)) {
    return std::make_shared<ModelScorer>(obj.cast<std::shared_ptr<Model>>());
  }
  if (obj.is_none() || py::isinstance<py::str>(obj) || py::hasattr(obj, "__fspath__")) {
    const std::string path = model_path_of(obj);
    py::gil_scoped_release nogil;
    return ModelScorer::load(path);
  }
  throw std::invalid_argument(
      "scorer must be a model path, an abusemon.Model, an abusemon.CallbackScorer or an "
      "abusemon.RoutedScorer");
}

// consensus= / consensus_band= of Monitor and RoutedScorer.
// Bands are doubles in Python so that the signature shows (0.05, 0.95), not float32 digits.
using Band = std::pair<double, double>;
const Band kDefaultBand{0.05, 0.95};
static_assert(ConsensusOptions{}.low == 0.05f && ConsensusOptions{}.high == 0.95f,
              "kDefaultBand must match ConsensusOptions");
ConsensusOptions consensus_of(bool enabled, const Band& band) {
  ConsensusOptions c;
  c.enabled = enabled;
  c.low = static_cast<float>(band.first);
  c.high = static_cast<float>(band.second);
  // Checked here too (RoutedScorer checks it as well) so that the error names the argument,
  // and a one-model Monitor does not accept a band it would ignore.
  if (!c.valid_band()) {
    throw py::value_error("consensus_band must be (low, high) with 0 <= low <= high <= 1");
  }
  return c;
}

// Monitor(multilingual=...): None = the default (only with the default English model:
// abusemon._paths.default_multilingual_model_path()), False = one model, True = the default
// multilingual model, which must exist; anything else is a scorer.
std::shared_ptr<const Scorer> multilingual_of(const py::object& obj, bool default_english) {
  if (!obj.is_none() && !py::isinstance<py::bool_>(obj)) return scorer_of(obj);
  if (!obj.is_none() && !obj.cast<bool>()) return nullptr;
  if (obj.is_none() && !default_english) return nullptr;
  const py::object path =
      py::module_::import("abusemon._paths").attr("default_multilingual_model_path")(obj.is_none());
  if (path.is_none()) {
    if (obj.is_none()) return nullptr;
    throw py::value_error(
        "multilingual=True: no default multilingual model ($ABUSEMON_MULTILINGUAL_MODEL is not "
        "set and this installation bundles none); pass a model path");
  }
  try {
    return scorer_of(path);
  } catch (const error& e) {  // name the model the error is about, as the C ABI and CLI do
    throw error(e.code(), std::string("multilingual model: ") + e.what());
  }
}

std::vector<std::string> texts_of(const py::iterable& texts) {
  std::vector<std::string> out;
  for (auto t : texts) out.push_back(t.cast<std::string>());
  return out;
}

std::vector<std::string_view> views_of(const std::vector<std::string>& v) {
  return {v.begin(), v.end()};
}

py::object offsets_of(const Verdict& v) {
  if (!v.stream) return py::none();
  py::dict d;
  d["check_offset"] = v.stream->check_offset;
  d["start_offset"] = v.stream->start_offset;
  d["end_offset"] = v.stream->end_offset;
  d["final"] = v.stream->final;
  return d;
}

// Keeps the Monitor alive as long as a StreamChecker uses it.
struct PyStream {
  std::shared_ptr<const Monitor> monitor;
  StreamChecker checker;
};

constexpr const char* kMonitorDoc = R"doc(Scores texts and applies a severity policy. Thread-safe:
share one Monitor; checks release the GIL.

Arguments:
    scorer: a model file path (str or os.PathLike), an abusemon.Model, or an
        abusemon.CallbackScorer; None (the default) = the default model ($ABUSEMON_MODEL,
        else the one bundled in the wheel).
    policy: an abusemon.Policy (copied); None = Azure's default policy.
    max_text_bytes: longest text in UTF-8 bytes (0 = no limit); longer raises
        abusemon.Error(status="limit").
    max_batch_texts: most texts per batch call (0 = no limit).
    scorer_batch_size: texts per model call.
    multilingual: a second model for text that is not English (a path, an abusemon.Model or
        an abusemon.CallbackScorer): each text goes to `scorer` or to this one by
        abusemon.language_route(), and this one's scores are mapped onto `scorer`'s severity
        scale (abusemon.RoutedScorer; docs/MULTILINGUAL.md); each Verdict's model_id, language
        and route say which model read the text. None (the default): with scorer=None, the
        default multilingual model ($ABUSEMON_MULTILINGUAL_MODEL, else the one bundled in the
        wheel unless $ABUSEMON_MODEL is set), if any; with a scorer given, one model.
        False = one model; True = the default multilingual model, ValueError if there is none.
    consensus: with two models, English text on which the English model is unsure is scored
        by both and their log-odds averaged (Verdict.route "consensus"; abusemon.RoutedScorer,
        docs/MULTILINGUAL.md "Consensus on English text"). True by default; False scores
        English text with the English model alone.
    consensus_band: (low, high): the English model is unsure of a text when any output's
        probability p has low <= p < high. Default (0.05, 0.95).

Raises:
    ValueError for bad options; abusemon.Error for a bad model file or a scorer without any
    category output.)doc";

}  // namespace

void register_monitor(py::module_& m) {
  // check_prompt / check_completion: check() with a fixed direction, GIL released.
  auto check_in = [](Direction d) {
    return [d](const Monitor& self, const std::string& text, const std::string& customer,
               const std::string& user) {
      const CheckContext ctx{customer, user};
      py::gil_scoped_release nogil;
      return self.check(text, d, ctx);
    };
  };
  py::list cats;
  for (Category c : kAllCategories) cats.append(str(to_string(c)));
  m.attr("CATEGORIES") = py::tuple(cats);

  py::class_<PyCallbackScorer, std::shared_ptr<PyCallbackScorer>>(
      m, "CallbackScorer",
      "A classifier written in Python: fn(list[str]) returns an array of shape (n, "
      "len(output_names)) of probabilities. Called with the GIL held, possibly from several "
      "threads.")
      .def(py::init<py::object, std::vector<std::string>, std::string, std::string>(),
           py::arg("fn"), py::arg("output_names"), py::kw_only(), py::arg("model_id") = "",
           py::arg("model_version") = "")
      .def_property_readonly("output_names", &PyCallbackScorer::output_names);

  py::class_<RoutedScorer, std::shared_ptr<RoutedScorer>>(m, "RoutedScorer",
                                                          R"doc(Two scorers routed by language.
Each text goes to `english` or to `multilingual` by abusemon.language_route(); a batch is split in
two sub-batches and put back in order. The multilingual scores of each output are mapped onto the
English model's severity scale (the piecewise-linear map sending its cutoffs {0, low, medium,
high, 1} onto the English ones), so severities and policies mean the same on both routes.
model_id / model_version are "<english>+<multilingual>"; a Monitor over it records in each Verdict
the model that scored the text, its language and route. Immutable; pass it to abusemon.Monitor.

With consensus (the default), English text on which the English model is unsure (an output's
probability p with low <= p < high, consensus_band) is also scored by `multilingual`, and each
output is the mean of the two models' log-odds: where one model is unsure, the other, trained
apart, often is not wrong in the same way (docs/MULTILINGUAL.md "Consensus on English text").

Arguments:
    english, multilingual: a model path, an abusemon.Model or an abusemon.CallbackScorer.
    consensus: False scores English text with `english` alone.
    consensus_band: (low, high), 0 <= low <= high <= 1; default (0.05, 0.95).

Raises:
    abusemon.Error(status="format") if the two have different output names; abusemon.Error for
    a bad model file; ValueError for another kind of object or a bad band.)doc")
      .def(py::init([](const py::object& english, const py::object& multilingual, bool consensus,
                       Band band) {
             if (english.is_none() || multilingual.is_none())
               throw std::invalid_argument("RoutedScorer: english and multilingual are required");
             const ConsensusOptions c = consensus_of(consensus, band);
             return std::make_shared<RoutedScorer>(scorer_of(english), scorer_of(multilingual), c);
           }),
           py::arg("english"), py::arg("multilingual"), py::kw_only(),
           py::arg("consensus") = ConsensusOptions{}.enabled,
           py::arg("consensus_band") = kDefaultBand)
      .def_property_readonly("consensus",
                             [](const RoutedScorer& r) { return r.consensus().enabled; })
      .def_property_readonly("consensus_band",
                             [](const RoutedScorer& r) {
                               return Band{r.consensus().low, r.consensus().high};
                             })
      .def_property_readonly("output_names", &RoutedScorer::output_names)
      .def_property_readonly("model_id", &RoutedScorer::model_id)
      .def_property_readonly("model_version", &RoutedScorer::model_version)
      .def(
          "score",
          [](const RoutedScorer& self, const py::iterable& texts) {
            const std::vector<std::string> owned = texts_of(texts);
            const std::vector<std::string_view> views = views_of(owned);
            const std::size_t width = self.output_names().size();
            py::array_t<float> out(
                {static_cast<py::ssize_t>(views.size()), static_cast<py::ssize_t>(width)});
            std::span<float> dst(out.mutable_data(), views.size() * width);
            {
              py::gil_scoped_release nogil;
              self.score(views, dst);
            }
            return out;
          },
          py::arg("texts"),
          "Probabilities of shape (len(texts), len(output_names)), multilingual rows mapped onto "
          "the English scale.");

  py::class_<CategoryResult>(m, "CategoryResult", "Outcome for one category of one text.")
      .def_readonly("score", &CategoryResult::score, "Calibrated probability in [0, 1].")
      .def_property_readonly(
          "severity", [](const CategoryResult& r) { return str(to_string(r.severity)); },
          "'safe', 'low', 'medium' or 'high'.")
      .def_readonly("filtered", &CategoryResult::filtered, "Reached the policy's block level.")
      .def_readonly("annotated", &CategoryResult::annotated, "Reached the policy's annotate level.")
      .def("__repr__", [](const CategoryResult& r) {
        return "CategoryResult(score=" + std::to_string(r.score) + ", severity='" +
               str(to_string(r.severity)) + "', filtered=" + (r.filtered ? "True" : "False") +
               ", annotated=" + (r.annotated ? "True" : "False") + ")";
      });

  py::class_<BlocklistMatch>(m, "BlocklistMatch",
                             "A blocklist entry found in a text; start/end are UTF-8 byte "
                             "offsets (for streams: into the whole stream).")
      .def_readonly("blocklist", &BlocklistMatch::blocklist)
      .def_property_readonly("kind", [](const BlocklistMatch& b) { return str(to_string(b.kind)); })
      .def_readonly("pattern", &BlocklistMatch::pattern)
      .def_readonly("start", &BlocklistMatch::start)
      .def_readonly("end", &BlocklistMatch::end)
      .def_property_readonly("action",
                             [](const BlocklistMatch& b) { return str(to_string(b.action)); })
      .def("__repr__", [](const BlocklistMatch& b) {
        return "BlocklistMatch(blocklist='" + b.blocklist + "', pattern='" + b.pattern +
               "', start=" + std::to_string(b.start) + ", end=" + std::to_string(b.end) + ")";
      });

  py::class_<Verdict>(m, "Verdict", "Everything the Monitor decided about one text (immutable).")
      .def_property_readonly("direction",
                             [](const Verdict& v) { return str(to_string(v.direction)); })
      .def_property_readonly(
          "action", [](const Verdict& v) { return str(to_string(v.action)); },
          "'allow', 'annotate' or 'block'.")
      .def_property_readonly("flagged", &Verdict::flagged, "action == 'block'.")
      .def_property_readonly(
          "categories",
          [](const Verdict& v) {
            py::dict d;
            for (Category c : kAllCategories) d[py::str(str(to_string(c)))] = py::cast(v[c]);
            return d;
          },
          "dict of category name -> CategoryResult (all seven).")
      .def_property_readonly(
          "scores",
          [](const Verdict& v) {
            py::array_t<float> a(static_cast<py::ssize_t>(kCategoryCount));
            for (std::size_t i = 0; i < kCategoryCount; ++i)
              a.mutable_at(i) = v.categories[i].score;
            return a;
          },
          "float32 array of the seven scores in CATEGORIES order.")
      .def_readonly("jailbreak_detected", &Verdict::jailbreak_detected)
      .def_readonly("jailbreak_filtered", &Verdict::jailbreak_filtered)
      .def_readonly("blocklist_matches", &Verdict::blocklist_matches)
      .def_readonly("refusal", &Verdict::refusal, "Customer gate's refusal reason, or None.")
      .def_readonly("model_id", &Verdict::model_id,
                    "The model that scored the text (with a multilingual model: the one the text "
                    "was routed to).")
      .def_readonly("model_version", &Verdict::model_version)
      .def_property_readonly(
          "language", [](const Verdict& v) { return optional_str(v.language); },
          "Language detect_language gave for the text ('en', 'fr', ..., 'und'; 'mul' for "
          "content parts in several languages) when the Monitor routes by language, else None.")
      .def_property_readonly(
          "route", [](const Verdict& v) { return route_str(v.route); },
          "'english' or 'multilingual': the model the text was routed to, or None when the "
          "Monitor does not route (or check_content's text parts took different routes).")
      .def_readonly("elapsed_ms", &Verdict::elapsed_ms)
      .def_property_readonly(
          "parts",
          [](const Verdict& v) {
            py::list out;
            for (const auto& p : v.parts) {
              py::dict scores;
              for (Category c : kAllCategories)
                scores[py::str(str(to_string(c)))] = p.scores[static_cast<std::size_t>(c)];
              py::dict d;
              d["index"] = p.index;
              d["type"] = str(to_string(p.kind));
              d["action"] = str(to_string(p.action));
              d["scores"] = scores;
              d["language"] = optional_str(p.language);
              d["route"] = route_str(p.route);
              out.append(d);
            }
            return out;
          },
          "For check_content verdicts: one dict(index, type 'text'|'image', action, scores, "
          "language, route) per part (language and route None unless a routed text part); [] "
          "for text checks.")
      .def_property_readonly("stream_offsets", &offsets_of,
                             "dict(check_offset, start_offset, end_offset, final) for stream "
                             "verdicts, else None.")
      .def(
          "to_json",
          [](const Verdict& v, const std::string& format) {
            return to_json(v, format_arg(format));
          },
          py::arg("format") = "native", "One line of JSON: format 'native', 'openai' or 'azure'.")
      .def_static(
          "from_json",
          [](const std::string& json, const std::string& format) {
            return verdict_from_json(json, format_arg(format));
          },
          py::arg("json"), py::arg("format") = "native",
          "Parses what to_json wrote (fields the format lacks keep defaults). Raises "
          "abusemon.Error(status='format') naming the bad key.")
      .def(py::self == py::self)
      .def("__repr__", [](const Verdict& v) {
        return "Verdict(action='" + str(to_string(v.action)) + "', direction='" +
               str(to_string(v.direction)) + "')";
      });

  py::class_<Policy>(m, "Policy", R"doc(A severity policy (docs/POLICY.md). Policy() is Azure's
default: annotate from low, block from medium in both directions; jailbreak blocked when detected
in prompts.)doc")
      .def(py::init<>())
      .def_static(
          "from_json", [](const std::string& s) { return Policy::from_json(s); }, py::arg("json"),
          "Parses a policy document. Raises abusemon.Error(status='format') naming the "
          "key path and the problem.")
      .def_static("from_file", &Policy::from_file, py::arg("path"))
      .def("to_json", &Policy::to_json, "Canonical JSON (from_json(p.to_json()) == p).")
      .def(
          "rule",
          [](const Policy& p, const std::string& c, const std::string& d) {
            const Category cat = cat_arg(c);
            const CategoryRule& r = p.rule(cat, dir_arg(d));
            auto name = [&](Level l) {
              return str(cat == Category::jailbreak ? jailbreak_level_name(l) : to_string(l));
            };
            return py::make_tuple(name(r.annotate_at), name(r.block_at));
          },
          py::arg("category"), py::arg("direction"), "(annotate_at, block_at) level names.")
      .def(
          "set_rule",
          [](Policy& p, const std::string& c, const std::string& d, const std::string& annotate_at,
             const std::string& block_at) {
            const Category cat = cat_arg(c);
            const bool jb = cat == Category::jailbreak;
            p.set_rule(cat, dir_arg(d), {level_arg(annotate_at, jb), level_arg(block_at, jb)});
          },
          py::arg("category"), py::arg("direction"), py::arg("annotate_at"), py::arg("block_at"),
          "Levels: 'low', 'medium', 'high', 'off' (jailbreak: 'detected' or 'off').")
      .def(
          "thresholds",
          [](const Policy& p, const std::string& c) -> py::object {
            const auto& t = p.thresholds(cat_arg(c));
            if (!t) return py::none();
            return py::make_tuple(t->low, t->medium, t->high);
          },
          py::arg("category"), "The override (low, medium, high), or None.")
      .def(
          "set_thresholds",
          [](Policy& p, const std::string& c, float low, float medium, float high) {
            p.set_thresholds(cat_arg(c), {low, medium, high});
          },
          py::arg("category"), py::arg("low"), py::arg("medium"), py::arg("high"))
      .def(
          "clear_thresholds",
          [](Policy& p, const std::string& c) { p.clear_thresholds(cat_arg(c)); },
          py::arg("category"))
      .def(
          "add_blocklist",
          [](Policy& p, const std::string& name, std::vector<std::string> terms,
             std::vector<std::string> phrases, std::vector<std::string> regexes,
             const std::string& action, const std::vector<std::string>& directions) {
            BlocklistSpec s;
            s.name = name;
            s.terms = std::move(terms);
            s.phrases = std::move(phrases);
            s.regexes = std::move(regexes);
            s.action = enum_arg<Action>(action, parse_action, "action");
            s.prompt = s.completion = false;
            for (const auto& d : directions) {
              (dir_arg(d) == Direction::prompt ? s.prompt : s.completion) = true;
            }
            if (!s.prompt && !s.completion) {
              throw std::invalid_argument("add_blocklist: directions is empty");
            }
            p.add_blocklist(std::move(s));
          },
          py::arg("name"), py::kw_only(), py::arg("terms") = std::vector<std::string>{},
          py::arg("phrases") = std::vector<std::string>{},
          py::arg("regexes") = std::vector<std::string>{}, py::arg("action") = "block",
          py::arg("directions") = std::vector<std::string>{"prompt", "completion"},
          "Adds a blocklist: whole-word case-insensitive terms and phrases, RE2 regexes.")
      .def(
          "match_blocklists",
          [](const Policy& p, const std::string& text, const std::string& direction) {
            const Direction d = dir_arg(direction);
            py::gil_scoped_release nogil;
            return p.match_blocklists(text, d);
          },
          py::arg("text"), py::arg("direction") = "prompt")
      .def(py::self == py::self);

  // Registered before Monitor so that Monitor.stream() is typed with it (stubs, docstrings).
  py::class_<PyStream> stream_checker(m, "StreamChecker",
                                      R"doc(Checks a completion while it is generated.
feed() returns the verdicts of the periodic checks it triggered; finish() returns the final
whole-text verdict, equal to Monitor.check_completion(whole text). One caller at a time.)doc");

  py::class_<Monitor, std::shared_ptr<Monitor>>(m, "Monitor", kMonitorDoc)
      .def(py::init([](const py::object& scorer, std::optional<Policy> policy,
                       std::size_t max_text_bytes, std::size_t max_batch_texts,
                       std::size_t scorer_batch_size, const py::object& image_model,
                       std::uint64_t image_max_pixels, std::size_t image_max_bytes,
                       std::size_t max_parts, const py::object& multilingual, bool consensus,
                       Band consensus_band) {
             MonitorOptions o;
             o.max_text_bytes = max_text_bytes;
             o.max_batch_texts = max_batch_texts;
             o.scorer_batch_size = scorer_batch_size;
             o.image_model = image_model_of(image_model);
             o.image_limits.max_pixels = image_max_pixels;
             o.image_limits.max_bytes = image_max_bytes;
             o.max_parts = max_parts;
             const ConsensusOptions c = consensus_of(consensus, consensus_band);
             std::shared_ptr<const Scorer> s = scorer_of(scorer);
             if (auto ml = multilingual_of(multilingual, scorer.is_none())) {
               s = std::make_shared<RoutedScorer>(std::move(s), std::move(ml), c);
             }
             return std::make_shared<Monitor>(std::move(s), policy ? std::move(*policy) : Policy(),
                                              std::move(o));
           }),
           py::arg("scorer") = py::none(), py::arg("policy") = py::none(), py::kw_only(),
           py::arg("max_text_bytes") = MonitorOptions{}.max_text_bytes,
           py::arg("max_batch_texts") = MonitorOptions{}.max_batch_texts,
           py::arg("scorer_batch_size") = MonitorOptions{}.scorer_batch_size,
           py::arg("image_model") = py::none(),
           py::arg("image_max_pixels") = ImageLimits{}.max_pixels,
           py::arg("image_max_bytes") = ImageLimits{}.max_bytes,
           py::arg("max_parts") = MonitorOptions{}.max_parts, py::arg("multilingual") = py::none(),
           py::arg("consensus") = ConsensusOptions{}.enabled,
           py::arg("consensus_band") = kDefaultBand)
      .def(
          "check_content",
          [](const Monitor& self, const py::iterable& parts, const std::string& direction,
             const std::string& customer, const std::string& user) {
            std::vector<OwnedPart> owned;
            for (const auto& p : parts) owned.push_back(part_of(p));
            const Direction d = dir_arg(direction);
            const CheckContext ctx{customer, user};
            py::gil_scoped_release nogil;
            return self.check_content(views_of(owned), d, ctx);
          },
          py::arg("parts"), py::arg("direction") = "prompt", py::kw_only(),
          py::arg("customer") = "", py::arg("user") = "",
          "One verdict for text and image parts (docs/IMAGES.md): each part is a str (text), "
          "bytes (JPEG/PNG/WebP), a uint8 RGB numpy array (height, width, 3), or an OpenAI "
          "content part dict ({'type': 'text', 'text': ...} / {'type': 'image_url', "
          "'image_url': {'url': 'data:image/...;base64,...'}}). Verdict.parts names what each "
          "part scored.")
      .def(
          "set_image_model",
          [](Monitor& self, const py::object& model) {
            self.set_image_model(image_model_of(model));
          },
          py::arg("model"), "Attaches an ImageModel (or a path); None detaches.")
      .def(
          "check",
          [](const Monitor& self, const std::string& text, const std::string& direction,
             const std::string& customer, const std::string& user) {
            const Direction d = dir_arg(direction);
            const CheckContext ctx{customer, user};
            py::gil_scoped_release nogil;
            return self.check(text, d, ctx);
          },
          py::arg("text"), py::arg("direction") = "prompt", py::kw_only(), py::arg("customer") = "",
          py::arg("user") = "",
          "Checks one text. Raises abusemon.Error(status='limit') for a text over "
          "max_text_bytes.")
      .def("check_prompt", check_in(Direction::prompt), py::arg("text"), py::kw_only(),
           py::arg("customer") = "", py::arg("user") = "", "check(text, 'prompt', ...).")
      .def("check_completion", check_in(Direction::completion), py::arg("text"), py::kw_only(),
           py::arg("customer") = "", py::arg("user") = "", "check(text, 'completion', ...).")
      .def(
          "check_batch",
          [](const Monitor& self, const py::iterable& texts, const std::string& direction) {
            const auto owned = texts_of(texts);
            const Direction d = dir_arg(direction);
            py::gil_scoped_release nogil;
            return self.check_batch(views_of(owned), d);
          },
          py::arg("texts"), py::arg("direction") = "prompt",
          "Checks many texts in one scoring pass; list of Verdict in input order.")
      .def(
          "scores",
          [](const Monitor& self, const py::iterable& texts) {
            const auto owned = texts_of(texts);
            std::vector<float> s;
            {
              py::gil_scoped_release nogil;
              s = self.scores(views_of(owned));
            }
            py::array_t<float> a(
                {static_cast<py::ssize_t>(owned.size()), static_cast<py::ssize_t>(kCategoryCount)});
            std::copy(s.begin(), s.end(), a.mutable_data());
            return a;
          },
          py::arg("texts"),
          "Composed category scores, float32 array of shape (len(texts), 7) in CATEGORIES "
          "order (no policy).")
      .def_property(
          "policy", &Monitor::policy,
          [](Monitor& self, Policy p) { self.set_policy(std::move(p)); },
          "The policy in force (a copy); assign to hot-swap it.")
      .def(
          "set_gate",
          [](Monitor& self, const std::optional<GateHandle>& gate) {
            self.set_gate(gate ? gate->gate : nullptr);
          },
          py::arg("gate"),
          "Attaches a CustomerGate (e.g. Enforcement.customer_gate()); None detaches. Refused "
          "texts get a Verdict with action 'block' and .refusal set, without scoring.")
      .def(
          "set_enforcement",
          [](Monitor& self, const py::object& enforcement) {
            self.set_gate(enforcement.is_none()
                              ? nullptr
                              : enforcement.attr("customer_gate")().cast<GateHandle>().gate);
          },
          py::arg("enforcement"),
          "Refuses texts of the Enforcement's suspended and terminated customers (the customer= "
          "of check) without running the model; None detaches.")
      .def_property_readonly("model_id", &Monitor::model_id)
      .def_property_readonly("model_version", &Monitor::model_version)
      .def(
          "stream",
          [](const std::shared_ptr<Monitor>& self, std::size_t check_every, std::size_t window,
             const std::string& customer, const std::string& user) {
            StreamOptions o;
            o.check_every = check_every;
            o.window = window;
            o.context = {customer, user};
            return std::unique_ptr<PyStream>(new PyStream{self, StreamChecker(*self, o)});
          },
          py::kw_only(), py::arg("check_every") = StreamOptions{}.check_every,
          py::arg("window") = StreamOptions{}.window, py::arg("customer") = "",
          py::arg("user") = "",
          "Opens a StreamChecker for a completion (byte sizes; window 0 = whole text so far, "
          "else >= check_every).");

  stream_checker
      .def(
          "feed",
          [](PyStream& self, const std::string& chunk) {
            py::gil_scoped_release nogil;
            return self.checker.feed(chunk);
          },
          py::arg("chunk"))
      .def("finish",
           [](PyStream& self) {
             py::gil_scoped_release nogil;
             return self.checker.finish();
           })
      .def_property_readonly("action",
                             [](const PyStream& s) { return str(to_string(s.checker.action())); })
      .def_property_readonly("blocked", [](const PyStream& s) { return s.checker.blocked(); })
      .def_property_readonly("finished", [](const PyStream& s) { return s.checker.finished(); })
      .def_property_readonly("text", [](const PyStream& s) { return s.checker.text(); })
      .def_property_readonly("checks", [](const PyStream& s) { return s.checker.checks(); });
}

}  // namespace abusemon::python
