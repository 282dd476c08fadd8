#include <abusemon.h>

#include <stdio.h>
#include <string.h>

int main(void) {
  size_t len = 0;
  char buf[4096];
  if (am_version_number() != AM_VERSION_NUMBER) return 1;
  if (am_build_info(NULL, &len) != AM_E_BUFFER_TOO_SMALL || len == 0 || len > sizeof buf) return 2;
  if (am_build_info(buf, &len) != AM_OK || strstr(buf, "\"version\"") == NULL) return 3;
  {
    /* The inline _default() wrappers of the installed header fill the size. */
    am_monitor_options o = am_monitor_options_default();
    if (o.size != sizeof o || o.scorer_batch_size == 0) return 4;
  }
  printf("abusemon consumer ok %s\n", am_version());
  return 0;
}
