/* C99 test of the images section of the C ABI: loading the fixture image model, classifying
 * encoded images, content-part checks through a monitor (benign photo + text allowed, the
 * marker image blocked, the verdict naming the part), part accessors, JSON, error paths. */
#include <abusemon.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

static const char* const kNames[] = {"hate",     "harassment", "sexual",   "sexual_minors",
                                     "violence", "self_harm",  "jailbreak"};

static am_status zero_score(void* user_data, const char* const* texts, const size_t* lens,
                            size_t count, float* out) {
  size_t i;
  (void)user_data;
  (void)texts;
  (void)lens;
  for (i = 0; i < count * 7; ++i) out[i] = 0.0f;
  return AM_OK;
}

static unsigned char* slurp(const char* name, size_t* len) {
  char path[1024];
  FILE* f;
  long n;
  unsigned char* buf;
  snprintf(path, sizeof path, "%s/images/%s", ABUSEMON_TEST_DATA_DIR, name);
  f = fopen(path, "rb");
  if (f == NULL) return NULL;
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  buf = (unsigned char*)malloc((size_t)n + 1);
  *len = fread(buf, 1, (size_t)n, f);
  fclose(f);
  return buf;
}

int main(void) {
  char path[1024];
  am_image_model* model = NULL;
  am_monitor* monitor = NULL;
  am_verdict* v = NULL;
  am_scorer_callback cb;
  am_content_part parts[2];
  am_verdict_part vp;
  float p[3];
  size_t photo_len = 0, marker_len = 0, trunc_len = 0, len = 0;
  unsigned char* photo = slurp("benign.jpg", &photo_len);
  unsigned char* marker = slurp("marker.png", &marker_len);
  unsigned char* trunc = slurp("truncated.jpg", &trunc_len);
  char* json;
  CHECK(photo != NULL && marker != NULL && trunc != NULL);

  snprintf(path, sizeof path, "%s/images/fixture.gguf", ABUSEMON_TEST_DATA_DIR);
  CHECK(am_image_model_load("/nonexistent.gguf", &model) == AM_E_NOT_FOUND);
  CHECK(model == NULL);
  CHECK(am_image_model_load(NULL, &model) == AM_E_NULL_POINTER);
  CHECK(am_image_model_load(path, &model) == AM_OK);
  CHECK(am_image_model_output_count(model) == 3);
  CHECK(strcmp(am_image_model_output_name(model, 1), "sexual") == 0);
  CHECK(am_image_model_output_name(model, 3) == NULL);
  CHECK(am_image_model_output_count(NULL) == 0);

  CHECK(am_image_model_classify(model, marker, marker_len, p, 3) == AM_OK);
  CHECK(p[1] > 0.9f);
  CHECK(am_image_model_classify(model, photo, photo_len, p, 3) == AM_OK);
  CHECK(p[1] < 0.1f);
  CHECK(am_image_model_classify(model, photo, photo_len, p, 2) == AM_E_INVALID_ARGUMENT);
  CHECK(am_image_model_classify(model, trunc, trunc_len, p, 3) == AM_E_FORMAT);
  CHECK(am_image_model_classify(model, (const uint8_t*)"GIF89a", 6, p, 3) == AM_E_FORMAT);
  CHECK(strstr(am_last_error(), "GIF") != NULL);
  CHECK(am_image_model_classify(model, NULL, 0, p, 3) == AM_E_FORMAT);

  cb = am_scorer_callback_default();
  cb.output_names = kNames;
  cb.output_count = 7;
  cb.score = zero_score;
  CHECK(am_monitor_new_with_scorer(&cb, NULL, NULL, &monitor) == AM_OK);

  parts[0] = am_content_part_default();
  CHECK(parts[0].size == sizeof parts[0] && parts[0].kind == AM_PART_TEXT);
  parts[0].text = "what is this?";
  parts[0].text_len = strlen(parts[0].text);
  parts[1] = am_content_part_default();
  parts[1].kind = AM_PART_IMAGE;
  parts[1].image = photo;
  parts[1].image_len = photo_len;

  /* no image model yet */
  CHECK(am_monitor_check_content(monitor, parts, 2, AM_DIRECTION_PROMPT, NULL, NULL, &v) ==
        AM_E_STATE);
  CHECK(v == NULL);
  CHECK(am_monitor_set_image_model(monitor, model) == AM_OK);
  am_image_model_free(model); /* the monitor keeps its own reference */
  model = NULL;

  CHECK(am_monitor_check_content(monitor, parts, 2, AM_DIRECTION_PROMPT, "acme", NULL, &v) ==
        AM_OK);
  CHECK(am_verdict_action(v) == AM_ACTION_ALLOW);
  CHECK(am_verdict_part_count(v) == 2);
  am_verdict_free(v);

  parts[1].image = marker;
  parts[1].image_len = marker_len;
  CHECK(am_monitor_check_content(monitor, parts, 2, AM_DIRECTION_PROMPT, "acme", NULL, &v) ==
        AM_OK);
  CHECK(am_verdict_action(v) == AM_ACTION_BLOCK);
  CHECK(am_verdict_flagged(v) == 1);
  CHECK(am_verdict_score(v, AM_CATEGORY_SEXUAL) > 0.9f);
  CHECK(am_verdict_severity(v, AM_CATEGORY_SEXUAL) == AM_SEVERITY_HIGH);
  vp.size = sizeof vp;
  CHECK(am_verdict_get_part(v, 1, &vp) == AM_OK);
  CHECK(vp.index == 1 && vp.kind == AM_PART_IMAGE && vp.action == AM_ACTION_BLOCK);
  CHECK(am_verdict_get_part(v, 0, &vp) == AM_OK);
  CHECK(vp.kind == AM_PART_TEXT && vp.action == AM_ACTION_ALLOW);
  CHECK(am_verdict_get_part(v, 2, &vp) == AM_E_INVALID_ARGUMENT);
  CHECK(am_verdict_part_score(v, 1, AM_CATEGORY_SEXUAL) > 0.9f);
  CHECK(am_verdict_part_score(v, 1, AM_CATEGORY_HATE) == 0.0f);
  CHECK(am_verdict_part_score(v, 5, AM_CATEGORY_SEXUAL) == 0.0f);
  CHECK(am_verdict_to_json(v, AM_FORMAT_OPENAI, NULL, &len) == AM_E_BUFFER_TOO_SMALL);
  json = (char*)malloc(len);
  CHECK(am_verdict_to_json(v, AM_FORMAT_OPENAI, json, &len) == AM_OK);
  CHECK(strstr(json, "\"category_applied_input_types\"") != NULL);
  free(json);
  am_verdict_free(v);
  v = NULL;

  /* error paths: a truncated image names the part; bad kind; count 0; mismatched sizes */
  parts[1].image = trunc;
  parts[1].image_len = trunc_len;
  CHECK(am_monitor_check_content(monitor, parts, 2, AM_DIRECTION_PROMPT, NULL, NULL, &v) ==
        AM_E_FORMAT);
  CHECK(strstr(am_last_error(), "part 1") != NULL);
  CHECK(v == NULL);
  parts[1].kind = (am_part_kind)7;
  CHECK(am_monitor_check_content(monitor, parts, 2, AM_DIRECTION_PROMPT, NULL, NULL, &v) ==
        AM_E_INVALID_ARGUMENT);
  CHECK(am_monitor_check_content(monitor, parts, 0, AM_DIRECTION_PROMPT, NULL, NULL, &v) ==
        AM_E_INVALID_ARGUMENT);
  CHECK(am_monitor_check_content(monitor, NULL, 1, AM_DIRECTION_PROMPT, NULL, NULL, &v) ==
        AM_E_NULL_POINTER);
  parts[1].kind = AM_PART_IMAGE;
  parts[1].size = sizeof parts[1] + 8;
  CHECK(am_monitor_check_content(monitor, parts, 2, AM_DIRECTION_PROMPT, NULL, NULL, &v) ==
        AM_E_INVALID_ARGUMENT);
  CHECK(am_monitor_check_content(NULL, parts, 2, AM_DIRECTION_PROMPT, NULL, NULL, &v) ==
        AM_E_NULL_POINTER);
  CHECK(am_monitor_set_image_model(monitor, NULL) == AM_OK);
  CHECK(am_verdict_part_count(NULL) == 0);

  am_monitor_free(monitor);
  free(photo);
  free(marker);
  free(trunc);
  printf("%d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
