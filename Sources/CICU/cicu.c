// Thin wrappers over ICU; see include/cicu.h for the contract of each.
#include "cicu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucol.h>
#include <unicode/uchar.h>
#include <unicode/uenum.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

const char *cicu_error_name(int32_t code) { return u_errorName((UErrorCode)code); }

int32_t cicu_failure(int32_t code) { return U_FAILURE((UErrorCode)code) ? 1 : 0; }

void cicu_version(char *out, int32_t capacity) {
    UVersionInfo v;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(v);
    u_versionToString(v, text);
    if (capacity > 0) {
        strncpy(out, text, (size_t)capacity - 1);
        out[capacity - 1] = 0;
    }
}

static const UNormalizer2 *normalizer(int32_t form, UErrorCode *e) {
    switch (form) {
    case CICU_NFC: return unorm2_getNFCInstance(e);
    case CICU_NFD: return unorm2_getNFDInstance(e);
    case CICU_NFKC: return unorm2_getNFKCInstance(e);
    case CICU_NFKD: return unorm2_getNFKDInstance(e);
    case CICU_NFKC_CASEFOLD: return unorm2_getNFKCCasefoldInstance(e);
    default: *e = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
    }
}

int32_t cicu_normalize(int32_t form, const cicu_uchar *src, int32_t length,
                       cicu_uchar *dst, int32_t capacity, int32_t *error) {
    UErrorCode e = U_ZERO_ERROR;
    const UNormalizer2 *n = normalizer(form, &e);
    int32_t r = 0;
    if (U_SUCCESS(e)) r = unorm2_normalize(n, (const UChar *)src, length, (UChar *)dst, capacity, &e);
    *error = e;
    return r;
}

int32_t cicu_is_normalized(int32_t form, const cicu_uchar *src, int32_t length, int32_t *error) {
    UErrorCode e = U_ZERO_ERROR;
    const UNormalizer2 *n = normalizer(form, &e);
    UBool r = 0;
    if (U_SUCCESS(e)) r = unorm2_isNormalized(n, (const UChar *)src, length, &e);
    *error = e;
    return r ? 1 : 0;
}

int32_t cicu_nfkc_boundary_before(int32_t c) {
    UErrorCode e = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFKCInstance(&e);
    return U_SUCCESS(e) && unorm2_hasBoundaryBefore(n, (UChar32)c) ? 1 : 0;
}

int32_t cicu_fold_case(const cicu_uchar *src, int32_t length, int32_t turkic,
                       cicu_uchar *dst, int32_t capacity, int32_t *error) {
    UErrorCode e = U_ZERO_ERROR;
    int32_t r = u_strFoldCase((UChar *)dst, capacity, (const UChar *)src, length,
                              turkic ? U_FOLD_CASE_EXCLUDE_SPECIAL_I : U_FOLD_CASE_DEFAULT, &e);
    *error = e;
    return r;
}

int32_t cicu_map_case(int32_t mode, const char *locale, const cicu_uchar *src, int32_t length,
                      cicu_uchar *dst, int32_t capacity, int32_t *error) {
    UErrorCode e = U_ZERO_ERROR;
    int32_t r = 0;
    switch (mode) {
    case 0: r = u_strToLower((UChar *)dst, capacity, (const UChar *)src, length, locale, &e); break;
    case 1: r = u_strToUpper((UChar *)dst, capacity, (const UChar *)src, length, locale, &e); break;
    case 2: r = u_strToTitle((UChar *)dst, capacity, (const UChar *)src, length, NULL, locale, &e); break;
    default: e = U_ILLEGAL_ARGUMENT_ERROR;
    }
    *error = e;
    return r;
}

int32_t cicu_char_type(int32_t c) { return (int32_t)u_charType((UChar32)c); }
int32_t cicu_is_default_ignorable(int32_t c) {
    return u_hasBinaryProperty((UChar32)c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT) ? 1 : 0;
}

