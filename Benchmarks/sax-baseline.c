/*
 * The floor for ntdiag's XML reading: libxml2's SAX2 parser pulling a file through a read
 * callback, as ntdiag does, with the same options (no network, no entity substitution, limits on)
 * and callbacks that do nothing. Whatever ntdiag does beyond this is its own cost. (libxml2's
 * push parser fed the same file in 256 KiB chunks takes 10-15% longer here.)
 *
 *   cc -O2 -o sax-baseline sax-baseline.c $(pkg-config --cflags --libs libxml-2.0)
 *   ./sax-baseline FILE.xml      prints the number of elements seen
 */
#include <libxml/parser.h>
#include <stdio.h>
#include <string.h>

static unsigned long elements;

static void start(void *ctx, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri,
                  int nsCount, const xmlChar **ns, int attrCount, int defaulted, const xmlChar **attrs) {
    (void)ctx; (void)name; (void)prefix; (void)uri; (void)nsCount; (void)ns; (void)attrCount; (void)defaulted; (void)attrs;
    elements++;
}

static void end(void *ctx, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri) {
    (void)ctx; (void)name; (void)prefix; (void)uri;
}

static void characters(void *ctx, const xmlChar *text, int length) { (void)ctx; (void)text; (void)length; }

static void silent(void *ctx, const xmlError *error) { (void)ctx; (void)error; }

static int pull(void *file, char *buffer, int length) { return (int)fread(buffer, 1, (size_t)length, (FILE *)file); }

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: sax-baseline FILE.xml\n"); return 64; }
    FILE *file = fopen(argv[1], "rb");
    if (!file) { perror(argv[1]); return 2; }
    xmlSAXHandler handler;
    memset(&handler, 0, sizeof handler);
    handler.initialized = XML_SAX2_MAGIC;
    handler.startElementNs = start;
    handler.endElementNs = end;
    handler.characters = characters;
    handler.serror = (xmlStructuredErrorFunc)silent;
    xmlParserCtxtPtr parser = xmlCreateIOParserCtxt(&handler, NULL, pull, NULL, file, XML_CHAR_ENCODING_NONE);
    if (!parser) { fprintf(stderr, "%s: cannot create a parser\n", argv[1]); return 2; }
    xmlCtxtUseOptions(parser, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    xmlParseDocument(parser);
    xmlFreeParserCtxt(parser);
    fclose(file);
    printf("%lu elements\n", elements);
    return 0;
}
