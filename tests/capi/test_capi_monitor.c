/* C99 test of the monitor section of the C ABI: policies, a monitor over a host scorer callback,
 * verdict accessors and JSON with the size probe, batches, streams with callbacks, error paths. */
#include <abusemon.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

static const char* const kNames[] = {"hate",     "harassment", "sexual",   "sexual_minors",
                                     "violence", "self_harm",  "jailbreak"};

/* Host scorer: output j is 0.95 when the text contains "<name>!" and 0 otherwise; a text
 * containing "FAIL" makes the callback fail with AM_E_UNAVAILABLE. */
static am_status keyword_score(void* user_data, const char* const* texts, const size_t* lens,
                               size_t count, float* out) {
  size_t i, j;
  int* calls = (int*)user_data;
  ++*calls;
  for (i = 0; i < count; ++i) {
    char* t = (char*)malloc(lens[i] + 1);
    memcpy(t, texts[i], lens[i]);
    t[lens[i]] = '\0';
    if (strstr(t, "FAIL") != NULL) {
      free(t);
      return AM_E_UNAVAILABLE;
    }
    for (j = 0; j < 7; ++j) {
      char key[32];
      snprintf(key, sizeof key, "%s!", kNames[j]);
      out[i * 7 + j] = strstr(t, key) != NULL ? 0.95f : 0.0f;
    }
    free(t);
  }
  return AM_OK;
}

struct seen {
  int count;
  int blocked;
  size_t last_end;
  int final_seen;
};

static void on_verdict(void* user_data, const am_verdict* v) {
  struct seen* s = (struct seen*)user_data;
  size_t check = 0, start = 0, end = 0;
  int32_t is_final = 0;
  ++s->count;
  if (am_verdict_flagged(v)) s->blocked = 1;
  if (am_verdict_stream_offsets(v, &check, &start, &end, &is_final) == AM_OK) {
    s->last_end = end;
    if (is_final) s->final_seen = 1;
  }
}

