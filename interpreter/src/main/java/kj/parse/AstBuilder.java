package kj.parse;

import java.util.ArrayList;
import kj.sys.SysFns;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kj.error.KError;
import kj.grammar.KParser;
import kj.grammar.KParser.*;
import kj.parse.Node.*;
import kj.adverb.Adverb;
import kj.prim.Verbs;
import kj.value.Sym;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns the ANTLR tree into {@link Node}s, once. An expression's parts are bound right to
 * left: a verb before an expression applies monadically, a noun before a verb takes it
 * dyadically, a noun before a noun applies to it.
 */
final class AstBuilder {
    private static final int COLON = Verbs.COLON;

    private final Source source;
    private final Code code;
    private final java.util.Map<Code, Integer> placed = new java.util.IdentityHashMap<>();

    AstBuilder(Source source, Code code) {
        this.source = source;
        this.code = code;
    }

    /** One syntactic unit with whether it stands as a verb (takes arguments to its right). */
    private record Item(Node node, boolean verb, ParserRuleContext ctx) {
        /** The offset of the unit in the source. */
        int at() { return ctx.start.getStartIndex(); }
    }

    /**
     * The text of a context that is one token, else "". (getText concatenates the whole
     * subtree: called at every level of a deeply nested expression it made parsing quadratic.)
     */
    private static String oneToken(ParserRuleContext c) {
        return c.getStart() != null && c.getStart() == c.getStop() ? c.getStart().getText() : "";
    }

    private static boolean textIs(ParserRuleContext c, String s) { return oneToken(c).equals(s); }

    Node program(ProgramContext ctx) {
        Set<String> defines = new LinkedHashSet<>();
        scanAssigned(ctx, defines);
        // As Kona: a name assigned anywhere in the chunk (a lambda's local too) is defined as nil
        // beforehand only when the chunk names it outside any lambda; a lambda's locals alone never
        // reach the K-tree.
        Set<String> outside = new LinkedHashSet<>();
        scanNames(ctx, outside);
        defines.retainAll(outside);
        Node body = seq(ctx.body());
        return new Program(body, defines.toArray(String[]::new), source, placed);
    }

    /** The statements or items of a body; null where one is empty. */
    private List<Node> items(BodyContext body) {
        List<Node> out = new ArrayList<>();
        Node current = null;
        for (ParseTree child : body.children == null ? List.<ParseTree>of() : body.children) {
            if (child instanceof ExprContext e) current = expr(e);
            else {
                out.add(current);
                current = null;
            }
        }
        out.add(current);
        return out;
    }

    private Node seq(BodyContext body) {
        List<Node> items = items(body);
        if (items.size() == 1) return orEmpty(items.get(0));
        return new Seq(items.stream().map(AstBuilder::orEmpty).toArray(Node[]::new));
    }

    private static Node orEmpty(Node n) { return n == null ? new Empty() : n; }

