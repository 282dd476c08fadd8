// C ABI: adversarial-text normalisation (am_normalize_*).
#include <string>

#include "abusemon/language.hpp"
#include "abusemon/normalize.hpp"
#include "abusemon/routed_scorer.hpp"
#include "am_model_internal.hpp"
#include "capi_internal.hpp"

namespace {

am_normalize_params default_params() {
  am_normalize_params p;
  p.size = sizeof p;
  p.nfkc = 1;
  p.strip_invisible = 1;
  p.strip_marks = 1;
  p.fold_confusables = 1;
  p.join_spaced = 1;
  p.fold_leetspeak = 1;
  p.collapse_elongation = 1;
  return p;
}

constexpr size_t kFirstSize = AM_FIRST_SIZE(am_normalize_params, collapse_elongation);

}  // namespace

extern "C" {

am_status am_normalize_params_init(am_normalize_params* out, size_t size) {
  return am::init_struct(out, size, default_params(), kFirstSize, "am_normalize_params");
}

am_status am_normalize_text(const am_model* model, const char* text, size_t text_len,
                            const am_normalize_params* params, char* buf, size_t* len) {
  AM_API_BEGIN
  am::require(len, "len");
  auto t = am::text(text, text_len, "text");
  abusemon::NormalizeOptions o;
  if (params) {
    const am_normalize_params read =
        am::read_struct(params, default_params(), kFirstSize, "am_normalize_params");
    params = &read;
    o.nfkc = params->nfkc != 0;
    o.strip_invisible = params->strip_invisible != 0;
    o.strip_marks = params->strip_marks != 0;
    o.fold_confusables = params->fold_confusables != 0;
    o.join_spaced = params->join_spaced != 0;
    o.fold_leetspeak = params->fold_leetspeak != 0;
    o.collapse_elongation = params->collapse_elongation != 0;
  }
  const abusemon::Lexicon* lexicon = model ? &model->model->lexicon() : nullptr;
  // One scratch string per thread: repeated calls (a probe, then the copy) do not reallocate.
  thread_local std::string out;
  abusemon::normalize_text(t, out, o, lexicon);
  return am::write_string(out, buf, len);
  AM_API_END
}

am_status am_detect_language(const char* text, size_t text_len, const char** language,
                             int32_t* multilingual) {
  AM_API_BEGIN
  am::require(language, "language");
  *language = nullptr;
  if (multilingual != nullptr) *multilingual = 0;
  const abusemon::LanguageGuess g = abusemon::detect_language(am::text(text, text_len, "text"));
  *language = g.language.data();  // static, NUL-terminated (language.hpp)
  if (multilingual != nullptr) {
    *multilingual = abusemon::language_route(g) == abusemon::LanguageRoute::multilingual ? 1 : 0;
  }
  AM_API_END
}

}  // extern "C"
