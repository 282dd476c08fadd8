/* C99 test of language routing in the C ABI: am_detect_language, the verdicts' language, route
 * and model (am_verdict_language, am_verdict_route, am_verdict_part), and
 * am_monitor_options.multilingual_model_path (am_monitor_new and am_monitor_new_with_scorer),
 * with every error path. Uses the fixture tests/data/engine/tiny-bert.gguf (outputs hate,
 * harassment, violence; severity cutoffs 0.5/0.7/0.9) as the multilingual model. */
#define _POSIX_C_SOURCE 200112L /* setenv */
#include <abusemon.h>

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

#define FIXTURE ABUSEMON_TEST_DATA_DIR "/engine/tiny-bert.gguf"

static const char* const kNames[] = {"hate", "harassment", "violence"};

/* Host scorer for the English route: every output `value`, and counts the texts it was given. */
typedef struct host_scorer {
  size_t texts;
  float value;
} host_scorer;

static am_status constant_score(void* user_data, const char* const* texts, const size_t* lens,
                                size_t count, float* out) {
  host_scorer* h = (host_scorer*)user_data;
  size_t i;
  (void)texts;
  (void)lens;
  h->texts += count;
  for (i = 0; i < count * 3; ++i) out[i] = h->value;
  return AM_OK;
}

static int same(const char* got, const char* want) {
  return got != NULL && strcmp(got, want) == 0;
}

static void test_detect(void) {
  const char* lang = NULL;
  int32_t ml = -1;
  const char* fr = "Je ne sais pas pourquoi il est parti.";
  const char* en = "I do not know why he left.";
  CHECK(am_detect_language(fr, strlen(fr), &lang, &ml) == AM_OK);
  CHECK(lang != NULL && strcmp(lang, "fr") == 0);
  CHECK(ml == 1);
  CHECK(am_detect_language(en, strlen(en), &lang, &ml) == AM_OK);
  CHECK(lang != NULL && strcmp(lang, "en") == 0);
  CHECK(ml == 0);
  CHECK(am_detect_language("Ich weiß es nicht", 18, &lang, NULL) == AM_OK);
  CHECK(strcmp(lang, "de") == 0);
  {
    /* Vietnamese ("why the meeting yesterday"): its own code, multilingual route. */
    const char* vi = "T\xE1\xBA\xA1i sao cu\xE1\xBB\x99\x63 h\xE1\xBB\x8Dp h\xC3\xB4m qua";
    CHECK(am_detect_language(vi, strlen(vi), &lang, &ml) == AM_OK);
    CHECK(strcmp(lang, "vi") == 0);
    CHECK(ml == 1);
  }
  /* Empty text (NULL with length 0): undetermined, English route. */
  CHECK(am_detect_language(NULL, 0, &lang, &ml) == AM_OK);
  CHECK(strcmp(lang, "und") == 0);
  CHECK(ml == 0);
  /* Cyrillic: undetermined, multilingual route. */
  {
    const char* ru =
        "\xD0\xAF \xD1\x82\xD0\xB5\xD0\xB1\xD1\x8F \xD0\xBD\xD0\xB5\xD0\xBD\xD0\xB0"
        "\xD0\xB2\xD0\xB8\xD0\xB6\xD1\x83";
    CHECK(am_detect_language(ru, strlen(ru), &lang, &ml) == AM_OK);
    CHECK(strcmp(lang, "und") == 0);
    CHECK(ml == 1);
  }
  /* Errors. */
  lang = "x";
  ml = 7;
  CHECK(am_detect_language("ok \xC3\x28", 5, &lang, &ml) == AM_E_FORMAT);
  CHECK(lang == NULL);
  CHECK(ml == 0);
  CHECK(strstr(am_last_error(), "UTF-8") != NULL);
  CHECK(am_detect_language(en, strlen(en), NULL, NULL) == AM_E_NULL_POINTER);
  CHECK(am_detect_language(NULL, 3, &lang, NULL) == AM_E_NULL_POINTER);
}

