#!/usr/bin/env python3
"""Writes NAME.out for a golden NAME.k of one-line chunks from what Kona prints (\\e 0, prompts cut)."""
import sys
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kdiff import run, KONA
k = sys.argv[1]
lines = [l.rstrip('\n') for l in open(k, encoding='latin-1')]
body = [l for l in lines if l.strip() and not l.startswith('/') and not l.startswith('\\e')]
outs = run([KONA], body, True)
for e, o in zip(body, outs):
    if o in ('<missing>', '<timeout>'): sys.exit('kona gave nothing for: ' + e)
open(k[:-2] + '.out', 'w', encoding='latin-1').write(''.join(outs))
print(''.join('%-30s => %r\n' % (e, o) for e, o in zip(body, outs)))
