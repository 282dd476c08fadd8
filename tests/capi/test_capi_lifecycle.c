/* C99 test of the C ABI calls that join the sections: a monitor verdict recorded into the
 * tracker, review decisions feeding the tracker's review counts through the decision callback,
 * the enforcement gate attached to a monitor, and delivery into a Maildir. */
#define _XOPEN_SOURCE 700
#include <abusemon.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

static int64_t now_ms = 1764000000000LL;
static int64_t fake_clock(void* user_data) {
  return *(const int64_t*)user_data;
}

/* Host classifier: "hate" scores 0.95 when the text contains "HATE", else everything is 0. */
static int score_calls = 0;
static am_status keyword_score(void* user_data, const char* const* texts, const size_t* lens,
                               size_t count, float* out) {
  size_t i, j;
  (void)user_data;
  for (i = 0; i < count; ++i) {
    int hate = 0;
    for (j = 0; j + 4 <= lens[i]; ++j) {
      if (memcmp(texts[i] + j, "HATE", 4) == 0) hate = 1;
    }
    for (j = 0; j < 7; ++j) out[i * 7 + j] = 0.0f;
    out[i * 7 + 0] = hate ? 0.95f : 0.01f;
  }
  score_calls += (int)count;
  return AM_OK;
}

/* Decision callback: feeds each decision into the tracker, as a host wires it. */
struct feed {
  am_tracker* tracker;
  int calls;
  int applied;
};
static void on_decision(void* user_data, const char* decision_json) {
  struct feed* f = (struct feed*)user_data;
  int32_t applied = -1;
  f->calls++;
  CHECK(am_tracker_record_decision_json(f->tracker, decision_json, &applied) == AM_OK);
  f->applied += applied;
}

static char* customer_json(am_tracker* t, const char* customer, const char* user) {
  size_t len = 0;
  char* buf;
  if (am_tracker_customer_json(t, customer, strlen(customer), user, user ? strlen(user) : 0, NULL,
                               &len) != AM_E_BUFFER_TOO_SMALL) {
    return NULL;
  }
  len += 256;
  buf = (char*)malloc(len);
  if (am_tracker_customer_json(t, customer, strlen(customer), user, user ? strlen(user) : 0, buf,
                               &len) != AM_OK) {
    free(buf);
    return NULL;
  }
  return buf;
}

static int count_files(const char* dir) {
  DIR* d = opendir(dir);
  struct dirent* e;
  int n = 0;
  if (d == NULL) return -1;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] != '.') ++n;
  }
  closedir(d);
  return n;
}

/* First regular file of dir, read whole into a malloc'ed string. */
static char* first_file(const char* dir) {
  DIR* d = opendir(dir);
  struct dirent* e;
  char path[1024];
  char* text = NULL;
  if (d == NULL) return NULL;
  while ((e = readdir(d)) != NULL) {
    FILE* f;
    long size;
    if (e->d_name[0] == '.') continue;
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    f = fopen(path, "rb");
    if (f == NULL) break;
    fseek(f, 0, SEEK_END);
    size = ftell(f);
    fseek(f, 0, SEEK_SET);
    text = (char*)calloc((size_t)size + 1, 1);
    if (fread(text, 1, (size_t)size, f) != (size_t)size) text[0] = '\0';
    fclose(f);
    break;
  }
  closedir(d);
  return text;
}

static void remove_tree(const char* dir) {
  char cmd[1200];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
}

