/* C99 test of the enforcement C ABI: transitions from review decisions, the gate, appeals,
 * reinstatement, delivery through a callback (failure, retry, idempotency) and a JSONL outbox. */
#define _XOPEN_SOURCE 700
#include <abusemon.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

#define HOUR_MS ((int64_t)3600 * 1000)
#define DAY_MS (24 * HOUR_MS)

static int64_t now_ms = 1764000000000LL;
static int64_t fake_clock(void* user_data) {
  return *(const int64_t*)user_data;
}

struct inbox {
  int calls;
  int fail;
  char first_key[64];
  int same_key_seen;
};

static int on_notification(void* user_data, const char* json) {
  struct inbox* in = (struct inbox*)user_data;
  const char* key = strstr(json, "\"idempotency_key\":\"");
  in->calls++;
  if (key != NULL) {
    key += strlen("\"idempotency_key\":\"");
    if (in->first_key[0] == '\0') {
      memcpy(in->first_key, key, 32);
      in->first_key[32] = '\0';
    } else if (strncmp(in->first_key, key, 32) == 0) {
      in->same_key_seen++;
    }
  }
  CHECK(strstr(json, "\"subject\":") != NULL);
  CHECK(strstr(json, "SECRET") == NULL);
  return in->fail;
}

static char* get_json(am_status (*fn)(am_enforcement*, const char*, char*, size_t*),
                      am_enforcement* e, const char* customer) {
  size_t len = 0;
  char* buf;
  if (fn(e, customer, NULL, &len) != AM_E_BUFFER_TOO_SMALL) return NULL;
  buf = (char*)malloc(len);
  if (fn(e, customer, buf, &len) != AM_OK) {
    free(buf);
    return NULL;
  }
  return buf;
}

