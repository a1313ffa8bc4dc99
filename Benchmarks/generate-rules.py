#!/usr/bin/env python3
"""Writes N made-up rules (one YAML file each) to show that analyze's cost does not grow with
the number of rules: `Benchmarks/run.sh --rules 100` against `--rules 1000`.

    generate-rules.py DIR N

Rule i watches event ID 20000 + i of one of 40 made-up sources, with a message condition, a
count and a condition on a fact, like the shipped rules; IDs do not collide with the benchmark
logs' events, as the rules of distinct defects name distinct events. Every tenth rule instead
watches a STOP code, 0x1000 + i, which no benchmark log contains.
"""
import os
import sys

RULE = """# Generated for benchmarks.
id: Q{number}
title: Generated rule {index}
summary: A made-up defect {index}, for benchmarks only.
remedy: Install Service Pack 4.
severity: medium
symptoms:
{symptom}
conditions:
  - fact: service_pack
    below: 4
fixed_in: SP4
tests:
  - name: the symptom on SP3
    facts: {{ service_pack: 3 }}
    events:
{events}
    expect: confirmed
  - name: SP4 has the fix
    facts: {{ service_pack: 4 }}
    events:
{events}
    expect: ruled-out
"""
EVENT = """  - event:
      source: Generated Source {source}
      id: {id}
      message:
        contains: failure {index}
    count:
      at_least: 2"""
STOP = """  - stop:
      code: 0x{code:08X}"""
EVENT_TEST = """      - {{ time: 1999-06-01T10:00:00, source: Generated Source {source}, id: {id}, message: "a failure {index} here" }}
      - {{ time: 1999-06-01T10:00:01, source: Generated Source {source}, id: {id}, message: "a failure {index} again" }}"""
STOP_TEST = """      - {{ time: 1999-06-01T10:00:00, bugcheck: "0x{code:08x} (0x00000000, 0x00000000, 0x00000000, 0x00000000)" }}"""


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    folder, count = argv[1], int(argv[2])
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        if name.endswith(".yaml"):
            os.remove(os.path.join(folder, name))
    for index in range(count):
        if index % 10 == 9:
            symptom, events = STOP.format(code=0x1000 + index), STOP_TEST.format(code=0x1000 + index)
        else:
            symptom = EVENT.format(source=index % 40, id=20000 + index, index=index)
            events = EVENT_TEST.format(source=index % 40, id=20000 + index, index=index)
        with open(os.path.join(folder, f"Q{900000 + index}.yaml"), "w") as out:
            out.write(RULE.format(number=900000 + index, index=index, symptom=symptom, events=events))
    print(f"{folder}: {count} rules")


if __name__ == "__main__":
    main(sys.argv)