static void test_monitor_new(void) {
  am_monitor_options mo = am_monitor_options_default();
  am_monitor* m = NULL;
  am_verdict* v = NULL;
  CHECK(mo.multilingual_model_path == NULL);
  mo.multilingual_model_path = FIXTURE;
  CHECK(am_monitor_new(FIXTURE, NULL, &mo, &m) == AM_OK);
  CHECK(am_monitor_check(m, "Bonjour, je ne sais pas", 23, AM_DIRECTION_PROMPT, NULL, NULL, &v) ==
        AM_OK);
  /* The model the French text was routed to (the same file serves both routes here). */
  CHECK(v != NULL && strcmp(am_verdict_model_id(v), "tiny-bert-fixture") == 0);
  CHECK(v != NULL && strcmp(am_verdict_model_version(v), "1.0.0") == 0);
  CHECK(same(am_verdict_route(v), "multilingual"));
  am_verdict_free(v);
  am_monitor_free(m);

  /* The multilingual file's errors name it. */
  m = (am_monitor*)1;
  mo.multilingual_model_path = "/nonexistent/multilingual.gguf";
  CHECK(am_monitor_new(FIXTURE, NULL, &mo, &m) == AM_E_NOT_FOUND);
  CHECK(m == NULL);
  CHECK(strstr(am_last_error(), "multilingual model") != NULL);
  CHECK(strstr(am_last_error(), "/nonexistent/multilingual.gguf") != NULL);
  {
    const char* bad = "abusemon_capi_language_bad.gguf";
    FILE* f = fopen(bad, "wb");
    CHECK(f != NULL);
    if (f != NULL) {
      fputs("not a model file at all, just text", f);
      fclose(f);
    }
    mo.multilingual_model_path = bad;
    CHECK(am_monitor_new(FIXTURE, NULL, &mo, &m) == AM_E_FORMAT);
    CHECK(strstr(am_last_error(), bad) != NULL);
    remove(bad);
  }
  /* A directory is not readable as a model. */
  mo.multilingual_model_path = ABUSEMON_TEST_DATA_DIR;
  CHECK(am_monitor_new(FIXTURE, NULL, &mo, &m) != AM_OK);
  CHECK(m == NULL);
  /* An older host's struct (without the field) gives one model. */
  mo.multilingual_model_path = "/nonexistent/ignored.gguf";
  mo.size = offsetof(am_monitor_options, multilingual_model_path);
  CHECK(am_monitor_new(FIXTURE, NULL, &mo, &m) == AM_OK);
  CHECK(am_monitor_check(m, "hello", 5, AM_DIRECTION_PROMPT, NULL, NULL, &v) == AM_OK);
  CHECK(v != NULL && strcmp(am_verdict_model_id(v), "tiny-bert-fixture") == 0);
  /* One model: no language, no route. */
  CHECK(am_verdict_language(v) == NULL);
  CHECK(am_verdict_route(v) == NULL);
  am_verdict_free(v);
  am_monitor_free(m);
}

/* With no model path the monitor takes the default models from the environment: the English one
 * from $ABUSEMON_MODEL and the multilingual one from $ABUSEMON_MULTILINGUAL_MODEL; an explicit
 * model path or options->multilingual_model_path is never overridden by it. */
