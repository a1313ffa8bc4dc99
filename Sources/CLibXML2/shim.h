#ifndef NTDIAG_CLIBXML2_SHIM_H
#define NTDIAG_CLIBXML2_SHIM_H
/*
 * libxml2 as Debian builds it includes the system's ICU headers (<unicode/ucnv.h>) for its
 * ICU-backed encoding handlers. Foundation carries its own copy of ICU's headers, and a Swift
 * module that sees both meets two definitions of the same C types ("UErrorCode has different
 * definitions in different modules"). ntdiag never touches libxml2's encoding handlers, so the
 * ICU part of libxml2's headers is left out; the library itself is unchanged.
 */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#endif
