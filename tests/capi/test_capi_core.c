/* C99 test of the core C ABI: version checks, error reporting and the size-probe protocol. */
#include <abusemon.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

int main(void) {
  char small[4];
  char* buf;
  size_t len = 0;

  CHECK(am_version_number() == AM_VERSION_NUMBER);
  CHECK(strlen(am_version()) >= 5);
  CHECK(strcmp(am_last_error(), "") == 0);

  /* Pinned values. */
  CHECK(AM_OK == 0 && AM_E_FORMAT == 5 && AM_E_INTERNAL == 12);
  CHECK(strcmp(am_status_name(AM_E_PERMISSION_DENIED), "permission_denied") == 0);
  CHECK(strcmp(am_status_name((am_status)77), "unknown") == 0);
  CHECK(strcmp(am_category_name(AM_CATEGORY_SELF_HARM), "self_harm") == 0);
  CHECK(am_category_name(AM_CATEGORY_COUNT) == NULL);
  CHECK(strcmp(am_severity_name(AM_SEVERITY_MEDIUM), "medium") == 0);
  CHECK(am_severity_name((am_severity)9) == NULL);
  CHECK(strcmp(am_direction_name(AM_DIRECTION_COMPLETION), "completion") == 0);
  CHECK(strcmp(am_action_name(AM_ACTION_ANNOTATE), "annotate") == 0);

  /* NULL out-pointer is rejected with a message. */
  CHECK(am_build_info(NULL, NULL) == AM_E_NULL_POINTER);
  CHECK(strstr(am_last_error(), "len") != NULL);

  /* Size probe, then a too-small buffer, then the right size. */
  CHECK(am_build_info(NULL, &len) == AM_E_BUFFER_TOO_SMALL);
  CHECK(len > 10);
  {
    size_t small_len = sizeof small;
    CHECK(am_build_info(small, &small_len) == AM_E_BUFFER_TOO_SMALL);
    CHECK(small_len == len);
    CHECK(strstr(am_last_error(), "too small") != NULL);
  }
  buf = (char*)malloc(len);
  CHECK(buf != NULL);
  if (buf != NULL) {
    CHECK(am_build_info(buf, &len) == AM_OK);
    CHECK(buf[len - 1] == '\0');
    CHECK(strstr(buf, "\"version\"") != NULL);
    free(buf);
  }

  printf("%d checks, %d failures\n", checks, failures);
  return failures == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