int main(void) {
  char dir_template[] = "/tmp/am_enf_c_XXXXXX";
  char path[256], outbox[256], reason[512];
  const char* dir = mkdtemp(dir_template);
  am_review_options ro = am_review_options_default();
  am_enforcement_options eo = am_enforcement_options_default();
  am_review_store* review = NULL;
  am_enforcement* enf = NULL;
  am_review_submission sub;
  struct inbox in;
  int64_t item = 0, grant = 0, appeal = 0;
  int32_t allowed = -1;
  am_standing state = AM_STANDING_GOOD;
  size_t n = 0, delivered = 0, failed = 0, len = 0;
  char* js;

  if (dir == NULL) return 1;
  snprintf(path, sizeof path, "%s/store.db", dir);
  snprintf(outbox, sizeof outbox, "%s/outbox.jsonl", dir);

  ro.path = path;
  ro.clock = fake_clock;
  ro.clock_user_data = &now_ms;
  CHECK(am_review_open(&ro, &review) == AM_OK);
  if (review == NULL) return 1;

  CHECK(am_enforcement_open(NULL, &enf) == AM_E_NULL_POINTER);
  CHECK(am_enforcement_open(&eo, &enf) == AM_E_NULL_POINTER); /* no path */
  eo.path = path;
  eo.policy_json = "{\"remediation_days\": -3}";
  CHECK(am_enforcement_open(&eo, &enf) == AM_E_FORMAT);
  CHECK(enf == NULL);
  eo.policy_json = "{\"remediation_days\": 7, \"support_contact\": \"help@example.com\"}";
  eo.retry_base_ms = 1000;
  eo.clock = fake_clock;
  eo.clock_user_data = &now_ms;
  CHECK(eo.outbox_claim_ms == 300000); /* the C++ default */
  eo.outbox_claim_ms = 0;
  CHECK(am_enforcement_open(&eo, &enf) == AM_E_INVALID_ARGUMENT);
  CHECK(strstr(am_last_error(), "outbox_claim_ms") != NULL);
  eo.outbox_claim_ms = 60000;
  CHECK(am_enforcement_open(&eo, &enf) == AM_OK);
  if (enf == NULL) return 1;
  am_enforcement_free(NULL);

  CHECK(am_review_add_principal(review, "alice", AM_REVIEW_ROLE_REVIEWER, "eea") == AM_OK);
  CHECK(am_review_add_principal(review, "mia", AM_REVIEW_ROLE_MANAGER, "eea") == AM_OK);
  CHECK(am_review_request_access(review, "alice", NULL, NULL, "case", 8 * HOUR_MS, &grant) ==
        AM_OK);
  CHECK(am_review_approve_access(review, "mia", grant) == AM_OK);
  CHECK(am_enforcement_set_contact(enf, "acme", "abuse@acme.example") == AM_OK);

  /* good_standing -> warned from a confirmed review decision. */
  sub = am_review_submission_default();
  sub.content = "SECRET flagged text";
  sub.content_len = strlen(sub.content);
  sub.customer = "acme";
  sub.region = "eea";
  sub.signal = "classifier";
  sub.category = AM_CATEGORY_HARASSMENT;
  sub.severity = AM_SEVERITY_MEDIUM;
  sub.confidence = 0.7;
  CHECK(am_review_submit(review, &sub, &item) == AM_OK);
  CHECK(am_review_decide(review, "alice", item, AM_REVIEW_CONFIRM, -1, -1, "yes", NULL) == AM_OK);
  CHECK(am_enforcement_sync(enf, review, &n) == AM_OK);
  CHECK(n == 1);
  CHECK(am_enforcement_sync(enf, review, &n) == AM_OK);
  CHECK(n == 0); /* cursor */
  CHECK(am_enforcement_sync(enf, NULL, &n) == AM_E_NULL_POINTER);
  js = get_json(am_enforcement_status_json, enf, "acme");
  CHECK(js != NULL && strstr(js, "\"state\":\"warned\"") != NULL);
  free(js);
  CHECK(am_enforcement_is_allowed(enf, "acme", &allowed, &state, NULL, NULL) == AM_OK);
  CHECK(allowed == 1 && state == AM_STANDING_WARNED);

  /* warned -> suspended at the deadline: the episode went on after the warning. */
  now_ms += 2 * HOUR_MS;
  CHECK(am_review_submit(review, &sub, &item) == AM_OK);
  CHECK(am_review_decide(review, "alice", item, AM_REVIEW_CONFIRM, -1, -1, "again", NULL) == AM_OK);
  CHECK(am_enforcement_sync(enf, review, &n) == AM_OK);
  CHECK(n == 0);
  CHECK(am_enforcement_tick(enf, &n) == AM_OK);
  CHECK(n == 0);
  now_ms += 7 * DAY_MS;
  CHECK(am_enforcement_tick(enf, &n) == AM_OK);
  CHECK(n == 1);
  allowed = -1;
  len = sizeof reason;
  CHECK(am_enforcement_is_allowed(enf, "acme", &allowed, &state, reason, &len) == AM_OK);
  CHECK(allowed == 0 && state == AM_STANDING_SUSPENDED);
  CHECK(strstr(reason, "deadline") != NULL && strstr(reason, "help@example.com") != NULL);
  len = 4;
  CHECK(am_enforcement_is_allowed(enf, "acme", &allowed, NULL, reason, &len) ==
        AM_E_BUFFER_TOO_SMALL);
  CHECK(am_enforcement_is_allowed(enf, "acme", NULL, NULL, NULL, NULL) == AM_E_NULL_POINTER);
  CHECK(am_enforcement_is_allowed(enf, NULL, &allowed, NULL, NULL, NULL) == AM_E_NULL_POINTER);

  /* Reinstatement and appeals. */
  CHECK(am_enforcement_file_appeal(enf, "nobody", "why", NULL) == AM_E_STATE);
  CHECK(am_enforcement_file_appeal(enf, "acme", "we added a filter", &appeal) == AM_OK);
  CHECK(am_enforcement_file_appeal(enf, "acme", "again", NULL) == AM_E_STATE);
  CHECK(am_enforcement_resolve_appeal(enf, "mia", appeal, 0, "abuse was real") == AM_OK);
  CHECK(am_enforcement_resolve_appeal(enf, "mia", appeal, 1, "twice") == AM_E_STATE);
  CHECK(am_enforcement_resolve_appeal(enf, "mia", 9999, 1, "x") == AM_E_NOT_FOUND);
  CHECK(am_enforcement_reinstate(enf, "mia", "acme", "filter verified") == AM_OK);
  CHECK(am_enforcement_reinstate(enf, "mia", "acme", "again") == AM_E_STATE);
  CHECK(am_enforcement_is_allowed(enf, "acme", &allowed, NULL, NULL, NULL) == AM_OK);
  CHECK(allowed == 1);

  /* Severe abuse fed as decision JSON: probation + severe -> second suspension = termination. */
  CHECK(am_enforcement_apply_json(
            enf,
            "{\"seq\":900,\"item_id\":77,\"kind\":\"confirm\",\"category\":\"sexual_minors\","
            "\"severity\":\"high\",\"customer\":\"acme\",\"decided_ms\":1764000000000}",
            &n) == AM_OK);
  CHECK(n == 1);
  CHECK(am_enforcement_is_allowed(enf, "acme", &allowed, &state, NULL, NULL) == AM_OK);
  CHECK(allowed == 0 && state == AM_STANDING_TERMINATED);
  CHECK(am_enforcement_apply_json(enf, "{\"seq\":900}", &n) == AM_E_FORMAT);
  CHECK(am_enforcement_reinstate(enf, "mia", "acme", "no") == AM_E_STATE);
  js = get_json(am_enforcement_history_json, enf, "acme");
  CHECK(js != NULL && strstr(js, "\"to\":\"terminated\"") != NULL);
  free(js);

  /* Delivery: a failing callback is retried later with the same idempotency key. */
  memset(&in, 0, sizeof in);
  in.fail = 1;
  CHECK(am_enforcement_deliver(enf, on_notification, &in, 1, &delivered, &failed) == AM_OK);
  CHECK(delivered == 0 && failed == 1);
  /* The failed one backs off: the next call tries the second notification, not the first. */
  CHECK(am_enforcement_deliver(enf, on_notification, &in, 1, &delivered, &failed) == AM_OK);
  CHECK(failed == 1 && in.calls == 2 && in.same_key_seen == 0);
  now_ms += 1000;
  in.fail = 0;
  CHECK(am_enforcement_deliver(enf, on_notification, &in, 100, &delivered, &failed) == AM_OK);
  CHECK(delivered >= 6 && failed == 0);
  CHECK(in.same_key_seen == 1);
  CHECK(am_enforcement_deliver(enf, NULL, NULL, 10, NULL, NULL) == AM_E_NULL_POINTER);
  len = 0;
  CHECK(am_enforcement_outbox_json(enf, 1, NULL, &len) == AM_E_BUFFER_TOO_SMALL);
  CHECK(len == 3); /* "[]" + NUL: nothing pending */

  /* JSONL outbox. */
  CHECK(am_enforcement_set_contact(enf, "beta", "b@beta.example") == AM_OK);
  CHECK(am_enforcement_apply_json(
            enf,
            "{\"seq\":901,\"item_id\":78,\"kind\":\"correct\",\"category\":\"hate\","
            "\"severity\":\"high\",\"customer\":\"beta\",\"decided_ms\":1764000000000}",
            &n) == AM_OK);
  CHECK(n == 1);
  CHECK(am_enforcement_deliver_jsonl(enf, outbox, 10, &delivered, &failed) == AM_OK);
  CHECK(delivered == 1);
  {
    FILE* f = fopen(outbox, "r");
    char line[4096];
    CHECK(f != NULL);
    if (f != NULL) {
      CHECK(fgets(line, sizeof line, f) != NULL);
      CHECK(strstr(line, "\"to\":\"b@beta.example\"") != NULL);
      CHECK(strstr(line, "\"kind\":\"warning\"") != NULL);
      fclose(f);
    }
  }

  /* End users: the first finding of an end user blocks that end user only. */
  CHECK(am_enforcement_apply_json(
            enf,
            "{\"seq\":902,\"item_id\":79,\"kind\":\"confirm\",\"category\":\"violence\","
            "\"severity\":\"high\",\"customer\":\"bigcorp\",\"user\":\"u-bad\","
            "\"decided_ms\":1764000000000}",
            &n) == AM_OK);
  CHECK(n == 1);
  len = sizeof reason;
  CHECK(am_enforcement_is_user_allowed(enf, "bigcorp", "u-bad", &allowed, &state, reason, &len) ==
        AM_OK);
  CHECK(allowed == 0 && state == AM_STANDING_BLOCKED);
  CHECK(strstr(reason, "end user 'u-bad'") != NULL);
  CHECK(am_enforcement_is_user_allowed(enf, "bigcorp", "u-ok", &allowed, &state, NULL, NULL) ==
        AM_OK);
  CHECK(allowed == 1 && state == AM_STANDING_GOOD);
  CHECK(am_enforcement_is_user_allowed(enf, "bigcorp", NULL, &allowed, NULL, NULL, NULL) == AM_OK);
  CHECK(allowed == 1);
  CHECK(am_enforcement_is_allowed(enf, "bigcorp", &allowed, &state, NULL, NULL) == AM_OK);
  CHECK(allowed == 1 && state == AM_STANDING_GOOD);
  js = get_json(am_enforcement_users_json, enf, "bigcorp");
  CHECK(js != NULL && strstr(js, "\"user\":\"u-bad\"") != NULL &&
        strstr(js, "\"state\":\"blocked\"") != NULL);
  free(js);
  js = get_json(am_enforcement_history_json, enf, "bigcorp");
  CHECK(js != NULL && strstr(js, "\"to\":\"blocked\"") != NULL);
  free(js);
  CHECK(am_enforcement_unblock_user(enf, "alice", "bigcorp", "u-ok", "x") == AM_E_STATE);
  CHECK(am_enforcement_unblock_user(enf, "alice", "bigcorp", NULL, "x") == AM_E_NULL_POINTER);
  /* Staff only: the customer itself (not a principal) is refused. */
  CHECK(am_enforcement_unblock_user(enf, "bigcorp", "bigcorp", "u-bad", "x") ==
        AM_E_PERMISSION_DENIED);
  CHECK(am_enforcement_unblock_user(enf, "alice", "bigcorp", "u-bad", "educated") == AM_OK);
  CHECK(am_enforcement_is_user_allowed(enf, "bigcorp", "u-bad", &allowed, NULL, NULL, NULL) ==
        AM_OK);
  CHECK(allowed == 1);

  am_enforcement_free(enf);
  am_review_store_free(review);
  remove(outbox);
  {
    char extra[300];
    snprintf(extra, sizeof extra, "%s-wal", path);
    remove(extra);
    snprintf(extra, sizeof extra, "%s-shm", path);
    remove(extra);
  }
  remove(path);
  rmdir(dir);
  printf("test_capi_enforcement: %d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
