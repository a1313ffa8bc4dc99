import CLibXML2

/// An HTML page parsed back with libxml2's HTML parser (no network), as a simple tree the
/// tests can query: elements by name and class, attributes, text.
final class HTMLDocument {
    /// One element: its name, attributes, children and text.
    final class Element {
        let name: String
        let attributes: [(name: String, value: String)]
        private(set) var children: [Element] = []
        /// Text and elements in document order, for `text`.
        private var parts: [Part] = []

        enum Part {
            case text(String)
            case element(Element)
        }

        init(name: String, attributes: [(String, String)]) {
            self.name = name
            self.attributes = attributes
        }

        func append(_ child: Element) {
            children.append(child)
            parts.append(.element(child))
        }

        func append(text: String) { parts.append(.text(text)) }

        func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

        var classes: [String] { (attribute("class") ?? "").split(separator: " ").map(String.init) }

        func hasClass(_ name: String) -> Bool { classes.contains(name) }

        /// The text of the element and everything in it.
        var text: String {
            parts.map { part in
                switch part {
                case .text(let text): return text
                case .element(let element): return element.text
                }
            }.joined()
        }

        /// Every element below this one (depth first, document order).
        var descendants: [Element] { children.flatMap { [$0] + $0.descendants } }

        func all(_ name: String, class wanted: String? = nil) -> [Element] {
            descendants.filter { $0.name == name && (wanted.map($0.hasClass) ?? true) }
        }
    }

    let root: Element

    init?(_ html: String) {
        let bytes = Array(html.utf8)
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { htmlReadMemory($0, Int32(buffer.count), "report.html", "UTF-8", options) }
            }
        }
        guard let document = parsed, let top = xmlDocGetRootElement(document) else { return nil }
        defer { xmlFreeDoc(document) }
        root = HTMLDocument.convert(top)
    }

    private static func convert(_ node: xmlNodePtr) -> Element {
        var attributes: [(String, String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            var text = current.pointee.children
            while let node = text {
                if let content = node.pointee.content { value += String(cString: content) }
                text = node.pointee.next
            }
            attributes.append((String(cString: current.pointee.name), value))
            attribute = current.pointee.next
        }
        let element = Element(name: String(cString: node.pointee.name), attributes: attributes)
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE: element.append(convert(current))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { element.append(text: String(cString: content)) }
            default: break
            }
            child = current.pointee.next
        }
        return element
    }

    var elements: [Element] { [root] + root.descendants }

    func all(_ name: String, class wanted: String? = nil) -> [Element] {
        elements.filter { $0.name == name && (wanted.map($0.hasClass) ?? true) }
    }

    func element(id: String) -> Element? { elements.first { $0.attribute("id") == id } }
}
