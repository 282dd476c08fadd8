// classify_jsonl: the JSON Lines batch classifier behind `abusemon classify`
// (include/abusemon/batch.hpp).
#include <algorithm>
#include <exception>
#include <fstream>
#include <istream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <thread>
#include <vector>

#include "abusemon/batch.hpp"
#include "abusemon/error.hpp"
#include "core/json_input.hpp"
#include "core/line_reader.hpp"
#include "monitor/verdict_json.hpp"

namespace abusemon {

namespace {

using ojson = nlohmann::ordered_json;

// One input line on its way to an output record.
struct Item {
  std::size_t line = 0;
  ojson id;             // null when absent or unparsable
  std::string id_text;  // the id's source text when it is a non-integer number (echoed verbatim)
  std::string text;
  Direction direction = Direction::prompt;
  CheckContext context;
  std::string error;  // non-empty: this line yields an error record
  Verdict verdict;
  // Mixed content ("image" or "content"): checked with Monitor::check_content.
  bool content = false;
  std::vector<PartKind> kinds;
  std::vector<std::string> texts;
  std::vector<std::vector<std::uint8_t>> images;
};

// An image reference: a data: URL, or (with JsonlOptions::image_files) a file path.
std::vector<std::uint8_t> image_ref(const Monitor& monitor, const JsonlOptions& o,
                                    const std::string& ref) {
  const std::size_t cap = monitor.options().image_limits.max_bytes;
  if (ref.compare(0, 5, "data:") == 0) return decode_data_url(ref, cap);
  if (!o.image_files) throw error(status::format, "image must be a data: URL (file paths are off)");
  std::ifstream f(ref, std::ios::binary);
  if (!f) throw error(status::not_found, "cannot open image file \"" + ref + "\"");
  std::vector<std::uint8_t> bytes;
  char buf[65536];
  while (f.read(buf, sizeof buf) || f.gcount() > 0) {
    bytes.insert(bytes.end(), buf, buf + f.gcount());
    if (cap != 0 && bytes.size() > cap)
      throw error(status::limit,
                  "image file \"" + ref + "\" is over " + std::to_string(cap) + " bytes");
  }
  return bytes;
}

// "image": "<ref>" and/or "content": [OpenAI parts] into the item's parts.
void parse_content(const Monitor& monitor, const JsonlOptions& o, const ojson& j, Item& item) {
  item.content = true;
  auto add_text = [&](std::string t) {
    item.kinds.push_back(PartKind::text);
    item.texts.push_back(std::move(t));
    item.images.emplace_back();
  };
  auto add_image = [&](const std::string& ref) {
    item.kinds.push_back(PartKind::image);
    item.texts.emplace_back();
    item.images.push_back(image_ref(monitor, o, ref));
  };
  if (auto t = j.find("text"); t != j.end()) {
    if (!t->is_string()) throw error(status::format, "\"text\" must be a string");
    add_text(t->get<std::string>());
  }
  if (auto im = j.find("image"); im != j.end()) {
    if (!im->is_string()) throw error(status::format, "\"image\" must be a string");
    add_image(im->get<std::string>());
  }
  if (auto c = j.find("content"); c != j.end()) {
    if (!c->is_array()) throw error(status::format, "\"content\" must be an array of parts");
    for (std::size_t i = 0; i < c->size(); ++i) {
      const ojson& p = (*c)[i];
      const std::string where = "content[" + std::to_string(i) + "]";
      auto type = p.is_object() ? p.find("type") : p.end();
      if (!p.is_object() || type == p.end() || !type->is_string())
        throw error(status::format, where + ": expected {\"type\": \"text\"|\"image_url\", ...}");
      if (*type == "text") {
        auto t = p.find("text");
        if (t == p.end() || !t->is_string())
          throw error(status::format, where + ".text must be a string");
        add_text(t->get<std::string>());
      } else if (*type == "image_url") {
        auto u = p.find("image_url");
        const ojson* url = nullptr;
        if (u != p.end() && u->is_string()) url = &*u;
        if (u != p.end() && u->is_object() && u->contains("url")) url = &(*u)["url"];
        if (!url || !url->is_string())
          throw error(status::format, where + ".image_url.url must be a string");
        add_image(url->get<std::string>());
      } else {
        throw error(status::format, where + ".type must be \"text\" or \"image_url\"");
      }
    }
  }
  if (item.kinds.empty()) throw error(status::format, "\"content\" has no parts");
  for (std::size_t i = 0; i < item.kinds.size(); ++i)
    if (item.kinds[i] == PartKind::text) monitor.validate_text(item.texts[i]);
}

void parse_line(const Monitor& monitor, const JsonlOptions& o, std::string line, Item& item) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (item.line == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);  // BOM
  item.direction = o.direction;
  if (o.text_lines) {
    item.id = item.line;
    item.text = std::move(line);
  } else {
    if (line.find_first_not_of(" \t") == std::string::npos) {
      item.error = "blank line (expected a JSON object)";
      return;
    }
    ojson j;
    detail::JsonReadOptions ro;
    ro.top_level_float_text = [&](std::string_view key, std::string_view text) {
      if (key == "id") item.id_text = text;
    };
    try {
      j = detail::parse_json<ojson>(line, ro);
    } catch (const error& e) {
      item.error = e.what();
      return;
    }
    if (!j.is_object()) {
      item.error = "expected a JSON object";
      return;
    }
    if (auto it = j.find("id"); it != j.end()) item.id = *it;
    const bool mixed = j.contains("image") || j.contains("content");
    auto text = mixed ? j.end() : j.find("text");
    if (mixed) {
      try {
        parse_content(monitor, o, j, item);
      } catch (const error& e) {
        item.error = e.what();
        return;
      }
    } else if (text == j.end()) {
      item.error = "missing \"text\"";
      return;
    }
    if (!mixed && !text->is_string()) {
      item.error = "\"text\" must be a string";
      return;
    }
    if (!mixed) item.text = text->get<std::string>();
    if (auto it = j.find("direction"); it != j.end()) {
      auto d = it->is_string() ? parse_direction(it->get_ref<const std::string&>()) : std::nullopt;
      if (!d) {
        item.error = "\"direction\" must be \"prompt\" or \"completion\"";
        return;
      }
      item.direction = *d;
    }
    for (auto [key, field] :
         {std::pair{"customer", &item.context.customer}, std::pair{"user", &item.context.user}}) {
      if (auto it = j.find(key); it != j.end() && !it->is_null()) {
        if (!it->is_string()) {
          item.error = std::string("\"") + key + "\" must be a string";
          return;
        }
        *field = it->get<std::string>();
      }
    }
  }
  if (item.content) return;
  try {
    monitor.validate_text(item.text);
  } catch (const error& e) {
    item.error = e.what();
  }
}

// Scores the valid items of [begin, end), one batch call per direction.
void score_slice(const Monitor& monitor, std::vector<Item>& items, std::size_t begin,
                 std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {  // mixed content: one check per line
    Item& it = items[i];
    if (!it.error.empty() || !it.content) continue;
    std::vector<ContentPart> parts;
    for (std::size_t k = 0; k < it.kinds.size(); ++k)
      parts.push_back(it.kinds[k] == PartKind::text ? ContentPart::of_text(it.texts[k])
                                                    : ContentPart::of_image(it.images[k]));
    try {
      it.verdict = monitor.check_content(parts, it.direction, it.context);
    } catch (const error& e) {
      if (e.code() != status::format && e.code() != status::limit && e.code() != status::state)
        throw;
      it.error = e.what();
    }
  }
  for (Direction d : {Direction::prompt, Direction::completion}) {
    std::vector<std::size_t> idx;
    std::vector<std::string_view> texts;
    std::vector<CheckContext> contexts;
    for (std::size_t i = begin; i < end; ++i) {
      if (items[i].error.empty() && !items[i].content && items[i].direction == d) {
        idx.push_back(i);
        texts.push_back(items[i].text);
        contexts.push_back(items[i].context);
      }
    }
    if (idx.empty()) continue;
    try {
      auto verdicts = monitor.check_batch(texts, d, contexts);
      for (std::size_t k = 0; k < idx.size(); ++k) items[idx[k]].verdict = std::move(verdicts[k]);
    } catch (const error& e) {
      // A text the scorer refuses (e.g. more windows than allowed) must cost its own line, not
      // the batch: score one by one and turn per-text refusals into error records.
      if (e.code() != status::limit && e.code() != status::format) throw;
      for (std::size_t k = 0; k < idx.size(); ++k) {
        try {
          items[idx[k]].verdict =
              monitor.check_batch(std::span<const std::string_view>(&texts[k], 1), d,
                                  std::span<const CheckContext>(&contexts[k], 1))[0];
        } catch (const error& one) {
          if (one.code() != status::limit && one.code() != status::format) throw;
          items[idx[k]].error = one.what();
        }
      }
    }
  }
}

}  // namespace