int main(void) {
  int calls = 0;
  am_scorer_callback cb;
  am_policy* policy = NULL;
  am_monitor* monitor = NULL;
  am_verdict* v = NULL;
  am_level a, b;
  size_t len = 0;
  char* buf;

  /* --- policy --- */
  CHECK(am_policy_new(&policy) == AM_OK);
  CHECK(am_policy_get_rule(policy, AM_CATEGORY_HATE, AM_DIRECTION_PROMPT, &a, &b) == AM_OK);
  CHECK(a == AM_LEVEL_LOW && b == AM_LEVEL_MEDIUM);
  CHECK(am_policy_set_rule(policy, AM_CATEGORY_VIOLENCE, AM_DIRECTION_COMPLETION, AM_LEVEL_OFF,
                           AM_LEVEL_OFF) == AM_OK);
  CHECK(am_policy_set_rule(policy, AM_CATEGORY_VIOLENCE, AM_DIRECTION_COMPLETION, (am_level)9,
                           AM_LEVEL_OFF) == AM_E_INVALID_ARGUMENT);
  CHECK(am_policy_set_rule(policy, AM_CATEGORY_COUNT, AM_DIRECTION_PROMPT, AM_LEVEL_LOW,
                           AM_LEVEL_LOW) == AM_E_INVALID_ARGUMENT);
  CHECK(am_policy_set_thresholds(policy, AM_CATEGORY_HATE, 0.9f, 0.5f, 0.95f) ==
        AM_E_INVALID_ARGUMENT);
  CHECK(am_policy_set_thresholds(policy, AM_CATEGORY_SEXUAL, 0.2f, 0.5f, 0.9f) == AM_OK);
  CHECK(am_policy_clear_thresholds(policy, AM_CATEGORY_SEXUAL) == AM_OK);
  {
    const char* bl = "{\"name\": \"brands\", \"terms\": [\"zorp\"], \"action\": \"block\"}";
    const char* bad = "{\"name\": \"x\", \"regexes\": [\"(\"]}";
    CHECK(am_policy_add_blocklist_json(policy, bl, strlen(bl)) == AM_OK);
    CHECK(am_policy_add_blocklist_json(policy, bl, strlen(bl)) == AM_E_INVALID_ARGUMENT);
    CHECK(am_policy_add_blocklist_json(policy, bad, strlen(bad)) == AM_E_FORMAT);
    CHECK(strstr(am_last_error(), "regexes[0]: invalid regex") != NULL);
  }
  /* Size probe of the policy JSON, then parse it back. */
  CHECK(am_policy_to_json(policy, NULL, &len) == AM_E_BUFFER_TOO_SMALL);
  buf = (char*)malloc(len);
  CHECK(am_policy_to_json(policy, buf, &len) == AM_OK);
  CHECK(strstr(buf, "\"brands\"") != NULL);
  {
    am_policy* copy = NULL;
    CHECK(am_policy_from_json(buf, strlen(buf), &copy) == AM_OK);
    CHECK(am_policy_get_rule(copy, AM_CATEGORY_VIOLENCE, AM_DIRECTION_COMPLETION, &a, &b) == AM_OK);
    CHECK(a == AM_LEVEL_OFF && b == AM_LEVEL_OFF);
    am_policy_free(copy);
  }
  free(buf);
  {
    am_policy* p = (am_policy*)1;
    const char* doc = "{\"categories\": {\"hate\": {\"block_at\": \"severe\"}}}";
    CHECK(am_policy_from_json(doc, strlen(doc), &p) == AM_E_FORMAT);
    CHECK(p == NULL);
    CHECK(strstr(am_last_error(), "categories.hate.block_at") != NULL);
    CHECK(am_policy_from_file("/nonexistent/policy.json", &p) == AM_E_NOT_FOUND);
    CHECK(am_policy_from_json(doc, strlen(doc), NULL) == AM_E_NULL_POINTER);
  }

  /* --- monitor over a host scorer --- */
  cb = am_scorer_callback_default();
  CHECK(cb.size == sizeof cb && cb.score == NULL && cb.output_count == 0);
  cb.output_names = kNames;
  cb.output_count = 7;
  cb.score = keyword_score;
  cb.user_data = &calls;
  cb.model_id = "c-keywords";
  cb.model_version = "2";
  monitor = (am_monitor*)1;
  CHECK(am_monitor_new_with_scorer(NULL, policy, NULL, &monitor) == AM_E_NULL_POINTER);
  CHECK(monitor == NULL); /* failed calls clear *out */
  CHECK(am_monitor_new_with_scorer(&cb, policy, NULL, &monitor) == AM_OK);

  CHECK(am_monitor_check(monitor, "hate! and zorp", 14, AM_DIRECTION_PROMPT, "acme", NULL, &v) ==
        AM_OK);
  CHECK(calls == 1);
  CHECK(am_verdict_action(v) == AM_ACTION_BLOCK);
  CHECK(am_verdict_flagged(v) == 1);
  CHECK(am_verdict_direction(v) == AM_DIRECTION_PROMPT);
  CHECK(am_verdict_score(v, AM_CATEGORY_HATE) > 0.94f);
  CHECK(am_verdict_severity(v, AM_CATEGORY_HATE) == AM_SEVERITY_HIGH);
  CHECK(am_verdict_filtered(v, AM_CATEGORY_HATE) == 1);
  CHECK(am_verdict_annotated(v, AM_CATEGORY_HATE) == 1);
  CHECK(am_verdict_filtered(v, AM_CATEGORY_VIOLENCE) == 0);
  CHECK(am_verdict_score(v, AM_CATEGORY_COUNT) == 0.0f);
  CHECK(am_verdict_jailbreak_detected(v) == 0);
  CHECK(am_verdict_refusal(v) == NULL);
  CHECK(strcmp(am_verdict_model_id(v), "c-keywords") == 0);
  CHECK(strcmp(am_verdict_model_version(v), "2") == 0);
  CHECK(am_verdict_elapsed_ms(v) >= 0.0);
  CHECK(am_verdict_match_count(v) == 1);
  {
    am_blocklist_match m;
    m.size = 0; /* not initialised: refused */
    CHECK(am_verdict_match(v, 0, &m) == AM_E_INVALID_ARGUMENT);
    CHECK(strstr(am_last_error(), "am_blocklist_match.size") != NULL);
    m.size = sizeof m;
    CHECK(am_verdict_match(v, 0, &m) == AM_OK);
    CHECK(m.size == sizeof m);
    CHECK(strcmp(m.blocklist, "brands") == 0 && strcmp(m.pattern, "zorp") == 0);
    CHECK(m.kind == AM_MATCH_TERM && m.action == AM_ACTION_BLOCK);
    CHECK(m.start == 10 && m.end == 14);
    CHECK(am_verdict_match(v, 1, &m) == AM_E_INVALID_ARGUMENT);
  }
  CHECK(am_verdict_stream_offsets(v, NULL, NULL, NULL, NULL) == AM_E_STATE);
  /* JSON with the size probe in every format. */
  {
    int f;
    for (f = AM_FORMAT_NATIVE; f <= AM_FORMAT_AZURE; ++f) {
      len = 0;
      CHECK(am_verdict_to_json(v, (am_format)f, NULL, &len) == AM_E_BUFFER_TOO_SMALL);
      buf = (char*)malloc(len);
      CHECK(am_verdict_to_json(v, (am_format)f, buf, &len) == AM_OK);
      CHECK(strlen(buf) + 1 == len);
      if (f == AM_FORMAT_NATIVE) CHECK(strstr(buf, "\"action\":\"block\"") != NULL);
      if (f == AM_FORMAT_OPENAI) CHECK(strstr(buf, "\"flagged\":true") != NULL);
      if (f == AM_FORMAT_AZURE) CHECK(strstr(buf, "\"content_filter_results\"") != NULL);
      free(buf);
    }
    CHECK(am_verdict_to_json(v, (am_format)7, NULL, &len) == AM_E_INVALID_ARGUMENT);
  }
  am_verdict_free(v);
  v = NULL;

  /* Jailbreak in a completion: annotated, not blocked (default policy). */
  CHECK(am_monitor_check(monitor, "jailbreak!", 10, AM_DIRECTION_COMPLETION, NULL, NULL, &v) ==
        AM_OK);
  CHECK(am_verdict_jailbreak_detected(v) == 1 && am_verdict_jailbreak_filtered(v) == 0);
  CHECK(am_verdict_action(v) == AM_ACTION_ANNOTATE);
  am_verdict_free(v);

  /* sexual_minors composition: the lexical minor rule reads French (and the other languages of
   * the multilingual model), and not "il y a 12 ans" (12 years ago). */
  CHECK(am_monitor_check(monitor, "sexual! avec des enfants", strlen("sexual! avec des enfants"),
                         AM_DIRECTION_PROMPT, NULL, NULL, &v) == AM_OK);
  CHECK(am_verdict_score(v, AM_CATEGORY_SEXUAL_MINORS) > 0.94f);
  am_verdict_free(v);
  CHECK(am_monitor_check(monitor, "sexual! il y a 12 ans", strlen("sexual! il y a 12 ans"),
                         AM_DIRECTION_PROMPT, NULL, NULL, &v) == AM_OK);
  CHECK(am_verdict_score(v, AM_CATEGORY_SEXUAL_MINORS) == 0.0f);
  am_verdict_free(v);
  /* A German age is a person's before a noun or at the end, not a thing's (a 3-year course). */
  CHECK(am_monitor_check(monitor, "sexual! mit einer 12-Jährigen",
                         strlen("sexual! mit einer 12-Jährigen"), AM_DIRECTION_PROMPT, NULL, NULL,
                         &v) == AM_OK);
  CHECK(am_verdict_score(v, AM_CATEGORY_SEXUAL_MINORS) > 0.94f);
  am_verdict_free(v);
  CHECK(am_monitor_check(monitor, "sexual! eine 3-jährige Ausbildung",
                         strlen("sexual! eine 3-jährige Ausbildung"), AM_DIRECTION_PROMPT, NULL,
                         NULL, &v) == AM_OK);
  CHECK(am_verdict_score(v, AM_CATEGORY_SEXUAL_MINORS) == 0.0f);
  am_verdict_free(v);

  /* Errors: invalid UTF-8, NULL text with a length, failing host scorer. */
  CHECK(am_monitor_check(monitor, "\xff", 1, AM_DIRECTION_PROMPT, NULL, NULL, &v) == AM_E_FORMAT);
  CHECK(v == NULL);
  CHECK(am_monitor_check(monitor, NULL, 3, AM_DIRECTION_PROMPT, NULL, NULL, &v) ==
        AM_E_NULL_POINTER);
  CHECK(am_monitor_check(monitor, "FAIL", 4, AM_DIRECTION_PROMPT, NULL, NULL, &v) ==
        AM_E_UNAVAILABLE);
  CHECK(strstr(am_last_error(), "host scorer callback failed") != NULL);
  CHECK(am_monitor_check(monitor, "x", 1, (am_direction)5, NULL, NULL, &v) ==
        AM_E_INVALID_ARGUMENT);
  CHECK(am_monitor_check(NULL, "x", 1, AM_DIRECTION_PROMPT, NULL, NULL, &v) == AM_E_NULL_POINTER);

  /* Batch and scores. */
  {
    const char* texts[3] = {"fine", "violence!", "self_harm!"};
    size_t lens[3] = {4, 9, 10};
    am_verdict* out[3];
    float scores[3 * AM_CATEGORY_COUNT];
    int i;
    CHECK(am_monitor_check_batch(monitor, texts, lens, 3, AM_DIRECTION_COMPLETION, out) == AM_OK);
    CHECK(am_verdict_action(out[0]) == AM_ACTION_ALLOW);
    CHECK(am_verdict_action(out[1]) == AM_ACTION_ALLOW); /* violence off for completions */
    CHECK(am_verdict_action(out[2]) == AM_ACTION_BLOCK);
    for (i = 0; i < 3; ++i) am_verdict_free(out[i]);
    CHECK(am_category_count() == AM_CATEGORY_COUNT);
    CHECK(am_monitor_scores(monitor, texts, lens, 3, scores, 3 * AM_CATEGORY_COUNT - 1) ==
          AM_E_INVALID_ARGUMENT);
    CHECK(am_monitor_scores(monitor, texts, lens, 3, scores, 3 * AM_CATEGORY_COUNT) == AM_OK);
    CHECK(scores[1 * AM_CATEGORY_COUNT + AM_CATEGORY_VIOLENCE] > 0.94f);
    CHECK(scores[0 * AM_CATEGORY_COUNT + AM_CATEGORY_VIOLENCE] == 0.0f);
    texts[1] = "FAIL";
    lens[1] = 4;
    CHECK(am_monitor_check_batch(monitor, texts, lens, 3, AM_DIRECTION_PROMPT, out) ==
          AM_E_UNAVAILABLE);
    CHECK(out[0] == NULL && out[1] == NULL && out[2] == NULL);
  }

  /* Hot policy swap. */
  {
    am_policy* strict = NULL;
    CHECK(am_policy_new(&strict) == AM_OK);
    CHECK(am_policy_set_rule(strict, AM_CATEGORY_HATE, AM_DIRECTION_PROMPT, AM_LEVEL_OFF,
                             AM_LEVEL_OFF) == AM_OK);
    CHECK(am_monitor_set_policy(monitor, strict) == AM_OK);
    CHECK(am_monitor_check(monitor, "hate!", 5, AM_DIRECTION_PROMPT, NULL, NULL, &v) == AM_OK);
    CHECK(am_verdict_action(v) == AM_ACTION_ALLOW);
    am_verdict_free(v);
    am_policy_free(strict);
  }

  /* --- streams --- */
  {
    am_stream* s = NULL;
    am_stream_options so = am_stream_options_default();
    struct seen seen = {0, 0, 0, 0};
    size_t check = 0, start = 0, end = 0;
    int32_t is_final = 0;
    so.check_every = 8;
    so.window = 16;
    CHECK(so.check_every == 8);
    CHECK(am_stream_new(monitor, &so, "acme", "u", on_verdict, &seen, &s) == AM_OK);
    CHECK(am_stream_feed(s, "a calm ", 7) == AM_OK);
    CHECK(seen.count == 0);
    CHECK(am_stream_feed(s, "start. self_harm! ok ", 21) == AM_OK);
    CHECK(seen.count == 3); /* checks at 8, 16 and 24 bytes */
    CHECK(seen.blocked == 1);
    CHECK(seen.last_end == 24);
    CHECK(am_stream_action(s) == AM_ACTION_BLOCK);
    CHECK(am_stream_feed(s, "\xff", 1) == AM_E_FORMAT);
    CHECK(am_stream_finish(s, &v) == AM_OK);
    CHECK(seen.final_seen == 1);
    CHECK(am_verdict_stream_offsets(v, &check, &start, &end, &is_final) == AM_OK);
    CHECK(check == 28 && start == 0 && end == 28 && is_final == 1);
    CHECK(am_verdict_flagged(v) == 1);
    am_verdict_free(v);
    CHECK(am_stream_feed(s, "x", 1) == AM_E_STATE);
    CHECK(am_stream_finish(s, NULL) == AM_E_STATE);
    am_stream_free(s);

    so.window = 4;
    s = (am_stream*)1;
    CHECK(am_stream_new(monitor, &so, NULL, NULL, NULL, NULL, &s) == AM_E_INVALID_ARGUMENT);
    CHECK(s == NULL);
    CHECK(am_stream_new(monitor, NULL, NULL, NULL, NULL, NULL, &s) == AM_OK);
    CHECK(am_stream_feed(s, "ok", 2) == AM_OK);
    CHECK(am_stream_finish(s, NULL) == AM_OK);
    CHECK(am_stream_action(s) == AM_ACTION_ALLOW);
    am_stream_free(s);
  }

  /* Limits from options. */
  {
    am_monitor* small = NULL;
    am_monitor_options mo = am_monitor_options_default();
    CHECK(mo.scorer_batch_size == 32 && mo.size == sizeof mo);
    mo.max_text_bytes = 4;
    CHECK(am_monitor_new_with_scorer(&cb, NULL, &mo, &small) == AM_OK);
    CHECK(am_monitor_check(small, "12345", 5, AM_DIRECTION_PROMPT, NULL, NULL, &v) == AM_E_LIMIT);
    am_monitor_free(small);
    mo.scorer_batch_size = 0;
    CHECK(am_monitor_new_with_scorer(&cb, NULL, &mo, &small) == AM_E_INVALID_ARGUMENT);
    /* A struct not obtained from its _default() function (size 0 or garbage) is refused. */
    mo = am_monitor_options_default();
    mo.size = 0;
    CHECK(am_monitor_new_with_scorer(&cb, NULL, &mo, &small) == AM_E_INVALID_ARGUMENT);
    CHECK(strstr(am_last_error(), "am_monitor_options.size is 0") != NULL);
    mo.size = (size_t)1 << 40;
    CHECK(am_monitor_new_with_scorer(&cb, NULL, &mo, &small) == AM_E_INVALID_ARGUMENT);
    CHECK(small == NULL);
    CHECK(am_monitor_options_init(&mo, 3) == AM_E_INVALID_ARGUMENT);
    CHECK(am_monitor_options_init(NULL, sizeof mo) == AM_E_NULL_POINTER);
  }
  {
    /* A scorer without any category output is refused. */
    const char* const odd[] = {"spam"};
    am_scorer_callback bad = cb;
    am_monitor* m = NULL;
    bad.output_names = odd;
    bad.output_count = 1;
    CHECK(am_monitor_new_with_scorer(&bad, NULL, NULL, &m) == AM_E_FORMAT);
  }
  /* No model path and no ABUSEMON_MODEL would need the environment; a missing file is enough. */
  {
    am_monitor* m = (am_monitor*)1;
    CHECK(am_monitor_new("/nonexistent/model.gguf", NULL, NULL, &m) != AM_OK);
    CHECK(m == NULL);
  }

  /* NULL-tolerant frees and accessors. */
  am_verdict_free(NULL);
  am_stream_free(NULL);
  am_monitor_free(NULL);
  am_policy_free(NULL);
  CHECK(am_verdict_action(NULL) == AM_ACTION_ALLOW);
  CHECK(am_verdict_match_count(NULL) == 0);
  CHECK(am_stream_action(NULL) == AM_ACTION_ALLOW);

  am_monitor_free(monitor);
  am_policy_free(policy);
  printf("%d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