static void test_default_models_from_the_environment(void) {
  const char* fr = "Je ne sais pas pourquoi il est parti";
  am_monitor_options mo = am_monitor_options_default();
  am_monitor* m = NULL;
  am_verdict* v = NULL;
  CHECK(setenv("ABUSEMON_MODEL", FIXTURE, 1) == 0);
  CHECK(setenv("ABUSEMON_MULTILINGUAL_MODEL", FIXTURE, 1) == 0);
  CHECK(am_monitor_new(NULL, NULL, NULL, &m) == AM_OK);
  CHECK(am_monitor_check(m, fr, strlen(fr), AM_DIRECTION_PROMPT, NULL, NULL, &v) == AM_OK);
  CHECK(same(am_verdict_route(v), "multilingual"));
  CHECK(same(am_verdict_language(v), "fr"));
  am_verdict_free(v);
  am_monitor_free(m);

  /* An explicit English model: one model, the variable is not read. */
  m = NULL;
  v = NULL;
  CHECK(am_monitor_new(FIXTURE, NULL, NULL, &m) == AM_OK);
  CHECK(am_monitor_check(m, fr, strlen(fr), AM_DIRECTION_PROMPT, NULL, NULL, &v) == AM_OK);
  CHECK(am_verdict_route(v) == NULL);
  am_verdict_free(v);
  am_monitor_free(m);

  /* A bad default multilingual model is an error that names the variable's file. */
  m = (am_monitor*)1;
  CHECK(setenv("ABUSEMON_MULTILINGUAL_MODEL", "/nonexistent/env-multilingual.gguf", 1) == 0);
  CHECK(am_monitor_new(NULL, NULL, NULL, &m) == AM_E_NOT_FOUND);
  CHECK(m == NULL);
  CHECK(strstr(am_last_error(), "/nonexistent/env-multilingual.gguf") != NULL);
  CHECK(strstr(am_last_error(), "$ABUSEMON_MULTILINGUAL_MODEL") != NULL);
  /* ... unless the options name the multilingual model, which wins. */
  mo.multilingual_model_path = FIXTURE;
  CHECK(am_monitor_new(NULL, NULL, &mo, &m) == AM_OK);
  am_monitor_free(m);

  /* Unset or empty: one model. */
  m = NULL;
  v = NULL;
  CHECK(setenv("ABUSEMON_MULTILINGUAL_MODEL", "", 1) == 0);
  CHECK(am_monitor_new(NULL, NULL, NULL, &m) == AM_OK);
  CHECK(am_monitor_check(m, fr, strlen(fr), AM_DIRECTION_PROMPT, NULL, NULL, &v) == AM_OK);
  CHECK(am_verdict_route(v) == NULL);
  am_verdict_free(v);
  am_monitor_free(m);
  CHECK(unsetenv("ABUSEMON_MULTILINGUAL_MODEL") == 0);
  CHECK(unsetenv("ABUSEMON_MODEL") == 0);
}

/* Each verdict names the model its text was routed to ("host" English, the fixture otherwise),
 * the language and the route; content parts each their own. */
static void test_routed_verdicts(const am_monitor* m) {
  am_verdict* v = NULL;
  const char* fr = "Je ne sais pas pourquoi il est parti";
  const char* en = "Where is the station please?";
  am_content_part parts[2];
  am_verdict_part part;
  char json[4096];
  size_t len = sizeof json;
  CHECK(am_monitor_check(m, fr, strlen(fr), AM_DIRECTION_PROMPT, NULL, NULL, &v) == AM_OK);
  CHECK(same(am_verdict_model_id(v), "tiny-bert-fixture"));
  CHECK(same(am_verdict_model_version(v), "1.0.0"));
  CHECK(same(am_verdict_language(v), "fr"));
  CHECK(same(am_verdict_route(v), "multilingual"));
  CHECK(am_verdict_to_json(v, AM_FORMAT_NATIVE, json, &len) == AM_OK);
  CHECK(strstr(json, "\"language\":\"fr\",\"route\":\"multilingual\"") != NULL);
  am_verdict_free(v);
  CHECK(am_monitor_check(m, en, strlen(en), AM_DIRECTION_COMPLETION, NULL, NULL, &v) == AM_OK);
  CHECK(same(am_verdict_model_id(v), "host"));
  CHECK(same(am_verdict_language(v), "en"));
  CHECK(same(am_verdict_route(v), "english"));
  am_verdict_free(v);
  /* NULL-safe. */
  CHECK(am_verdict_language(NULL) == NULL);
  CHECK(am_verdict_route(NULL) == NULL);

  parts[0] = am_content_part_default();
  parts[0].text = fr;
  parts[0].text_len = strlen(fr);
  parts[1] = parts[0];
  parts[1].text = en;
  parts[1].text_len = strlen(en);
  CHECK(am_monitor_check_content(m, parts, 2, AM_DIRECTION_PROMPT, NULL, NULL, &v) == AM_OK);
  /* The parts took different routes: no route, language "mul", both models' ids. */
  CHECK(am_verdict_route(v) == NULL);
  CHECK(same(am_verdict_language(v), "mul"));
  CHECK(same(am_verdict_model_id(v), "host+tiny-bert-fixture"));
  part.size = sizeof part;
  CHECK(am_verdict_get_part(v, 0, &part) == AM_OK);
  CHECK(same(part.language, "fr") && same(part.route, "multilingual"));
  CHECK(am_verdict_get_part(v, 1, &part) == AM_OK);
  CHECK(same(part.language, "en") && same(part.route, "english"));
  /* A host compiled before the fields: they are not written. */
  part.language = "untouched";
  part.size = offsetof(am_verdict_part, language);
  CHECK(am_verdict_get_part(v, 0, &part) == AM_OK);
  CHECK(same(part.language, "untouched"));
  am_verdict_free(v);
}