JsonlSummary classify_jsonl(const Monitor& monitor, std::istream& in, std::ostream& out,
                            const JsonlOptions& options) {
  if (options.batch_size == 0)
    throw std::invalid_argument("classify_jsonl: batch_size must be >= 1");
  const unsigned threads = std::max(1u, options.threads);
  // Respect the Monitor's batch limit so that no slice is refused as a whole.
  std::size_t per_call = options.batch_size;
  if (monitor.options().max_batch_texts != 0) {
    per_call = std::min(per_call, monitor.options().max_batch_texts);
  }
  const std::size_t block = per_call * threads;

  JsonlSummary summary;
  std::vector<Item> items;
  std::string line;
  bool eof = false;
  while (!eof) {
    items.clear();
    while (items.size() < block) {
      const detail::LineRead r = detail::read_line(in, line, options.max_line_bytes);
      if (r == detail::LineRead::eof) {
        eof = true;
        break;
      }
      Item& item = items.emplace_back();
      item.line = summary.lines + items.size();
      if (r == detail::LineRead::too_long) {
        item.error =
            "line is longer than max_line_bytes (" + std::to_string(options.max_line_bytes) + ")";
        continue;
      }
      parse_line(monitor, options, std::move(line), item);
      line.clear();
    }
    if (in.bad()) throw error(status::io, "classify: read error on input");
    if (items.empty()) break;

    // Contiguous slices, one per thread; the calling thread takes the first.
    const std::size_t n = items.size();
    const std::size_t slices = std::min<std::size_t>(threads, (n + per_call - 1) / per_call);
    const std::size_t step = (n + slices - 1) / slices;
    std::vector<std::exception_ptr> failures(slices);
    std::vector<std::thread> workers;
    for (std::size_t t = 1; t < slices; ++t) {
      workers.emplace_back([&, t] {
        try {
          score_slice(monitor, items, t * step, std::min(n, (t + 1) * step));
        } catch (...) {
          failures[t] = std::current_exception();
        }
      });
    }
    try {
      score_slice(monitor, items, 0, std::min(n, step));
    } catch (...) {
      failures[0] = std::current_exception();
    }
    for (auto& w : workers) w.join();
    for (auto& f : failures) {
      if (f) std::rethrow_exception(f);
    }

    for (Item& item : items) {
      ojson rec = ojson::object();
      rec["id"] = std::move(item.id);
      rec["line"] = item.line;
      if (!item.error.empty()) {
        rec["error"] = item.error;
        ++summary.errors;
      } else {
        ojson body = detail::verdict_body(item.verdict, options.format);
        for (auto it = body.begin(); it != body.end(); ++it) rec[it.key()] = std::move(it.value());
        if (item.verdict.flagged()) ++summary.flagged;
      }
      if (item.id_text.empty()) {
        out << detail::dump_compact(rec) << '\n';
      } else {
        // A float id (e.g. an integer beyond 64 bits) is echoed as written, not as a double.
        rec.erase("id");
        out << "{\"id\":" << item.id_text << ',' << detail::dump_compact(rec).substr(1) << '\n';
      }
    }
    summary.lines += n;
    out.flush();
    if (!out) throw error(status::io, "classify: write error on output");
    if (options.progress) options.progress(summary.lines, summary.errors);
  }
  return summary;
}

}  // namespace abusemon
