/* C99 security regressions (issue #21) through the C ABI: deep and duplicate-key JSON inputs,
 * the grant limit persisted in the review store, a rewound clock. */
#define _XOPEN_SOURCE 700
#include <abusemon.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

#define HOUR_MS ((int64_t)3600 * 1000)

/* "[[[...1...]]]" nested `depth` levels deep; caller frees. */
static char* nested(size_t depth) {
  char* s = (char*)malloc(2 * depth + 2);
  size_t i;
  for (i = 0; i < depth; ++i) s[i] = '[';
  s[depth] = '1';
  for (i = 0; i < depth; ++i) s[depth + 1 + i] = ']';
  s[2 * depth + 1] = '\0';
  return s;
}

static void json_inputs(void) {
  char* deep = nested(100000);
  am_policy* p = NULL;
  am_tracker* t = NULL;
  CHECK(am_policy_from_json(deep, strlen(deep), &p) == AM_E_FORMAT);
  CHECK(strstr(am_last_error(), "nesting deeper than 64") != NULL);
  CHECK(p == NULL);
  CHECK(am_tracker_new(deep, strlen(deep), &t) == AM_E_FORMAT);
  CHECK(t == NULL);
  CHECK(am_policy_from_json("{\"version\":1,\"version\":1}", 26, &p) == AM_E_FORMAT);
  CHECK(strstr(am_last_error(), "duplicate key") != NULL);
  CHECK(am_policy_new(&p) == AM_OK);
  CHECK(am_policy_add_blocklist_json(p, deep, strlen(deep)) == AM_E_FORMAT);
  am_policy_free(p);
  free(deep);
}

static void grant_limit(const char* dir) {
  char path[256];
  am_review_options opt = am_review_options_default();
  am_review_store* s = NULL;
  int64_t limit = 0, g = 0;
  char* deep = nested(5000);
  size_t len = 0;

  snprintf(path, sizeof path, "%s/grants.db", dir);
  opt.path = path;
  CHECK(am_review_open(&opt, &s) == AM_OK);
  CHECK(am_review_max_grant_ms(s, &limit) == AM_OK);
  CHECK(limit == 8 * HOUR_MS);
  CHECK(am_review_max_grant_ms(s, NULL) == AM_E_NULL_POINTER);
  CHECK(am_review_add_principal(s, "alice", AM_REVIEW_ROLE_REVIEWER, "eea") == AM_OK);
  CHECK(am_review_add_principal(s, "mia", AM_REVIEW_ROLE_MANAGER, "eea") == AM_OK);
  CHECK(am_review_queue(s, "alice", deep, NULL, &len) == AM_E_FORMAT);
  am_review_store_free(s);

  /* A second opener asking for a longer limit does not get it: the store's limit holds. */
  opt.max_grant_ms = 100 * HOUR_MS;
  CHECK(am_review_open(&opt, &s) == AM_OK);
  CHECK(am_review_max_grant_ms(s, &limit) == AM_OK);
  CHECK(limit == 8 * HOUR_MS);
  CHECK(am_review_request_access(s, "alice", "eea", NULL, "ticket", 9 * HOUR_MS, &g) ==
        AM_E_INVALID_ARGUMENT);
  CHECK(am_review_set_max_grant_ms(s, 200 * 24 * HOUR_MS) == AM_E_INVALID_ARGUMENT);
  CHECK(am_review_set_max_grant_ms(s, 10 * HOUR_MS) == AM_OK);
  CHECK(am_review_request_access(s, "alice", "eea", NULL, "ticket", 9 * HOUR_MS, &g) == AM_OK);
  /* Lowered before approval: the grant now asks for more than the store allows. */
  CHECK(am_review_set_max_grant_ms(s, 1 * HOUR_MS) == AM_OK);
  CHECK(am_review_approve_access(s, "mia", g) == AM_E_PERMISSION_DENIED);
  CHECK(strstr(am_last_error(), "max_grant_ms") != NULL);
  am_review_store_free(s);
  remove(path);
  free(deep);
}

static int64_t now_ms = 1764000000000;
static int64_t test_clock(void* user_data) {
  (void)user_data;
  return now_ms;
}

