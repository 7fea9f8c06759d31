// CICU: Onym's narrow C face of the system ICU (libicu-dev).
//
// Swift cannot import ICU's headers next to Foundation (Foundation bundles its
// own ICU module with the same C types) and cannot see ICU's versioned
// function names (`utrans_openU_72` hides behind macros). This header uses
// only <stdint.h> types; every function returns an ICU error code (0 = ok,
// > 0 = failure, < 0 = warning) or a length, and never allocates for the
// caller except through the opaque handles it documents.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

typedef uint16_t cicu_uchar;

// MARK: Errors

/// ICU's name for an error code ("U_BUFFER_OVERFLOW_ERROR").
const char *cicu_error_name(int32_t code);
/// Non-zero when `code` is a failure (not ok, not a warning).
int32_t cicu_failure(int32_t code);
/// ICU's version, e.g. "72.1".
void cicu_version(char *out, int32_t capacity);

// MARK: Normalisation

/// Normalisation forms understood by cicu_normalize.
enum {
    CICU_NFC = 0,
    CICU_NFD = 1,
    CICU_NFKC = 2,
    CICU_NFKD = 3,
    CICU_NFKC_CASEFOLD = 4
};

/// Normalises `src` into `dst`; returns the needed length (may exceed capacity).
int32_t cicu_normalize(int32_t form, const cicu_uchar *src, int32_t length,
                       cicu_uchar *dst, int32_t capacity, int32_t *error);
/// 1 when `src` is already in the form, 0 otherwise.
int32_t cicu_is_normalized(int32_t form, const cicu_uchar *src, int32_t length, int32_t *error);
/// 1 when NFKC has a boundary before `c` (no composition with what precedes it).
int32_t cicu_nfkc_boundary_before(int32_t c);

// MARK: Case

/// Full Unicode case folding; `turkic` selects the tr/az mappings of I and İ.
int32_t cicu_fold_case(const cicu_uchar *src, int32_t length, int32_t turkic,
                       cicu_uchar *dst, int32_t capacity, int32_t *error);
/// Locale-aware lower/upper/title case mapping (`mode` 0 lower, 1 upper, 2 title).
int32_t cicu_map_case(int32_t mode, const char *locale, const cicu_uchar *src, int32_t length,
                      cicu_uchar *dst, int32_t capacity, int32_t *error);

// MARK: Character properties

/// Unicode general category (ICU UCharCategory value).
int32_t cicu_char_type(int32_t c);
/// 1 for Default_Ignorable_Code_Point.
int32_t cicu_is_default_ignorable(int32_t c);
/// The character's Unicode name (`<control-0007>` for unnamed ones) into `out`; returns its length.
int32_t cicu_char_name(int32_t c, char *out, int32_t capacity);
/// The script code of `c` (UScriptCode); -1 on error.
int32_t cicu_script(int32_t c);
/// Script_Extensions of `c` into `out`; returns how many there are.
int32_t cicu_script_extensions(int32_t c, int32_t *out, int32_t capacity);
/// The long property name of a script code ("Cyrillic").
const char *cicu_script_name(int32_t script);

// MARK: Transliteration

typedef struct cicu_translit cicu_translit;

/// Opens a built-in transform by id (`Ukrainian-Latin/BGN`), or, when `rules`
/// is not NULL, compiles those rules under `id`. On a rule syntax error,
/// `error_line`/`error_offset` say where (1-based line, 0-based offset) and
/// `error_context` gets the text before the error.
cicu_translit *cicu_translit_open(const cicu_uchar *id, int32_t id_length,
                                  const cicu_uchar *rules, int32_t rules_length,
                                  int32_t *error, int32_t *error_line, int32_t *error_offset,
                                  cicu_uchar *error_context, int32_t context_capacity);
