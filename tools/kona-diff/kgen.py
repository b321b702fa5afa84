#!/usr/bin/env python3
"""Small random K3 expressions over the language's areas (a test-side tool)."""
import random, sys
R = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
VERBS = list('+-*%|&^!<>=~@?#_,$.')
ADV = ["'", "/", "\\", "/:", "\\:", "':"]
def iatom(): return str(R.choice([0, 1, 2, 3, 5, -1, -2, 10]))
def fatom(): return R.choice(['0.5', '1.5', '2.0', '-1.25', '0.0', '3.0'])
def catom(): return '"' + R.choice('abcxyz ') + '"'
def satom(): return '`' + R.choice(['a', 'b', 'c', 'xy'])
def ivec(): return ' '.join(iatom() for _ in range(R.randint(2, 5)))
def fvec(): return ' '.join(fatom() for _ in range(R.randint(2, 4)))
def cvec(): return '"' + ''.join(R.choice('abcab xyz') for _ in range(R.randint(0, 5))) + '"'
def svec(): return ''.join(satom() for _ in range(R.randint(2, 4)))
def glist(d=0): return '(' + ';'.join(noun(d + 1) for _ in range(R.randint(2, 4))) + ')'
def dct(): return '.((`a;' + iatom() + ');(`b;' + ivec() + '))'
def noun(d=0):
    f = [iatom, iatom, fatom, catom, satom, ivec, ivec, fvec, cvec, svec]
    if d < 2: f += [lambda: glist(d), lambda: glist(d)]
    if d < 1: f += [dct, lambda: '!' + str(R.randint(0, 6)), lambda: '()', lambda: '!0', lambda: '0#' + R.choice(['""', '`', '0.0', '0'])]
    return R.choice(f)()
def verb(): return R.choice(VERBS)
def fn():
    c = R.random()
    if c < .5: return verb()
    if c < .6: return verb() + ':'
    if c < .8: return R.choice(['{x+y}', '{x,y}', '{x*2}', '{|x}', '{x}', '{y}', '{#x}', '{x-y}'])
    if c < .9: return '(' + verb() + verb() + ')'
    return noun()  # vectors and dicts as functions
def expr(d=0):
    c = R.random()
    if d > 1 or c < .15: return noun(d)
    if c < .35: return verb() + noun(d)
    if c < .6: return noun(d) + verb() + expr(d + 1)
    if c < .8: return fn() + R.choice(ADV) + noun(d)
    if c < .88: return noun(d) + fn() + R.choice(ADV) + noun(d)
    if c < .94: return R.choice(['<', '>', '?', '=', '^', '#', '@', '*']) + noun(d)
    return R.choice(['_vs', '_sv', '_bin', '_lin', '_dv', '_di', '_ss', '_sm', '_draw']) + '[' + noun(d) + ';' + noun(d) + ']'
AMEND_OPS = ['+', '-', '*', ',', '|', '&', '', ':', '^', '%', '!', '#', '_', '~', '=', '<']
def index():
    return R.choice(['0', '1', '-1', '5', '0 1', '1 0 1', '!0', '`a', '`b', '`a`b', '""', '()', '1.5', '"a"',
                     '(0;1)', '(0 1;0)', '(;0)', '(0;)', '_n', '2 2'])
def amendment():
    """A line that sets x (or d) and amends it: x[i]op:y, @[x;i;f;y], .[x;p;f;y], x op:y, @[x;i;monad]."""
    c = R.random(); v, y, i, o = noun(), noun(), index(), R.choice(AMEND_OPS)
    if c < .25: return f"x:{v}; x[{i}]{o}:{y}; x"
    if c < .4: return f"x:{v}; @[x;{i};{o or ':'};{y}]"
    if c < .5: return f"x:{v}; .[x;({i};{index()});{o or ':'};{y}]"
    if c < .6: return f"d:{dct()}; d[{i}]{o}:{y}; d"
    if c < .7: return f"x:{v}; x{o}:{y}; x"
    if c < .8: return f"x:{v}; x[{i};{index()}]{o}:{y}; x"
    if c < .9: return f"x:{v}; @[x;{i};{R.choice(['-:', '|:', '#:', '*:', '{x,x}', '$:', '~:'])}]"
    return f"x:{v}; x[{i}]"
# kgen.py N SEED [amend]: N expressions, or N amendments of random values at random indices
n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
make = amendment if sys.argv[3:4] == ['amend'] else expr
seen = set()
while len(seen) < n:
    e = make()
    if e in seen or '_draw' in e and '-' in e: continue
    seen.add(e); print(e)