int32_t cicu_char_name(int32_t c, char *out, int32_t capacity) {
    UErrorCode e = U_ZERO_ERROR;
    int32_t n = u_charName((UChar32)c, U_UNICODE_CHAR_NAME, out, capacity, &e);
    if (U_SUCCESS(e) && n > 0) return n;
    // Control characters have no name: "<control-0007>".
    e = U_ZERO_ERROR;
    n = u_charName((UChar32)c, U_EXTENDED_CHAR_NAME, out, capacity, &e);
    return U_SUCCESS(e) ? n : 0;
}

int32_t cicu_script(int32_t c) {
    UErrorCode e = U_ZERO_ERROR;
    UScriptCode s = uscript_getScript((UChar32)c, &e);
    return U_SUCCESS(e) ? (int32_t)s : -1;
}

int32_t cicu_script_extensions(int32_t c, int32_t *out, int32_t capacity) {
    UErrorCode e = U_ZERO_ERROR;
    UScriptCode buffer[32];
    int32_t n = uscript_getScriptExtensions((UChar32)c, buffer, 32, &e);
    if (U_FAILURE(e)) return 0;
    for (int32_t i = 0; i < n && i < capacity; i++) out[i] = (int32_t)buffer[i];
    return n;
}

const char *cicu_script_name(int32_t script) { return uscript_getName((UScriptCode)script); }

cicu_translit *cicu_translit_open(const cicu_uchar *id, int32_t id_length,
                                  const cicu_uchar *rules, int32_t rules_length,
                                  int32_t *error, int32_t *error_line, int32_t *error_offset,
                                  cicu_uchar *error_context, int32_t context_capacity) {
    UErrorCode e = U_ZERO_ERROR;
    UParseError pe;
    memset(&pe, 0, sizeof pe);
    UTransliterator *t = utrans_openU((const UChar *)id, id_length, UTRANS_FORWARD,
                                      (const UChar *)rules, rules ? rules_length : 0, &pe, &e);
    *error = e;
    *error_line = pe.line;
    *error_offset = pe.offset;
    if (context_capacity > 0) {
        int32_t n = u_strlen(pe.preContext);
        if (n >= context_capacity) n = context_capacity - 1;
        memcpy(error_context, pe.preContext, (size_t)n * sizeof(UChar));
        error_context[n] = 0;
    }
    if (U_FAILURE(e)) {
        if (t) utrans_close(t);
        return NULL;
    }
    return (cicu_translit *)t;
}

cicu_translit *cicu_translit_clone(const cicu_translit *t, int32_t *error) {
    UErrorCode e = U_ZERO_ERROR;
    UTransliterator *c = utrans_clone((const UTransliterator *)t, &e);
    *error = e;
    return (cicu_translit *)c;
}

void cicu_translit_close(cicu_translit *t) { utrans_close((UTransliterator *)t); }

int32_t cicu_translit_apply(const cicu_translit *t, cicu_uchar *buffer, int32_t *length,
                            int32_t capacity) {
    UErrorCode e = U_ZERO_ERROR;
    int32_t limit = *length;
    utrans_transUChars((const UTransliterator *)t, (UChar *)buffer, length, capacity, 0, &limit, &e);
    return e;
}

int32_t cicu_translit_ids(cicu_uchar *out, int32_t capacity, int32_t *error) {
    UErrorCode e = U_ZERO_ERROR;
    UEnumeration *ids = utrans_openIDs(&e);
    int32_t total = 0;
    if (U_SUCCESS(e)) {
        int32_t n;
        const UChar *id;
        while ((id = uenum_unext(ids, &n, &e)) != NULL && U_SUCCESS(e)) {
            if (total > 0) {
                if (total < capacity) out[total] = 0x0A;
                total++;
            }
            for (int32_t i = 0; i < n; i++, total++)
                if (total < capacity) out[total] = id[i];
        }
        uenum_close(ids);
    }
    *error = e;
    return total;
}

cicu_spoof *cicu_spoof_open(int32_t *error) {
    UErrorCode e = U_ZERO_ERROR;
    USpoofChecker *s = uspoof_open(&e);
    if (U_SUCCESS(e)) uspoof_setChecks(s, USPOOF_ALL_CHECKS, &e);
    *error = e;
    return (cicu_spoof *)s;
}

