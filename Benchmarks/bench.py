#!/usr/bin/env python3
"""Measures ntdiag and the reference tools; run.sh and compare.sh call this (see them for usage).

    bench.py run --binary NTDIAG [--commands summary,analyze] [--rules DIR] [--instructions] FILE...
    bench.py compare --binary NTDIAG --sax SAX_BASELINE [--instructions] FILE...
    bench.py audit --binary NTDIAG [--instructions] FOLDER

Each command runs under `/usr/bin/time -v`: wall time, CPU time (user + sys) and peak RSS. The
machine may be shared, so wall-clock figures can vary by 2x; CPU time is steadier, and with
--instructions each command also runs under `valgrind --tool=callgrind`, whose instruction
count does not depend on the load at all (slow: use files of 10-100 MB). Instructions per byte
are counted beyond start-up: the same command on an empty file is subtracted.
"""
import argparse
import atexit
import os
import re
import subprocess
import sys
import tempfile

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), ".out")


def timed(command):
    """Runs command under /usr/bin/time -v; returns wall, cpu, rss_mb, exit status and its stderr."""
    with tempfile.NamedTemporaryFile("w+", suffix=".time") as report:
        done = subprocess.run(["/usr/bin/time", "-v", "-o", report.name] + command,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, errors="replace")
        text = open(report.name).read()
    field = lambda name: re.search(re.escape(name) + r":\s*(.+)", text).group(1).strip()
    clock = [float(part) for part in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")]
    wall = sum(value * 60 ** power for power, value in enumerate(reversed(clock)))
    cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
    return {"wall": wall, "cpu": cpu, "rss": int(field("Maximum resident set size (kbytes)")) / 1024,
            "status": done.returncode, "stderr": done.stderr}


def stripped(program, cache={}):
    """A copy of program without debug information: valgrind gives up on the DWARF that Swift
    release builds carry ("possibly corrupted debuginfo"). Programs found on PATH are used as they are."""
    if os.sep not in program:
        return program
    if program not in cache:
        copy = os.path.join(OUT, "stripped-" + os.path.basename(program))
        subprocess.run(["strip", "-o", copy, program], check=True)
        cache[program] = copy
    return cache[program]


def instructions(command):
    """Instructions executed by command (callgrind's Ir total)."""
    command = [stripped(command[0])] + command[1:]
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + command,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, errors="replace")
    found = re.search(r"Collected\s*:\s*(\d+)", done.stderr)
    return int(found.group(1)) if found else None


def empty_file():
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, "empty.log")
    open(path, "wb").close()
    return path


def events_read(stderr):
    """The event count from ntdiag's summary lines (`12,345 events`), summed over files."""
    return sum(int(re.sub(r"\D", "", found)) for found in re.findall(r"([\d,.\u202f\u00a0]+) events?\b", stderr))


def startup_instructions(command_for, cache={}):
    key = tuple(command_for(empty_file()))
    if key not in cache:
        cache[key] = instructions(list(key)) or 0
    return cache[key]


def row(cells, widths):
    return "| " + " | ".join(str(cell).rjust(width) for cell, width in zip(cells, widths)) + " |"


def table(header, rows):
    widths = [max(len(str(line[i])) for line in [header] + rows) for i in range(len(header))]
    print(row(header, widths))
    print("|" + "|".join("-" * (width + 2) for width in widths) + "|")
    for line in rows:
        print(row(line, widths))
    sys.stdout.flush()


def measure(name, command_for, path, size, with_instructions, events=None):
    """One row of figures for one command on one input."""
    result = timed(command_for(path))
    count = events if events is not None else events_read(result["stderr"])
    cells = [name, os.path.basename(path), f"{size / 1e6:.0f}", f"{count:,}" if count else "-",
             f"{result['wall']:.2f}", f"{result['cpu']:.2f}",
             f"{size / 1e6 / max(result['wall'], 1e-3):.0f}", f"{size / 1e6 / max(result['cpu'], 1e-3):.0f}",
             f"{count / max(result['cpu'], 1e-3) / 1e6:.2f}" if count else "-", f"{result['rss']:.0f}"]
    if with_instructions:
        total = instructions(command_for(path))
        base = startup_instructions(command_for)
        cells.append(f"{(total - base) / size:.1f}" if total else "-")
    status = "" if result["status"] in (0, 1) else f" (exit {result['status']})"
    cells[0] += status
    return cells, result, count


HEADER = ["command", "input", "MB", "events", "wall s", "CPU s", "MB/s wall", "MB/s CPU", "M events/s CPU", "peak RSS MB"]


