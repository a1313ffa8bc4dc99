/*
 * The floor for ntdiag's XML reading: libxml2's SAX2 push parser fed a file in 256 KiB chunks,
 * with the same options as ntdiag (no network, no entity substitution, limits on) and callbacks
 * that do nothing. Whatever ntdiag does beyond this is its own cost.
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
    static char chunk[256 << 10];
    size_t got = fread(chunk, 1, 4, file);
    xmlParserCtxtPtr parser = xmlCreatePushParserCtxt(&handler, NULL, chunk, (int)got, argv[1]);
    xmlCtxtUseOptions(parser, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    while ((got = fread(chunk, 1, sizeof chunk, file)) > 0) xmlParseChunk(parser, chunk, (int)got, 0);
    xmlParseChunk(parser, chunk, 0, 1);
    xmlFreeParserCtxt(parser);
    fclose(file);
    printf("%lu elements\n", elements);
    return 0;
}
