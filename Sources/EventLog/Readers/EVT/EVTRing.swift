/// The circular data area of an `.evt` file (from 0x30 to the end of the file), read through a
/// bounded window.
///
/// Records are appended round this ring; one that does not fit before the end of the file
/// continues at 0x30. `bytes(at:count:)` hands out the bytes of any ring range as one contiguous
/// buffer, gathering wrapped ranges into a scratch buffer, so the structures above never see the
/// wrap. Memory is the window plus one record's worth of scratch, whatever the file's size: the
/// file is neither slurped nor mapped.
final class EVTRing {
    let file: InputFile
    /// Offset of the first byte of the ring (just after the header).
    let base = EVTFormat.headerSize
    /// Offset just past the ring's last byte: the file's size (offsets are 32-bit in the format).
    let end: Int
    /// The ring's size in bytes (0 when the file holds no more than a header).
    var size: Int { end - base }

    private let windowCapacity: Int
    private let window: UnsafeMutableRawBufferPointer
    private var windowStart = 0
    private var windowCount = 0
    private let scratch: UnsafeMutableRawBufferPointer

    init(file: InputFile, windowSize: Int = 4 << 20) {
        self.file = file
        end = max(EVTFormat.headerSize, Int(min(file.size, Int64(UInt32.max))))
        windowCapacity = max(windowSize, EVTFormat.maximumRecordRead)
        window = .allocate(byteCount: windowCapacity, alignment: 16)
        scratch = .allocate(byteCount: EVTFormat.maximumRecordRead, alignment: 16)
    }

    deinit {
        window.deallocate()
        scratch.deallocate()
    }

    /// True when `offset` lies inside the ring.
    func contains(_ offset: Int) -> Bool { offset >= base && offset < end }

    /// The ring offset `count` bytes after `offset` (`count` at most the ring's size).
    func advance(_ offset: Int, by count: Int) -> Int {
        let next = offset + count
        return next >= end ? next - size : next
    }

    /// How many bytes lie between `from` and `to` going forward round the ring.
    func distance(from: Int, to: Int) -> Int {
        to >= from ? to - from : to - from + size
    }

    /// The `count` bytes starting at ring offset `offset`, in ring order; valid until the next
    /// call. `count` is cut to the scratch size for wrapped ranges; fewer bytes come back only
    /// if the file is shorter than its size said.
    func bytes(at offset: Int, count requested: Int) throws(InputFile.OpenError) -> UnsafeRawBufferPointer {
        guard contains(offset), requested > 0 else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        let count = min(requested, size)
        if offset + count <= end { return try contiguous(at: offset, count: min(count, windowCapacity)) }
        let total = min(count, scratch.count)
        let head = end - offset
        let first = try file.read(at: Int64(offset), into: UnsafeMutableRawBufferPointer(rebasing: scratch[0..<head]))
        guard first == head else { return UnsafeRawBufferPointer(rebasing: scratch[0..<first]) }
        let second = try file.read(at: Int64(base), into: UnsafeMutableRawBufferPointer(rebasing: scratch[head..<total]))
        return UnsafeRawBufferPointer(rebasing: scratch[0..<(head + second)])
    }

    /// Bytes that do not wrap, served from the window (refilled when they are not in it).
    private func contiguous(at offset: Int, count: Int) throws(InputFile.OpenError) -> UnsafeRawBufferPointer {
        if offset < windowStart || offset + count > windowStart + windowCount {
            windowStart = offset
            let wanted = min(windowCapacity, end - offset)
            windowCount = try file.read(at: Int64(offset), into: UnsafeMutableRawBufferPointer(rebasing: window[0..<wanted]))
        }
        let from = offset - windowStart
        let to = min(from + count, windowCount)
        return UnsafeRawBufferPointer(rebasing: window[from..<max(from, to)])
    }

    /// What `scan` does after looking at a position.
    enum ScanStep {
        /// Go on with the next 4-byte position.
        case next
        /// Go on `bytes` past the position (e.g. past a record just accepted).
        case skip(Int)
        /// Stop scanning.
        case stop
    }

    /// Visits every 4-byte position `p` of the ring range [`start`, `start + length`) whose next
    /// DWORD (at `p + 4`, possibly across the wrap) equals `marker`, in ring order. The body may
    /// read the ring itself. Scanning works through the window, so it runs at memory speed.
    func scan(from start: Int, length: Int, marker: UInt32, _ body: (Int) throws -> ScanStep) throws {
        var done = 0
        let length = min(length, size)
        while done + 4 <= length {
            let position = advance(start, by: done)
            let span = min(length - done, end - position, windowCapacity)
            if span < 8 {
                // The last DWORDs before the end of the file: their marker lies past the wrap.
                let gathered = try bytes(at: position, count: 8)
                if gathered.uint32(at: 4) == marker {
                    switch try body(position) {
                    case .stop: return
                    case .skip(let bytes): done += max(4, bytes); continue
                    case .next: break
                    }
                }
                done += 4
                continue
            }
            let chunk = try contiguous(at: position, count: span)
            guard chunk.count >= 8 else { return }
            var index = 0
            var hit = -1
            while index + 8 <= chunk.count {
                if chunk.uncheckedUInt32(at: index + 4) == marker { hit = index; break }
                index += 4
            }
            if hit < 0 {
                done += index
                continue
            }
            switch try body(advance(position, by: hit)) {
            case .stop: return
            case .skip(let bytes): done += hit + max(4, bytes)
            case .next: done += hit + 4
            }
        }
    }
}
