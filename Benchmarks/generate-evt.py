#!/usr/bin/env python3
"""Writes NT 4.0-style binary event logs (.evt) for ntdiag's samples and benchmarks.

  generate-evt.py samples DIR           the small sample logs of SampleLogs/evt (deterministic)
  generate-evt.py big PATH [--mb 1024] [--dirty]
                                        a wrapped System log of that size, written streaming

The layout is the one NT's EventLog service writes (docs: FORMATS.md section 1): a 48-byte
header, records round a ring from 0x30 to the end of the file (split across the end when they
do not fit, 0x00000027 padding when not even the 56-byte fixed part fits), then the 40-byte
end-of-file record. Nothing here is copied from a real log; the content is made up to look
like an NT 4.0 Server's System log.
"""
import struct
import sys

SIGNATURE = 0x654C664C
EVENTLOG, SCM, SRV, SAVEDUMP, DHCP = "EventLog", "Service Control Manager", "Srv", "Save Dump", "DhcpServer"
INFO, WARNING, ERROR = 4, 2, 1
ADMIN_SID = bytes([1, 5, 0, 0, 0, 0, 0, 5]) + struct.pack("<5I", 21, 1004336348, 1177238915, 682003330, 500)


def utf16z(text):
    return text.encode("utf-16-le") + b"\0\0"


def record(number, when, event_id, etype, source, computer, strings=(), data=b"", sid=b"", category=0):
    """One EVENTLOGRECORD, laid out as NT writes it."""
    body = utf16z(source) + utf16z(computer)
    body += b"\0" * (-(0x38 + len(body)) % 4)
    sid_offset = 0x38 + len(body)
    body += sid
    string_offset = 0x38 + len(body)
    for text in strings:
        body += utf16z(text)
    data_offset = 0x38 + len(body)
    body += data
    body += b"\0" * (-(0x38 + len(body)) % 4)
    length = 0x38 + len(body) + 4
    fixed = struct.pack("<6I4H6I", length, SIGNATURE, number, when, when, event_id, etype, len(strings), category, 0,
                        0, string_offset, len(sid), sid_offset if sid else 0, len(data), data_offset)
    return fixed + body + struct.pack("<I", length)


def header(start, end, current, oldest, max_size, flags):
    return struct.pack("<12I", 0x30, SIGNATURE, 1, 1, start, end, current, oldest, max_size, flags, 0, 0x30)


def eof_record(begin, end, current, oldest):
    return struct.pack("<10I", 0x28, 0x11111111, 0x22222222, 0x33333333, 0x44444444, begin, end, current, oldest, 0x28)


def srv_pool_data(event_id):
    """IO_ERROR_LOG_PACKET header of Srv's pool events (no dump data)."""
    return struct.pack("<BBHHHHHIIIIIq", 0, 0, 0, 0, 0x48, 0, 0, event_id, 0, 0xC000009A, 0, 0, 0)


