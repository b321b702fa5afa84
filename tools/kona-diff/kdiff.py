#!/usr/bin/env python3
"""Runs K expressions (one per line of a file or stdin) in Kona and kj; prints disagreements."""
import os, subprocess, sys
KONA = os.environ.get('KONA', '/work/kona/kona')  # the oracle (a Kona build with a timeout wrapper)
KJ = os.environ.get('KJ', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'k'))
TMO = 60
MARK = '"@@mark@@"'
def run(cmd, exprs, prompt):
    src = '\\e 0\n' + ''.join(e + '\n' + MARK + '\n' for e in exprs)
    try:
        out = subprocess.run(cmd, input=src.encode('latin-1'), capture_output=True, timeout=TMO).stdout.decode('latin-1')
    except subprocess.TimeoutExpired:
        if len(exprs) == 1: return ['<timeout>']
        return sum((run(cmd, [e], prompt) for e in exprs), [])
    if prompt:
        out = out[2:]  # prompt of the \e 0 line
    parts = out.split(MARK + '\n')
    res = []
    for p in parts[:len(exprs)]:
        if prompt:
            if p.startswith('  '): p = p[2:]
            if p.endswith('  '): p = p[:-2]
        res.append(p)
    while len(res) < len(exprs): res.append('<missing>')
    return res
def main():
    args = sys.argv[1:]
    quiet = '-q' in args
    args = [a for a in args if a != '-q']
    exprs = [l.rstrip('\n') for l in (open(args[0], encoding='latin-1') if args else sys.stdin) if l.strip()]
    k, j = [], []
    for i in range(0, len(exprs), 200):
        k += sum((run([KONA], [e], True) for e in exprs[i:i+200]), [])
        j += run([KJ], exprs[i:i+200], False)
    bad = 0
    for e, a, b in zip(exprs, k, j):
        if a != b:
            bad += 1
            if not quiet: print('EXPR %s\n kona: %r\n kj:   %r' % (e, a, b))
    print('%d of %d agree (%.1f%%)' % (len(exprs) - bad, len(exprs), 100.0 * (len(exprs) - bad) / max(1, len(exprs))))
if __name__ == "__main__": main()
