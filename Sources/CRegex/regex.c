#include "CRegex.h"

#include <stdio.h>
#include <stdlib.h>
#include <unicode/uregex.h>
#include <unicode/ustring.h>

struct ntdiag_regex {
    URegularExpression *matcher;
    UChar *text;       /* the UTF-16 of the last text searched; ICU reads it until the next search */
    int32_t capacity;  /* in UTF-16 units */
};

/* ICU counts a search's work in ticks of 10,000 steps of its engine. The built-in rules'
   patterns take about one step per character (under 10 ticks on a 100 KB message); a search may
   take 100 ticks plus one per 100 characters, a hundred times that, and a pattern that backtracks
   without end, such as (a+)+$, gives up there (about 40 ms on a short message) and counts as no
   match. */
static int32_t time_limit(int32_t units) { return 100 + units / 100; }

/* A text buffer longer than this (in UTF-16 units) is freed after its search. */
static const int32_t large_text = 1 << 16;

static ntdiag_regex *wrap(URegularExpression *matcher) {
    ntdiag_regex *regex = calloc(1, sizeof *regex);
    if (!regex) {
        uregex_close(matcher);
        return NULL;
    }
    regex->matcher = matcher;
    return regex;
}

/* The UTF-16 of `length` bytes of UTF-8 into `regex`'s buffer, grown as needed; its length in
   units, or -1 when the bytes are not UTF-8 or memory ran out. */
static int32_t utf16(ntdiag_regex *regex, const char *text, int32_t length) {
    if (length < 0) return -1;
    /* UTF-8 never takes fewer bytes than UTF-16 takes units: `length` units always suffice. */
    if (length >= regex->capacity) {
        int32_t capacity = length < INT32_MAX - 256 ? length + 256 : INT32_MAX;
        UChar *grown = realloc(regex->text, (size_t)capacity * sizeof(UChar));
        if (!grown) return -1;
        regex->text = grown;
        regex->capacity = capacity;
    }
    UErrorCode status = U_ZERO_ERROR;
    int32_t units = 0;
    u_strFromUTF8(regex->text, regex->capacity, &units, text ? text : "", text ? length : 0, &status);
    return U_FAILURE(status) ? -1 : units;
}

ntdiag_regex *ntdiag_regex_compile(const char *pattern, int32_t length, char *error, size_t error_size) {
    ntdiag_regex source = {0};
    int32_t units = utf16(&source, pattern, length);
    UParseError place = {0};
    UErrorCode status = units < 0 ? U_INVALID_CHAR_FOUND : U_ZERO_ERROR;
    URegularExpression *matcher = units < 0 ? NULL : uregex_open(source.text, units, UREGEX_CASE_INSENSITIVE, &place, &status);
    free(source.text);
    if (U_FAILURE(status)) {
        if (matcher) uregex_close(matcher);
        if (error && error_size > 0) {
            if (place.offset >= 0) snprintf(error, error_size, "%s at character %d", u_errorName(status), place.offset + 1);
            else snprintf(error, error_size, "%s", u_errorName(status));
        }
        return NULL;
    }
    return wrap(matcher);
}

ntdiag_regex *ntdiag_regex_copy(const ntdiag_regex *regex) {
    UErrorCode status = U_ZERO_ERROR;
    URegularExpression *matcher = uregex_clone(regex->matcher, &status);
    if (U_FAILURE(status)) {
        if (matcher) uregex_close(matcher);
        return NULL;
    }
    return wrap(matcher);
}

void ntdiag_regex_free(ntdiag_regex *regex) {
    if (!regex) return;
    uregex_close(regex->matcher);
    free(regex->text);
    free(regex);
}

int ntdiag_regex_find(ntdiag_regex *regex, const char *text, int32_t length) {
    int32_t units = utf16(regex, text, length);
    if (units < 0) return -1;
    UErrorCode status = U_ZERO_ERROR;
    uregex_setTimeLimit(regex->matcher, time_limit(units), &status);
    uregex_setText(regex->matcher, regex->text, units, &status);
    UBool found = uregex_find(regex->matcher, 0, &status);
    int result = U_FAILURE(status) ? -1 : found ? 1 : 0;
    /* The buffer of a long message is not kept: memory stays flat whatever the log holds. */
    if (regex->capacity > large_text) {
        static const UChar empty[1] = {0};
        UErrorCode ignored = U_ZERO_ERROR;
        uregex_setText(regex->matcher, empty, 0, &ignored);
        free(regex->text);
        regex->text = NULL;
        regex->capacity = 0;
    }
    return result;
}
