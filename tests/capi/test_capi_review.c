/* C99 test of the review C ABI: every denial path, decisions, audit, purge with an injected
 * clock, size probes and NULL handling. */
#define _XOPEN_SOURCE 700
#include <abusemon.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

#define HOUR_MS ((int64_t)3600 * 1000)
#define DAY_MS (24 * HOUR_MS)

static int64_t fake_now = 1000 * DAY_MS;
static int64_t fake_clock(void* user_data) {
  return *(const int64_t*)user_data;
}

static int decisions_heard = 0;
static void on_decision(void* user_data, const char* json) {
  CHECK(strstr(json, "\"kind\":") != NULL);
  *(int*)user_data += 1;
}

/* Expects AM_E_PERMISSION_DENIED whose message contains `part`. */
static void expect_denied(am_status st, const char* part) {
  CHECK(st == AM_E_PERMISSION_DENIED);
  CHECK(strstr(am_last_error(), part) != NULL);
}

static char* fetch_queue(am_review_store* s, const char* who, const char* filter) {
  size_t len = 0;
  char* buf;
  if (am_review_queue(s, who, filter, NULL, &len) != AM_E_BUFFER_TOO_SMALL) return NULL;
  buf = (char*)malloc(len);
  if (am_review_queue(s, who, filter, buf, &len) != AM_OK) {
    free(buf);
    return NULL;
  }
  return buf;
}

