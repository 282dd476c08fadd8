/*
 * abusemon C ABI — the one header for C hosts (C99 and later, and C++).
 *
 * Conventions (they hold for every section below):
 *  - Objects are opaque handles created by am_<object>_new/_load and released by am_<object>_free;
 *    every free function accepts NULL.
 *  - Fallible calls return an am_status. AM_OK is 0; the other values are pinned forever (table
 *    below). On failure am_last_error() returns a message for the calling thread.
 *  - No C++ exception ever crosses this boundary; NULL required pointers give AM_E_NULL_POINTER.
 *  - Text is UTF-8, passed as pointer + length (length in bytes, no terminator needed).
 *  - Variable-size outputs go into caller buffers with a size probe: pass buf=NULL (or a buffer
 *    too small) and *len receives the bytes needed (including the NUL for strings) with
 *    AM_E_BUFFER_TOO_SMALL; call again with a large enough buffer.
 *  - Callbacks receive the caller's `void *user_data` unchanged.
 *  - Threading is stated per object. Unless said otherwise, read-only objects (a loaded model)
 *    may be shared between threads, and mutable objects need one caller at a time.
 */
#ifndef ABUSEMON_H
#define ABUSEMON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#if defined(AM_BUILDING_LIBRARY)
#define AM_API __declspec(dllexport)
#else
#define AM_API __declspec(dllimport)
#endif
#else
#define AM_API __attribute__((visibility("default")))
#endif

/* ===== core ===== */

/* Version of the headers; compare with am_version_number() to detect a mismatched library. */
#define AM_VERSION_MAJOR 0
#define AM_VERSION_MINOR 1
#define AM_VERSION_PATCH 0
#define AM_VERSION_NUMBER (AM_VERSION_MAJOR * 10000 + AM_VERSION_MINOR * 100 + AM_VERSION_PATCH)

/*
 * Status codes. Values are pinned and never reused.
 *
 *  value | name                   | meaning
 *  ------+------------------------+----------------------------------------------------------
 *    0   | AM_OK                  | success
 *    1   | AM_E_INVALID_ARGUMENT  | a parameter is out of its documented range
 *    2   | AM_E_NULL_POINTER      | a required pointer was NULL
 *    3   | AM_E_BUFFER_TOO_SMALL  | the output buffer is too small; *len holds the size needed
 *    4   | AM_E_IO                | a file or socket operation failed
 *    5   | AM_E_FORMAT            | malformed model file, config, JSON or UTF-8
 *    6   | AM_E_NOT_FOUND         | unknown customer, item, grant or file
 *    7   | AM_E_PERMISSION_DENIED | access control refused the operation
 *    8   | AM_E_LIMIT             | a configured limit was exceeded
 *    9   | AM_E_UNAVAILABLE       | a backend (e.g. Redis) is unreachable
 *   10   | AM_E_STATE             | not valid in the object's current state
 *   11   | AM_E_OUT_OF_MEMORY     | an allocation failed
 *   12   | AM_E_INTERNAL          | a bug in abusemon: please report it
 */
typedef enum am_status {
  AM_OK = 0,
  AM_E_INVALID_ARGUMENT = 1,
  AM_E_NULL_POINTER = 2,
  AM_E_BUFFER_TOO_SMALL = 3,
  AM_E_IO = 4,
  AM_E_FORMAT = 5,
  AM_E_NOT_FOUND = 6,
  AM_E_PERMISSION_DENIED = 7,
  AM_E_LIMIT = 8,
  AM_E_UNAVAILABLE = 9,
  AM_E_STATE = 10,
  AM_E_OUT_OF_MEMORY = 11,
  AM_E_INTERNAL = 12
} am_status;

/* Harm categories; values are stable indices (docs/TAXONOMY.md). */
typedef enum am_category {
  AM_CATEGORY_HATE = 0,
  AM_CATEGORY_HARASSMENT = 1,
  AM_CATEGORY_SEXUAL = 2,
  AM_CATEGORY_SEXUAL_MINORS = 3,
  AM_CATEGORY_VIOLENCE = 4,
  AM_CATEGORY_SELF_HARM = 5,
  AM_CATEGORY_JAILBREAK = 6,
  AM_CATEGORY_COUNT = 7
} am_category;

typedef enum am_severity {
  AM_SEVERITY_SAFE = 0,
  AM_SEVERITY_LOW = 1,
  AM_SEVERITY_MEDIUM = 2,
  AM_SEVERITY_HIGH = 3
} am_severity;

typedef enum am_direction { AM_DIRECTION_PROMPT = 0, AM_DIRECTION_COMPLETION = 1 } am_direction;

typedef enum am_action {
  AM_ACTION_ALLOW = 0,
  AM_ACTION_ANNOTATE = 1,
  AM_ACTION_BLOCK = 2
} am_action;

/* Version of the loaded library, "MAJOR.MINOR.PATCH". Static storage; never NULL. */
AM_API const char* am_version(void);
/* AM_VERSION_NUMBER of the loaded library. */
AM_API uint32_t am_version_number(void);

/* Message of the last failed call on this thread ("" if none). Valid until the next failing
 * call on the same thread. Never NULL. */
AM_API const char* am_last_error(void);
/* Stable lower-case name of a status ("ok", "format", ...); "unknown" for other values. */
AM_API const char* am_status_name(am_status status);

/* Stable names of enum values ("hate", "medium", "completion", "block"); NULL if out of range. */
AM_API const char* am_category_name(am_category category);
AM_API const char* am_severity_name(am_severity severity);
AM_API const char* am_direction_name(am_direction direction);
AM_API const char* am_action_name(am_action action);

/* JSON object describing the build (version, compiler, dependency versions, CPU features),
 * written into buf with the size probe convention. */
AM_API am_status am_build_info(char* buf, size_t* len);

/* ===== end core ===== */

/* ===== model ===== */
/* ===== end model ===== */

/* ===== monitor ===== */
/* ===== end monitor ===== */

/* ===== tracker ===== */
/* ===== end tracker ===== */

/* ===== review ===== */
/* ===== end review ===== */

/* ===== enforcement ===== */
/* ===== end enforcement ===== */

#ifdef __cplusplus
}
#endif

#endif /* ABUSEMON_H */
