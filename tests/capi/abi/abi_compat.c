/* ABI compatibility across header versions (capi/abusemon.h, Stability). This one source is
 * compiled twice (tests/capi/abi/CMakeLists.txt):
 *  - against capi/abusemon.h and run against a library built from a header whose extensible
 *    structs each gained a trailing field (an older host on a newer library), and
 *  - against that grown header (AM_ABI_TEST_GROWN) and run against the real library (a newer
 *    host on an older library).
 * In both, every struct travels with the host's sizeof: the library must read, fill and step
 * through arrays by that size, never by its own. */
#define _XOPEN_SOURCE 700
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../check.h"

static const char* const kNames[] = {"hate",     "harassment", "sexual",   "sexual_minors",
                                     "violence", "self_harm",  "jailbreak"};

static am_status score(void* user_data, const char* const* texts, const size_t* lens, size_t count,
                       float* out) {
  size_t i, j;
  (void)user_data;
  for (i = 0; i < count; ++i) {
    for (j = 0; j < 7; ++j) out[i * 7 + j] = 0.0f;
    if (lens[i] >= 4 && memcmp(texts[i], "kill", 4) == 0) out[i * 7 + AM_CATEGORY_VIOLENCE] = 0.99f;
  }
  return AM_OK;
}

struct seen {
  int signals;
  int sizes_ok;
};

static void on_signal(void* user_data, const am_tracker_signal* s) {
  struct seen* seen = (struct seen*)user_data;
  ++seen->signals;
#ifdef AM_ABI_TEST_GROWN
  /* An older library's struct lacks the field this host knows: AM_HAS_FIELD says so. */
  const int size_ok = s->size < sizeof *s && !AM_HAS_FIELD(am_tracker_signal, s, abi_test_added);
#else
  /* The library's struct is at least as large as the one this host knows. */
  const int size_ok = s->size >= sizeof *s;
#endif
  if (size_ok && strcmp(s->customer, "acme") == 0 && s->json[0] == '{') {
    ++seen->sizes_ok;
  }
}

