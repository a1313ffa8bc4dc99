/// What the two Vista+ Event Viewer text exports ("Save All Events As…" → Text (Tab delimited) or
/// CSV (Comma Separated)) have in common: a header of five column names, then rows of six fields
/// whose sixth, unnamed, is the description, quoted and often over many lines (RFC 4180).
///
/// The header is in the exporting machine's language: English, German, French, Spanish, Italian,
/// Portuguese and Dutch names are known, and a header of five unknown names is still accepted
/// when the row after it has a date in the second column and a number in the fourth. Security
/// log exports name the first column `Keywords` (`Audit Success`/`Audit Failure`) instead of
/// `Level`. Dates are local, in the user's locale (day/month order decided per file).
enum VistaEventViewerExport {
    /// Known names of each of the five columns, as `TabularLayout.key` reduces them.
    static let columnNames: [Set<String>] = [
        ["level", "keywords", "ebene", "schlüsselwörter", "niveau", "motsclés", "motsclefs", "nivel", "palabrasclave",
         "livello", "parolechiave", "nível", "palavraschave", "trefwoorden"],
        ["dateandtime", "datumunduhrzeit", "dateetheure", "fechayhora", "dataeora", "dataehora", "datumentijd"],
        ["source", "quelle", "origen", "origine", "fonte", "bron"],
        ["eventid", "ereignisid", "iddelévénement", "idévénement", "iddévénement", "iddelevento", "iddelevento",
         "idevento", "iddoevento", "identificaçãodoevento", "gebeurtenisid"],
        ["taskcategory", "aufgabenkategorie", "catégoriedelatâche", "catégoriedetâche", "categoríadelatarea",
         "categoriaattività", "categoriadatarefa", "taakcategorie"],
    ]

    static let roles: [ColumnRole] = [.typeName, .timeGenerated, .source, .eventID, .categoryName, .message]

    /// The layout of a sample whose header is a Vista+ export header with this delimiter, or nil.
    static func layout(of sample: FileSample, delimiter: UInt8) -> TabularLayout? {
        let lines = sample.numberedLines(2)
        guard let header = lines.first else { return nil }
        let names = header.bytes.withUnsafeBufferPointer { LineFields.strings($0, delimiter: delimiter) }
        // Some exporters name the sixth column ("Description", "Details"); most leave it out.
        guard names.count == 5 || (names.count == 6 && !names[5].contains(where: \.isNumber)) else { return nil }
        let matches = zip(columnNames, names).filter { $0.0.contains(TabularLayout.key($0.1)) }.count
        let layout = TabularLayout(delimiter: delimiter, roles: roles, headerLine: header.number, minimumFields: 5)
        if matches >= 4 { return layout }
        // An unknown language: five names without digits, then a row shaped like an event.
        guard names.prefix(5).allSatisfy({ !$0.isEmpty && !$0.contains(where: \.isNumber) }),
              lines.count > 1, lines[1].bytes.withUnsafeBufferPointer(layout.looksLikeRecordStart) else { return nil }
        return layout
    }
}
