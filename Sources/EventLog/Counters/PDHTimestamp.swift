/// The sample times of PDH logs: `09/16/2021 07:51:58.569`, always month first and a 24-hour
/// clock, whatever the machine's locale.
enum PDHTimestamp {
    static func parse(_ bytes: TextBytes) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, nanosecond: Int)? {
        let text = bytes.trimmed()
        var position = 0
        func number(maxDigits: Int) -> Int? {
            var value = 0, digits = 0
            while position < text.count, digits < maxDigits, ASCII.isDigit(text[position]) {
                value = value * 10 + Int(text[position] - 0x30)
                position += 1
                digits += 1
            }
            return digits == 0 ? nil : value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard position < text.count, text[position] == byte else { return false }
            position += 1
            return true
        }
        guard let month = number(maxDigits: 2), expect(ASCII.slash), let day = number(maxDigits: 2), expect(ASCII.slash),
              let year = number(maxDigits: 4), expect(ASCII.space), let hour = number(maxDigits: 2), expect(ASCII.colon),
              let minute = number(maxDigits: 2), expect(ASCII.colon), let second = number(maxDigits: 2) else { return nil }
        var nanosecond = 0
        if expect(ASCII.dot) {
            var scale = 100_000_000
            while position < text.count, ASCII.isDigit(text[position]) {
                nanosecond += Int(text[position] - 0x30) * scale
                scale /= 10
                position += 1
            }
        }
        guard position == text.count else { return nil }
        return (year, month, day, hour, minute, second, nanosecond)
    }
}