def run(arguments):
    rules = ["--rules", arguments.rules] if arguments.rules else []
    commands = {
        "summary": lambda path: [arguments.binary, "events", "--summary", path],
        "analyze": lambda path: [arguments.binary, "analyze", "--format", "json", *rules, path],
    }
    rows = []
    for path in arguments.files:
        size = os.path.getsize(path)
        events = None
        for name in arguments.commands.split(","):
            cells, _, count = measure(name, commands[name], path, size, arguments.instructions, events)
            events = count if name == "summary" else events
            rows.append(cells)
    table(HEADER + (["instr/byte"] if arguments.instructions else []), rows)


def compare(arguments):
    """ntdiag beside the reference tools on the same files, with ratios of CPU time (and instructions)."""
    rows, ratios = [], []
    for path in arguments.files:
        size = os.path.getsize(path)
        tools = [("ntdiag events --summary", lambda p: [arguments.binary, "events", "--summary", p]),
                 ("ntdiag analyze", lambda p: [arguments.binary, "analyze", "--format", "json", p])]
        if path.endswith(".xml"):
            tools += [("bare libxml2 SAX (C)", lambda p: [arguments.sax, p]),
                      ("xmllint --stream --noout", lambda p: ["xmllint", "--stream", "--noout", p]),
                      ("python ElementTree.iterparse", lambda p: [sys.executable, os.path.join(os.path.dirname(__file__), "iterparse.py"), p])]
        elif path.endswith(".evt"):
            tools += [("libevt evtexport", lambda p: ["evtexport", p])]
        measured = {}
        events = None
        for name, command_for in tools:
            cells, result, count = measure(name, command_for, path, size, arguments.instructions,
                                           events if name.startswith("ntdiag analyze") else None)
            if name.startswith("ntdiag events"):
                events = count
            elif not name.startswith("ntdiag"):
                cells[3] = "-"
                cells[8] = "-"
            rows.append(cells)
            measured[name] = (result["cpu"], cells[-1] if arguments.instructions else None)
        ours = measured["ntdiag analyze"]
        for name, (cpu, instr) in measured.items():
            if name.startswith("ntdiag"):
                continue
            line = [os.path.basename(path), name, f"{cpu / max(ours[0], 1e-3):.2f}x"]
            if arguments.instructions:
                line.append(f"{float(instr) / float(ours[1]):.2f}x" if instr not in (None, "-") and ours[1] not in (None, "-") else "-")
            ratios.append(line)
    table(HEADER + (["instr/byte"] if arguments.instructions else []), rows)
    print()
    print("Reference tool's cost relative to `ntdiag analyze` (above 1: ntdiag is faster):")
    print()
    table(["input", "reference", "CPU time ratio"] + (["instructions ratio"] if arguments.instructions else []), ratios)


def audit(arguments):
    """`ntdiag audit` of a folder with --jobs 1 and --jobs 2: throughput and the speed-up."""
    size = sum(os.path.getsize(os.path.join(root, name)) for root, _, names in os.walk(arguments.folder) for name in names)
    rows, walls = [], {}
    for jobs in (1, 2):
        with tempfile.TemporaryDirectory() as report:
            command_for = lambda path: [arguments.binary, "audit", path, "--jobs", str(jobs), "--format", "json",
                                        "--output", os.path.join(report, "audit.json"), "--quiet"]
            cells, result, _ = measure(f"audit --jobs {jobs}", command_for, arguments.folder, size, arguments.instructions, 0)
            rows.append(cells)
            walls[jobs] = result["wall"]
    table(HEADER + (["instr/byte"] if arguments.instructions else []), rows)
    print()
    print(f"--jobs 2 is {walls[1] / max(walls[2], 1e-3):.2f}x as fast as --jobs 1 (wall clock, {os.cpu_count()} cores)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    modes = parser.add_subparsers(dest="mode", required=True)
    for mode in ("run", "compare", "audit"):
        sub = modes.add_parser(mode)
        sub.add_argument("--binary", required=True)
        sub.add_argument("--instructions", action="store_true")
        if mode == "run":
            sub.add_argument("--commands", default="summary,analyze")
            sub.add_argument("--rules")
        if mode == "compare":
            sub.add_argument("--sax", required=True)
        if mode == "audit":
            sub.add_argument("folder")
        else:
            sub.add_argument("files", nargs="+")
    arguments = parser.parse_args()
    if arguments.instructions:
        # Valgrind cannot read the debug information of Swift release binaries: a stripped copy
        # runs the same code and counts the same instructions.
        stripped = os.path.join(OUT, f"ntdiag-stripped-{os.getpid()}")
        os.makedirs(OUT, exist_ok=True)
        subprocess.run(["strip", "-o", stripped, arguments.binary], check=True)
        atexit.register(os.remove, stripped)
        arguments.binary = stripped
    {"run": run, "compare": compare, "audit": audit}[arguments.mode](arguments)


if __name__ == "__main__":
    main()
