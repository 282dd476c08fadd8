/* The store location of am_review_open / am_enforcement_open: a path, a sqlite:/// URL, or a
 * postgresql:// URL (run against ABUSEMON_TEST_POSTGRES_URL when it is set). */
#define _XOPEN_SOURCE 700
#include <abusemon.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "check.h"

static void sleep_ms(long ms) {
  struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
  nanosleep(&ts, NULL);
}

/* Opens review + enforcement at `location`, suspends a customer through one enforcement handle
 * and checks that a second handle on the same store refuses it by itself, a third (no refresher)
 * after a refresh. */
static void round_trip(const char* location) {
  am_review_options ro = am_review_options_default();
  am_enforcement_options eo = am_enforcement_options_default();
  am_review_store* s = NULL;
  am_enforcement* a = NULL;
  am_enforcement* b = NULL;
  am_enforcement* c = NULL;
  am_enforcement_options manual;
  size_t n = 0;
  int32_t allowed = 1;
  ro.path = location;
  eo.path = location;
  CHECK(am_review_open(&ro, &s) == AM_OK);
  CHECK(am_review_add_principal(s, "mia", AM_REVIEW_ROLE_MANAGER, "eea") == AM_OK);
  CHECK(am_enforcement_open(&eo, &a) == AM_OK);
  CHECK(am_enforcement_open(&eo, &b) == AM_OK);
  manual = eo;
  manual.gate_refresh_ms = -1;
  CHECK(am_enforcement_open(&manual, &c) == AM_OK);
  CHECK(am_enforcement_apply_json(
            a,
            "{\"seq\":1,\"item_id\":7,\"kind\":\"confirm\",\"category\":\"sexual_minors\","
            "\"severity\":\"high\",\"customer\":\"acme\",\"decided_ms\":1764000000000}",
            &n) == AM_OK);
  CHECK(n == 1);
  /* b's gate picks the suspension up by itself (NOTIFY on PostgreSQL, the change counter on
   * SQLite); c, opened with gate_refresh_ms < 0, only after am_enforcement_refresh_gate. */
  for (int i = 0; i < 2000; ++i) {
    CHECK(am_enforcement_is_allowed(b, "acme", &allowed, NULL, NULL, NULL) == AM_OK);
    if (allowed == 0) break;
    sleep_ms(10);
  }
  CHECK(allowed == 0);
  CHECK(am_enforcement_is_allowed(c, "acme", &allowed, NULL, NULL, NULL) == AM_OK);
  CHECK(allowed == 1);
  CHECK(am_enforcement_refresh_gate(c) == AM_OK);
  CHECK(am_enforcement_is_allowed(c, "acme", &allowed, NULL, NULL, NULL) == AM_OK);
  CHECK(allowed == 0);
  am_enforcement_free(c);
  am_enforcement_free(b);
  am_enforcement_free(a);
  am_review_store_free(s);
}

int main(void) {
  char dir_template[] = "/tmp/am_store_url_XXXXXX";
  char url[512];
  const char* dir = mkdtemp(dir_template);
  const char* pg = getenv("ABUSEMON_TEST_POSTGRES_URL");
  am_review_options ro = am_review_options_default();
  am_review_store* s = NULL;
  if (dir == NULL) return 1;

  snprintf(url, sizeof url, "sqlite://%s/store.db", dir);
  round_trip(url);
  snprintf(url, sizeof url, "%s/store.db", dir); /* the same file by its path */
  ro.path = url;
  CHECK(am_review_open(&ro, &s) == AM_OK);
  CHECK(am_review_add_principal(s, "mia", AM_REVIEW_ROLE_MANAGER, "eea") ==
        AM_E_STATE); /* exists */
  am_review_store_free(s);
  s = NULL;

  ro.path = "mysql://db/x";
  CHECK(am_review_open(&ro, &s) == AM_E_INVALID_ARGUMENT);
  CHECK(s == NULL);
  ro.path = "postgresql://u:s3cret@127.0.0.1:1/db?connect_timeout=2";
  CHECK(am_review_open(&ro, &s) == AM_E_UNAVAILABLE);
  CHECK(strstr(am_last_error(), "s3cret") == NULL);

  if (pg != NULL && *pg != '\0') {
    snprintf(url, sizeof url, "%s%sschema=capi_%ld_%ld", pg, strchr(pg, '?') ? "&" : "?",
             (long)getpid(), (long)time(NULL));
    round_trip(url);
  } else {
    const char* req = getenv("ABUSEMON_REQUIRE_POSTGRES");
    printf("ABUSEMON_TEST_POSTGRES_URL not set: PostgreSQL part skipped\n");
    CHECK(req == NULL || strcmp(req, "1") != 0); /* required: missing is a failure */
  }
  snprintf(url, sizeof url, "%s/store.db", dir);
  remove(url);
  snprintf(url, sizeof url, "%s/store.db-wal", dir);
  remove(url);
  snprintf(url, sizeof url, "%s/store.db-shm", dir);
  remove(url);
  rmdir(dir);
  printf("%d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