class Ring:
    """A ring of `size` bytes written like the service does, into a bytearray or a file."""

    def __init__(self, out, size, begin):
        self.out, self.size, self.begin, self.position = out, size, begin, begin
        self.first = self.next_number = None

    def write_at(self, offset, data):
        while data:
            room = self.size - offset
            self.out.seek(offset)
            self.out.write(data[:room])
            data, offset = data[room:], 0x30

    def room_for(self, length):
        """Bytes the next record of `length` would take, padding included."""
        room = self.size - self.position
        return length + (room if room < 0x38 else 0)

    def append(self, number, data):
        if self.size - self.position < 0x38:
            self.write_at(self.position, struct.pack("<I", 0x27) * ((self.size - self.position) // 4))
            self.position = 0x30
        self.write_at(self.position, data)
        self.position += len(data)
        if self.position >= self.size:
            self.position -= self.size - 0x30
        if self.first is None:
            self.first = number
        self.next_number = number + 1

    def finish(self, flags, stale=None):
        eof = eof_record(self.begin, self.position, self.next_number, self.first)
        self.write_at(self.position, eof)
        start, end, current, oldest = stale or (self.begin, self.position, self.next_number, self.first)
        self.out.seek(0)
        self.out.write(header(start, end, current, oldest, self.size, flags))


class Buffer:
    """A file-like bytearray for the small samples."""

    def __init__(self, size):
        self.data, self.at = bytearray(size), 0

    def seek(self, at):
        self.at = at

    def write(self, chunk):
        self.data[self.at:self.at + len(chunk)] = chunk
        self.at += len(chunk)


def boot(number, when, computer, csd="Service Pack 3"):
    """The events of one NT 4.0 boot: EventLog started, version, DHCP Server started."""
    return [
        record(number, when, 0x80001775, INFO, EVENTLOG, computer),
        record(number + 1, when, 0x80001779, INFO, EVENTLOG, computer, ["4.0", "1381", csd, "Uniprocessor Free"]),
        record(number + 2, when + 40, 0x40001B7B, INFO, SCM, computer, ["DHCP Server", "start"], sid=ADMIN_SID),
        record(number + 3, when + 41, 0x40001B7C, INFO, SCM, computer, ["DHCP Server", "running"]),
    ]


def sample_clean():
    computer, t = "FILESRV01", 925_000_000  # 1999-04-25
    records = boot(1, t, computer)
    records += [
        record(5, t + 600_000, 0xC00007E4, ERROR, SRV, computer, [""], data=srv_pool_data(0xC00007E4)),
        record(6, t + 600_500, 0x80001776, INFO, EVENTLOG, computer),
    ]
    records += boot(7, t + 601_000, computer)
    records += [
        record(11, t + 700_000, 0x000003E9, INFO, SAVEDUMP, computer,
               ["0x0000000a (0x00000000, 0x00000002, 0x00000000, 0x8011a2b3)", "Microsoft Windows NT [v15.1381]",
                "C:\\WINNT\\MEMORY.DMP"]),
        record(12, t + 700_100, 0x80001778, ERROR, EVENTLOG, computer, ["07:51", "15/05/99"]),
        record(13, t + 700_200, 0x800003F3, WARNING, DHCP, computer, ["00A0C9112233", "10.0.0.57"]),
    ]
    buffer = Buffer(0x30 + sum(len(r) for r in records) + 40)
    ring = Ring(buffer, len(buffer.data), 0x30)
    for index, data in enumerate(records):
        ring.append(index + 1, data)
    ring.finish(0)
    return bytes(buffer.data)


def sample_dirty_wrapped():
    """A 4 KiB ring that wrapped: a record split across the end, old records in the slack
    (one a stale copy of a live record), and a header last flushed long ago."""
    computer, t, size = "PDC01", 930_000_000, 0x30 + 4096
    numbered = []
    number = 100
    for lap in range(3):
        for data in boot(number, t + lap * 86_400, computer, csd="Service Pack 4" if lap else "Service Pack 3"):
            numbered.append((number, data))
            number += 1
        numbered.append((number, record(number, t + lap * 86_400 + 3000, 0xC00007E4, ERROR, SRV, computer, [""],
                                         data=srv_pool_data(0xC00007E4))))
        number += 1
        for service, state in [("Spooler", "stopped"), ("Spooler", "running"), ("Messenger", "running")]:
            numbered.append((number, record(number, t + lap * 86_400 + 4000 + number, 0x40001B7C, INFO, SCM, computer,
                                            [service, state])))
            number += 1
        numbered.append((number, record(number, t + lap * 86_400 + 9000, 0x80001776, INFO, EVENTLOG, computer)))
        number += 1
    buffer = Buffer(size)
    begin = 0x30 + 1240  # puts record 124 across the end of the file
    ring = Ring(buffer, size, begin)
    # Live: as many of the newest records as fit round the ring, leaving 800 bytes of slack.
    budget = size - 0x30 - 40 - 800
    live = []
    for n, data in reversed(numbered):
        if len(data) + 56 > budget:
            break
        live.insert(0, (n, data))
        budget -= len(data)
    for n, data in live:
        ring.append(n, data)
    ring.finish(0x3, stale=(begin, 0x30 + 64, live[3][0], live[0][0]))
    # The previous lap's records 90-92 survive in the slack before the oldest live record,
    # followed by a stale copy of the oldest live record.
    old = [record(n, t - 86_400 + n, 0x40001B7C, INFO, SCM, computer, ["Alerter", "running"]) for n in (90, 91, 92)]
    old.append(live[0][1])
    at = ring.position + 40 + 16
    assert at + sum(len(r) for r in old) <= begin
    for data in old:
        ring.write_at(at, data)
        at += len(data)
    return bytes(buffer.data)


def big(path, megabytes, dirty):
    """A full, wrapped System log of `megabytes` MiB: years of boots, service changes, Srv pool
    errors and DHCP NACKs, written straight to the file."""
    size = megabytes << 20
    computer, t = "FILESRV01", 900_000_000
    begin = 0x30 + (size - 0x30) // 3 // 4 * 4
    services = ["Spooler", "DHCP Server", "Messenger", "Alerter", "Computer Browser", "Server", "Workstation",
                "Remote Procedure Call (RPC) Service", "Windows Internet Name Service (WINS)", "Net Logon"]
    templates = []
    for index in range(64):
        kind = index % 8
        name = services[index % len(services)]
        if kind == 0:
            templates += boot(0, 0, computer, csd="Service Pack %d" % (3 + index % 4))
        elif kind == 1:
            templates.append(record(0, 0, 0xC00007E4, ERROR, SRV, computer, [""], data=srv_pool_data(0xC00007E4)))
        elif kind == 2:
            templates.append(record(0, 0, 0x800003F3, WARNING, DHCP, computer, ["00A0C9%06X" % index, "10.0.%d.%d" % (index, index)]))
        elif kind == 3:
            templates.append(record(0, 0, 0x40001B7B, INFO, SCM, computer, [name, "stop"], sid=ADMIN_SID))
        else:
            templates.append(record(0, 0, 0x40001B7C, INFO, SCM, computer, [name, "running" if kind % 2 else "stopped"]))
    with open(path, "wb") as out:
        out.truncate(size)
        ring = Ring(out, size, begin)
        number, written = 1, 0
        while True:
            data = bytearray(templates[number % len(templates)])
            if written + ring.room_for(len(data)) + 40 > size - 0x30:
                break
            when = t + number * 7
            struct.pack_into("<3I", data, 8, number, when, when)
            written += ring.room_for(len(data))
            ring.append(number, bytes(data))
            number += 1
        stale = (begin, begin, 1, 0) if dirty else None
        ring.finish(0x3 if dirty else 0x2, stale=stale)
    print("%s: %d records, %d bytes" % (path, number - 1, size))


def main(argv):
    if len(argv) >= 3 and argv[1] == "samples":
        for name, data in [("nt4-system-clean.evt", sample_clean()), ("nt4-system-dirty-wrapped.evt", sample_dirty_wrapped())]:
            with open(argv[2].rstrip("/") + "/" + name, "wb") as out:
                out.write(data)
    elif len(argv) >= 3 and argv[1] == "big":
        megabytes = int(argv[argv.index("--mb") + 1]) if "--mb" in argv else 1024
        big(argv[2], megabytes, "--dirty" in argv)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
