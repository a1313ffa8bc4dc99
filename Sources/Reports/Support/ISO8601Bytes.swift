import EventLog

/// ISO 8601 text of an `EventTime` written straight into a byte buffer (the same text as
/// `EventTime.iso8601`, without building intermediate Strings).
public enum ISO8601Bytes {
    public static func append(_ time: EventTime, to out: inout [UInt8]) {
        let c = time.components
        DecimalBytes.appendPadded(c.year, width: 4, to: &out)
        out.append(0x2D)
        DecimalBytes.appendPadded(c.month, width: 2, to: &out)
        out.append(0x2D)
        DecimalBytes.appendPadded(c.day, width: 2, to: &out)
        out.append(0x54)
        DecimalBytes.appendPadded(c.hour, width: 2, to: &out)
        out.append(0x3A)
        DecimalBytes.appendPadded(c.minute, width: 2, to: &out)
        out.append(0x3A)
        DecimalBytes.appendPadded(c.second, width: 2, to: &out)
        if time.nanoseconds > 0 {
            out.append(0x2E)
            var value = Int(time.nanoseconds)
            var width = 9
            while value % 10 == 0 { value /= 10; width -= 1 }
            DecimalBytes.appendPadded(value, width: width, to: &out)
        }
        if time.isUTC { out.append(0x5A) }
    }
}
