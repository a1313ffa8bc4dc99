import CLibXML2

/// One libxml2 parser context, set up the only way ntdiag lets libxml2 read evidence: SAX2
/// callbacks into an `XMLSAXSession`, no network, no DTD loading, no entity substitution, and
/// the built-in limits (nesting depth, text and lookahead size) left on.
///
/// libxml2 pulls its input through a read callback from an `XMLInput` (the pull parser
/// reads 10–15% faster than the push parser fed the same chunks: it does not look ahead for the
/// end of each tag before parsing it). Entity declarations are refused by the session's
/// `entityDecl` callback, which stops the parser before anything could be expanded; libxml2's own
/// messages go to the session (never to stderr).
final class XMLPullParser {
    /// `XML_PARSE_NONET`, errors and warnings routed to our handler only. Deliberately without
    /// `XML_PARSE_NOENT`, `XML_PARSE_DTDLOAD` and `XML_PARSE_HUGE` (which would lift the limits).
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    private let context: xmlParserCtxtPtr

    /// Creates a parser delivering to `session` what it reads from `input`. Both must outlive it.
    init?(session: XMLSAXSession, input: XMLInput) {
        xmlInitParser()
        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.startElementNs = xmlStartElement
        handler.endElementNs = xmlEndElement
        handler.characters = xmlCharacters
        handler.cdataBlock = xmlCharacters
        handler.entityDecl = xmlEntityDeclaration
        handler.serror = xmlStructuredError
        let user = Unmanaged.passUnretained(session).toOpaque()
        let source = Unmanaged.passUnretained(input).toOpaque()
        guard let context = xmlCreateIOParserCtxt(&handler, user, xmlRead, nil, source, XML_CHAR_ENCODING_NONE) else { return nil }
        xmlCtxtUseOptions(context, XMLPullParser.options)
        self.context = context
        session.attach(context)
    }

    deinit { xmlFreeParserCtxt(context) }

    /// Parses until the input ends, a fatal error, or a stop.
    func parse() { _ = xmlParseDocument(context) }

    /// Stops the parser from inside a callback: nothing more is parsed or reported.
    static func stop(_ context: xmlParserCtxtPtr) { xmlStopParser(context) }
}

// MARK: - C callbacks (they only find the session and forward)

/// Calls `body` with the session a callback belongs to, without retaining it (the reader keeps
/// it alive for the whole parse; retain/release per callback would cost more than the callback).
@inline(__always)
private func withSession(_ context: UnsafeMutableRawPointer?, _ body: (XMLSAXSession) -> Void) {
    guard let context else { return }
    Unmanaged<XMLSAXSession>.fromOpaque(context)._withUnsafeGuaranteedRef(body)
}

private let xmlRead: xmlInputReadCallback = { context, buffer, length in
    guard let context, let buffer, length > 0 else { return 0 }
    // The input is kept alive by its reader for the whole parse.
    let input = Unmanaged<XMLInput>.fromOpaque(context).takeUnretainedValue()
    return Int32(input.read(into: UnsafeMutableRawPointer(buffer).assumingMemoryBound(to: UInt8.self), capacity: Int(length)))
}

private let xmlStartElement: startElementNsSAX2Func = { context, localName, _, _, _, _, attributeCount, _, attributes in
    guard let localName else { return }
    withSession(context) { $0.startElement(localName, XMLAttributes(base: attributes, count: Int(attributeCount))) }
}

private let xmlEndElement: endElementNsSAX2Func = { context, localName, _, _ in
    guard let localName else { return }
    withSession(context) { $0.endElement(localName) }
}

private let xmlCharacters: charactersSAXFunc = { context, bytes, length in
    guard let bytes, length > 0 else { return }
    withSession(context) { $0.characters(UnsafeBufferPointer(start: bytes, count: Int(length))) }
}

private let xmlEntityDeclaration: entityDeclSAXFunc = { context, name, _, _, _, _ in
    withSession(context) { $0.refuseEntityDeclaration(name.map { String(cString: $0) } ?? "") }
}

private let xmlStructuredError: xmlStructuredErrorFunc = { context, error in
    guard let error else { return }
    withSession(context) { $0.libxmlError(error.pointee) }
}

/// The attributes libxml2's SAX2 `startElementNs` hands over: five pointers per attribute
/// (local name, prefix, URI, value start, value end). Values are not NUL-terminated.
struct XMLAttributes {
    let base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int

    /// Calls `body` with each attribute's interned local name and its value bytes, in order.
    @inline(__always)
    func forEach(_ body: (UnsafePointer<xmlChar>, UnsafeBufferPointer<UInt8>) -> Void) {
        guard let base else { return }
        for index in 0..<count {
            let entry = base + index * 5
            guard let name = entry[0], let start = entry[3], let end = entry[4], end >= start else { continue }
            body(name, UnsafeBufferPointer(start: start, count: end - start))
        }
    }
}