static void test_with_scorer(void) {
  host_scorer english = {0, 0.0f}; /* every output 0: sure, no consensus */
  am_scorer_callback cb = am_scorer_callback_default();
  am_monitor_options mo = am_monitor_options_default();
  am_monitor* m = NULL;
  const char* texts[] = {"Where is the station please?", "Je ne sais pas pourquoi il est parti",
                         "How are you today?"};
  size_t lens[3];
  float scores[3 * 8];
  size_t cats = am_category_count();
  size_t i;
  for (i = 0; i < 3; ++i) lens[i] = strlen(texts[i]);
  cb.output_names = kNames;
  cb.output_count = 3;
  cb.score = constant_score;
  cb.user_data = &english;
  cb.model_id = "host";
  mo.multilingual_model_path = FIXTURE;
  CHECK(am_monitor_new_with_scorer(&cb, NULL, &mo, &m) == AM_OK);
  CHECK(cats <= 8);
  CHECK(am_monitor_scores(m, texts, lens, 3, scores, 3 * cats) == AM_OK);
  /* English texts went to the host (all 0); the French one to the fixture model. */
  CHECK(english.texts == 2);
  CHECK(scores[0 * cats + AM_CATEGORY_HATE] == 0.0f);
  CHECK(scores[1 * cats + AM_CATEGORY_HATE] > 0.0f);
  CHECK(scores[2 * cats + AM_CATEGORY_HATE] == 0.0f);
  test_routed_verdicts(m);
  am_monitor_free(m);

  /* Outputs that differ from the model's: AM_E_FORMAT naming both lists. */
  cb.output_count = 2;
  m = (am_monitor*)1;
  CHECK(am_monitor_new_with_scorer(&cb, NULL, &mo, &m) == AM_E_FORMAT);
  CHECK(m == NULL);
  CHECK(strstr(am_last_error(), "[hate, harassment, violence]") != NULL);
}

