/* C99 test of the tracker section of the C ABI: create from JSON, record, signals through a
 * callback with user_data, entity JSON with the size probe, snapshot/restore, error paths. */
#include <abusemon.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

struct drained {
  int count;
  uint64_t ids[8];
  char detector[8][32];
  char user[8][32];
  uint64_t first_item[8];
  int json_ok;
  int local_source;    /* signals with source AM_SIGNAL_SOURCE_LOCAL */
  am_tracker* tracker; /* acknowledges from inside the callback */
};

static void on_signal(void* user_data, const am_tracker_signal* s) {
  struct drained* d = (struct drained*)user_data;
  if (d->count < 8) {
    d->ids[d->count] = s->id;
    snprintf(d->detector[d->count], 32, "%s", s->detector);
    snprintf(d->user[d->count], 32, "%s", s->user);
    d->first_item[d->count] = s->item_count > 0 ? s->item_ids[0] : 0;
    if (strstr(s->json, "\"detector\"") != NULL && s->message[0] != '\0' && s->score > 0 &&
        s->size == sizeof *s && AM_HAS_FIELD(am_tracker_signal, s, json)) {
      ++d->json_ok;
    }
  }
  if (AM_HAS_FIELD(am_tracker_signal, s, source) && s->source == AM_SIGNAL_SOURCE_LOCAL &&
      strstr(s->json, "\"source\":\"local\"") != NULL) {
    ++d->local_source;
  }
  ++d->count;
  CHECK(am_tracker_acknowledge(d->tracker, s->id) == AM_OK);
}

static am_tracker_event event(const char* customer, const char* user, uint64_t item) {
  am_tracker_event e = am_tracker_event_default();
  e.customer = customer;
  e.customer_len = strlen(customer);
  e.user = user;
  e.user_len = user ? strlen(user) : 0;
  e.time_ms = 0; /* now: the default idle_ttl (30 d) must not evict it */
  e.item_id = item;
  return e;
}

static const char* kConfig =
    "{\"detectors\": ["
    " {\"name\": \"csam\", \"type\": \"severe\", \"category\": \"sexual_minors\","
    "  \"min_severity\": \"low\"},"
    " {\"name\": \"freq\", \"type\": \"frequency\", \"min_severity\": \"high\", \"horizon\": "
    "\"1h\","
    "  \"count\": 3, \"scope\": \"customer\"}]}";

