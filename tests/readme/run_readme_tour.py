#!/usr/bin/env python3
"""Runs the README's tour as written, in a fresh folder, and checks the figures it quotes.

Every ```sh block of the README is part of the tour unless the line before its fence is
<!-- not part of the tour -->. The blocks run in order, as one bash script with errexit and
pipefail, so a variable or project one block makes is there for the next; the first command
that fails stops the tour and is reported with its README line.

A ```console block shows commands (lines starting with "$ ") and what they print: each command
runs in the tour like the others, and what it prints (stdout and stderr) must equal the lines
below it, except that a line "..." stands for any number of lines and "…" within a line for
any text (what differs from run to run: times, ids). A shown command may fail (the README
shows an error message on purpose); what it prints is then the check.

The fresh folder holds links to the checkout's demo/ and scripts/ and to the build folder as
build/, so the README's paths work as they do from a clone.

usage: run_readme_tour.py --readme README.md --source CHECKOUT --build BUILD [--keep]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP_MARKER = "<!-- not part of the tour -->"


class Step:
    def __init__(self, kind, line, text, expected=None):
        self.kind = kind          # "sh" (lines to run) or "console" (one command and its output)
        self.line = line          # README line of the first line of text
        self.text = text          # the shell text
        self.expected = expected  # console: the lines it must print


def read_steps(readme):
    lines = open(readme, encoding="utf-8").read().split("\n")
    steps = []
    i = 0
    while i < len(lines):
        fence = re.match(r"^```(\w*)\s*$", lines[i])
        if not fence or fence.group(1) not in ("sh", "console"):
            if lines[i].startswith("```"):  # another block: skip to its end
                i += 1
                while i < len(lines) and not lines[i].startswith("```"):
                    i += 1
            i += 1
            continue
        kind = fence.group(1)
        skipped = i > 0 and lines[i - 1].strip() == SKIP_MARKER
        start = i + 1
        i += 1
        body = []
        while i < len(lines) and not lines[i].startswith("```"):
            body.append(lines[i])
            i += 1
        i += 1
        if skipped:
            continue
        if kind == "sh":
            steps.append(Step("sh", start + 1, "\n".join(body)))
            continue
        command = None
        for offset, text in enumerate(body):
            if text.startswith("$ "):
                if command:
                    steps.append(command)
                command = Step("console", start + offset + 1, text[2:], [])
            elif command is None:
                raise SystemExit(f"{readme}:{start + offset + 1}: a console block starts with '$ command'")
            else:
                command.expected.append(text)
        if command:
            steps.append(command)
    return steps


def tour_script(steps, outputs):
    """One bash script: each step announces its README line, so a failure can name it."""
    parts = ["exec 3>&2", "set -euo pipefail",
             'trap \'echo "README tour failed at README.md:$readme_line: $BASH_COMMAND" >&3\' ERR']
    for n, step in enumerate(steps):
        parts.append(f"readme_line={step.line}")
        if step.kind == "sh":
            continued = False
            for offset, line in enumerate(step.text.split("\n")):
                if not continued and line.strip():  # each command names its own line
                    parts.append(f"readme_line={step.line + offset}")
                parts.append(line)
                continued = line.rstrip().endswith("\\")
        else:
            parts.append(f"{{ {step.text}\n}} > {outputs}/{n}.txt 2>&1 || true")
    return "\n".join(parts) + "\n"


def line_matches(pattern, text):
    if "…" not in pattern:
        return pattern == text
    pieces = [re.escape(piece) for piece in pattern.split("…")]
    return re.fullmatch(".*".join(pieces), text) is not None


def matches(expected, actual):
    """expected lines, where "..." matches any run of lines, against actual lines."""
    if not expected:
        return not actual
    if expected[0] == "...":
        return any(matches(expected[1:], actual[k:]) for k in range(len(actual) + 1))
    return bool(actual) and line_matches(expected[0], actual[0]) and matches(expected[1:], actual[1:])


def trimmed(lines):
    lines = [line.rstrip() for line in lines]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--readme", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--build", required=True)
    parser.add_argument("--keep", action="store_true", help="keep the tour's folder to look at")
    args = parser.parse_args()

    steps = read_steps(args.readme)
    folder = tempfile.mkdtemp(prefix="hilo-readme-tour-")
    os.chmod(folder, 0o700)
    outputs = os.path.join(folder, ".outputs")
    os.mkdir(outputs)
    for name in ("demo", "scripts"):
        os.symlink(os.path.join(os.path.abspath(args.source), name), os.path.join(folder, name))
    os.symlink(os.path.abspath(args.build), os.path.join(folder, "build"))
    environment = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", HOME=folder)
    environment.pop("HILO", None)
    try:
        run = subprocess.run(["bash", "-c", tour_script(steps, outputs)], cwd=folder, env=environment,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=1200)
        if run.returncode != 0:
            sys.stdout.write(run.stdout[-4000:])
            sys.stderr.write(run.stderr[-4000:])
            print(f"FAILED: the tour stopped (exit {run.returncode}); see the README line above")
            return 1
        failures = 0
        for n, step in enumerate(steps):
            if step.kind != "console":
                continue
            with open(os.path.join(outputs, f"{n}.txt"), encoding="utf-8") as f:
                actual = trimmed(f.read().split("\n"))
            expected = trimmed(step.expected)
            if not matches(expected, actual):
                failures += 1
                print(f"FAILED: README.md:{step.line}: `{step.text}` printed something else.")
                print("--- the README shows:")
                print("\n".join(expected))
                print("--- it printed:")
                print("\n".join(actual))
        commands = sum(1 for s in steps if s.kind == "console")
        blocks = sum(1 for s in steps if s.kind == "sh")
        print(f"README tour: {blocks} blocks and {commands} shown commands ran; {failures} outputs differ")
        return 1 if failures else 0
    finally:
        if args.keep:
            print(f"tour folder kept: {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