static void monitor_and_stream(void) {
  am_scorer_callback cb = am_scorer_callback_default();
  am_monitor_options mo = am_monitor_options_default();
  am_stream_options so = am_stream_options_default();
  am_policy* policy = NULL;
  am_monitor* monitor = NULL;
  am_verdict* v = NULL;
  am_stream* stream = NULL;
  const char* bl = "{\"name\": \"brands\", \"terms\": [\"zorp\"], \"action\": \"block\"}";
  struct {
    am_blocklist_match m;
    unsigned char canary[32];
  } box;
  size_t i;

  CHECK(cb.size == sizeof cb && mo.size == sizeof mo && so.size == sizeof so);
  CHECK(mo.max_text_bytes == 1048576 && mo.max_batch_texts == 4096 && mo.scorer_batch_size == 32);
  CHECK(so.check_every == 512 && so.window == 2048);
  cb.output_names = kNames;
  cb.output_count = 7;
  cb.score = score;
  cb.model_id = "abi";
  mo.max_text_bytes = 16; /* a field the host sets must reach the library */
  CHECK(am_policy_new(&policy) == AM_OK);
  CHECK(am_policy_add_blocklist_json(policy, bl, strlen(bl)) == AM_OK);
  CHECK(am_monitor_new_with_scorer(&cb, policy, &mo, &monitor) == AM_OK);
  CHECK(am_monitor_check(monitor, "0123456789abcdefg", 17, AM_DIRECTION_PROMPT, NULL, NULL, &v) ==
        AM_E_LIMIT);
  CHECK(am_monitor_check(monitor, "kill zorp", 9, AM_DIRECTION_PROMPT, NULL, NULL, &v) == AM_OK);
  CHECK(am_verdict_action(v) == AM_ACTION_BLOCK);
  CHECK(strcmp(am_verdict_model_id(v), "abi") == 0);

  /* An output struct: the library writes exactly the host's size, nothing past it. */
  memset(&box, 0xAB, sizeof box);
  box.m.size = sizeof box.m;
  CHECK(am_verdict_match(v, 0, &box.m) == AM_OK);
#ifdef AM_ABI_TEST_GROWN
  /* The older library filled its own, smaller part and says so; the rest is zeroed. */
  CHECK(box.m.size < sizeof box.m && !AM_HAS_FIELD(am_blocklist_match, &box.m, abi_test_added));
  CHECK(box.m.abi_test_added == 0);
#else
  CHECK(box.m.size == sizeof box.m);
#endif
  CHECK(strcmp(box.m.pattern, "zorp") == 0 && box.m.start == 5 && box.m.end == 9);
  for (i = 0; i < sizeof box.canary; ++i) CHECK(box.canary[i] == 0xAB);
  am_verdict_free(v);

  so.check_every = 4;
  so.window = 0;
  CHECK(am_stream_new(monitor, &so, NULL, NULL, NULL, NULL, &stream) == AM_OK);
  CHECK(am_stream_feed(stream, "kill", 4) == AM_OK);
  CHECK(am_stream_action(stream) == AM_ACTION_BLOCK); /* the periodic check ran at 4 bytes */
  CHECK(am_stream_finish(stream, NULL) == AM_OK);
  am_stream_free(stream);

#ifdef AM_ABI_TEST_GROWN
  /* A newer host on an older library: its new field at 0 means "default" and is accepted; any
   * other value asks for behaviour the library lacks and is refused, never ignored. */
  CHECK(mo.abi_test_added == 0);
  {
    am_monitor* m2 = NULL;
    mo.abi_test_added = 1;
    CHECK(am_monitor_new_with_scorer(&cb, policy, &mo, &m2) == AM_E_INVALID_ARGUMENT);
    CHECK(strstr(am_last_error(), "needs a newer abusemon") != NULL);
    CHECK(m2 == NULL);
    mo.abi_test_added = 0;
    CHECK(am_monitor_new_with_scorer(&cb, policy, &mo, &m2) == AM_OK);
    am_monitor_free(m2);
  }
  /* Fields of the output struct the library does not know are zeroed, not left stale. */
  CHECK(am_monitor_check(monitor, "zorp", 4, AM_DIRECTION_PROMPT, NULL, NULL, &v) == AM_OK);
  box.m.size = sizeof box.m;
  box.m.abi_test_added = 77;
  CHECK(am_verdict_match(v, 0, &box.m) == AM_OK);
  CHECK(box.m.abi_test_added == 0);
  am_verdict_free(v);
#endif
  am_monitor_free(monitor);
  am_policy_free(policy);
}

static void tracker(void) {
  am_tracker* t = NULL;
  am_tracker_event events[3];
  uint8_t high[AM_CATEGORY_COUNT] = {0};
  struct seen seen = {0, 0};
  size_t recorded = 0, drained = 0;
  int i;
  const char* config =
      "{\"detectors\": [{\"name\": \"freq\", \"type\": \"frequency\", \"min_severity\": \"high\","
      " \"horizon\": \"1h\", \"count\": 3, \"scope\": \"customer\"}]}";

  high[AM_CATEGORY_VIOLENCE] = AM_SEVERITY_HIGH;
  CHECK(am_tracker_new(config, strlen(config), &t) == AM_OK);
  /* An array of the host's events: the library steps through it by the host's sizeof. */
  for (i = 0; i < 3; ++i) {
    events[i] = am_tracker_event_default();
    CHECK(events[i].size == sizeof events[i]);
    events[i].customer = "acme";
    events[i].customer_len = 4;
    events[i].severities = high;
    events[i].severity_count = AM_CATEGORY_COUNT;
    events[i].item_id = (uint64_t)(100 + i);
  }
  CHECK(am_tracker_record_batch(t, events, 3, &recorded) == AM_OK);
  CHECK(recorded == 3);
  CHECK(am_tracker_drain_signals(t, on_signal, &seen, 0, &drained) == AM_OK);
  CHECK(drained == 1 && seen.signals == 1 && seen.sizes_ok == 1);
  am_tracker_free(t);
}

