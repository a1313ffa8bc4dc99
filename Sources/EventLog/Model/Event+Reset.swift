extension Event {
    /// Empties every field in place, for readers that gather one event after another in the same
    /// value: assigning a fresh `Event()` builds a temporary and copies it in (hundreds of
    /// instructions per event in a reader that does little else).
    mutating func reset() {
        source = ""
        id = 0
        fullID = nil
        type = .information
        categoryNumber = nil
        categoryName = nil
        timeGenerated = nil
        timeWritten = nil
        recordNumber = nil
        log = nil
        computer = nil
        userSID = nil
        userName = nil
        if !strings.isEmpty { strings = [] }
        message = nil
        if !data.isEmpty { data = [] }
        origin = EventOrigin()
        isRecovered = false
    }
}
