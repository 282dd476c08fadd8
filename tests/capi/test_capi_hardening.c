/* C99 test of the configurable limits (issue #9): text length and batch size of a monitor, review
 * content size and pending items, and the tracker's customer bound all end in AM_E_LIMIT (or
 * eviction for the tracker) with a message, never in a crash. */
#define _XOPEN_SOURCE 700
#include <abusemon.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

static const char* const names[] = {"hate", "violence"};

static int null_texts = 0;

/* Scores 0; counts text pointers that are NULL (the library promises never to pass one). */
static am_status zero_scores(void* user_data, const char* const* texts, const size_t* lens,
                             size_t count, float* out) {
  size_t i;
  (void)user_data;
  (void)lens;
  for (i = 0; i < count; ++i) null_texts += texts[i] == NULL;
  for (i = 0; i < count * 2; ++i) out[i] = 0.0f;
  return AM_OK;
}

static void monitor_limits(void) {
  am_scorer_callback cb;
  am_monitor_options mo = am_monitor_options_default();
  am_monitor* m = NULL;
  am_verdict* v = NULL;
  am_verdict* batch[4] = {NULL, NULL, NULL, NULL};
  const char* texts[4] = {"a", "b", "c", "d"};
  size_t lens[4] = {1, 1, 1, 1};
  char text[40];
  memset(text, 'x', sizeof text);
  cb = am_scorer_callback_default();
  cb.output_names = names;
  cb.output_count = 2;
  cb.score = zero_scores;
  mo.max_text_bytes = 32;
  mo.max_batch_texts = 3;
  CHECK(am_monitor_new_with_scorer(&cb, NULL, &mo, &m) == AM_OK);
  CHECK(am_monitor_check(m, text, 32, AM_DIRECTION_PROMPT, NULL, NULL, &v) == AM_OK);
  am_verdict_free(v);
  v = NULL;
  CHECK(am_monitor_check(m, text, 33, AM_DIRECTION_PROMPT, NULL, NULL, &v) == AM_E_LIMIT);
  CHECK(v == NULL);
  CHECK(strstr(am_last_error(), "max_text_bytes") != NULL);
  CHECK(am_monitor_check_batch(m, texts, lens, 4, AM_DIRECTION_PROMPT, batch) == AM_E_LIMIT);
  CHECK(strstr(am_last_error(), "max_batch_texts") != NULL);
  CHECK(batch[0] == NULL && batch[3] == NULL);
  CHECK(am_monitor_check_batch(m, texts, lens, 3, AM_DIRECTION_PROMPT, batch) == AM_OK);
  am_verdict_free(batch[0]);
  am_verdict_free(batch[1]);
  am_verdict_free(batch[2]);
  /* Regression (fuzz_capi): an empty text given as NULL/0 reached the host scorer as NULL. */
  v = NULL;
  CHECK(am_monitor_check(m, NULL, 0, AM_DIRECTION_PROMPT, NULL, NULL, &v) == AM_OK);
  am_verdict_free(v);
  texts[0] = NULL;
  lens[0] = 0;
  CHECK(am_monitor_check_batch(m, texts, lens, 2, AM_DIRECTION_PROMPT, batch) == AM_OK);
  am_verdict_free(batch[0]);
  am_verdict_free(batch[1]);
  CHECK(null_texts == 0);
  am_monitor_free(m);
}

static void review_limits(void) {
  char dir_template[] = "/tmp/am_hard_c_XXXXXX";
  char path[256];
  const char* dir = mkdtemp(dir_template);
  am_review_options ro = am_review_options_default();
  am_review_store* r = NULL;
  am_review_submission sub;
  char big[64];
  int64_t id = 0;
  int i;
  CHECK(dir != NULL);
  if (dir == NULL) return;
  snprintf(path, sizeof path, "%s/store.db", dir);
  CHECK(ro.max_content_bytes == 1u << 20);
  CHECK(ro.max_pending_items == 100000);
  ro.path = path;
  ro.max_content_bytes = 16;
  ro.max_pending_items = 2;
  CHECK(am_review_open(&ro, &r) == AM_OK);
  sub = am_review_submission_default();
  memset(big, 'b', sizeof big);
  sub.content = big;
  sub.content_len = 17;
  sub.customer = "cust";
  sub.region = "us";
  sub.signal = "classifier";
  sub.category = AM_CATEGORY_HATE;
  sub.severity = AM_SEVERITY_HIGH;
  sub.confidence = 0.5;
  CHECK(am_review_submit(r, &sub, &id) == AM_E_LIMIT);
  sub.content_len = 16;
  for (i = 0; i < 2; ++i) CHECK(am_review_submit(r, &sub, &id) == AM_OK);
  CHECK(am_review_submit(r, &sub, &id) == AM_E_LIMIT);
  CHECK(strstr(am_last_error(), "max_pending_items") != NULL);
  sub.region = "eea";
  CHECK(am_review_submit(r, &sub, &id) == AM_OK);
  am_review_store_free(r);
  unlink(path);
  snprintf(path, sizeof path, "%s/store.db-wal", dir);
  unlink(path);
  snprintf(path, sizeof path, "%s/store.db-shm", dir);
  unlink(path);
  rmdir(dir);
}

static void tracker_bound(void) {
  static const char config[] = "{\"max_customers\": 8, \"shards\": 2, \"detectors\": []}";
  am_tracker* t = NULL;
  am_tracker_event e = am_tracker_event_default();
  char id[32], stats[1024];
  size_t len = sizeof stats;
  int i;
  CHECK(am_tracker_new(config, sizeof config - 1, &t) == AM_OK);
  for (i = 0; i < 100; ++i) {
    snprintf(id, sizeof id, "cust-%d", i);
    e.customer = id;
    e.customer_len = strlen(id);
    CHECK(am_tracker_record(t, &e) == AM_OK);
  }
  CHECK(am_tracker_stats_json(t, stats, &len) == AM_OK);
  CHECK(strstr(stats, "\"customers\":8") != NULL);
  CHECK(strstr(stats, "\"evicted\":92") != NULL);
  len = 0;
  CHECK(am_tracker_customer_json(t, "cust-0", 6, NULL, 0, NULL, &len) == AM_E_NOT_FOUND);
  am_tracker_free(t);
}

int main(void) {
  monitor_limits();
  review_limits();
  tracker_bound();
  printf("%d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