/* Rewinding the host's clock neither revives an expired grant nor rewinds the audit. */
static void rewound_clock(const char* dir) {
  char path[256];
  am_review_options opt = am_review_options_default();
  am_review_store* s = NULL;
  am_review_submission sub = am_review_submission_default();
  am_review_item* item = NULL;
  int64_t g = 0, id = 0;
  int32_t ok = 0;

  snprintf(path, sizeof path, "%s/clock.db", dir);
  opt.path = path;
  opt.clock = test_clock;
  CHECK(am_review_open(&opt, &s) == AM_OK);
  CHECK(am_review_add_principal(s, "alice", AM_REVIEW_ROLE_REVIEWER, "eea") == AM_OK);
  CHECK(am_review_add_principal(s, "mia", AM_REVIEW_ROLE_MANAGER, "eea") == AM_OK);
  sub.content = "flagged";
  sub.content_len = 7;
  sub.customer = "acme";
  sub.region = "eea";
  sub.signal = "classifier";
  sub.confidence = 0.5;
  CHECK(am_review_submit(s, &sub, &id) == AM_OK);
  CHECK(am_review_request_access(s, "alice", "eea", NULL, "case", HOUR_MS, &g) == AM_OK);
  CHECK(am_review_approve_access(s, "mia", g) == AM_OK);
  now_ms += 2 * HOUR_MS;
  CHECK(am_review_open_item(s, "alice", id, &item) == AM_E_PERMISSION_DENIED);
  now_ms = 0;
  CHECK(am_review_open_item(s, "alice", id, &item) == AM_E_PERMISSION_DENIED);
  CHECK(strstr(am_last_error(), "expired") != NULL);
  CHECK(item == NULL);
  CHECK(am_review_verify_audit(s, NULL, &ok, NULL, NULL) == AM_OK);
  CHECK(ok == 1);
  am_review_store_free(s);
}

/* Enforcement: staff actions are authorised against the review store's principals (refusals
 * audited), and a rewound clock does not rewind the chain. */
static void enforcement_staff(const char* dir) {
  char path[256];
  am_review_options ro = am_review_options_default();
  am_enforcement_options eo = am_enforcement_options_default();
  am_review_store* s = NULL;
  am_enforcement* enf = NULL;
  int64_t appeal = 0;
  size_t n = 0;
  int32_t ok = 0, allowed = 1;

  snprintf(path, sizeof path, "%s/enforce.db", dir);
  ro.path = path;
  ro.clock = test_clock;
  CHECK(am_review_open(&ro, &s) == AM_OK);
  if (s == NULL) return;
  CHECK(am_review_add_principal(s, "alice", AM_REVIEW_ROLE_REVIEWER, "eea") == AM_OK);
  CHECK(am_review_add_principal(s, "mia", AM_REVIEW_ROLE_MANAGER, "eea") == AM_OK);
  CHECK(am_review_add_principal(s, "bob", AM_REVIEW_ROLE_MANAGER, "eea") == AM_OK);
  CHECK(am_review_set_principal_active(s, "bob", 0) == AM_OK);
  eo.path = path;
  eo.clock = test_clock;
  CHECK(am_enforcement_open(&eo, &enf) == AM_OK);
  if (enf == NULL) {
    am_review_store_free(s);
    return;
  }
  now_ms = 1764000000000 + 10 * HOUR_MS;
  CHECK(am_enforcement_apply_json(
            enf,
            "{\"seq\":1,\"item_id\":1,\"kind\":\"confirm\",\"category\":\"sexual_minors\","
            "\"severity\":\"high\",\"customer\":\"acme\",\"user\":\"u1\","
            "\"decided_ms\":1764000000000}",
            &n) == AM_OK);
  CHECK(n == 2); /* u1 blocked, acme suspended */
  CHECK(am_enforcement_file_appeal(enf, "acme", "fixed", &appeal) == AM_OK);
  CHECK(am_enforcement_reinstate(enf, "acme", "acme", "please") == AM_E_PERMISSION_DENIED);
  CHECK(strstr(am_last_error(), "unknown principal 'acme'") != NULL);
  CHECK(am_enforcement_reinstate(enf, "bob", "acme", "please") == AM_E_PERMISSION_DENIED);
  CHECK(strstr(am_last_error(), "disabled") != NULL);
  CHECK(am_enforcement_resolve_appeal(enf, "alice", appeal, 1, "ok") == AM_E_PERMISSION_DENIED);
  CHECK(strstr(am_last_error(), "not a manager") != NULL);
  CHECK(am_enforcement_unblock_user(enf, "acme", "acme", "u1", "x") == AM_E_PERMISSION_DENIED);
  CHECK(am_enforcement_is_allowed(enf, "acme", &allowed, NULL, NULL, NULL) == AM_OK);
  CHECK(allowed == 0);
  now_ms = 0; /* rewound: the chain's timestamps still never go back */
  CHECK(am_enforcement_resolve_appeal(enf, "mia", appeal, 1, "verified") == AM_OK);
  CHECK(am_enforcement_unblock_user(enf, "alice", "acme", "u1", "banned") == AM_OK);
  CHECK(am_enforcement_is_allowed(enf, "acme", &allowed, NULL, NULL, NULL) == AM_OK);
  CHECK(allowed == 1);
  CHECK(am_review_verify_audit(s, NULL, &ok, NULL, NULL) == AM_OK);
  CHECK(ok == 1);
  am_enforcement_free(enf);
  am_review_store_free(s);
}

int main(void) {
  char dir_template[] = "/tmp/am_security_c_XXXXXX";
  const char* dir = mkdtemp(dir_template);
  char cmd[300];
  if (dir == NULL) return 1;
  json_inputs();
  grant_limit(dir);
  rewound_clock(dir);
  enforcement_staff(dir);
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
  printf("%d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