void cicu_spoof_close(cicu_spoof *s) { uspoof_close((USpoofChecker *)s); }

int32_t cicu_spoof_skeleton(const cicu_spoof *s, const cicu_uchar *src, int32_t length,
                            cicu_uchar *dst, int32_t capacity, int32_t *error) {
    UErrorCode e = U_ZERO_ERROR;
    int32_t r = uspoof_getSkeleton((const USpoofChecker *)s, 0, (const UChar *)src, length,
                                   (UChar *)dst, capacity, &e);
    *error = e;
    return r;
}

int32_t cicu_spoof_confusable(const cicu_spoof *s, const cicu_uchar *a, int32_t a_length,
                              const cicu_uchar *b, int32_t b_length, int32_t *error) {
    UErrorCode e = U_ZERO_ERROR;
    int32_t r = uspoof_areConfusable((const USpoofChecker *)s, (const UChar *)a, a_length,
                                     (const UChar *)b, b_length, &e);
    *error = e;
    return r;
}

struct cicu_words {
    UBreakIterator *iterator;
    UText *text;
};

cicu_words *cicu_words_open(const char *locale, const uint8_t *utf8, int64_t length, int32_t *error) {
    UErrorCode e = U_ZERO_ERROR;
    UText *text = utext_openUTF8(NULL, (const char *)utf8, length, &e);
    UBreakIterator *bi = U_SUCCESS(e) ? ubrk_open(UBRK_WORD, locale, NULL, 0, &e) : NULL;
    if (U_SUCCESS(e)) ubrk_setUText(bi, text, &e);
    *error = e;
    if (U_FAILURE(e)) {
        if (bi) ubrk_close(bi);
        if (text) utext_close(text);
        return NULL;
    }
    cicu_words *w = (cicu_words *)malloc(sizeof(cicu_words));
    w->iterator = bi;
    w->text = text;
    return w;
}

void cicu_words_close(cicu_words *w) {
    if (!w) return;
    ubrk_close(w->iterator);
    utext_close(w->text);
    free(w);
}

int64_t cicu_words_next(cicu_words *w, int32_t *status) {
    int32_t b = ubrk_next(w->iterator);
    if (b == UBRK_DONE) return -1;
    *status = ubrk_getRuleStatus(w->iterator);
    return b;
}

cicu_collator *cicu_collator_open(const char *locale, int32_t *error) {
    UErrorCode e = U_ZERO_ERROR;
    UCollator *c = ucol_open(locale, &e);
    *error = e;
    return (cicu_collator *)c;
}

cicu_collator *cicu_collator_clone(const cicu_collator *c, int32_t *error) {
    UErrorCode e = U_ZERO_ERROR;
    UCollator *r = ucol_clone((const UCollator *)c, &e);
    *error = e;
    return (cicu_collator *)r;
}

void cicu_collator_close(cicu_collator *c) { ucol_close((UCollator *)c); }

int32_t cicu_collator_compare(const cicu_collator *c, const uint8_t *a, int32_t a_length,
                              const uint8_t *b, int32_t b_length, int32_t *error) {
    UErrorCode e = U_ZERO_ERROR;
    UCollationResult r = ucol_strcollUTF8((const UCollator *)c, (const char *)a, a_length,
                                          (const char *)b, b_length, &e);
    *error = e;
    return (int32_t)r;
}

int32_t cicu_collator_sort_key(const cicu_collator *c, const cicu_uchar *src, int32_t length,
                               uint8_t *dst, int32_t capacity) {
    return ucol_getSortKey((const UCollator *)c, (const UChar *)src, length, dst, capacity);
}

