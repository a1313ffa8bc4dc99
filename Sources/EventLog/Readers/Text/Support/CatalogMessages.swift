/// A text reader's view of the built-in message catalog, looked up once per source.
///
/// Text exports carry rendered messages but no insertion strings (dumpel the other way round);
/// the catalog gives back what is missing: the strings from a known template of the event (so a
/// Save Dump 1001 read from a text export has its STOP code as `%1`, as when read from `.evt`) or
/// from Windows' "description could not be found" text, which lists them. A log has a few dozen
/// sources; the cache is bounded anyway.
struct CatalogMessages {
    private var bySource: [String: MessageCatalog.SourceMessages] = [:]

    /// The insertion strings behind a message, or empty when it fits no known template.
    mutating func strings(source: String, id: UInt16, message: String) -> [String] {
        if let listed = MessageCatalog.notFoundStrings(message) { return listed }
        return messages(for: source).insertionStrings(id: id, message: message) ?? []
    }

    /// The message of an event from its strings, when the catalog knows the event and every
    /// `%n` of the template has a string; nil otherwise (no "could not be found" text is made up).
    mutating func message(source: String, id: UInt16, strings: [String]) -> String? {
        guard let template = messages(for: source).template(id: id, strings: strings),
              template.insertionCount <= strings.count else { return nil }
        return template.render(strings)
    }

    private mutating func messages(for source: String) -> MessageCatalog.SourceMessages {
        if let known = bySource[source] { return known }
        let messages = MessageCatalog.messages(forSource: source)
        if bySource.count >= 1024 { bySource.removeAll(keepingCapacity: true) }
        bySource[source] = messages
        return messages
    }
}