/* am_monitor_options.consensus / consensus_low / consensus_high. */
static void test_consensus(void) {
  host_scorer english = {0, 0.5f}; /* unsure of every output: consensus */
  am_scorer_callback cb = am_scorer_callback_default();
  am_monitor_options mo = am_monitor_options_default();
  am_monitor* m = NULL;
  am_verdict* v = NULL;
  const char* en = "Where is the station please?";
  float with_consensus = 0.0f;
  cb.output_names = kNames;
  cb.output_count = 3;
  cb.score = constant_score;
  cb.user_data = &english;
  cb.model_id = "host";
  cb.model_version = "7";
  CHECK(mo.consensus == 0 && mo.consensus_low == 0.0f && mo.consensus_high == 0.0f);
  mo.multilingual_model_path = FIXTURE;
  /* The default: 0.5 is inside 0.05 .. 0.95, so both models score the English text. */
  CHECK(am_monitor_new_with_scorer(&cb, NULL, &mo, &m) == AM_OK);
  CHECK(am_monitor_check(m, en, strlen(en), AM_DIRECTION_PROMPT, NULL, NULL, &v) == AM_OK);
  CHECK(same(am_verdict_route(v), "consensus"));
  CHECK(same(am_verdict_language(v), "en"));
  CHECK(same(am_verdict_model_id(v), "host+tiny-bert-fixture"));
  CHECK(same(am_verdict_model_version(v), "7+1.0.0"));
  with_consensus = am_verdict_score(v, AM_CATEGORY_HATE);
  CHECK(with_consensus != 0.5f);
  CHECK(with_consensus > 0.0f && with_consensus < 1.0f);
  CHECK(english.texts == 1);
  am_verdict_free(v);
  am_monitor_free(m);

  /* A band that excludes 0.5: the host alone. */
  mo.consensus_low = 0.6f;
  mo.consensus_high = 0.9f;
  CHECK(am_monitor_new_with_scorer(&cb, NULL, &mo, &m) == AM_OK);
  CHECK(am_monitor_check(m, en, strlen(en), AM_DIRECTION_PROMPT, NULL, NULL, &v) == AM_OK);
  CHECK(same(am_verdict_route(v), "english"));
  CHECK(am_verdict_score(v, AM_CATEGORY_HATE) == 0.5f);
  am_verdict_free(v);
  am_monitor_free(m);

  /* Off. */
  mo.consensus_low = 0.0f;
  mo.consensus_high = 0.0f;
  mo.consensus = AM_CONSENSUS_OFF;
  CHECK(am_monitor_new_with_scorer(&cb, NULL, &mo, &m) == AM_OK);
  CHECK(am_monitor_check(m, en, strlen(en), AM_DIRECTION_PROMPT, NULL, NULL, &v) == AM_OK);
  CHECK(same(am_verdict_route(v), "english"));
  CHECK(same(am_verdict_model_id(v), "host"));
  CHECK(am_verdict_score(v, AM_CATEGORY_HATE) == 0.5f);
  am_verdict_free(v);
  am_monitor_free(m);

  /* Bad values: AM_E_INVALID_ARGUMENT, no monitor. */
  m = (am_monitor*)1;
  mo.consensus = 2;
  CHECK(am_monitor_new_with_scorer(&cb, NULL, &mo, &m) == AM_E_INVALID_ARGUMENT);
  CHECK(m == NULL);
  CHECK(strstr(am_last_error(), "consensus") != NULL);
  mo.consensus = 0;
  mo.consensus_low = 0.9f;
  mo.consensus_high = 0.1f;
  m = (am_monitor*)1;
  CHECK(am_monitor_new(FIXTURE, NULL, &mo, &m) == AM_E_INVALID_ARGUMENT);
  CHECK(m == NULL);
  CHECK(strstr(am_last_error(), "consensus band") != NULL);
  mo.consensus_low = 0.0f;
  mo.consensus_high = 1.5f;
  CHECK(am_monitor_new(FIXTURE, NULL, &mo, &m) == AM_E_INVALID_ARGUMENT);
  /* One model: the consensus fields are not read. */
  mo.multilingual_model_path = NULL;
  mo.consensus = 2;
  CHECK(am_monitor_new(FIXTURE, NULL, &mo, &m) == AM_OK);
  am_monitor_free(m);
  mo.consensus = 0;
  mo.multilingual_model_path = FIXTURE;

  /* A host compiled before the fields gets the default (consensus on). */
  mo.consensus_high = 0.0f;
  mo.size = offsetof(am_monitor_options, consensus);
  CHECK(am_monitor_new_with_scorer(&cb, NULL, &mo, &m) == AM_OK);
  CHECK(am_monitor_check(m, en, strlen(en), AM_DIRECTION_PROMPT, NULL, NULL, &v) == AM_OK);
  CHECK(same(am_verdict_route(v), "consensus"));
  CHECK(am_verdict_score(v, AM_CATEGORY_HATE) == with_consensus);
  am_verdict_free(v);
  am_monitor_free(m);
}

int main(void) {
  test_detect();
  test_consensus();
  test_monitor_new();
  test_with_scorer();
  test_default_models_from_the_environment();
  printf("%d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
