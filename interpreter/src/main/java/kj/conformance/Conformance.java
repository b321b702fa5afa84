package kj.conformance;

import static kj.value.K.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kj.cmd.Commands;
import kj.error.KError;
import kj.eval.Interp;
import kj.eval.Script;
import kj.eval.Workspace;
import kj.kpool.ReachReport;
import kj.prim.Match;

/**
 * Runs Kona's conformance cases as Kona's own runner does. A value case ({expected, expr})
 * runs both lines in one fresh workspace and passes when they match; a print case ({src,
 * stdout}) runs the line as a script and compares what is printed. After every case the
 * workspace is released and the pool must be back where it started: a leak fails the case.
 */
public final class Conformance {
    /** A case that runs longer than this is interrupted and fails. */
    static final long TIMEOUT_MS = 5000;

    public record Case(int line, String expected, String expr, String src, String stdout) {
        boolean isPrint() { return src != null; }
    }

    public record Result(Case c, boolean passed, String detail) {}

    private Conformance() {}

    public static List<Case> read(List<String> lines) {
        List<Case> out = new ArrayList<>();
        for (String l : lines) {
            if (l.isBlank()) continue;
            Map<String, String> m = JsonLine.parse(l);
            out.add(new Case(Integer.parseInt(m.get("line")), m.get("expected"), m.get("expr"), m.get("src"), m.get("stdout")));
        }
        return out;
    }

    public static Result run(Case c) {
        Workspace ws = new Workspace(Commands.standard());
        Interp in = ws.interp();
        Thread watchdog = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(TIMEOUT_MS);
                in.interrupted = true;
            } catch (InterruptedException e) {
                // finished in time
            }
        });
        Result r;
        try {
            r = c.isPrint() ? print(in, c) : ws.within(() -> value(in, c));
            // the workspace must still reach every cell in use, each with the count it should have
            ReachReport reach = ws.reach();
            if (!reach.ok() && r.passed()) r = new Result(c, false, "leak: " + reach);
        } catch (RuntimeException | StackOverflowError e) {
            r = new Result(c, false, "crash: " + e);
        } finally {
            watchdog.interrupt();
            ws.close();
        }
        long leaked = ws.bytesLeftAtClose();
        if (leaked != 0 && r.passed()) r = new Result(c, false, "leak: " + leaked + " bytes");
        return r;
    }

    private static Result value(Interp in, Case c) {
        long e = 0, x = 0;
        try {
            e = in.run(c.expected());
            x = in.run(c.expr());
            boolean ok = Match.match(e, x);
            return new Result(c, ok, ok ? "" : "got " + show(x, in) + " want " + show(e, in));
        } catch (KError err) {
            return new Result(c, false, err.name() + " error");
        } finally {
            if (e != 0) cd(e);
            if (x != 0) cd(x);
        }
    }

    private static String show(long v, Interp in) { return kj.print.Printer.show(v, in.workspace().settings().precision); }

    private static Result print(Interp in, Case c) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(buf, true, StandardCharsets.ISO_8859_1);
        Script script = new Script(in, ps);
        script.line("\\e 0"); // Kona's cases print errors by name alone, as a script does after \e 0
        script.feedAll(c.src());
        String got = buf.toString(StandardCharsets.ISO_8859_1);
        boolean ok = got.equals(c.stdout());
        return new Result(c, ok, ok ? "" : "got " + quote(got) + " want " + quote(c.stdout()));
    }

    private static String quote(String s) { return "\"" + s.replace("\n", "\\n") + "\""; }

    /** Runs a file of cases, prints every failure and the closing count line; returns failures. */
    public static List<Result> report(Path file, PrintStream out) throws IOException {
        List<Case> cases = read(Files.readAllLines(file, StandardCharsets.UTF_8));
        List<Result> failed = new ArrayList<>();
        for (Case c : cases) {
            Result r = run(c);
            if (!r.passed()) {
                failed.add(r);
                out.println("FAIL line " + c.line() + ": " + (c.isPrint() ? c.src() : c.expr()) + "  -- " + r.detail());
            }
        }
        out.println(file.getFileName() + ": " + (cases.size() - failed.size()) + " passed, " + failed.size() + " failed");
        return failed;
    }
}