    private Node expr(ExprContext e) {
        List<Item> items = new ArrayList<>();
        for (PartContext p : e.part()) items.add(part(p));
        if (endsInBareColon(items)) throw KError.parse();
        if (adverbedNounAssigned(items)) return new Signal(new Chars("syntax".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), false));
        if (e.ADVERB() == null) return bind(items, 0);
        return switch (e.ADVERB().getText()) {
            case "'" -> new Signal(bind(items, 0));
            case "\\" -> new Trace(bind(items, 0));
            default -> throw KError.parse();
        };
    }

    /** +/!x as a node of its own (the evaluator sums n items without making them), else m. */
    private static Node sumOfTil(Monad m) {
        boolean is = isSum(m.fn()) && m.arg() instanceof Monad til
                && til.fn() instanceof Verb bang && bang.index() == Verbs.BANG;
        return is ? new SumOfTil(m) : m;
    }

    /**
     * +/x*y, +/'x*\:y and &/ or |/ of =, < or > as nodes of their own (the evaluator computes them
     * in one pass for the types it covers), else n.
     */
    private static Node idiom(Node n) {
        if (!(n instanceof Monad m && m.arg() instanceof Dyad d)) return n;
        if (isSum(m.fn()) && isDyad(d.fn(), Verbs.TIMES_ROW)) return new DotProduct(m);
        if (m.fn() instanceof Adverbed over && over.adverb() == Adverb.OVER
                && (isDyad(over.fn(), Verbs.MIN_ROW) || isDyad(over.fn(), Verbs.MAX_ROW))
                && (isDyad(d.fn(), Verbs.EQUAL_ROW) || isDyad(d.fn(), Verbs.LESS_ROW) || isDyad(d.fn(), Verbs.MORE_ROW)))
            return new Quantified(m);
        boolean matrix = m.fn() instanceof Adverbed each && each.adverb() == Adverb.EACH && isSum(each.fn())
                && d.fn() instanceof Adverbed left && left.adverb() == Adverb.EACH_LEFT && isDyad(left.fn(), Verbs.TIMES_ROW);
        return matrix ? new MatrixProduct(m) : n;
    }

    /** Whether n is +/ written with the glyph. */
    private static boolean isSum(Node n) {
        return n instanceof Adverbed over && over.adverb() == Adverb.OVER && isDyad(over.fn(), Verbs.PLUS_ROW);
    }

    private static boolean isDyad(Node n, int verb) { return n instanceof Verb v && v.index() == verb && !v.monadic(); }

    private Node bind(List<Item> items, int i) {
        Item item = items.get(i);
        boolean last = i == items.size() - 1;
        if (!last && items.get(items.size() - 1).verb) {
            Node special = trailingVerb(items, i);
            if (special != null) return special;
        }
        if (item.verb) {
            if (last) return item.node;
            if (i == 0 && item.node instanceof Verb v && v.index() == COLON && !v.monadic()
                    && textIs(item.ctx, ":"))
                return new Return(bind(items, i + 1));
            Monad m = new Monad(item.node, bind(items, i + 1), item.at());
            Node folded = Literals.enlisted(m);
            return folded != m ? folded : Fusing.of(idiom(sumOfTil(m)));
        }
        if (last) return item.node;
        Item next = items.get(i + 1);
        // a parenthesised dyadic verb or derived verb is applied as a value: (-)1 is -[1;], as Kona
        if (!next.verb && (item.node instanceof Verb v && !v.monadic() || item.node instanceof Adverbed))
            return new Apply(item.node, new Node[] {bind(items, i + 1)}, item.at());
        if (!next.verb) return new Monad(item.node, bind(items, i + 1), item.at());
        Node assign = assignment(item, next, items, i);
        if (assign != null) return assign;
        if (i + 1 == items.size() - 1) return new Apply(next.node, new Node[] {item.node, null}, next.at());
        // a reserved monad between nouns applies to its right, and the left noun to that, as Kona:
        // 1 2 3 _abs 1 is 1 2 3[_abs 1]
        if (next.node instanceof SysFn f && SysFns.get(f.id()).valence() == 1)
            return new Monad(item.node, bind(items, i + 1), item.at());
        return Fusing.of(Literals.joined(new Dyad(next.node, item.node, bind(items, i + 2), next.at())));
    }

    /**
     * An expression ending in a verb: {@code name f:} (the variable becomes f of itself), an
     * assignment whose value is such an expression, or else a verb train.
     */
    private Node trailingVerb(List<Item> items, int i) {
        Item item = items.get(i), next = items.get(i + 1);
        boolean named = isName(item.node) && ((PartContext) item.ctx).atom() instanceof NameContext;
        // a: with nothing to assign is nil, as in Kona
        if (named && i + 2 == items.size() && !(item.node instanceof Apply) && textIs(next.ctx, ":")) return new Empty();
        if (named && i + 2 == items.size() && next.node instanceof Verb v && v.monadic() && v.index() != COLON) {
            if (item.node instanceof Apply ap) {
                if (((PartContext) item.ctx).postfix().size() != 1) return null;
                return new Assign(ap.fn(), ap.args(), v, null, false, next.at());
            }
            return new Assign(item.node, null, v, null, false, next.at());
        }
        if (named && next.node instanceof Verb v && (v.index() == COLON || v.monadic()) && i + 2 < items.size())
            return null;
        int size = items.size();
        Item beforeLast = items.get(size - 2);
        if (i < size - 2 && isName(beforeLast.node) && ((PartContext) beforeLast.ctx).atom() instanceof NameContext
                && items.get(size - 1).node instanceof Verb v && v.monadic() && v.index() != COLON)
            return null;
        if (item.verb && i + 1 < items.size() && item.node instanceof Verb v && v.index() == COLON && !v.monadic() && i == 0)
            return null;
        int n = items.size() - i;
        if (n > 63) throw KError.limit();
        Node[] parts = new Node[n];
        long verbs = 0;
        for (int k = 0; k < n; k++) {
            parts[k] = items.get(i + k).node;
            if (items.get(i + k).verb) verbs |= 1L << k;
        }
        return new Train(parts, verbs);
    }

    /** name:v, name::v, name op: v, name[i]:v, name[i] op: v; null when it is none of these. */
    private Node assignment(Item target, Item op, List<Item> items, int i) {
        if (!(op.node instanceof Verb v) || i + 2 >= items.size()) return null;
        String text = oneToken(op.ctx);
        boolean global = text.equals("::");
        boolean modified = v.monadic() && v.index() != COLON;
        if (!text.equals(":") && !global && !modified) return null;
        Node name = target.node;
        Node[] index = null;
        if (name instanceof Apply a && target.ctx instanceof PartContext p && p.postfix().size() == 1) {
            index = a.args();
            name = a.fn();
        }
        if (!isName(name) || !(((PartContext) target.ctx).atom() instanceof NameContext)) {
            // (1 2)[0]:3 and a[0][1]:9 assign to no name: Kona rejects them when parsing
            if (!modified && indexed(target)) throw KError.parse();
            return null;
        }
        if (global && name instanceof Captured c) name = new Global(c.name(), Sym.intern(c.name()));
        Node verb = modified ? new Verb(v.index(), false) : null;
        return new Assign(name, index, verb, bind(items, i + 2), global, op.at());
    }

    /**
     * Kona rejects an expression that ends in a dyadic colon unless it is an assignment to a
     * name ({@code a:}) or the colon alone: {@code :::} and {@code 1 2:} are parse errors.
     */
    private static boolean endsInBareColon(List<Item> items) {
        int n = items.size();
        if (n < 2) return false;
        Item last = items.get(n - 1);
        if (!(last.ctx instanceof PartContext p) || !p.postfix().isEmpty() || !textIs(p, ":")) return false;
        Item before = items.get(n - 2);
        return !(isName(before.node) && ((PartContext) before.ctx).atom() instanceof NameContext);
    }

    /**
     * A noun or a non-primitive function under an adverb, then a colon and a value
     * ({@code 1/::2}, {@code f/::x}): Kona reads it as an assignment after an adverb and raises
     * a syntax error when it runs; a primitive there ({@code +/::x}) is a call, as here.
     */
    private static boolean adverbedNounAssigned(List<Item> items) {
        for (int i = 0; i + 2 < items.size(); i++) {
            if (items.get(i).node instanceof Adverbed a && !primitiveBase(a) && textIs(items.get(i + 1).ctx, ":")) return true;
        }
        return false;
    }

    private static boolean primitiveBase(Adverbed a) {
        while (a.fn() instanceof Adverbed inner) a = inner;
        return a.raw() || a.fn() instanceof SysFn;
    }

    /** Whether the item ends in brackets, x[...]. */
    private static boolean indexed(Item item) {
        if (!(item.ctx instanceof PartContext p) || p.postfix().isEmpty()) return false;
        return p.postfix(p.postfix().size() - 1) instanceof ArgsPostContext;
    }

    private static boolean isName(Node n) {
        if (n instanceof Apply a) n = a.fn();
        return n instanceof Local || n instanceof Captured || n instanceof Global;
    }

    private Item part(PartContext p) {
        Item item = atom(p.atom());
        for (int k = 0; k < p.postfix().size(); k++) item = postfix(item, p.postfix(k), p, k == 0);
        return new Item(item.node, item.verb, p);
    }

    private Item postfix(Item item, PostfixContext post, PartContext p, boolean first) {
        if (post instanceof AdverbPostContext a) {
            boolean raw = item.verb && item.node instanceof Verb;
            return new Item(new Adverbed(item.node, Adverb.of(a.ADVERB().getText()), raw), true, p);
        }
        BodyContext body = ((ArgsPostContext) post).body();
        Node[] arr = body.children == null ? new Node[0] : items(body).toArray(Node[]::new);
        if (first && p.atom() instanceof VerbAtomContext && textIs(p.atom(), ":"))
            return new Item(new Cond(arr), false, p);
        if (first && p.atom() instanceof NameContext n) {
            Node control = control(n.getText(), arr);
            if (control != null) return new Item(control, false, p);
        }
        return new Item(new Apply(item.node, arr, post.start.getStartIndex()), false, p);
    }

    private static Node control(String name, Node[] args) {
        if (args.length == 0) return null;
        Node[] body = java.util.Arrays.copyOfRange(args, 1, args.length);
        return switch (name) {
            case "if" -> new If(args[0], body);
            case "do" -> new Do(args[0], body);
            case "while" -> new While(args[0], body);
            default -> null;
        };
    }

    private Item atom(AtomContext a) {
        // type tests, not a pattern switch: that would spin a class in every session's first parse
        if (a instanceof NumsContext n) return new Item(Literals.numbers(n.getText()), false, a);
        if (a instanceof StringContext s) return new Item(Literals.chars(s.getText()), false, a);
        if (a instanceof SymsContext s) return new Item(Literals.syms(s.getText()), false, a);
        if (a instanceof NameContext n) return new Item(name(n.getText()), false, a);
        if (a instanceof SysnameContext s) return sysname(s);
        if (a instanceof VerbAtomContext v) return new Item(verb(v.verb().getText()), true, a);
        if (a instanceof ParensContext p) return new Item(parens(p.body()), false, a);
        if (a instanceof LambdaContext l) return new Item(new Lambda(lambda(l)), false, a);
        throw KError.parse();
    }

    private Item sysname(SysnameContext s) {
        int id = SysFns.id(s.getText());
        if (id < 0) throw new KError.Reserved();
        return new Item(new SysFn(id), SysFns.get(id).valence() > 0, s);
    }

    private static Node verb(String text) {
        if (text.equals("::")) return new Verb(COLON, true);
        // a glyph, then a colon for the monad: "+" "+:" "0:" "0::"
        boolean io = Character.isDigit(text.charAt(0));
        int glyph = io ? 2 : 1;
        int index = Verbs.index(text.substring(0, glyph));
        if (index < 0) throw KError.parse();
        return new Verb(index, text.length() > glyph);
    }

    private Node parens(BodyContext body) {
        List<Node> items = items(body);
        if (items.size() == 1) return items.get(0) == null ? new ListOf(new Node[0]) : items.get(0);
        return new ListOf(items.stream().map(AstBuilder::orEmpty).toArray(Node[]::new));
    }

    private Node name(String name) {
        int sym = Sym.intern(name);
        if (code == null || name.indexOf('.') >= 0) return new Global(name, sym);
        int slot = code.slot(name);
        if (slot >= 0) return new Local(slot, name);
        return capture(code, name) ? new Captured(code.capture(name), name) : new Global(name, sym);
    }

    /** Makes c capture an enclosing lambda's local (and every lambda between); false if none has it. */
    private static boolean capture(Code c, String name) {
        if (c.capture(name) >= 0) return true;
        Code p = c.parent;
        if (p == null) return false;
        if (p.slot(name) < 0 && !capture(p, name)) return false;
        c.captures.add(name);
        return true;
    }

    private Code lambda(LambdaContext l) {
        int start = l.start.getStartIndex();
        String text = source.text().substring(start, l.stop.getStopIndex() + 1);
        if (code == null) {
            Code cached = Code.cached(text);
            if (cached != null) {
                placed.put(cached, start);
                return cached;
            }
        }
        List<String> params = new ArrayList<>();
        int valence;
        Set<String> locals = new LinkedHashSet<>();
        scanLocals(l.body(), locals);
        if (l.params() != null) {
            for (TerminalNode n : l.params().NAME()) params.add(n.getText());
            valence = params.size();
        } else {
            Set<String> used = new LinkedHashSet<>();
            scanNames(l.body(), used);
            valence = used.contains("z") ? 3 : used.contains("y") ? 2 : 1;
            params.addAll(List.of("x", "y", "z").subList(0, valence));
        }
        List<String> slots = new ArrayList<>(params);
        for (String s : locals) if (!slots.contains(s)) slots.add(s);
        Code c = new Code(text, valence, slots.toArray(String[]::new), code, source, start);
        c.body = new AstBuilder(source, c).seq(l.body());
        if (code == null) {
            Code.cache(c);
            placed.put(c, start);
        }
        return c;
    }

    /** Names assigned with a plain colon in this lambda (not in lambdas nested in it). */
    private static void scanLocals(ParseTree t, Set<String> out) {
        if (t instanceof LambdaContext) return;
        assignedIn(t, out);
        for (int i = 0; i < t.getChildCount(); i++) scanLocals(t.getChild(i), out);
    }

    /** Undotted names assigned with a plain colon anywhere in the tree, lambdas included. */
    private static void scanAssigned(ParseTree t, Set<String> out) {
        assignedIn(t, out);
        for (int i = 0; i < t.getChildCount(); i++) scanAssigned(t.getChild(i), out);
        out.removeIf(n -> n.indexOf('.') >= 0);
    }

    private static void assignedIn(ParseTree t, Set<String> out) {
        if (t instanceof ExprContext e) {
            List<PartContext> parts = e.part();
            for (int i = 0; i + 1 < parts.size(); i++) {
                PartContext p = parts.get(i), q = parts.get(i + 1);
                if (p.atom() instanceof NameContext && p.postfix().isEmpty()
                        && q.atom() instanceof VerbAtomContext v && textIs(v, ":") && q.postfix().isEmpty())
                    out.add(p.getText());
            }
        }
    }

    private static void scanNames(ParseTree t, Set<String> out) {
        if (t instanceof LambdaContext) return;
        if (t instanceof TerminalNode n && n.getSymbol().getType() == KParser.NAME) out.add(n.getText());
        for (int i = 0; i < t.getChildCount(); i++) scanNames(t.getChild(i), out);
    }
}
