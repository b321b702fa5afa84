package kj.cmd;

import static kj.value.K.*;

import java.util.List;
import kj.eval.Script;

/**
 * The help screens: {@code \} (made from the command table, so each command's line is written
 * once, in its row) and {@code \0 \+ \' \: \_ \.}. They list only what works in kj.
 */
final class Help {
    private Help() {}

    private static Command screen(String name, String title, String text) {
        return new Command(name, null, title, (in, arg) -> {
            Basic.print(in, text);
            return nil();
        });
    }

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
            Verbs: monadic (one argument) | dyadic (two); v: is the monad (+: flip)
              +  flip | plus          -  negate | minus        *  first | times
              %  reciprocal | divide  |  reverse | max/or      &  where | min/and
              ^  shape | power        !  enumerate | rotate/mod <  grade up | less
              >  grade down | more    =  group | equal         ~  not | match
              @  atom | index         ?  unique | find         _  floor | drop/cut
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
            Input/output verbs; a file is a string or symbol, "" the terminal
              0: f        the lines of text file f, as strings      f 0: strings   write lines
              1: f        the K value f 1: x wrote                  f 1: x         write x
              5: x        x printed, as a string                    f 5: x         append x to K file f
              6: f        the bytes of f, as a string               f 6: s         write bytes
              4: x        the type of x
            Columns of fields, one list per type:
              (types;widths) 0: f   fixed-width text: I int  F float  C string  S symbol  " " skip
              (types;",") 0: f      delimited text (any one character; "\\t" for tabs)
              (types;,",") 0: f     delimited, the first line names the columns: (names;columns)
              (types;widths) 1: f   fixed-width binary: c char  b s i j 1 2 4 8-byte int  f d 4 8-byte float
              f may be (f;start;length): that part of the file only
            Example, a CSV file with a header and a fixed-width file:
              "p.csv" 0: ("name,age,score";"ann,31,2.5";"bob,45,3.25")
              d:("SIF";,",") 0: "p.csv"
              d
            (`name `age `score
             (`ann `bob
              31 45
              2.5 3.25))
              t:.+(d 0;d 1)        / a dict of columns: t`age is 31 45
              "p.txt" 0: ("ann 31  2.5";"bob 45 3.25")
              ("SIF";3 3 5) 0: "p.txt"
            (`ann `bob
             31 45
             2.5 3.25)
            """;

    static final String RESERVED = """
            Reserved names
              values:    _a _d _f _h _k _n _p _s _t _T _w
                         (_a the command line; _s used, allocated, mapped, max bytes as \\w shows them)
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
              @[f;x;:] .[f;(x;y);:]   trap an error: (0;value) or (1;"error name")
            """;

    static final List<Command> ROWS = List.of(
            screen("0", "nouns", NOUNS),
            screen("+", "verbs", VERBS),
            screen("'", "adverbs", ADVERBS),
            screen(":", "input/output", IO),
            screen("_", "reserved names", RESERVED),
            screen(".", "control", CONTROL));

    /** The \ screen: the help screens, then one line per command of the table. */
    static long main(Script in, Commands table) {
        StringBuilder b = new StringBuilder("Help screens:");
        for (Command r : table.rows()) if (r.args() == null) b.append("  \\").append(r.name()).append(' ').append(r.help());
        b.append("\nCommands:\n");
        for (String line : table.helpLines(r -> true)) {
            b.append(line).append('\n');
            if (line.startsWith("  \\t ")) b.append(Timing.TIMER_HELP).append('\n');
        }
        b.append(String.format("  %-14s %s%n", "\\word ...", "any other word runs in the shell: \\ls  \\echo hi"));
        b.append("Ctrl-C interrupts a running expression. Under \\e 1 an error in a lambda suspends it: a > prompt in its frame, \\ leaves it.\n");
        Basic.print(in, b.toString());
        return nil();
    }
}
