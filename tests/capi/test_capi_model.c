/* C99 test of the model section of the C ABI: load/free, info JSON and tokenize size probes,
 * scoring, every error path. Uses the fixture tests/data/engine/tiny-bert.gguf
 * (tools/engine/make_fixtures.py): vocabulary [PAD] [UNK] [CLS] [SEP] [MASK] hello world you are
 * an idiot i hate kill ! , . ? ##s the; outputs hate, harassment, violence; 8-token windows. */
#include <abusemon.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

#define FIXTURE ABUSEMON_TEST_DATA_DIR "/engine/tiny-bert.gguf"

static void test_errors(void) {
  am_model* m = (am_model*)1;
  CHECK(am_model_load(NULL, NULL, &m) == AM_E_NULL_POINTER);
  CHECK(m == NULL);
  CHECK(am_model_load(FIXTURE, NULL, NULL) == AM_E_NULL_POINTER);
  CHECK(am_model_load("/nonexistent/model.gguf", NULL, &m) == AM_E_NOT_FOUND);
  CHECK(strstr(am_last_error(), "/nonexistent/model.gguf") != NULL);
  /* A file that is not GGUF. */
  {
    const char* path = "abusemon_capi_model_bad.gguf";
    FILE* f = fopen(path, "wb");
    CHECK(f != NULL);
    if (f) {
      fputs("GGUF but not really a model file", f);
      fclose(f);
    }
    CHECK(am_model_load(path, NULL, &m) == AM_E_FORMAT);
    CHECK(strlen(am_last_error()) > 0);
    remove(path);
  }
  am_model_free(NULL);
  CHECK(am_model_output_count(NULL) == 0);
  CHECK(am_model_output_name(NULL, 0) == NULL);
}

