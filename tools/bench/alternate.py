#!/usr/bin/env python3
"""Runs benchmark scripts under several builds, alternating (a, b, a, b, ...), each run a fresh
process, and prints the median (and min) of each workload line ("name<TAB>ms") per build.

usage: alternate.py -n 5 script.k -- label1=cmd1 label2=cmd2 ...
A cmd is a shell command prefix; the script path is appended, e.g. base=/work/base/k now=./k.
"""
import statistics, subprocess, sys

def main():
    args = sys.argv[1:]
    n = 5
    if args[:1] == ['-n']:
        n = int(args[1]); args = args[2:]
    sep = args.index('--')
    scripts, builds = args[:sep], [b.split('=', 1) for b in args[sep + 1:]]
    for script in scripts:
        res = {label: {} for label, _ in builds}
        order = []
        for _ in range(n):
            for label, cmd in builds:
                out = subprocess.run(cmd + ' ' + script, shell=True, capture_output=True, text=True).stdout
                for line in out.splitlines():
                    parts = line.split('\t')
                    if len(parts) == 2 and parts[1].strip().lstrip('-').isdigit():
                        name = parts[0]
                        if name not in order: order.append(name)
                        res[label].setdefault(name, []).append(int(parts[1]))
        print('#', script, 'median (min) of', n)
        print('workload\t' + '\t'.join(l for l, _ in builds))
        for name in order:
            cells = []
            for label, _ in builds:
                v = res[label].get(name, [])
                cells.append(f'{statistics.median(v):g} ({min(v)})' if v else '-')
            print(name + '\t' + '\t'.join(cells))

main()