static void model_and_normalize(void) {
  am_model_options mo = am_model_options_default();
  am_score_params sp = am_score_params_default();
  am_normalize_params np = am_normalize_params_default();
  am_model* m = NULL;
  char buf[64];
  size_t len = sizeof buf;
  CHECK(mo.size == sizeof mo && sp.size == sizeof sp && np.size == sizeof np);
  CHECK(np.nfkc == 1 && np.collapse_elongation == 1 && mo.int8 == 0 && sp.max_tokens == 0);
  np.fold_leetspeak = 0;
  CHECK(am_normalize_text(NULL, "h4te", 4, &np, buf, &len) == AM_OK);
  CHECK(strcmp(buf, "h4te") == 0);
  len = sizeof buf;
  np.fold_leetspeak = 1;
  CHECK(am_normalize_text(NULL, "h4te", 4, &np, buf, &len) == AM_OK);
  CHECK(strcmp(buf, "hate") == 0);
  mo.normalize = 2;
  CHECK(am_model_load(ABUSEMON_TEST_DATA_DIR "/engine/tiny-bert.gguf", &mo, &m) == AM_OK);
  if (m != NULL) {
    const char* texts[1] = {"hello"};
    size_t lens[1] = {5};
    const size_t outputs = am_model_output_count(m);
    float* out = (float*)calloc(outputs, sizeof(float));
    sp.max_windows = 1;
    CHECK(am_model_score(m, texts, lens, 1, &sp, out, outputs) == AM_OK);
    free(out);
  }
  am_model_free(m);
}

static void review_and_enforcement(void) {
  char dir_template[] = "/tmp/am_abi_XXXXXX";
  char path[256];
  const char* dir = mkdtemp(dir_template);
  am_review_options ro = am_review_options_default();
  am_enforcement_options eo = am_enforcement_options_default();
  am_review_submission sub = am_review_submission_default();
  am_review_store* store = NULL;
  am_enforcement* enf = NULL;
  int64_t id = 0;
  if (dir == NULL) {
    CHECK(dir != NULL);
    return;
  }
  snprintf(path, sizeof path, "%s/review.db", dir);
  CHECK(ro.size == sizeof ro && eo.size == sizeof eo && sub.size == sizeof sub);
  CHECK(ro.busy_timeout_ms == 5000 && eo.max_attempts == 10);
  ro.path = path;
  ro.max_content_bytes = 8;
  CHECK(am_review_open(&ro, &store) == AM_OK);
  sub.content = "kill them all";
  sub.content_len = 13;
  sub.customer = "acme";
  sub.region = "eu";
  sub.signal = "classifier";
  sub.category = AM_CATEGORY_VIOLENCE;
  sub.severity = AM_SEVERITY_HIGH;
  sub.confidence = 0.9;
  CHECK(am_review_submit(store, &sub, &id) == AM_E_LIMIT); /* max_content_bytes reached it */
  sub.content_len = 4;
  CHECK(am_review_submit(store, &sub, &id) == AM_OK);
  CHECK(id > 0);
  eo.path = path;
  CHECK(am_enforcement_open(&eo, &enf) == AM_OK);
  am_enforcement_free(enf);
  am_review_store_free(store);
  unlink(path);
  snprintf(path, sizeof path, "%s/review.db-wal", dir);
  unlink(path);
  snprintf(path, sizeof path, "%s/review.db-shm", dir);
  unlink(path);
  rmdir(dir);
}

int main(void) {
  monitor_and_stream();
  tracker();
  model_and_normalize();
  review_and_enforcement();
  printf("%d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
