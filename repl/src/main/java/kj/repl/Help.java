package kj.repl;

/** The help screens of {@code \}, {@code \0}, {@code \+}, {@code \'}, {@code \:}, {@code \_}, {@code \.}. */
final class Help {
    private Help() {}

    static final String MAIN = """
            Help screens: \\0 nouns  \\+ verbs  \\' adverbs  \\: input/output  \\_ reserved names  \\. control
            Commands:
              \\\\            leave (also Ctrl-D)          Ctrl-C  interrupt a running expression
              \\l f          run script f (f.k) here      \\d [d]  show / change directory (^: up)
              \\p [n]        print precision              \\e [n]  error flag (0,1 go on; 2 exit)
              \\v [d]        names defined in d           \\r [n]  show (and restart) / set random seed
              \\t e          time e in ms                 \\t:n e  n runs of e, total ms
              \\ts e         ms and peak bytes e added
              (no \\b: an error returns to the prompt; kj has no suspended mode to step through)
            Workspace:
              \\w            used, mapped, peak, cap; mapped files, -m and -r; symbols
              \\w l          per lane: cells in use, peak, allocations, used + free = mapped, status
              \\w v          bytes per global name, shared cells counted once
              \\w t          bytes and cells by K type
              \\w d          what changed since the last \\w or \\w d
              \\w h          peak bytes of each evaluation over the session, as bars
              \\w n          cap the workspace at n MB (0: none); beyond it: wsfull error
              \\gc           give wholly free memory back to the system
              \\m            check the pool's lists and counters, and look for leaks
            """;

    static final String NOUNS = """
            Nouns (types: 4: x)
              1 int      42  -7  0N 0I -0I           -1 int vector     1 2 3   !5
              2 float    3.5  1e10  0n 0i -0i        -2 float vector   1 2.5
              3 char     "a"                         -3 string         "abc"
              4 symbol   `a  `"with space"          -4 symbol vector  `a`b
              5 dict     .((`a;1);(`b;2))             0 list            (1;"a";`s)
              6 nil      _n                           7 function        {x+y}  +  +/
            """;

    static final String VERBS = """
            Verbs: monadic (one argument) | dyadic (two)
              +  flip | plus          -  negate | minus        *  first | times
              %  reciprocal | divide  |  reverse | max/or      &  where | min/and
              ^  shape | power        !  enumerate | rotate/mod <  grade up | less
              >  grade down | more    =  group | equal         ~  not | match
              @  atom | index         ?  range | find          _  floor | drop/cut
              ,  enlist | join        #  count | take/reshape  $  format | form
              .  value | apply        :  | assign
            """;

    static final String ADVERBS = """
            Adverbs
              f/ over     f\\ scan      f' each
              f/: each right   f\\: each left   f': each pair
              n f/ x  do n times;  b f/ x  while b;  f/ x  converge
            """;

    static final String IO = """
            Input/output (verbs n:)
              0: read/write text lines   1: read/write K data   2: dynamic load
              3: 4: interprocess         5: display form        6: raw bytes
            """;

    static final String RESERVED = """
            Reserved names
              values:    _a _d _f _h _i _k _n _p _s _t _T _v _w
                         (_a the command line; _s used, allocated, mapped-file, max bytes)
              math:      _abs _acos _asin _atan _ceil _cos _cosh _exp _floor _log _sin _sinh _sqr _sqrt _tan _tanh
              lists:     _bin _binl _dv _dvl _di _in _lin _sm _ss _ssr _sv _vs _draw
              linear:    _dot _mul _inv _lsq
              time, sys: _gtime _ltime _lt _jd _dj _getenv _setenv _host _size _exit
              conversion:_ci _ic _bd _db
            """;

    static final String CONTROL = """
            Assignment, definition, control
              a:1           assign            a+:1   modify in place
              a[i]:v        amend at index    .[d;i;f;y] @[d;i;f;y]  amend
              f:{[a;b] a+b} define (x y z when no [...])   f[1;2]  f 1  apply
              :[c;t;e]      conditional       if[c;...]  do[n;...]  while[c;...]
              :x            return x          / comment (after a space or at line start)
            """;
}
