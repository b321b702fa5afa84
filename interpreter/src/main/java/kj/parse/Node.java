package kj.parse;

/**
 * The AST: made once per line or lambda from the ANTLR tree; evaluation walks only these.
 * Array fields may hold null for an elided expression ({@code f[;1]}, {@code (;)}). The nodes
 * that apply a function keep the offset in their {@link Source} of the part an error points at.
 */
public sealed interface Node {
    /**
     * An int atom or vector literal. A literal's {@code held} slot holds its cell while an
     * evaluation uses it (the evaluator makes it at the first use and releases it when the
     * top-level evaluation that made it ends), so a literal in a loop or a lambda is made once.
     */
    record Ints(long[] values, boolean atom, long[] held) implements Node {
        public Ints(long[] values, boolean atom) { this(values, atom, new long[1]); }
    }
    record Floats(double[] values, boolean atom, long[] held) implements Node {
        public Floats(double[] values, boolean atom) { this(values, atom, new long[1]); }
    }
    record Chars(byte[] values, boolean atom, long[] held) implements Node {
        public Chars(byte[] values, boolean atom) { this(values, atom, new long[1]); }
    }
    record Syms(int[] ids, boolean atom, long[] held) implements Node {
        public Syms(int[] ids, boolean atom) { this(ids, atom, new long[1]); }
    }
    /** ,v of a vector literal v: a one-item list, held as a literal is. */
    record Enlisted(Node item, long[] held) implements Node {
        public Enlisted(Node item) { this(item, new long[1]); }
    }
    /** Nothing: an empty expression, whose value is nil. */
    record Empty() implements Node {}

    /** A variable in the current lambda's frame. */
    record Local(int slot, String name) implements Node {}
    /** An enclosing lambda's local, captured by value when this lambda was defined. */
    record Captured(int index, String name) implements Node {}
    /** A global name (at top level), relative to the current directory unless dotted. */
    record Global(String name, int sym) implements Node {}

    /** A primitive verb, dyadic unless written with a colon ({@code #:}). */
    record Verb(int index, boolean monadic) implements Node {}
    /** A _ function such as _draw or _n. */
    record SysFn(int id) implements Node {}
    /**
     * An adverb applied to a function expression; {@code raw}: the function is a primitive
     * written as its glyph ({@code +'}, not {@code (+)'}), as Kona tells them apart.
     */
    /** A derived verb; one of primitives alone ({@code +/}, {@code ,//}) is held as a literal is. */
    record Adverbed(Node fn, kj.adverb.Adverb adverb, boolean raw, long[] held) implements Node {
        public Adverbed(Node fn, kj.adverb.Adverb adverb, boolean raw) { this(fn, adverb, raw, new long[1]); }

        /** Whether it is made of primitives alone: the same value on every evaluation. */
        public boolean constant() { return fn instanceof Verb || fn instanceof Adverbed a && a.constant(); }
    }

    /** {@code fn arg}; {@code at} is the offset of fn in the source, where an error points. */
    record Monad(Node fn, Node arg, int at) implements Node {}
    /** {@code +/!x} written out: for an int x its sum is known without making {@code !x}; else the monads as written. */
    record SumOfTil(Monad written) implements Node {}
    /**
     * {@code +/'x*\:y} written out: for int or float matrices the rows of x times y, summed, in
     * one kernel pass with no intermediate rows (a matrix product); else the verbs as written.
     */
    record MatrixProduct(Monad written) implements Node {}
    /** {@code +/x*y} written out: for two int or two float vectors a dot product in one pass; else the verbs as written. */
    record DotProduct(Monad written) implements Node {}
    /** {@code &/x=y}, {@code |/x<y} (& or | over =, < or >) written out: for ints, all or any in one pass; else the verbs as written. */
    record Quantified(Monad written) implements Node {}
    /** {@code left fn right}; {@code at} is the offset of the verb. */
    record Dyad(Node fn, Node left, Node right, int at) implements Node {}
    /**
     * Two or more atomic verbs over names and number literals ({@code a+b*c-d}), as written (Dyad
     * and Monad nodes only) and as {@link kj.prim.Chain} code over the operands, which are listed
     * in the order the written form evaluates them (right to left). {@code skip}: how many more
     * evaluations go straight to the written form since the chain last did not fit (a hint, its
     * one slot changed without locking).
     */
    record Fused(Node written, Node[] operands, int[] code, int[] skip) implements Node {
        public Fused(Node written, Node[] operands, int[] code) { this(written, operands, code, new int[1]); }
    }
    /** f[a;b;...]; an elided argument is null; {@code at} is the offset of the bracket. */
    record Apply(Node fn, Node[] args, int at) implements Node {}
    /** (a;b;...) */
    record ListOf(Node[] items) implements Node {}
    /** A lambda; one that captures nothing is held as a literal is. */
    record Lambda(Code code, long[] held) implements Node {
        public Lambda(Code code) { this(code, new long[1]); }
    }

    /**
     * {@code name:value}, {@code name[i]:value}, {@code name op: value}, {@code name[i] op: value};
     * {@code op} is null for plain assignment; {@code global} for {@code ::}; {@code value} is null
     * for {@code name f:}, which applies the monadic f to the variable; {@code at} is the offset of
     * the assignment's verb.
     */
    record Assign(Node target, Node[] index, Node op, Node value, boolean global, int at) implements Node {}
    /** A verb train such as (1+a+): items in order, bit i of {@code verbs} set for a verb. */
    record Train(Node[] items, long verbs) implements Node {}
    /** :[c;t;c;t;...;f] */
    record Cond(Node[] parts) implements Node {}
    record If(Node cond, Node[] body) implements Node {}
    record Do(Node times, Node[] body) implements Node {}
    record While(Node cond, Node[] body) implements Node {}
    /** 'x: raise the error named by x (a string or symbol). */
    record Signal(Node value) implements Node {}
    /** \\x where an expression starts (after ; or ( or a blank): Kona's trace, prints x and gives it. */
    record Trace(Node value) implements Node {}
    /** :x inside a lambda: leave it with this value. */
    record Return(Node value) implements Node {}
    /**
     * A parsed chunk: its body, and the plain names it assigns anywhere (in lambdas too), which
     * Kona defines as nil globals before it runs the chunk; {@code placed} maps each lambda written
     * at the chunk's top level (perhaps a cached code first read elsewhere) to its offset here.
     */
    record Program(Node body, String[] defines, Source source, java.util.Map<Code, Integer> placed) implements Node {}
    /** Statements separated by ; or newlines; the value is the last one's. */
    record Seq(Node[] statements) implements Node {}
}
