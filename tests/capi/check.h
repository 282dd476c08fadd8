/* Shared assertion macro of the C ABI tests: counts checks and failures, reports each failure
 * with the library's last error, and lets main() finish so every failure is listed. */
#ifndef ABUSEMON_TESTS_CAPI_CHECK_H
#define ABUSEMON_TESTS_CAPI_CHECK_H

#include <abusemon.h>
#include <stdio.h>

static int failures = 0;
static int checks = 0;

#define CHECK(cond)                                                                            \
  do {                                                                                         \
    ++checks;                                                                                  \
    if (!(cond)) {                                                                             \
      ++failures;                                                                              \
      fprintf(stderr, "%s:%d: CHECK(%s) failed (last error: %s)\n", __FILE__, __LINE__, #cond, \
              am_last_error());                                                                \
    }                                                                                          \
  } while (0)

#endif /* ABUSEMON_TESTS_CAPI_CHECK_H */