/// An independent copy (ICU transliterators are not thread-safe).
cicu_translit *cicu_translit_clone(const cicu_translit *t, int32_t *error);
void cicu_translit_close(cicu_translit *t);
/// Transliterates `buffer[0..<*length]` in place; `*length` is updated.
/// Returns U_BUFFER_OVERFLOW_ERROR (and the needed length in `*length`)
/// when `capacity` is too small; the buffer is then unspecified.
int32_t cicu_translit_apply(const cicu_translit *t, cicu_uchar *buffer, int32_t *length,
                            int32_t capacity);
/// Every built-in transform id, separated by U+000A, into `out`; returns the
/// needed length (call again with a larger buffer when it exceeds `capacity`).
int32_t cicu_translit_ids(cicu_uchar *out, int32_t capacity, int32_t *error);

// MARK: Confusables (UTS #39)

typedef struct cicu_spoof cicu_spoof;

cicu_spoof *cicu_spoof_open(int32_t *error);
void cicu_spoof_close(cicu_spoof *s);
/// The UTS #39 skeleton of `src` (UTF-16); returns its length.
int32_t cicu_spoof_skeleton(const cicu_spoof *s, const cicu_uchar *src, int32_t length,
                            cicu_uchar *dst, int32_t capacity, int32_t *error);
/// ICU's USPOOF_MIXED_SCRIPT_CONFUSABLE-style result bits for two strings (0 = not confusable).
int32_t cicu_spoof_confusable(const cicu_spoof *s, const cicu_uchar *a, int32_t a_length,
                              const cicu_uchar *b, int32_t b_length, int32_t *error);

// MARK: Word boundaries (UAX #29)

typedef struct cicu_words cicu_words;

/// A word break iterator over UTF-8 text (offsets are UTF-8 byte offsets).
/// The text must stay alive and unchanged until the iterator is closed.
cicu_words *cicu_words_open(const char *locale, const uint8_t *utf8, int64_t length, int32_t *error);
void cicu_words_close(cicu_words *w);
/// The next boundary (UTF-8 offset), or -1 at the end; `*status` gets the rule
/// status of the token that ends there (0–99 none, 100s number, 200s letter,
/// 300s kana, 400s ideographic).
int64_t cicu_words_next(cicu_words *w, int32_t *status);

// MARK: Collation

typedef struct cicu_collator cicu_collator;

cicu_collator *cicu_collator_open(const char *locale, int32_t *error);
cicu_collator *cicu_collator_clone(const cicu_collator *c, int32_t *error);
void cicu_collator_close(cicu_collator *c);
/// -1, 0 or 1, comparing two UTF-8 strings.
int32_t cicu_collator_compare(const cicu_collator *c, const uint8_t *a, int32_t a_length,
                              const uint8_t *b, int32_t b_length, int32_t *error);
/// The sort key of a UTF-16 string; returns its length (including the final 0).
int32_t cicu_collator_sort_key(const cicu_collator *c, const cicu_uchar *src, int32_t length,
                               uint8_t *dst, int32_t capacity);

// MARK: Locales

/// Canonicalises a BCP 47 tag (`pt_br` → `pt-BR`) into `out`; returns its length.
/// `*error` is a failure when the tag is not well-formed or its language is not one ICU
/// knows (ISO 639: `english` and `xx` are refused).
int32_t cicu_canonical_language_tag(const char *tag, char *out, int32_t capacity, int32_t *error);
/// The script (a UScriptCode, as `cicu_script` gives) a language is most likely written in
/// (`uk` → Cyrillic, `sr-Latn` → Latin), from CLDR's likely subtags; -1 when unknown.
int32_t cicu_likely_script(const char *tag);

// MARK: Region names (CLDR through ICU's region data)

/// Every current ISO 3166 alpha-2 code, separated by U+000A, into `out`; returns the needed length.
int32_t cicu_iso_countries(char *out, int32_t capacity);
/// The region names of `locale` from the table `table` ("Countries",
/// "Countries%variant", "Countries%short"), as "CODE\tNAME\n" lines into
/// `out` (UTF-16); returns the needed length, or -1 when the locale has no such table.
int32_t cicu_region_names(const char *locale, const char *table, cicu_uchar *out, int32_t capacity, int32_t *error);

#endif