int main(void) {
  am_model* m = NULL;
  am_model_options mp = am_model_options_default();
  am_score_params sp = am_score_params_default();
  size_t len = 0, count = 0, k, i;
  char* json;
  int32_t ids[16];
  float out[3 * 3], one[3], q[3 * 3];
  const char* texts[3] = {"hello world", "you are an idiot!", "i hate the worlds"};
  size_t lens[3];

  test_errors();
  CHECK(mp.int8 == 0);
  CHECK(sp.max_tokens == 0 && sp.stride == 0 && sp.window_pooling == 0 && sp.max_windows == 0);

  CHECK(am_model_load(FIXTURE, &mp, &m) == AM_OK);
  if (m == NULL) {
    fprintf(stderr, "cannot load %s: %s\n", FIXTURE, am_last_error());
    return 1;
  }
  CHECK(am_model_output_count(m) == 3);
  CHECK(strcmp(am_model_output_name(m, 0), "hate") == 0);
  CHECK(strcmp(am_model_output_name(m, 2), "violence") == 0);
  CHECK(am_model_output_name(m, 3) == NULL);

  /* info JSON: probe, too small, exact. */
  CHECK(am_model_info_json(m, NULL, &len) == AM_E_BUFFER_TOO_SMALL);
  CHECK(len > 10);
  json = (char*)malloc(len);
  {
    size_t small = 4;
    CHECK(am_model_info_json(m, json, &small) == AM_E_BUFFER_TOO_SMALL);
    CHECK(small == len);
  }
  CHECK(am_model_info_json(m, json, &len) == AM_OK);
  CHECK(strstr(json, "\"model_id\":\"tiny-bert-fixture\"") != NULL);
  CHECK(strstr(json, "\"tokenizer\":\"wordpiece\"") != NULL);
  free(json);
  CHECK(am_model_info_json(NULL, NULL, &len) == AM_E_NULL_POINTER);

  /* tokenize: probe with NULL, too small, exact; special framing. */
  count = 0;
  CHECK(am_model_tokenize(m, "Hello, world!", 13, 1, NULL, &count) == AM_E_BUFFER_TOO_SMALL);
  CHECK(count == 6);
  count = 2;
  CHECK(am_model_tokenize(m, "Hello, world!", 13, 1, ids, &count) == AM_E_BUFFER_TOO_SMALL);
  CHECK(count == 6);
  count = 16;
  CHECK(am_model_tokenize(m, "Hello, world!", 13, 1, ids, &count) == AM_OK);
  CHECK(count == 6);
  CHECK(ids[0] == 2 && ids[1] == 5 && ids[2] == 15 && ids[3] == 6 && ids[4] == 14 && ids[5] == 3);
  count = 16;
  CHECK(am_model_tokenize(m, "worlds \xff\xfe", 9, 0, ids, &count) == AM_OK); /* invalid UTF-8 */
  CHECK(count == 2 && ids[0] == 6 && ids[1] == 18);
  count = 16;
  CHECK(am_model_tokenize(m, NULL, 0, 0, ids, &count) == AM_OK);
  CHECK(count == 0);
  CHECK(am_model_tokenize(m, NULL, 3, 0, ids, &count) == AM_E_NULL_POINTER);
  CHECK(am_model_tokenize(m, "x", 1, 0, NULL, NULL) == AM_E_NULL_POINTER);
  count = 4;
  CHECK(am_model_tokenize(m, "x", 1, 0, NULL, &count) == AM_E_NULL_POINTER);

  /* score: a batch equals texts one by one; probabilities in (0, 1). */
  for (i = 0; i < 3; ++i) lens[i] = strlen(texts[i]);
  CHECK(am_model_score(m, texts, lens, 3, NULL, out, 9) == AM_OK);
  for (k = 0; k < 9; ++k) CHECK(out[k] > 0.0f && out[k] < 1.0f);
  for (i = 0; i < 3; ++i) {
    CHECK(am_model_score(m, texts + i, lens + i, 1, &sp, one, 3) == AM_OK);
    for (k = 0; k < 3; ++k) CHECK(fabsf(one[k] - out[i * 3 + k]) < 1e-6f);
  }
  /* int8 model: close to fp32. */
  {
    am_model* m8 = NULL;
    mp.int8 = 1;
    CHECK(am_model_load(FIXTURE, &mp, &m8) == AM_OK);
    CHECK(am_model_score(m8, texts, lens, 3, NULL, q, 9) == AM_OK);
    for (k = 0; k < 9; ++k) CHECK(fabsf(q[k] - out[k]) < 0.05f);
    am_model_free(m8);
  }
  CHECK(am_model_score(m, texts, lens, 3, NULL, out, 8) == AM_E_INVALID_ARGUMENT);
  CHECK(strstr(am_last_error(), "out_len") != NULL);
  CHECK(am_model_score(m, NULL, lens, 3, NULL, out, 9) == AM_E_NULL_POINTER);
  CHECK(am_model_score(m, texts, NULL, 3, NULL, out, 9) == AM_E_NULL_POINTER);
  CHECK(am_model_score(m, texts, lens, 3, NULL, NULL, 9) == AM_E_NULL_POINTER);
  CHECK(am_model_score(NULL, texts, lens, 3, NULL, out, 9) == AM_E_NULL_POINTER);
  CHECK(am_model_score(m, NULL, NULL, 0, NULL, NULL, 0) == AM_OK);
  sp.window_pooling = 7;
  CHECK(am_model_score(m, texts, lens, 3, &sp, out, 9) == AM_E_INVALID_ARGUMENT);
  /* A long text needs several 8-token windows; max_windows limits them. */
  {
    const char* longt = "hello world you are an idiot i hate the world hello world you are";
    size_t ll = strlen(longt);
    sp = am_score_params_default();
    sp.max_windows = 2;
    CHECK(am_model_score(m, &longt, &ll, 1, &sp, one, 3) == AM_E_LIMIT);
    sp.max_windows = 0;
    sp.max_tokens = 2;
    CHECK(am_model_score(m, &longt, &ll, 1, &sp, one, 3) == AM_E_INVALID_ARGUMENT);
    sp.max_tokens = 0;
    sp.window_pooling = 2;
    CHECK(am_model_score(m, &longt, &ll, 1, &sp, one, 3) == AM_OK);
  }
  am_model_free(m);

  printf("%d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