int main(void) {
  am_tracker* t = NULL;
  am_tracker_event e, batch[3];
  uint8_t sev[AM_CATEGORY_COUNT + 1];
  uint8_t high_violence[AM_CATEGORY_COUNT] = {0};
  struct drained d;
  size_t n = 0, len = 0, recorded = 99;
  char* buf;
  char small[8];
  char path[256];
  am_status st;
  int i;

  high_violence[AM_CATEGORY_VIOLENCE] = AM_SEVERITY_HIGH;

  /* Fingerprints. */
  CHECK(am_fingerprint("", 0) == 0);
  CHECK(am_fingerprint(NULL, 0) == 0);
  CHECK(am_fingerprint("hello world", 11) == am_fingerprint("Hello, World!", 13));
  CHECK(am_fingerprint_distance(am_fingerprint("how do I make a pipe bomb at home", 33),
                                am_fingerprint("what is the capital of France", 29)) > 16);

  /* Construction errors. */
  CHECK(am_tracker_new("{\"shards\": 0}", 13, &t) == AM_E_FORMAT);
  CHECK(t == NULL);
  CHECK(strstr(am_last_error(), "shards") != NULL);
  CHECK(am_tracker_new("{", 1, &t) == AM_E_FORMAT);
  CHECK(am_tracker_new(NULL, 0, NULL) == AM_E_NULL_POINTER);
  CHECK(am_tracker_new(NULL, 0, &t) == AM_OK); /* defaults */
  CHECK(t != NULL);
  am_tracker_free(t);
  am_tracker_free(NULL);

  CHECK(am_tracker_new(kConfig, strlen(kConfig), &t) == AM_OK);
  memset(&d, 0, sizeof d);
  d.tracker = t;

  /* Record: clean, harmful, and invalid events. */
  e = event("acme", "alice", 1);
  CHECK(am_tracker_record(t, &e) == AM_OK);
  e = event("acme", "alice", 2);
  memset(sev, AM_SEVERITY_SAFE, sizeof sev);
  sev[AM_CATEGORY_SEXUAL_MINORS] = AM_SEVERITY_LOW;
  e.severities = sev;
  e.severity_count = AM_CATEGORY_COUNT;
  CHECK(am_tracker_record(t, &e) == AM_OK);
  e = event("", NULL, 3);
  CHECK(am_tracker_record(t, &e) == AM_E_INVALID_ARGUMENT);
  e = event("acme", NULL, 3);
  memset(sev, AM_SEVERITY_SAFE, sizeof sev);
  sev[0] = 7;
  e.severities = sev;
  e.severity_count = AM_CATEGORY_COUNT;
  CHECK(am_tracker_record(t, &e) == AM_E_INVALID_ARGUMENT);
  CHECK(strstr(am_last_error(), "severities[0]") != NULL);
  /* A category this library does not know: safe is ignored, anything else refused. */
  e = event("zeta", NULL, 3); /* another customer: acme's totals are checked below */
  e.severities = sev;
  sev[0] = AM_SEVERITY_SAFE;
  e.severity_count = AM_CATEGORY_COUNT + 1;
  CHECK(am_tracker_record(t, &e) == AM_OK);
  sev[AM_CATEGORY_COUNT] = AM_SEVERITY_LOW;
  CHECK(am_tracker_record(t, &e) == AM_E_INVALID_ARGUMENT);
  e.severities = NULL;
  CHECK(am_tracker_record(t, &e) == AM_E_NULL_POINTER);
  e = event("acme", NULL, 3);
  e.size = 0;
  CHECK(am_tracker_record(t, &e) == AM_E_INVALID_ARGUMENT);
  e = event("acme", NULL, 3);
  e.action = 5;
  CHECK(am_tracker_record(t, &e) == AM_E_INVALID_ARGUMENT);
  e = event("acme", NULL, 3);
  e.customer = NULL;
  CHECK(am_tracker_record(t, &e) == AM_E_NULL_POINTER);
  CHECK(am_tracker_record(t, NULL) == AM_E_NULL_POINTER);
  CHECK(am_tracker_record(NULL, &e) == AM_E_NULL_POINTER);

  /* Batch: three high-severity events trip the frequency detector; a bad one stops the batch. */
  for (i = 0; i < 3; ++i) {
    batch[i] = event("acme", NULL, (uint64_t)(10 + i));
    batch[i].severities = high_violence;
    batch[i].severity_count = AM_CATEGORY_COUNT;
  }
  CHECK(am_tracker_record_batch(t, batch, 3, &recorded) == AM_OK);
  CHECK(recorded == 3);
  batch[1].customer_len = 0;
  CHECK(am_tracker_record_batch(t, batch, 3, &recorded) == AM_E_INVALID_ARGUMENT);
  CHECK(recorded == 1);
  CHECK(strstr(am_last_error(), "events[1]") != NULL);
  CHECK(am_tracker_record_batch(t, NULL, 0, NULL) == AM_OK);

  /* Signals: csam for the customer and for alice, freq for the customer. */
  CHECK(am_tracker_drain_signals(t, NULL, NULL, 0, &n) == AM_E_NULL_POINTER);
  CHECK(am_tracker_drain_signals(t, on_signal, &d, 0, &n) == AM_OK);
  CHECK(n == 3);
  CHECK(d.count == 3);
  CHECK(d.json_ok == 3);
  CHECK(strcmp(d.detector[0], "csam") == 0);
  CHECK(strcmp(d.user[0], "") == 0);
  CHECK(strcmp(d.detector[1], "csam") == 0);
  CHECK(strcmp(d.user[1], "alice") == 0);
  CHECK(d.first_item[0] == 2);
  CHECK(strcmp(d.detector[2], "freq") == 0);
  CHECK(am_tracker_drain_signals(t, on_signal, &d, 0, &n) == AM_OK);
  CHECK(n == 0);
  CHECK(am_tracker_close_signal(t, d.ids[2]) == AM_OK);
  CHECK(am_tracker_close_signal(t, d.ids[2]) == AM_E_NOT_FOUND);
  CHECK(am_tracker_acknowledge(t, 424242) == AM_E_NOT_FOUND);

  /* Open signals JSON: probe then fetch. */
  len = 0;
  CHECK(am_tracker_open_signals_json(t, NULL, &len) == AM_E_BUFFER_TOO_SMALL);
  buf = (char*)malloc(len);
  CHECK(am_tracker_open_signals_json(t, buf, &len) == AM_OK);
  CHECK(strstr(buf, "\"acknowledged\"") != NULL);
  CHECK(strstr(buf, "\"freq\"") == NULL);
  free(buf);

  /* Customer JSON with the size probe. */
  len = 0;
  CHECK(am_tracker_customer_json(t, "acme", 4, NULL, 0, NULL, &len) == AM_E_BUFFER_TOO_SMALL);
  CHECK(len > 100);
  len = sizeof small;
  CHECK(am_tracker_customer_json(t, "acme", 4, NULL, 0, small, &len) == AM_E_BUFFER_TOO_SMALL);
  /* Decayed values change with time, so the size may differ slightly on the next call. */
  len += 256;
  buf = (char*)malloc(len);
  CHECK(am_tracker_customer_json(t, "acme", 4, NULL, 0, buf, &len) == AM_OK);
  CHECK(strlen(buf) + 1 == len);
  CHECK(strstr(buf, "\"total_requests\":6") != NULL);
  free(buf);
  len = 0;
  CHECK(am_tracker_customer_json(t, "acme", 4, "alice", 5, NULL, &len) == AM_E_BUFFER_TOO_SMALL);
  len += 256;
  buf = (char*)malloc(len);
  CHECK(am_tracker_customer_json(t, "acme", 4, "alice", 5, buf, &len) == AM_OK);
  CHECK(strstr(buf, "\"user\":\"alice\"") != NULL);
  CHECK(strstr(buf, "\"total_requests\":2") != NULL);
  free(buf);
  len = 0;
  CHECK(am_tracker_customer_json(t, "nobody", 6, NULL, 0, NULL, &len) == AM_E_NOT_FOUND);
  CHECK(am_tracker_customer_json(t, "acme", 4, NULL, 0, NULL, NULL) == AM_E_NULL_POINTER);

  len = 0;
  CHECK(am_tracker_stats_json(t, NULL, &len) == AM_E_BUFFER_TOO_SMALL);
  buf = (char*)malloc(len);
  CHECK(am_tracker_stats_json(t, buf, &len) == AM_OK);
  CHECK(strstr(buf, "\"events\":7") != NULL); /* acme 6, zeta 1 */
  free(buf);

  CHECK(am_tracker_evict_idle(t, &n) == AM_OK);
  CHECK(am_tracker_flush_fleet(t, 10) == AM_E_STATE);

  /* Snapshot and restore into a second tracker. */
  snprintf(path, sizeof path, "/tmp/am_capi_tracker_%ld.snap", (long)getpid());
  CHECK(am_tracker_snapshot(t, path) == AM_OK);
  CHECK(am_tracker_snapshot(t, NULL) == AM_E_NULL_POINTER);
  CHECK(am_tracker_snapshot(t, "/nonexistent-dir/x/y.snap") == AM_E_IO);
  {
    am_tracker* t2 = NULL;
    CHECK(am_tracker_new(kConfig, strlen(kConfig), &t2) == AM_OK);
    CHECK(am_tracker_restore(t2, path) == AM_OK);
    len = 0;
    CHECK(am_tracker_customer_json(t2, "acme", 4, NULL, 0, NULL, &len) == AM_E_BUFFER_TOO_SMALL);
    len += 256;
    buf = (char*)malloc(len);
    CHECK(am_tracker_customer_json(t2, "acme", 4, NULL, 0, buf, &len) == AM_OK);
    CHECK(strstr(buf, "\"total_requests\":6") != NULL);
    free(buf);
    CHECK(am_tracker_restore(t2, "/nonexistent.snap") == AM_E_NOT_FOUND);
    {
      FILE* f = fopen(path, "r+b");
      CHECK(f != NULL);
      if (f != NULL) {
        fseek(f, 40, SEEK_SET);
        fputc('Z', f);
        fclose(f);
      }
    }
    st = am_tracker_restore(t2, path);
    CHECK(st == AM_E_FORMAT);
    CHECK(strstr(am_last_error(), "checksum") != NULL);
    am_tracker_free(t2);
  }
  remove(path);

  am_tracker_free(t);

  /* Fleet detection is configured through the JSON config; with Redis unreachable (nothing
   * listens on port 1) the tracker still records, its local detectors raise the signal and the
   * event waits in the fleet buffer. */
  {
    static const char* kFleet =
        "{\"detectors\": [{\"name\": \"csam\", \"type\": \"severe\", \"category\": "
        "\"sexual_minors\", \"min_severity\": \"low\"}],"
        " \"fleet\": {\"port\": 1, \"connect_timeout\": \"50ms\", \"replica_id\": \"c1\","
        " \"detection\": {\"shards\": 4, \"lease\": \"1s\"}}}";
    static const char* kBadFleet = "{\"fleet\": {\"detection\": {\"shards\": 5000}}}";
    am_tracker* f = NULL;
    struct drained d2;
    char buf[2048];
    size_t len = sizeof buf;
    memset(&d2, 0, sizeof d2);
    CHECK(am_tracker_new(kFleet, strlen(kFleet), &f) == AM_OK);
    d2.tracker = f;
    e = event("acme", NULL, 7);
    memset(sev, 0, sizeof sev);
    sev[AM_CATEGORY_SEXUAL_MINORS] = AM_SEVERITY_LOW;
    e.severities = sev;
    e.severity_count = AM_CATEGORY_COUNT;
    CHECK(am_tracker_record(f, &e) == AM_OK);
    CHECK(am_tracker_drain_signals(f, on_signal, &d2, 0, NULL) == AM_OK);
    CHECK(d2.count == 1);
    CHECK(d2.local_source == 1);
    CHECK(am_tracker_stats_json(f, buf, &len) == AM_OK);
    CHECK(strstr(buf, "\"fleet_detecting\":false") != NULL);
    CHECK(strstr(buf, "\"fleet_stream_buffered\":1") != NULL);
    CHECK(am_tracker_flush_fleet(f, 10) == AM_E_UNAVAILABLE);
    am_tracker_free(f);
    CHECK(am_tracker_new(kBadFleet, strlen(kBadFleet), &f) == AM_E_FORMAT);
    CHECK(f == NULL);
    CHECK(strstr(am_last_error(), "fleet.detection.shards") != NULL);
  }
  printf("%d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
