package kj.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random K source, as a list of tokens (each carries its own spacing, so joining them gives the
 * text and dropping some still gives text a reducer can try). Most inputs are well formed:
 * every verb in both valences, every adverb form, literals of every type with nulls,
 * infinities and empty lists, nested lists and dicts, lambdas, projections, amend forms, huge
 * counts and deep nesting; some are then broken by token mutations; some are backslash
 * commands with bad arguments. The file verbs appear only as whole tokens naming files in
 * {@code dir}, so no input reads or writes anything outside it, runs a command or reads the
 * terminal.
 */
public final class Generator {
    /** The globals every input starts with (see {@link #SETUP}). */
    static final String[] GLOBALS = {"a", "b", "c", "d", "e", "m", "s", "f", "g"};
    public static final String SETUP = "a:1 2 3; b:(1;\"ab\";`c;2.5); c:`x`y; d:.((`p;1);(`q;\"r\")); e:!0; "
            + "m:(1 2;3 4); s:\"hello\"; f:{x+y}; g:{[p;q;r] p,q,r}";

    private static final String[] VERBS = {"+", "-", "*", "%", "|", "&", "^", "!", "<", ">", "=", "~", "@", "?", "_",
        ",", "#", "$", ".", ":"};
    private static final String[] ADVERBS = {"'", "/", "\\", "/:", "\\:", "':"};
    private static final String[] INTS = {"0", "1", "2", "-1", "3", "7", "10", "-5", "0N", "0I", "-0I",
        "9223372036854775807", "-9223372036854775807", "1000000", "100"};
    private static final String[] FLOATS = {"0.5", "2.5", "-1.0", "0n", "0i", "-0i", "1e10", "1e-300", "3.14159",
        "0.0", "1e308"};
    private static final String[] CHARS = {"\"a\"", "\"\"", "\"ab\"", "\"hello world\"", "\"\\n\"", "\"\\\\\"", "\"[a\"",
        "\"[]\"", "\"a*b\"", "\"?\"", "\"0\"", "\"1 2\""};
    private static final String[] SYMS = {"`a", "`", "`b", "`x`y", "`p`q", "`a`b`c", "`\"a b\"", "`k"};
    private static final String[] EMPTIES = {"()", "!0", "0#0.0", "\"\"", "0#`", "!0 0", "0#,()", "(())",
        ".()", "_n", "0#,1"};
    private static final String[] HUGE = {"!100000000000", "100000000#1", "-0I#1", "0I#1", "1e10$1", "-1e10$1",
        "0N#1 2", "!-1", "1000000#\"ab\"", "!1000000", "(!1000)#'1", "10000 10000#0", "0I?0I", "2000000000$\"a\""};
    private static final String[] SYSFNS = {"_abs", "_floor", "_ceil", "_sqrt", "_exp", "_log", "_sin", "_ci", "_ic",
        "_bin", "_lin", "_ss", "_ssr", "_sm", "_sv", "_vs", "_dv", "_di", "_draw", "_inv", "_lsq", "_mul", "_dot",
        "_ltime", "_gtime", "_lt", "_jd", "_dj", "_bd", "_db", "_hat", "_in", "_binl", "_dvl", "_vsx", "_size",
        "_f", "_n", "_t", "_T", "_d", "_k", "_s", "_h", "_p", "_a", "_i", "_v", "_w", "_getenv", "_sqr", "_tanh", "_hash"};
    private static final String[] COMMANDS = {"\\p abc", "\\p 1e3", "\\p -1", "\\p 99999999999999999999",
        "\\t:99999999999 1", "\\t:abc 1", "\\t 1+", "\\t ", "\\r x", "\\r 1e5", "\\r", "\\e x", "\\d ^", "\\d .zz",
        "\\d", "\\v", "\\x", "\\p", "\\t:0 1", "\\t:-1 1", "\\r 99999999999999999999", "\\d ..", "\\p 3", "\\t:3 +/!10"};

    private final Random r;
    private final String dir;

    /** @param dir the folder file verbs may use (no trailing slash) */
    public Generator(Random r, String dir) {
        this.r = r;
        this.dir = dir;
    }

    /** One input: usually an expression, sometimes broken, sometimes a command. */
    public List<String> input() {
        List<String> t = new ArrayList<>();
        int kind = r.nextInt(100);
        if (kind < 3) {
            t.add(pick(COMMANDS));
            if (r.nextBoolean()) t.add(" " + pick(new String[] {"1", "abc", "1e3", "-", "[", "\"x\""}));
            return t;
        }
        if (kind < 9) {
            amendProbe(t);
            return t;
        }
        if (kind < 12) {
            deep(t);
            return t;
        }
        expr(t, 3 + r.nextInt(3));
        if (kind >= 75) mutate(t);
        return t;
    }

