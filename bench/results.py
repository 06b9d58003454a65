"""bench/RESULTS.md from the figures bench/run-all.sh collected: the median of each figure over its runs, beside its
aim and whether the median meets it.

  python3 bench/results.py HEADER.md PROFILE_TOP_FRAMES FIGURES_FILE...  > bench/RESULTS.md

Each FIGURES_FILE holds one run's lines of `name TAB value TAB unit TAB aim` (the BENCH_FIGURES format of the
benchmarks' run.sh scripts); a figure's runs are the files it appears in, in order. An aim is `≥ X`, `> X`,
`≤ X`, `< X` (the unit the figure's) or `within ±X %`; any other aim is printed and not judged.
"""
import re
import statistics
import sys


def judged(value, aim):
    """'met', 'not met', or '' when the aim is not one this script can judge."""
    match = re.fullmatch(r"\s*(≥|>|≤|<)\s*([0-9.,]+)\s*\S*\s*", aim)
    if match:
        op, bound = match.group(1), float(match.group(2).replace(",", ""))
        ok = {"≥": value >= bound, ">": value > bound, "≤": value <= bound, "<": value < bound}[op]
        return "met" if ok else "not met"
    match = re.fullmatch(r"\s*within ±\s*([0-9.]+)\s*%\s*", aim)
    if match:
        return "met" if abs(value) <= float(match.group(1)) else "not met"
    return ""


def figures(paths):
    """name → (unit, aim, [values in run order]), names in the order they first appear"""
    found = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                name, value, unit, aim = (line.rstrip("\n").split("\t") + ["", "", ""])[:4]
                entry = found.setdefault(name, (unit, aim, []))
                entry[2].append(float(value))
    return found


def number(value):
    return f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"


def main():
    header, top_frames, runs = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(header, encoding="utf-8") as f:
        print(f.read().rstrip("\n"))
    print()
    print("| figure | median | runs | unit | aim | |")
    print("|---|---:|---|---|---|---|")
    for name, (unit, aim, values) in figures(runs).items():
        median = statistics.median(values)
        print(f"| {name} | {number(median)} | {' / '.join(number(v) for v in values)} | {unit} | {aim} | "
              f"{judged(median, aim) if aim else ''} |")
    print()
    print("## Where booking-service's CPU goes (async-profiler, one profiled spread run)")
    print()
    print("```")
    try:
        with open(top_frames, encoding="utf-8") as f:
            print(f.read().rstrip("\n"))
    except FileNotFoundError:
        print("(no profile: PROFILE_RUN=0)")
    print("```")


if __name__ == "__main__":
    main()