int32_t cicu_canonical_language_tag(const char *tag, char *out, int32_t capacity, int32_t *error) {
    UErrorCode e = U_ZERO_ERROR;
    char locale[ULOC_FULLNAME_CAPACITY];
    int32_t parsed = 0;
    int32_t n = (int32_t)strlen(tag);
    uloc_forLanguageTag(tag, locale, ULOC_FULLNAME_CAPACITY, &parsed, &e);
    if (U_SUCCESS(e) && (parsed != n || n == 0)) e = U_ILLEGAL_ARGUMENT_ERROR;
    // Well-formed is not enough: "english" or "xx" parse, but name no language ICU knows.
    if (U_SUCCESS(e)) {
        char language[ULOC_LANG_CAPACITY];
        UErrorCode le = U_ZERO_ERROR;
        int32_t ln = uloc_getLanguage(locale, language, ULOC_LANG_CAPACITY, &le);
        if (U_FAILURE(le) || ln <= 0 || (strcmp(language, "und") != 0 && uloc_getISO3Language(locale)[0] == 0))
            e = U_ILLEGAL_ARGUMENT_ERROR;
    }
    int32_t r = 0;
    if (U_SUCCESS(e)) r = uloc_toLanguageTag(locale, out, capacity, 1, &e);
    *error = e;
    return r;
}

int32_t cicu_likely_script(const char *tag) {
    UErrorCode e = U_ZERO_ERROR;
    char locale[ULOC_FULLNAME_CAPACITY], full[ULOC_FULLNAME_CAPACITY], script[16];
    int32_t parsed = 0;
    uloc_forLanguageTag(tag, locale, ULOC_FULLNAME_CAPACITY, &parsed, &e);
    if (U_SUCCESS(e)) uloc_addLikelySubtags(locale, full, ULOC_FULLNAME_CAPACITY, &e);
    int32_t n = 0;
    if (U_SUCCESS(e)) n = uloc_getScript(full, script, sizeof script, &e);
    if (U_FAILURE(e) || n <= 0 || n >= (int32_t)sizeof script) return -1;
    UScriptCode code;
    int32_t found = uscript_getCode(script, &code, 1, &e);
    return U_SUCCESS(e) && found == 1 ? (int32_t)code : -1;
}

int32_t cicu_iso_countries(char *out, int32_t capacity) {
    const char *const *codes = uloc_getISOCountries();
    int32_t total = 0;
    for (int32_t i = 0; codes[i] != NULL; i++) {
        for (const char *c = codes[i]; *c; c++, total++)
            if (total < capacity) out[total] = *c;
        if (total < capacity) out[total] = '\n';
        total++;
    }
    return total;
}

int32_t cicu_region_names(const char *locale, const char *table, cicu_uchar *out, int32_t capacity, int32_t *error) {
    UErrorCode e = U_ZERO_ERROR;
    // The region names live in their own data tree, "icudt72l-region" (ICU's internal U_ICUDATA_REGION).
    UResourceBundle *bundle = ures_open(U_ICUDATA_NAME "-region", locale, &e);
    // An unknown locale would silently get the default locale's names.
    if (e == U_USING_DEFAULT_WARNING) e = U_MISSING_RESOURCE_ERROR;
    UResourceBundle *names = U_SUCCESS(e) ? ures_getByKey(bundle, table, NULL, &e) : NULL;
    if (U_FAILURE(e)) {
        if (names) ures_close(names);
        if (bundle) ures_close(bundle);
        *error = e == U_MISSING_RESOURCE_ERROR ? U_ZERO_ERROR : e;
        return -1;
    }
    int32_t total = 0;
    ures_resetIterator(names);
    while (ures_hasNext(names)) {
        UErrorCode ie = U_ZERO_ERROR;
        const char *key = NULL;
        int32_t n = 0;
        const UChar *value = ures_getNextString(names, &n, &key, &ie);
        if (U_FAILURE(ie) || key == NULL) continue;
        for (const char *k = key; *k; k++, total++)
            if (total < capacity) out[total] = (cicu_uchar)(unsigned char)*k;
        if (total < capacity) out[total] = 0x09;
        total++;
        for (int32_t i = 0; i < n; i++, total++)
            if (total < capacity) out[total] = value[i];
        if (total < capacity) out[total] = 0x0A;
        total++;
    }
    ures_close(names);
    ures_close(bundle);
    *error = U_ZERO_ERROR;
    return total;
}
