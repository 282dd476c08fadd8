/* C99 test of the normalize section of the C ABI: defaults, size probe, each step's switch,
 * the model's lexicon, invalid UTF-8, the model/score normalisation switches and every error
 * path. Uses tests/data/engine/tiny-bert.gguf (vocabulary: hello world you are an idiot i hate
 * kill ...). */
#include <abusemon.h>

#include <stdio.h>
#include <string.h>

#include "check.h"

#define FIXTURE ABUSEMON_TEST_DATA_DIR "/engine/tiny-bert.gguf"

/* Normalises a NUL-terminated string into a static buffer; NULL on error. */
static const char* norm(const am_model* m, const char* s, const am_normalize_params* p) {
  static char buf[512];
  size_t len = sizeof buf;
  if (am_normalize_text(m, s, strlen(s), p, buf, &len) != AM_OK) return NULL;
  return buf;
}

static int eq(const char* got, const char* want) {
  return got != NULL && strcmp(got, want) == 0;
}

static void test_defaults_and_probe(void) {
  am_normalize_params p = am_normalize_params_default();
  CHECK(p.nfkc == 1 && p.strip_invisible == 1 && p.strip_marks == 1 && p.fold_confusables == 1);
  CHECK(p.join_spaced == 1 && p.fold_leetspeak == 1 && p.collapse_elongation == 1);

  const char* text = "k i l l \xE2\x80\x8B h4te";
  size_t len = 0;
  CHECK(am_normalize_text(NULL, text, strlen(text), NULL, NULL, &len) == AM_E_BUFFER_TOO_SMALL);
  CHECK(len == strlen("kill  hate") + 1);
  {
    char small[4];
    size_t have = sizeof small;
    CHECK(am_normalize_text(NULL, text, strlen(text), NULL, small, &have) == AM_E_BUFFER_TOO_SMALL);
    CHECK(have == len);
    CHECK(strstr(am_last_error(), "too small") != NULL);
  }
  {
    char buf[64];
    size_t have = sizeof buf;
    CHECK(am_normalize_text(NULL, text, strlen(text), NULL, buf, &have) == AM_OK);
    CHECK(have == len);
    CHECK(strcmp(buf, "kill  hate") == 0);
  }
  /* Empty text: NULL with length 0 is allowed. */
  {
    char buf[4] = "xyz";
    size_t have = sizeof buf;
    CHECK(am_normalize_text(NULL, NULL, 0, NULL, buf, &have) == AM_OK);
    CHECK(have == 1 && buf[0] == '\0');
  }
}

static void test_steps(void) {
  am_normalize_params p = am_normalize_params_default();
  CHECK(eq(norm(NULL, "\xEF\xBD\x8B\xEF\xBD\x89\xEF\xBD\x8C\xEF\xBD\x8C", NULL), "kill"));
  CHECK(eq(norm(NULL, "\xD2\xBB\xD0\xB0te", NULL), "hate")); /* Cyrillic shha, a */
  CHECK(eq(norm(NULL, "kiiiill", NULL), "kill"));
  CHECK(eq(norm(NULL, "4 people in 2024 pay $5 for C++", NULL), "4 people in 2024 pay $5 for C++"));
  p.fold_leetspeak = 0;
  CHECK(eq(norm(NULL, "h4te k.i.l.l", &p), "h4te kill"));
  p = am_normalize_params_default();
  p.join_spaced = 0;
  CHECK(eq(norm(NULL, "h4te k.i.l.l", &p), "hate k.i.l.l"));
  p = am_normalize_params_default();
  p.collapse_elongation = 0;
  CHECK(eq(norm(NULL, "kiiiill", &p), "kiiiill"));
  p.nfkc = p.strip_invisible = p.strip_marks = p.fold_confusables = 0;
  p.join_spaced = p.fold_leetspeak = 0;
  CHECK(eq(norm(NULL, "k\xE2\x80\x8Bi l l", &p), "k\xE2\x80\x8Bi l l"));
  /* Invalid UTF-8 becomes U+FFFD. */
  {
    char buf[16];
    size_t have = sizeof buf;
    CHECK(am_normalize_text(NULL,
                            "a\xFF"
                            "b",
                            3, NULL, buf, &have) == AM_OK);
    CHECK(strcmp(buf,
                 "a\xEF\xBF\xBD"
                 "b") == 0);
  }
}

static void test_model(void) {
  am_model* m = NULL;
  CHECK(am_model_load(FIXTURE, NULL, &m) == AM_OK);
  if (!m) return;
  /* The model's vocabulary decides edge leetspeak: "1d10t" is only folded with it. */
  CHECK(eq(norm(NULL, "1d10t", NULL), "1d10t"));
  CHECK(eq(norm(m, "you are an 1d10t", NULL), "you are an idiot"));
  {
    char info[4096];
    size_t len = sizeof info;
    CHECK(am_model_info_json(m, info, &len) == AM_OK);
    CHECK(strstr(info, "\"normalize\":true") != NULL);
  }
  /* Scoring normalises by default; score params and model params switch it. */
  {
    const char* texts[2] = {"you are an idiot", "y\xD0\xBEu are an 1d10t"};
    size_t lens[2] = {strlen(texts[0]), strlen(texts[1])};
    const size_t k = am_model_output_count(m);
    float a[16], b[16];
    size_t i;
    int same = 1, differ = 0;
    am_score_params sp = am_score_params_default();
    CHECK(sp.normalize == 0);
    CHECK(k <= 8);
    CHECK(am_model_score(m, texts, lens, 2, NULL, a, 2 * k) == AM_OK);
    for (i = 0; i < k; ++i) same = same && a[i] == a[k + i];
    CHECK(same);
    sp.normalize = 2;
    CHECK(am_model_score(m, texts, lens, 2, &sp, b, 2 * k) == AM_OK);
    for (i = 0; i < k; ++i) differ = differ || b[i] != b[k + i];
    CHECK(differ);
    sp.normalize = 7;
    CHECK(am_model_score(m, texts, lens, 2, &sp, b, 2 * k) == AM_E_INVALID_ARGUMENT);
    {
      am_model* off = NULL;
      am_model_options mp = am_model_options_default();
      CHECK(mp.normalize == 0);
      mp.normalize = 2;
      CHECK(am_model_load(FIXTURE, &mp, &off) == AM_OK);
      if (off) {
        float c[16];
        int eq_raw = 1;
        CHECK(am_model_score(off, texts, lens, 2, NULL, c, 2 * k) == AM_OK);
        for (i = 0; i < 2 * k; ++i) eq_raw = eq_raw && c[i] == b[i];
        CHECK(eq_raw);
        am_model_free(off);
      }
      mp.normalize = -1;
      CHECK(am_model_load(FIXTURE, &mp, &off) == AM_E_INVALID_ARGUMENT);
      CHECK(off == NULL);
    }
  }
  am_model_free(m);
}

static void test_errors(void) {
  char buf[8];
  size_t len = sizeof buf;
  CHECK(am_normalize_text(NULL, "x", 1, NULL, buf, NULL) == AM_E_NULL_POINTER);
  CHECK(am_normalize_text(NULL, NULL, 3, NULL, buf, &len) == AM_E_NULL_POINTER);
  CHECK(strstr(am_last_error(), "text") != NULL);
}

int main(void) {
  test_defaults_and_probe();
  test_steps();
  test_model();
  test_errors();
  if (failures) {
    fprintf(stderr, "%d of %d checks failed\n", failures, checks);
    return 1;
  }
  printf("test_capi_normalize: %d checks passed\n", checks);
  return 0;
}