int main(void) {
  char dir_template[] = "/tmp/am_lifecycle_c_XXXXXX";
  char path[256], maildir[256], sub_dir[300];
  const char* dir = mkdtemp(dir_template);
  static const char* outputs[] = {"hate",     "harassment", "sexual",   "sexual_minors",
                                  "violence", "self_harm",  "jailbreak"};
  am_scorer_callback cb;
  am_monitor* monitor = NULL;
  am_tracker* tracker = NULL;
  am_review_options ro = am_review_options_default();
  am_enforcement_options eo = am_enforcement_options_default();
  am_review_store* review = NULL;
  am_enforcement* enf = NULL;
  am_verdict* v = NULL;
  am_review_submission sub;
  struct feed feed;
  int64_t item = 0, grant = 0;
  int32_t recorded = -1, applied = -1;
  size_t n = 0, delivered = 0, failed = 0;
  char* js;
  const char* hate = "I HATE them";

  if (dir == NULL) return 1;
  snprintf(path, sizeof path, "%s/store.db", dir);
  snprintf(maildir, sizeof maildir, "%s/mail", dir);

  cb = am_scorer_callback_default();
  cb.output_names = outputs;
  cb.output_count = 7;
  cb.score = keyword_score;
  CHECK(am_monitor_new_with_scorer(&cb, NULL, NULL, &monitor) == AM_OK);
  CHECK(am_tracker_new(NULL, 0, &tracker) == AM_OK);
  if (monitor == NULL || tracker == NULL) return 1;

  /* --- a verdict recorded into the tracker --- */
  CHECK(am_monitor_check(monitor, hate, strlen(hate), AM_DIRECTION_PROMPT, "acme", "u1", &v) ==
        AM_OK);
  CHECK(am_verdict_severity(v, AM_CATEGORY_HATE) == AM_SEVERITY_HIGH);
  CHECK(am_tracker_record_verdict(tracker, v, "acme", 4, "u1", 2, hate, strlen(hate), 42, 0,
                                  &recorded) == AM_OK);
  CHECK(recorded == 1);
  CHECK(am_tracker_record_verdict(tracker, v, "acme", 4, NULL, 0, NULL, 0, 43, 0, NULL) == AM_OK);
  CHECK(am_tracker_record_verdict(NULL, v, "acme", 4, NULL, 0, NULL, 0, 0, 0, &recorded) ==
        AM_E_NULL_POINTER);
  CHECK(recorded == 0);
  CHECK(am_tracker_record_verdict(tracker, NULL, "acme", 4, NULL, 0, NULL, 0, 0, 0, NULL) ==
        AM_E_NULL_POINTER);
  CHECK(am_tracker_record_verdict(tracker, v, "", 0, NULL, 0, NULL, 0, 0, 0, NULL) ==
        AM_E_INVALID_ARGUMENT);
  CHECK(am_tracker_record_verdict(tracker, v, NULL, 3, NULL, 0, NULL, 0, 0, 0, NULL) ==
        AM_E_NULL_POINTER);
  am_verdict_free(v);
  js = customer_json(tracker, "acme", NULL);
  CHECK(js != NULL && strstr(js, "\"total_requests\":2") != NULL);
  CHECK(js != NULL && strstr(js, "\"total_flagged\":2") != NULL);
  CHECK(js != NULL && strstr(js, "\"recent_items\":[43,42]") != NULL);
  free(js);
  js = customer_json(tracker, "acme", "u1");
  CHECK(js != NULL && strstr(js, "\"total_requests\":1") != NULL);
  free(js);

  /* --- review outcomes, directly --- */
  CHECK(am_tracker_record_review(tracker, "acme", 4, "u1", 2, AM_CATEGORY_HATE,
                                 AM_REVIEW_OUTCOME_CONFIRMED, 0, 7, &applied) == AM_OK);
  CHECK(applied == 1);
  CHECK(am_tracker_record_review(tracker, "acme", 4, "u1", 2, AM_CATEGORY_HATE,
                                 AM_REVIEW_OUTCOME_CONFIRMED, 0, 7, &applied) == AM_OK);
  CHECK(applied == 0); /* same decision seq: idempotent */
  CHECK(am_tracker_record_review(tracker, "acme", 4, NULL, 0, AM_CATEGORY_VIOLENCE,
                                 AM_REVIEW_OUTCOME_DISMISSED, 0, 0, NULL) == AM_OK);
  CHECK(am_tracker_record_review(tracker, "acme", 4, NULL, 0, (am_category)42,
                                 AM_REVIEW_OUTCOME_DISMISSED, 0, 0,
                                 &applied) == AM_E_INVALID_ARGUMENT);
  CHECK(applied == 0);
  CHECK(am_tracker_record_review(tracker, "acme", 4, NULL, 0, AM_CATEGORY_HATE,
                                 (am_review_outcome)3, 0, 0, NULL) == AM_E_INVALID_ARGUMENT);
  CHECK(am_tracker_record_review(tracker, "", 0, NULL, 0, AM_CATEGORY_HATE,
                                 AM_REVIEW_OUTCOME_CONFIRMED, 0, 0, NULL) == AM_E_INVALID_ARGUMENT);
  js = customer_json(tracker, "acme", NULL);
  CHECK(js != NULL && strstr(js, "\"confirmed\":{\"harassment\":0,\"hate\":1,") != NULL);
  CHECK(js != NULL && strstr(js, "\"dismissed\":{\"harassment\":0,\"hate\":0,") != NULL);
  CHECK(js != NULL && strstr(js, "\"violence\":1}") != NULL);
  free(js);
  CHECK(am_tracker_record_decision_json(tracker, "{\"seq\":1}", NULL) == AM_E_FORMAT);
  CHECK(am_tracker_record_decision_json(tracker, NULL, NULL) == AM_E_NULL_POINTER);

  /* --- review decisions feed the tracker through the store's decision callback --- */
  ro.path = path;
  ro.clock = fake_clock;
  ro.clock_user_data = &now_ms;
  CHECK(am_review_open(&ro, &review) == AM_OK);
  if (review == NULL) return 1;
  memset(&feed, 0, sizeof feed);
  feed.tracker = tracker;
  CHECK(am_review_set_decision_callback(review, on_decision, &feed) == AM_OK);
  CHECK(am_review_add_principal(review, "alice", AM_REVIEW_ROLE_REVIEWER, "eea") == AM_OK);
  CHECK(am_review_add_principal(review, "mia", AM_REVIEW_ROLE_MANAGER, "eea") == AM_OK);
  CHECK(am_review_request_access(review, "alice", NULL, NULL, "case", 3600000, &grant) == AM_OK);
  CHECK(am_review_approve_access(review, "mia", grant) == AM_OK);
  sub = am_review_submission_default();
  sub.content = hate;
  sub.content_len = strlen(hate);
  sub.customer = "beta";
  sub.user = "bu";
  sub.region = "eea";
  sub.signal = "classifier";
  sub.category = AM_CATEGORY_HATE;
  sub.severity = AM_SEVERITY_HIGH;
  sub.confidence = 0.9;
  CHECK(am_review_submit(review, &sub, &item) == AM_OK);
  CHECK(am_review_decide(review, "alice", item, AM_REVIEW_CORRECT, AM_CATEGORY_HARASSMENT, -1,
                         "insult, not hate", NULL) == AM_OK);
  CHECK(am_review_submit(review, &sub, &item) == AM_OK);
  CHECK(am_review_decide(review, "alice", item, AM_REVIEW_CONFIRM, -1, -1, "yes", NULL) == AM_OK);
  CHECK(feed.calls == 2 && feed.applied == 2);
  js = customer_json(tracker, "beta", "bu");
  CHECK(js != NULL && strstr(js, "\"confirmed\":{\"harassment\":0,\"hate\":1,") != NULL);
  CHECK(js != NULL && strstr(js, "\"corrected\":{\"harassment\":1,\"hate\":0,") != NULL);
  free(js);
  {
    /* The decision feed delivered again (e.g. after a restart) does not double count. */
    size_t len = 0;
    char* feed_json;
    CHECK(am_review_decisions_after(review, 0, 10, NULL, &len) == AM_E_BUFFER_TOO_SMALL);
    feed_json = (char*)malloc(len);
    CHECK(am_review_decisions_after(review, 0, 10, feed_json, &len) == AM_OK);
    {
      /* Each element of the array is one decision object: find the second one's start. */
      char* second = strstr(feed_json + 1, "},{");
      CHECK(second != NULL);
      if (second != NULL) {
        second[1] = '\0';
        CHECK(am_tracker_record_decision_json(tracker, feed_json + 1, &applied) == AM_OK);
        CHECK(applied == 0);
      }
    }
    free(feed_json);
  }

  /* --- the enforcement gate on the monitor --- */
  eo.path = path;
  eo.clock = fake_clock;
  eo.clock_user_data = &now_ms;
  CHECK(am_enforcement_open(&eo, &enf) == AM_OK);
  if (enf == NULL) return 1;
  CHECK(am_enforcement_set_contact(enf, "evil", "abuse@evil.example") == AM_OK);
  CHECK(am_monitor_set_enforcement(NULL, enf) == AM_E_NULL_POINTER);
  CHECK(am_monitor_set_enforcement(monitor, enf) == AM_OK);
  score_calls = 0;
  CHECK(am_monitor_check(monitor, "hello", 5, AM_DIRECTION_PROMPT, "evil", NULL, &v) == AM_OK);
  CHECK(am_verdict_refusal(v) == NULL);
  CHECK(score_calls == 1);
  am_verdict_free(v);
  CHECK(am_enforcement_apply_json(
            enf,
            "{\"seq\":900,\"item_id\":77,\"kind\":\"confirm\",\"category\":\"sexual_minors\","
            "\"severity\":\"high\",\"customer\":\"evil\",\"decided_ms\":1764000000000}",
            &n) == AM_OK);
  CHECK(n == 1);
  CHECK(am_monitor_check(monitor, "hello", 5, AM_DIRECTION_PROMPT, "evil", NULL, &v) == AM_OK);
  CHECK(am_verdict_refusal(v) != NULL && strstr(am_verdict_refusal(v), "suspended") != NULL);
  CHECK(am_verdict_action(v) == AM_ACTION_BLOCK);
  CHECK(score_calls == 1); /* refused without running the model */
  /* A refused verdict carries no classification: the tracker records nothing. */
  CHECK(am_tracker_record_verdict(tracker, v, "evil", 4, NULL, 0, NULL, 0, 0, 0, &recorded) ==
        AM_OK);
  CHECK(recorded == 0);
  am_verdict_free(v);
  {
    am_stream* s = NULL;
    am_verdict* fv = NULL;
    CHECK(am_stream_new(monitor, NULL, "evil", NULL, NULL, NULL, &s) == AM_OK);
    CHECK(am_stream_feed(s, "some completion", 15) == AM_OK);
    CHECK(am_stream_finish(s, &fv) == AM_OK);
    CHECK(am_verdict_refusal(fv) != NULL);
    am_verdict_free(fv);
    am_stream_free(s);
  }
  CHECK(am_monitor_check(monitor, "hello", 5, AM_DIRECTION_PROMPT, "someone-else", NULL, &v) ==
        AM_OK);
  CHECK(am_verdict_refusal(v) == NULL);
  am_verdict_free(v);
  CHECK(am_enforcement_reinstate(enf, "mia", "evil", "remediated") == AM_OK);
  CHECK(am_monitor_check(monitor, "hello", 5, AM_DIRECTION_PROMPT, "evil", NULL, &v) == AM_OK);
  CHECK(am_verdict_refusal(v) == NULL);
  am_verdict_free(v);
  CHECK(am_enforcement_apply_json(
            enf,
            "{\"seq\":901,\"item_id\":78,\"kind\":\"confirm\",\"category\":\"sexual_minors\","
            "\"severity\":\"high\",\"customer\":\"evil\",\"decided_ms\":1764000000000}",
            &n) == AM_OK);
  CHECK(am_monitor_check(monitor, "hello", 5, AM_DIRECTION_PROMPT, "evil", NULL, &v) == AM_OK);
  CHECK(am_verdict_refusal(v) != NULL && strstr(am_verdict_refusal(v), "terminated") != NULL);
  am_verdict_free(v);
  CHECK(am_monitor_set_enforcement(monitor, NULL) == AM_OK); /* detached */
  CHECK(am_monitor_check(monitor, "hello", 5, AM_DIRECTION_PROMPT, "evil", NULL, &v) == AM_OK);
  CHECK(am_verdict_refusal(v) == NULL);
  am_verdict_free(v);

  /* --- Maildir delivery --- */
  CHECK(am_enforcement_deliver_maildir(enf, maildir, "bad address", 10, &delivered, &failed) ==
        AM_E_INVALID_ARGUMENT);
  CHECK(am_enforcement_deliver_maildir(enf, NULL, NULL, 10, NULL, NULL) == AM_E_NULL_POINTER);
  CHECK(am_enforcement_deliver_maildir(enf, maildir, NULL, 100, &delivered, &failed) == AM_OK);
  CHECK(delivered == 3 && failed == 0); /* suspension, reinstatement, termination */
  snprintf(sub_dir, sizeof sub_dir, "%s/new", maildir);
  CHECK(count_files(sub_dir) == 3);
  js = first_file(sub_dir);
  CHECK(js != NULL && strncmp(js, "From: abusemon@localhost\n", 25) == 0);
  CHECK(js != NULL && strstr(js, "\nTo: abuse@evil.example\n") != NULL);
  CHECK(js != NULL && strstr(js, "@localhost>\n") != NULL);
  CHECK(js != NULL && strstr(js, "\nMessage-ID: <") != NULL);
  CHECK(js != NULL && strstr(js, "HATE") == NULL);
  free(js);
  snprintf(sub_dir, sizeof sub_dir, "%s/tmp", maildir);
  CHECK(count_files(sub_dir) == 0);
  CHECK(am_enforcement_deliver_maildir(enf, maildir, NULL, 100, &delivered, &failed) == AM_OK);
  CHECK(delivered == 0); /* delivered ones are not sent again */

  /* --- transitions not covered by test_capi_enforcement.c --- */
  {
    char json[512];
    int64_t t0 = now_ms, appeal = 0;
    int32_t allowed = -1;
    am_standing state = AM_STANDING_GOOD;
#define APPLY(customer, category, seq)                                             \
  (snprintf(json, sizeof json,                                                     \
            "{\"seq\":%d,\"item_id\":%d,\"kind\":\"confirm\",\"category\":\"%s\"," \
            "\"severity\":\"medium\",\"customer\":\"%s\",\"decided_ms\":%lld}",    \
            (seq), (seq), (category), (customer), (long long)now_ms),              \
   am_enforcement_apply_json(enf, json, &n))
    /* warned -> suspended: another episode during remediation. */
    CHECK(APPLY("ep", "hate", 1001) == AM_OK && n == 1);
    now_ms += 2 * 3600000LL;
    CHECK(APPLY("ep", "hate", 1002) == AM_OK && n == 0); /* same episode */
    now_ms += 2 * 86400000LL;
    CHECK(APPLY("ep", "hate", 1003) == AM_OK && n == 1);
    CHECK(am_enforcement_is_allowed(enf, "ep", &allowed, &state, NULL, NULL) == AM_OK);
    CHECK(allowed == 0 && state == AM_STANDING_SUSPENDED);
    /* warned -> good_standing at the deadline without further abuse; then good_standing ->
     * suspended for abuse within the repeat window of that warning. */
    /* (from now on: the store's time never goes back) */
    t0 = now_ms;
    CHECK(APPLY("rw", "violence", 1004) == AM_OK && n == 1);
    now_ms = t0 + 7 * 86400000LL;
    CHECK(am_enforcement_tick(enf, &n) == AM_OK && n >= 1);
    CHECK(am_enforcement_is_allowed(enf, "rw", &allowed, &state, NULL, NULL) == AM_OK);
    CHECK(allowed == 1 && state == AM_STANDING_GOOD);
    now_ms += 10 * 86400000LL;
    CHECK(APPLY("rw", "violence", 1005) == AM_OK && n == 1);
    CHECK(am_enforcement_is_allowed(enf, "rw", &allowed, &state, NULL, NULL) == AM_OK);
    CHECK(allowed == 0 && state == AM_STANDING_SUSPENDED);
    /* terminated -> good_standing through a granted appeal (evil was terminated above). */
    CHECK(am_enforcement_file_appeal(enf, "evil", "we removed the end-user", &appeal) == AM_OK);
    CHECK(am_enforcement_resolve_appeal(enf, "mia", appeal, 1, "verified") == AM_OK);
    CHECK(am_enforcement_is_allowed(enf, "evil", &allowed, &state, NULL, NULL) == AM_OK);
    CHECK(allowed == 1 && state == AM_STANDING_GOOD);
#undef APPLY
  }

  am_enforcement_free(enf);
  am_review_store_free(review);
  am_tracker_free(tracker);
  am_monitor_free(monitor);
  remove_tree(dir);
  printf("test_capi_lifecycle: %d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
