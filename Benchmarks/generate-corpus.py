#!/usr/bin/env python3
"""Writes one benchmark file per supported format, all of about the same size.

    generate-corpus.py OUTDIR SIZE_MB [FORMAT...]

Writes OUTDIR/FORMAT-SIZEMB.EXT for each format (all of them when none is named), skipping files
that already exist. Formats: xml, xml-mixed, logparser-xml, evt, eventviewer-text, eventviewer-csv, dumpel,
vista-text, vista-csv, wevtutil-text, powershell-csv, logparser-csv.

`xml` has only events the rules look at (the worst case for `analyze`); `xml-mixed` has four in
five that no rule names, as a real System log does.
Event XML, .evt, NT Event Viewer text and PowerShell CSV come from their own generators (varied,
realistic records). The other exports are made by repeating the records of the hand-made sample
of that format in SampleLogs/formats (its header once, its records until the size is reached, its
trailer if it has one), in the sample's own encoding: the bytes are what the real tool writes,
only repeated.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, "..", "SampleLogs", "formats")

# format: (extension, sample, header lines, text that starts the trailer or None)
TILED = {
    "eventviewer-csv": ("csv", "eventviewer-csv/nt4-sp6a-system-en-gb.csv", 0, None),
    "dumpel": ("txt", "dumpel/nt4-system-dumpel.txt", 0, None),
    "vista-text": ("txt", "vista-text/nt4-system-opened-on-win7.txt", 1, None),
    "vista-csv": ("csv", "vista-csv/nt4-system-opened-on-win7-de.csv", 1, None),
    "wevtutil-text": ("txt", "wevtutil-text/nt4-system-on-win7.txt", 0, None),
    "logparser-csv": ("csv", "logparser-csv/nt4-system-logparser.csv", 1, "\r\nStatistics:"),
    "logparser-xml": ("xml", "xml/logparser-evt-utf16.xml", None, "</ROOT>"),
}
GENERATED = {"xml": "xml", "xml-mixed": "xml", "evt": "evt", "eventviewer-text": "txt", "powershell-csv": "csv"}
FORMATS = ["xml", "xml-mixed", "logparser-xml", "evt", "eventviewer-text", "eventviewer-csv", "dumpel", "vista-text", "vista-csv",
           "wevtutil-text", "powershell-csv", "logparser-csv"]


def encoding_of(raw):
    if raw.startswith(b"\xff\xfe"):
        return "utf-16-le", b"\xff\xfe"
    if raw.startswith(b"\xef\xbb\xbf"):
        return "utf-8", b"\xef\xbb\xbf"
    return "cp1252", b""


def tile(fmt, path, size):
    _, sample, header_lines, trailer_mark = TILED[fmt]
    raw = open(os.path.join(SAMPLES, sample), "rb").read()
    encoding, bom = encoding_of(raw)
    text = raw[len(bom):].decode(encoding)
    trailer = ""
    if trailer_mark and trailer_mark in text:
        cut = text.index(trailer_mark)
        text, trailer = text[:cut], text[cut:]
    if header_lines is None:  # XML: the records start at the first <ROW
        cut = text.index("<ROW")
        head, body = text[:cut], text[cut:]
    else:
        lines = text.splitlines(keepends=True)
        head, body = "".join(lines[:header_lines]), "".join(lines[header_lines:])
    newline = "\r\n" if "\r\n" in text else "\n"
    if not body.endswith("\n"):
        body += newline
    head_bytes, body_bytes = bom + head.encode(encoding), body.encode(encoding)
    repeats = max(1, (size - len(head_bytes)) // len(body_bytes))
    batch = max(1, min(repeats, (4 << 20) // len(body_bytes)))
    with open(path, "wb") as out:
        out.write(head_bytes)
        done = 0
        while done < repeats:
            count = min(batch, repeats - done)
            out.write(body_bytes * count)
            done += count
        out.write(trailer.encode(encoding))


def generate(fmt, path, megabytes):
    python = sys.executable
    if fmt in ("xml", "xml-mixed"):
        noise = "0.8" if fmt == "xml-mixed" else "0"
        subprocess.run([python, os.path.join(HERE, "generate-event-xml.py"), path, str(megabytes), noise], check=True, stdout=subprocess.DEVNULL)
    elif fmt == "evt":
        subprocess.run([python, os.path.join(HERE, "generate-evt.py"), "big", path, "--mb", str(megabytes)], check=True, stdout=subprocess.DEVNULL)
    elif fmt in ("eventviewer-text", "powershell-csv"):
        subprocess.run([python, os.path.join(HERE, "generate-text-exports.py"), "big", fmt, str(megabytes), path], check=True)
    else:
        tile(fmt, path, megabytes * 1_000_000)


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    outdir, megabytes = argv[1], int(argv[2])
    formats = argv[3:] or FORMATS
    os.makedirs(outdir, exist_ok=True)
    for fmt in formats:
        if fmt not in FORMATS:
            sys.exit(f"unknown format {fmt}; known: {', '.join(FORMATS)}")
        extension = GENERATED.get(fmt) or TILED[fmt][0]
        path = os.path.join(outdir, f"{fmt}-{megabytes}MB.{extension}")
        if not os.path.exists(path):
            generate(fmt, path + ".part", megabytes)
            os.replace(path + ".part", path)
        print(path)


if __name__ == "__main__":
    main(sys.argv)