    /** Whether the input is an amend probe: one assignment to a global and no other. */
    public static boolean isProbe(List<String> t) {
        // a mutation may put a lone space first: that is no probe (the soak's #563773 of seed 13)
        return !t.isEmpty() && t.get(0).startsWith(PROBE) && !t.get(0).isBlank();
    }

    private static final String PROBE = " ";

    /**
     * The global an amend probe changes. Only it is held to "a failed amend changes nothing":
     * the value may change another global on its way and still be a success there (a list
     * made into {@code .(`a;;f)} by {@code ,} amends {@code a}, as in Kona; seed 20261203 #766720).
     */
    public static String probeTarget(List<String> t) {
        String s = t.get(0).substring(PROBE.length());
        if (s.startsWith("@[`") || s.startsWith(".[`")) s = s.substring(3);
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) end++;
        return s.substring(0, end);
    }

    /** g[i]:v, g[i]+:v, g,:v, @[`g;i;f;v], .[`g;i;f;v] with no other assignment in it. */
    private void amendProbe(List<String> t) {
        String g = pick(GLOBALS);
        List<String> idx = new ArrayList<>(), val = new ArrayList<>();
        noun(idx, 1, false);
        noun(val, 2, false);
        switch (r.nextInt(6)) {
            case 0 -> { t.add(PROBE + g + "["); t.addAll(idx); t.add("]:"); t.addAll(val); }
            case 1 -> { t.add(PROBE + g + "["); t.addAll(idx); t.add("]" + pick(VERBS) + ":"); t.addAll(val); }
            case 2 -> { t.add(PROBE + g + pick(new String[] {",", "+", "-", "_", "#", "^"}) + ":"); t.addAll(val); }
            case 3 -> { t.add(PROBE + "@[`" + g + ";"); t.addAll(idx); t.add(";" + pick(VERBS) + ";"); t.addAll(val); t.add("]"); }
            case 4 -> { t.add(PROBE + ".[`" + g + ";"); t.addAll(idx); t.add(";" + pick(VERBS) + ";"); t.addAll(val); t.add("]"); }
            default -> { t.add(PROBE + g + "[;"); t.addAll(idx); t.add("]:"); t.addAll(val); }
        }
    }

    private void deep(List<String> t) {
        int n = 1 + r.nextInt(r.nextInt(10) == 0 ? 3000 : 300);
        String[] open = {"(", "(,", "(-", "(+", "{", "(1;", "[", "(#"};
        String o = pick(open);
        String close = o.equals("{") ? "}" : o.equals("[") ? "]" : ")";
        t.add(pick(new String[] {"#", "", "+/", ",/", "x:"}));
        for (int i = 0; i < n; i++) t.add(o);
        t.add(pick(INTS));
        int closes = r.nextInt(8) == 0 ? n - 1 : n; // sometimes one short: a parse error
        for (int i = 0; i < closes; i++) t.add(close);
    }

    /** An expression of at most {@code depth} levels. */
    private void expr(List<String> t, int depth) {
        if (depth <= 0) {
            noun(t, 0, true);
            return;
        }
        switch (r.nextInt(12)) {
            case 0, 1 -> noun(t, depth - 1, true);
            case 2, 3 -> { t.add(verb()); expr(t, depth - 1); }                         // monad
            case 4, 5, 6 -> { noun(t, depth - 1, true); t.add(verb()); expr(t, depth - 1); } // dyad
            case 7 -> { t.add(adverbed(depth)); noun(t, depth - 1, true); }              // f' x, f/ x
            case 8 -> { noun(t, depth - 1, true); t.add(adverbed(depth)); expr(t, depth - 1); } // x f/ y
            case 9 -> sysCall(t, depth);
            case 10 -> control(t, depth);
            default -> { t.add("("); expr(t, depth - 1); t.add(")"); }
        }
    }

    /** A noun; {@code assign}: may contain an assignment (probes must not). */
    private void noun(List<String> t, int depth, boolean assign) {
        int k = r.nextInt(depth <= 0 ? 9 : 17);
        switch (k) {
            case 0, 1 -> t.add(ints());
            case 2 -> t.add(floats());
            case 3 -> t.add(pick(CHARS));
            case 4 -> t.add(pick(SYMS));
            case 5 -> t.add(pick(EMPTIES));
            case 6, 7 -> t.add(pick(GLOBALS));
            case 8 -> t.add(r.nextInt(4) == 0 ? pick(HUGE) : ints());
            case 9 -> { // a general list
                t.add("(");
                for (int i = r.nextInt(4); i >= 0; i--) {
                    subExpr(t, depth - 1, assign);
                    if (i > 0) t.add(";");
                }
                t.add(")");
            }
            case 10 -> { // a dict
                t.add(".(");
                for (int i = r.nextInt(3); i >= 0; i--) {
                    t.add("(`" + (char) ('a' + r.nextInt(4)) + ";");
                    subExpr(t, depth - 1, assign);
                    t.add(")");
                    if (i > 0) t.add(";");
                }
                t.add(")");
            }
            case 11 -> {
                if (assign) lambda(t, depth);
                else t.add(pick(new String[] {"{x+1}", "{x,y}", "{}", "{[a]a}"})); // a probe's lambdas assign nothing
            }
            case 12 -> { // a projection or an application
                t.add(assign ? pick(new String[] {"f", "g", "{x,y}", "{[a;b;c]a+b*c}", "+", ",", "@", "."})
                        : pick(new String[] {"f", "g", "{x,y}", "{[a;b;c]a+b*c}", "+", ","})); // @[`a;..] would amend a global
                t.add("[");
                int args = r.nextInt(4);
                for (int i = 0; i < args; i++) {
                    if (r.nextInt(3) > 0) subExpr(t, depth - 1, assign);
                    if (i < args - 1) t.add(";");
                }
                t.add("]");
            }
            case 13 -> { // indexing
                t.add(pick(GLOBALS));
                t.add("[");
                subExpr(t, depth - 1, assign);
                if (r.nextBoolean()) { t.add(";"); subExpr(t, depth - 1, assign); }
                t.add("]");
            }
            case 14 -> { // assignment
                if (!assign) { t.add(ints()); break; }
                t.add(pick(new String[] {"x:", "a:", "z::", "a[0]:", "d[`p]:", "b,:", "a+:", "q[1]:"}));
                subExpr(t, depth - 1, assign);
            }
            case 15 -> { // a verb, adverbed verb or lambda as a value
                t.add("(" + pick(new String[] {verb(), verb() + pick(ADVERBS), "{x}", "f", verb() + ":"}) + ")");
            }
            default -> { t.add("("); subExpr(t, depth - 1, assign); t.add(")"); }
        }
    }

    private void subExpr(List<String> t, int depth, boolean assign) {
        if (!assign) {
            noun(t, Math.max(0, depth), false);
            if (depth > 0 && r.nextBoolean()) {
                t.add(pick(VERBS).replace(":", "+")); // no name: v here, nor a name op: v
                noun(t, depth - 1, false);
            }
            return;
        }
        expr(t, Math.max(0, depth));
    }

    private void lambda(List<String> t, int depth) {
        switch (r.nextInt(5)) {
            case 0 -> t.add("{[a;b]");
            case 1 -> t.add("{[p]");
            default -> t.add("{");
        }
        int statements = 1 + r.nextInt(2);
        for (int i = 0; i < statements; i++) {
            if (r.nextInt(3) == 0) t.add(pick(new String[] {"x", "y", "z", "a", "b", "p", "_f"}) + pick(VERBS));
            expr(t, depth - 1);
            if (i < statements - 1) t.add(";");
        }
        t.add("}");
        if (r.nextBoolean()) {
            t.add("[");
            noun(t, 0, true);
            if (r.nextBoolean()) { t.add(";"); noun(t, 0, true); }
            t.add("]");
        }
    }

    private String adverbed(int depth) {
        String f = switch (r.nextInt(5)) {
            case 0, 1 -> verb();
            case 2 -> pick(new String[] {"{x+y}", "{x,y}", "{x}", "{y}", "{x*2}", "f", "g", "{:[x>5;x;x+1]}"});
            case 3 -> pick(new String[] {"(+)", "(,)", "f[1]", "g[;1]", "+[1]", "(2#)", "{x}[1]"});
            default -> pick(SYMS.length > 0 ? new String[] {"`a", "1", "\"a\"", "a", "d"} : SYMS); // adverb on a noun
        };
        String a = pick(ADVERBS);
        return r.nextInt(6) == 0 ? f + a + pick(ADVERBS) : f + a;
    }

    private void sysCall(List<String> t, int depth) {
        String fn = pick(SYSFNS);
        if (r.nextBoolean()) {
            t.add(fn + " ");
            noun(t, depth - 1, true);
            return;
        }
        t.add(fn + "[");
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            noun(t, depth - 1, true);
            if (i < n - 1) t.add(";");
        }
        t.add("]");
    }

    private void control(List<String> t, int depth) {
        switch (r.nextInt(9)) {
            case 0 -> { t.add(":["); noun(t, depth - 1, true); t.add(";"); noun(t, depth - 1, true); t.add(";"); noun(t, depth - 1, true); t.add("]"); }
            case 1 -> { t.add("if["); noun(t, depth - 1, true); t.add(";"); expr(t, depth - 1); t.add("]"); }
            case 2 -> { t.add("do["); t.add(pick(new String[] {"3", "0", "-1", "0N", "", "1.5", "`a", "10000"})); t.add(";"); expr(t, depth - 1); t.add("]"); }
            case 3 -> { t.add("while["); t.add(pick(new String[] {"0", "1", "i<3", "", "`a"})); t.add(";"); expr(t, depth - 1); t.add("]"); }
            case 4 -> { t.add("@["); noun(t, depth - 1, true); t.add(";"); noun(t, depth - 1, true); t.add(";:]"); }
            case 5 -> { t.add(".["); noun(t, depth - 1, true); t.add(";"); noun(t, depth - 1, true); t.add(";:]"); }
            case 6 -> { t.add("'"); noun(t, 0, true); }
            case 7 -> fileVerb(t, depth);
            default -> { t.add(". "); t.add(pick(new String[] {"\"1+1\"", "\"a\"", "\"\\\\p abc\"", "\"\\\\r x\"",
                "\"1+\"", "\"{x}\"", "\"\\\\t:99999999999 1\""})); }
        }
    }

    /** A file verb on a file in the fuzzer's folder: the name and verb are one token. */
    private void fileVerb(List<String> t, int depth) {
        String name = "\"" + dir + "/f" + r.nextInt(3) + "\"";
        switch (r.nextInt(11)) {
            // Each form opens with "(": a noun before it applies to it, never becomes the left (file)
            // argument of a write; a write's left argument is its own token's name. Its right
            // argument is in parentheses of its own: a noun starting with an adverb (':b) would
            // otherwise make the write each-prior over b, naming files by b's items.
            case 0 -> { t.add("(" + name + " 1: ("); noun(t, depth - 1, true); t.add("))"); }
            case 1 -> { t.add("(" + name + " 0: ("); noun(t, depth - 1, true); t.add("))"); }
            case 2 -> { t.add("(" + name + " 5: ("); noun(t, depth - 1, true); t.add("))"); }
            case 3 -> { t.add("(" + name + " 6: ("); noun(t, depth - 1, true); t.add("))"); }
            case 4 -> { t.add("((," + name + ") 6: ("); noun(t, depth - 1, true); t.add("))"); }
            case 5 -> t.add("(1: " + name + ")");
            case 6 -> t.add("(0: " + name + ")");
            case 7 -> t.add("(6: " + name + ")");
            case 8 -> t.add("(2: " + name + ")");
            case 9 -> { t.add("((" + pick(new String[] {"(\"jj\";8 8)", "(\"c\";,1)", "(\"S\";,\",\")",
                "(\"IS\";\",\")", "(,\"C\";\",\")"}) + ") " + (r.nextBoolean() ? "0" : "1") + ": " + name + ")"); }
            default -> { t.add("\\l " + name.substring(1, name.length() - 1)); }
        }
    }

    private void mutate(List<String> t) {
        for (int m = 1 + r.nextInt(3); m > 0 && !t.isEmpty(); m--) {
            int i = r.nextInt(t.size());
            switch (r.nextInt(5)) {
                case 0 -> t.remove(i);
                case 1 -> t.add(i, pick(new String[] {"(", ")", "[", "]", "{", "}", ";", ":", verb(), pick(ADVERBS), " ", "\"", "`"}));
                case 2 -> t.add(i, t.get(r.nextInt(t.size())));
                case 3 -> {
                    int j = r.nextInt(t.size());
                    String x = t.get(i);
                    t.set(i, t.get(j));
                    t.set(j, x);
                }
                default -> t.add(i, pick(ADVERBS));
            }
        }
    }

    private String verb() {
        String v = pick(VERBS);
        return r.nextInt(5) == 0 ? v + ":" : v;
    }

    private String ints() {
        if (r.nextInt(3) > 0) return pick(INTS);
        StringBuilder b = new StringBuilder(pick(INTS));
        for (int i = r.nextInt(4); i >= 0; i--) b.append(' ').append(pick(INTS));
        return b.toString();
    }

    private String floats() {
        if (r.nextInt(3) > 0) return pick(FLOATS);
        StringBuilder b = new StringBuilder(pick(FLOATS));
        for (int i = r.nextInt(3); i >= 0; i--) b.append(' ').append(pick(FLOATS));
        return b.toString();
    }

    private String pick(String[] a) { return a[r.nextInt(a.length)]; }

    /**
     * The text of the tokens, made safe: a digit directly before a colon would make a file verb
     * ({@code 1:}) out of tokens that are not one of ours, so a space goes between them.
     */
    public static String text(List<String> tokens) {
        StringBuilder b = new StringBuilder();
        for (String tok : tokens) {
            if (!b.isEmpty() && tok.startsWith(":") && Character.isDigit(b.charAt(b.length() - 1))) b.append(' ');
            b.append(tok);
        }
        return b.toString();
    }
}
