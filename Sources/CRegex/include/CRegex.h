#ifndef NTDIAG_CREGEX_H
#define NTDIAG_CREGEX_H
/*
 * ICU's regular expressions for the rules' `regex` conditions, behind a header that shows no
 * ICU type: Swift modules that also see libxml2 (whose headers include the system's ICU) and
 * Foundation (which carries its own copy of ICU's headers) would otherwise meet two definitions
 * of the same C types. ICU's version-suffixed names (uregex_open_72) stay inside regex.c too.
 */
#include <stddef.h>
#include <stdint.h>

/* A compiled pattern, its matcher and the UTF-16 text it searches: one thread at a time. */
typedef struct ntdiag_regex ntdiag_regex;

/* Compiles `pattern` (UTF-8), matched without regard to case. NULL when it does not compile,
   with ICU's reason and place written into `error`. */
ntdiag_regex *ntdiag_regex_compile(const char *pattern, int32_t length, char *error, size_t error_size);

/* A copy for another thread (NULL when out of memory). */
ntdiag_regex *ntdiag_regex_copy(const ntdiag_regex *regex);

void ntdiag_regex_free(ntdiag_regex *regex);

/* 1 when the pattern occurs in `length` bytes of UTF-8 at `text`, 0 when not, -1 when the text
   is not UTF-8, memory ran out or the search took longer than any reasonable pattern does. */
int ntdiag_regex_find(ntdiag_regex *regex, const char *text, int32_t length);

#endif
