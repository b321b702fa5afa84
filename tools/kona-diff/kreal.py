#!/usr/bin/env python3
"""Reads kdiff.py's output (a file) and prints only the disagreements that are not Kona's known
noise: no output from Kona (a crash or a hang), a wsfull error, or values printed before the error
kj gives alone (Kona prints an amend's target, or a list's first items, before its error)."""
import ast, sys

def real(path):
    lines = open(path, encoding='latin-1').read().split('\n')
    out, i = [], 0
    while i < len(lines):
        if not lines[i].startswith('EXPR '):
            i += 1
            continue
        e = lines[i][5:]
        k = ast.literal_eval(lines[i + 1].split('kona: ', 1)[1])
        j = ast.literal_eval(lines[i + 2].split('kj:   ', 1)[1])
        i += 3
        if k == '' or 'wsfull' in k: continue
        kl = k.rstrip('\n').split('\n')
        if len(kl) > 1 and kl[-1].endswith(' error') and j.split('\n')[0] == kl[-1]: continue
        out.append((e, k, j))
    return out

found = real(sys.argv[1])
for e, k, j in found: print('EXPR', e, '\n kona:', repr(k), '\n kj:  ', repr(j))
print(len(found), 'real differences', file=sys.stderr)