int main(void) {
  char dir_template[] = "/tmp/am_review_c_XXXXXX";
  char path[256];
  char export_path[256];
  char head[256];
  char report[1024];
  size_t len;
  const char* dir = mkdtemp(dir_template);
  am_review_options opt = am_review_options_default();
  am_review_store* s = NULL;
  am_review_item* item = NULL;
  am_review_submission sub;
  int64_t id = 0, urgent = 0, other = 0, g = 0, g2 = 0, seq = 0;
  int32_t ok = 0;
  size_t n = 0;
  const char* content;
  char* q;
  static const uint8_t key[32] = {7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
                                  7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7};

  if (dir == NULL) return 1;
  snprintf(path, sizeof path, "%s/review.db", dir);
  snprintf(export_path, sizeof export_path, "%s/labels.jsonl", dir);

  /* Defaults and argument checks. */
  CHECK(opt.retention_ms == 30 * DAY_MS);
  CHECK(opt.max_grant_ms == 8 * HOUR_MS);
  CHECK(am_review_open(NULL, &s) == AM_E_NULL_POINTER);
  CHECK(am_review_open(&opt, NULL) == AM_E_NULL_POINTER);
  CHECK(am_review_open(&opt, &s) == AM_E_NULL_POINTER); /* path NULL */
  CHECK(s == NULL);
  opt.path = path;
  opt.key = key;
  opt.key_len = 16;
  CHECK(am_review_open(&opt, &s) == AM_E_INVALID_ARGUMENT);
  opt.key_len = 32;
  opt.clock = fake_clock;
  opt.clock_user_data = &fake_now;
  CHECK(am_review_open(&opt, &s) == AM_OK);
  if (s == NULL) return 1;
  am_review_store_free(NULL);
  am_review_item_free(NULL);

  CHECK(am_review_add_principal(s, "alice", AM_REVIEW_ROLE_REVIEWER, "eea") == AM_OK);
  CHECK(am_review_add_principal(s, "bob", AM_REVIEW_ROLE_REVIEWER, "us") == AM_OK);
  CHECK(am_review_add_principal(s, "mia", AM_REVIEW_ROLE_MANAGER, "eea") == AM_OK);
  CHECK(am_review_add_principal(s, "max", AM_REVIEW_ROLE_MANAGER, "us") == AM_OK);
  CHECK(am_review_add_principal(s, "mia", AM_REVIEW_ROLE_MANAGER, "eea") == AM_E_STATE);
  CHECK(am_review_add_principal(s, "x", (am_review_role)9, "eea") == AM_E_INVALID_ARGUMENT);
  CHECK(am_review_add_principal(s, NULL, AM_REVIEW_ROLE_REVIEWER, "eea") == AM_E_NULL_POINTER);

  sub = am_review_submission_default();
  sub.content = "you are worthless";
  sub.content_len = strlen(sub.content);
  sub.customer = "cust-1";
  sub.region = "eea";
  sub.signal = "classifier";
  sub.category = AM_CATEGORY_HARASSMENT;
  sub.severity = AM_SEVERITY_MEDIUM;
  sub.confidence = 0.7;
  CHECK(am_review_submit(s, &sub, &id) == AM_OK);
  sub.queue = "urgent";
  CHECK(am_review_submit(s, &sub, &urgent) == AM_OK);
  sub.queue = NULL;
  sub.region = "us";
  CHECK(am_review_submit(s, &sub, &other) == AM_OK);
  sub.region = NULL;
  CHECK(am_review_submit(s, &sub, NULL) == AM_E_NULL_POINTER);
  sub.region = "eea";
  sub.verdict_json = "{broken";
  CHECK(am_review_submit(s, &sub, NULL) == AM_E_FORMAT);
  sub.verdict_json = NULL;
  sub.category = (am_category)42;
  CHECK(am_review_submit(s, &sub, NULL) == AM_E_INVALID_ARGUMENT);

  /* Listing: metadata only, own region. */
  q = fetch_queue(s, "alice", NULL);
  CHECK(q != NULL);
  if (q != NULL) {
    CHECK(strstr(q, "worthless") == NULL);
    CHECK(strstr(q, "\"region\":\"us\"") == NULL);
    CHECK(strstr(q, "\"queue\":\"urgent\"") != NULL);
    free(q);
  }
  len = 0;
  expect_denied(am_review_queue(s, "mallory", NULL, NULL, &len), "unknown principal");
  len = 0;
  CHECK(am_review_queue(s, "alice", "[1]", NULL, &len) == AM_E_FORMAT);

  /* Denial paths. */
  expect_denied(am_review_open_item(s, "mallory", id, &item), "unknown principal");
  CHECK(item == NULL);
  expect_denied(am_review_open_item(s, "alice", id, &item), "no access grant");
  CHECK(am_review_request_access(s, "alice", NULL, NULL, "ticket 1", HOUR_MS, &g) == AM_OK);
  expect_denied(am_review_open_item(s, "alice", id, &item), "not approved");
  expect_denied(am_review_approve_access(s, "alice", g), "not a manager");
  CHECK(am_review_request_access(s, "mia", NULL, NULL, "own", HOUR_MS, &g2) == AM_OK);
  expect_denied(am_review_approve_access(s, "mia", g2), "self-approval");
  expect_denied(am_review_open_item(s, "mia", id, &item), "not approved");
  expect_denied(am_review_request_access(s, "bob", "eea", NULL, "want", HOUR_MS, NULL),
                "residency");
  CHECK(am_review_request_access(s, "alice", NULL, NULL, "long", 9 * HOUR_MS, NULL) ==
        AM_E_INVALID_ARGUMENT);
  CHECK(am_review_approve_access(s, "mia", 9999) == AM_E_NOT_FOUND);
  CHECK(am_review_approve_access(s, "mia", g) == AM_OK);
  CHECK(am_review_approve_access(s, "mia", g) == AM_E_STATE);

  /* Allowed. */
  CHECK(am_review_open_item(s, "alice", id, &item) == AM_OK);
  CHECK(item != NULL);
  content = am_review_item_content(item, &len);
  CHECK(len == strlen("you are worthless") && memcmp(content, "you are worthless", len) == 0);
  CHECK(strstr(am_review_item_json(item), "\"content\":\"you are worthless\"") != NULL);
  am_review_item_free(item);
  item = NULL;
  CHECK(am_review_open_item(s, "alice", 777, &item) == AM_E_NOT_FOUND);

  /* Residency with a valid grant of another region. */
  CHECK(am_review_request_access(s, "bob", NULL, NULL, "us work", HOUR_MS, &g2) == AM_OK);
  CHECK(am_review_approve_access(s, "max", g2) == AM_OK);
  expect_denied(am_review_open_item(s, "bob", id, &item), "residency");
  expect_denied(am_review_decide(s, "bob", id, AM_REVIEW_CONFIRM, -1, -1, "x", NULL), "residency");

  /* Decisions. */
  decisions_heard = 0;
  CHECK(am_review_set_decision_callback(s, on_decision, &decisions_heard) == AM_OK);
  CHECK(am_review_decide(s, "alice", id, AM_REVIEW_CORRECT, -1, -1, "x", NULL) ==
        AM_E_INVALID_ARGUMENT);
  CHECK(am_review_decide(s, "alice", id, AM_REVIEW_CORRECT, AM_CATEGORY_HATE, AM_SEVERITY_HIGH,
                         "slur", &seq) == AM_OK);
  CHECK(seq >= 1);
  CHECK(decisions_heard == 1);
  CHECK(am_review_decide(s, "alice", id, AM_REVIEW_DISMISS, -1, -1, "again", NULL) == AM_E_STATE);
  CHECK(am_review_decide(s, "alice", urgent, AM_REVIEW_DISMISS, -1, -1, NULL, NULL) ==
        AM_E_NULL_POINTER);
  len = 0;
  CHECK(am_review_decisions_after(s, 0, 100, NULL, &len) == AM_E_BUFFER_TOO_SMALL);
  {
    char* feed = (char*)malloc(len);
    CHECK(am_review_decisions_after(s, 0, 100, feed, &len) == AM_OK);
    CHECK(strstr(feed, "\"category\":\"hate\"") != NULL);
    free(feed);
  }
  CHECK(am_review_export_labels(s, "alice", export_path, 0, 0, &n) == AM_OK);
  CHECK(n == 1);
  expect_denied(am_review_export_labels(s, "ghost", export_path, 0, 0, &n), "unknown principal");
  CHECK(am_review_export_labels(s, "alice", export_path, 99, 0, &n) == AM_E_INVALID_ARGUMENT);

  /* Expiry and revocation. */
  fake_now += HOUR_MS;
  expect_denied(am_review_open_item(s, "alice", urgent, &item), "expired");
  CHECK(am_review_request_access(s, "alice", NULL, "urgent", "again", HOUR_MS, &g) == AM_OK);
  CHECK(am_review_approve_access(s, "mia", g) == AM_OK);
  CHECK(am_review_open_item(s, "alice", urgent, &item) == AM_OK);
  am_review_item_free(item);
  item = NULL;
  len = sizeof report;
  CHECK(am_review_grant_json(s, g, report, &len) == AM_OK);
  CHECK(strstr(report, "\"state\":\"active\"") != NULL);
  expect_denied(am_review_revoke_access(s, "bob", g), "requester or a manager");
  CHECK(am_review_revoke_access(s, "mia", g) == AM_OK);
  expect_denied(am_review_open_item(s, "alice", urgent, &item), "revoked");
  CHECK(am_review_set_principal_active(s, "alice", 0) == AM_OK);
  expect_denied(am_review_open_item(s, "alice", urgent, &item), "disabled");
  CHECK(am_review_set_principal_active(s, "nobody", 0) == AM_E_NOT_FOUND);

  /* Audit. */
  len = sizeof head;
  CHECK(am_review_audit_head(s, head, &len) == AM_OK);
  CHECK(am_review_verify_audit(s, head, &ok, NULL, NULL) == AM_OK);
  CHECK(ok == 1);
  CHECK(am_review_verify_audit(s, "{\"seq\":3,\"hash\":\"00\"}", &ok, NULL, NULL) == AM_OK);
  CHECK(ok == 0);
  CHECK(am_review_verify_audit(s, "nonsense", &ok, NULL, NULL) == AM_E_FORMAT);
  CHECK(am_review_verify_audit(s, NULL, NULL, NULL, NULL) == AM_E_NULL_POINTER);
  len = 4;
  CHECK(am_review_verify_audit(s, NULL, &ok, report, &len) == AM_E_BUFFER_TOO_SMALL);
  CHECK(len > 4);
  len = sizeof report;
  CHECK(am_review_verify_audit(s, NULL, &ok, report, &len) == AM_OK);
  CHECK(strstr(report, "\"ok\":true") != NULL);
  len = 0;
  CHECK(am_review_audit_records(s, 0, 1000, NULL, &len) == AM_E_BUFFER_TOO_SMALL);
  {
    char* recs = (char*)malloc(len);
    CHECK(am_review_audit_records(s, 0, 1000, recs, &len) == AM_OK);
    CHECK(strstr(recs, "\"outcome\":\"denied\"") != NULL);
    CHECK(strstr(recs, "worthless") == NULL);
    free(recs);
  }

  /* Retention with the injected clock. */
  CHECK(am_review_purge(s, &n) == AM_OK);
  CHECK(n == 0);
  fake_now += 31 * DAY_MS;
  CHECK(am_review_purge(s, &n) == AM_OK);
  CHECK(n == 3);
  CHECK(am_review_set_principal_active(s, "alice", 1) == AM_OK);
  CHECK(am_review_request_access(s, "alice", NULL, NULL, "after purge", HOUR_MS, &g) == AM_OK);
  CHECK(am_review_approve_access(s, "mia", g) == AM_OK);
  CHECK(am_review_open_item(s, "alice", id, &item) == AM_E_STATE);
  CHECK(item == NULL);
  am_review_store_free(s);

  /* Wrong key. */
  opt.key = (const uint8_t*)"0123456789abcdef0123456789abcdef";
  s = NULL;
  CHECK(am_review_open(&opt, &s) == AM_E_PERMISSION_DENIED);
  CHECK(s == NULL);
  opt.key = NULL;
  opt.key_len = 0;
  CHECK(am_review_open(&opt, &s) == AM_E_STATE);

  remove(export_path);
  {
    char extra[300];
    snprintf(extra, sizeof extra, "%s-wal", path);
    remove(extra);
    snprintf(extra, sizeof extra, "%s-shm", path);
    remove(extra);
  }
  remove(path);
  rmdir(dir);
  printf("test_capi_review: %d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
