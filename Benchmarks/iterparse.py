#!/usr/bin/env python3
"""Python's reference for streaming event XML: ElementTree.iterparse, clearing each <Event> as it
closes so memory stays flat. Prints how many events it saw.

    python3 Benchmarks/iterparse.py FILE.xml
"""
import sys
import xml.etree.ElementTree as ET

events = 0
root = None
for kind, element in ET.iterparse(sys.argv[1], events=("start", "end")):
    if kind == "start":
        if root is None:
            root = element
        continue
    if element.tag.endswith("}Event") or element.tag in ("Event", "ROW"):
        events += 1
        element.clear()
        root.clear()
print(f"{events} events")
