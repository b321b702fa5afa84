package kj.fuzz;

import static kj.value.K.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import kj.cmd.Commands;
import kj.error.KError;
import kj.eval.Interp;
import kj.eval.Script;
import kj.eval.Workspace;
import kj.kpool.AuditReport;
import kj.kpool.ReachReport;
import kj.parse.Parser;
import kj.print.Printer;

/**
 * Runs random K ({@link Generator}) and checks after every input that: no Java exception
 * escaped or was turned into an internal error, no Java exception text reached the output, the
 * input ended within the watchdog's time (it interrupts at {@link #INTERRUPT_MS}; a run still
 * going {@link #HANG_MS} later is a hang), the workspace reaches every cell in use with the
 * right counts, the pool's audit is clean, its used bytes are back at the baseline once the
 * workspace closes, an amend probe that failed changed no global, and no file appeared in the
 * current folder. Each input runs in a
 * fresh workspace under a cap of {@link #CAP}. A failure is reduced (tokens dropped while it
 * still fails the same way) to the smallest reproducer found.
 */
public final class Fuzzer implements AutoCloseable {
    static final long INTERRUPT_MS = 100, HANG_MS = 15000;
    static final long CAP = 64L << 20;

    /** One failed invariant: the input, what broke, and the reduced input. */
    public record Failure(long index, String input, String problem, String reduced) {}

    /** The error names kj raises itself; any other is a signal ('x) of the input's own. */
    private static final java.util.Set<String> KNOWN = java.util.Set.of("type", "length", "rank", "index", "domain",
            "valence", "nonce", "parse", "value", "wsfull", "stack", "limit", "int", "reserved", "interrupt", "file",
            "internal", "unmatched", "nest");

    private final long seed;
    private final Path dir;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kj-fuzz-watchdog");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new kj.value.EvalThread("kj-fuzz", 512L << 20, r);
        t.setDaemon(true);
        return t;
    });
    private boolean stuck;
    private final kj.error.InternalErrors internals = kj.error.InternalErrors.counting();
    private final Map<String, Long> errors = new TreeMap<>();
    private final List<Failure> failures = new ArrayList<>();
    private long tried, values;
    /** Inputs that ran into the watchdog's interrupt, and the milliseconds they took. */
    private long longRuns, longMs;
    /** The slowest inputs so far: (ms, index), slowest first, at most five. */
    private final java.util.TreeMap<Long, Long> slowest = new java.util.TreeMap<>(Comparator.reverseOrder());

    /** The current folder, which no input may change (file verbs are for {@link #dir}), as last seen. */
    private final Path here = Path.of("").toAbsolutePath();
    private java.nio.file.attribute.FileTime hereTime;
    private java.util.Set<String> hereNames;

    public Fuzzer(long seed) throws IOException {
        this.seed = seed;
        this.dir = Files.createTempDirectory("kj-fuzz");
        this.hereTime = Files.getLastModifiedTime(here);
        this.hereNames = names(here);
    }

    /** The names in a folder, sorted. */
    static java.util.Set<String> names(Path folder) throws IOException {
        try (var s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        }
    }

    /**
     * The names an input added to the current folder, or null: one stat when the folder did not
     * change, a listing when it did (another process may have written there too; only new names count).
     */
    String strayFiles() {
        try {
            var t = Files.getLastModifiedTime(here);
            if (t.equals(hereTime)) return null;
            hereTime = t;
            java.util.Set<String> now = names(here), added = new java.util.TreeSet<>(now);
            added.removeAll(hereNames);
            hereNames = now;
            return added.isEmpty() ? null : "a file appeared outside the fuzzer's folder: " + added;
        } catch (IOException e) {
            return null; // the folder cannot be read: nothing to compare
        }
    }

    public long tried() { return tried; }
    public long values() { return values; }
    public Map<String, Long> errors() { return errors; }
    public List<Failure> failures() { return failures; }

    /** The tokens of input i: a pure function of the seed and i, so any input can be made again. */
    public List<String> input(long i) {
        return new Generator(new Random(seed * 0x9E3779B97F4A7C15L + i), dir.toString()).input();
    }

    /** Runs inputs from..from+n-1; {@code progress} (may be null) gets a line every 10^4. */
    public void run(long from, long n, PrintStream progress) {
        {
            for (long i = from; i < from + n; i++) {
                List<String> tokens = input(i);
                long t0 = System.nanoTime();
                Outcome o = run(tokens);
                String stray = o.problem == null ? strayFiles() : null;
                if (stray != null) o = new Outcome(o.error, stray);
                long took = (System.nanoTime() - t0) / 1_000_000;
                slowest.put(took, i);
                if (took >= INTERRUPT_MS) {
                    longRuns++;
                    longMs += took;
                }
                if (slowest.size() > 5) slowest.pollLastEntry();
                tried++;
                if (o.problem != null) {
                    // a stray file is made once: a rerun cannot make it again, so it is not reduced
                    String reduced = stuck || stray != null ? Generator.text(tokens) : Generator.text(reduce(tokens, o.problem));
                    failures.add(new Failure(i, Generator.text(tokens), o.problem, reduced));
                    if (progress != null) progress.println("FAIL #" + i + ": " + o.problem + "\n  input:   "
                            + clip(Generator.text(tokens)) + "\n  reduced: " + clip(reduced));
                } else if (o.error != null) {
                    errors.merge(KNOWN.contains(o.error) ? o.error : "(signal)", 1L, Long::sum);
                } else {
                    values++;
                }
                if (stuck) break;
                if (progress != null && (i + 1 - from) % 10000 == 0) {
                    progress.println("  " + (i + 1 - from) + " inputs, " + failures.size() + " failures");
                    progress.flush();
                }
            }
        }
    }

    private static String clip(String s) { return s.length() <= 300 ? s : s.substring(0, 300) + "... (" + s.length() + " chars)"; }

    /** What one input did: a K error's name or null for a value; a broken invariant or null. */
    record Outcome(String error, String problem) {}

    /** Runs one input on the worker thread (a deep stack, as ./k has); a run that does not end is a hang. */
    Outcome run(List<String> tokens) {
        if (stuck) throw new IllegalStateException("the worker is stuck in an earlier input");
        java.util.concurrent.Future<Outcome> f = worker.submit(() -> runHere(tokens));
        try {
            return f.get(HANG_MS, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            stuck = true;
            return new Outcome(null, "hang: no end after " + HANG_MS + " ms (interrupted at " + INTERRUPT_MS + ")");
        } catch (java.util.concurrent.ExecutionException e) {
            return new Outcome(null, "escaped: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("fuzzing interrupted");
        }
    }

    private Outcome runHere(List<String> tokens) {
        String src = Generator.text(tokens);
        boolean probe = Generator.isProbe(tokens);
        String target = probe ? Generator.probeTarget(tokens) : null;
        long internal = internals.seen();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.ISO_8859_1);
        Workspace ws = new Workspace(Commands.standard());
        ws.setOut(out);
        ws.pool().setCap(CAP);
        ws.settings().shell = false; // a mutated input may become "\ls >f": no shell, no file outside the folder
        String[] result = new String[3]; // error, problem, globals
        long[] started = new long[1];
        boolean[] ran = new boolean[1]; // the input evaluated to a value (its printing may still fail)
        Alarm alarm = new Alarm(ws.interp());
        try {
            ws.run(() -> {
                Interp in = ws.interp();
                cd(in.run(Generator.SETUP));
                if (probe) result[2] = global(in, target);
                started[0] = System.nanoTime();
                alarm.arm();
                try {
                    result[0] = evaluate(in, src, out, ran);
                } finally {
                    alarm.disarm(); // the checks below run whole
                }
                // only an amend that failed must leave the globals; printing its value may fail after it
                if (probe && result[0] != null && !ran[0] && !result[2].equals(global(in, target)))
                    result[1] = "a failed amend changed a global";
            });
        } catch (Throwable e) {
            result[1] = "escaped: " + e;
        } finally {
            alarm.disarm();
            ws.commands.close(); // a timer an input set (\t 1) must not enter while the checks run
        }
        String error = result[0], problem = result[1];
        long ms = started[0] == 0 ? 0 : (System.nanoTime() - started[0]) / 1_000_000;
        if (problem == null && ms > HANG_MS / 2) problem = "slow: " + ms + " ms (interrupted at " + INTERRUPT_MS + ")";
        if (problem == null && internals.seen() != internal) problem = "internal error: " + internalNote(out, buf);
        String text = buf.toString(StandardCharsets.ISO_8859_1);
        if (problem == null && javaText(text)) problem = "Java exception text in the output: " + clip(text);
        if (problem == null) {
            ReachReport reach = ws.reach();
            if (!reach.ok()) problem = "workspace not sound: " + reach;
        }
        if (problem == null) {
            AuditReport audit = ws.pool().audit();
            if (!audit.ok()) problem = "pool audit: " + audit.problems();
        }
        try {
            ws.close();
        } catch (Throwable e) {
            if (problem == null) problem = "close: " + e;
        }
        if (problem == null && ws.bytesLeftAtClose() != 0) problem = "leak: " + ws.bytesLeftAtClose() + " bytes left at close";
        return new Outcome(error, problem);
    }

    /** The watchdog's interrupt of one input's evaluation: set only between arm and disarm. */
    private final class Alarm {
        private final Interp in;
        private boolean live;
        private ScheduledFuture<?> task;

        Alarm(Interp in) { this.in = in; }

        synchronized void arm() {
            live = true;
            task = watchdog.schedule(this::fire, INTERRUPT_MS, TimeUnit.MILLISECONDS);
        }

        private synchronized void fire() {
            if (live) in.interrupted = true;
        }

        synchronized void disarm() {
            live = false;
            if (task != null) task.cancel(false);
            in.interrupted = false;
        }
    }

    /** The printed value of a global the setup made (a name an input merely mentions gets an empty entry, as in Kona). */
    private static String global(Interp in, String g) {
        long v = in.run(g);
        try {
            return Printer.show(v, 7);
        } finally {
            cd(v);
        }
    }

    private static String internalNote(PrintStream out, ByteArrayOutputStream buf) {
        out.flush();
        String t = buf.toString(StandardCharsets.ISO_8859_1);
        int at = t.indexOf("internal error");
        return at < 0 ? "(not printed)" : clip(t.substring(at).replace('\n', ' ').strip());
    }

    /**
     * Evaluates src as a REPL line (a backslash command or K), printing what the REPL would; the
     * error's name or null. {@code ran[0]} is set once the line has a value, before it is printed.
     */
    private static String evaluate(Interp in, String src, PrintStream out, boolean[] ran) {
        try {
            long v;
            if (src.startsWith("\\")) {
                try {
                    v = in.workspace().commands.run(new Script(in, out), src.substring(1));
                } catch (KError e) {
                    throw e;
                } catch (RuntimeException | Error e) {
                    throw KError.of(e); // as the REPL's last line of defence does
                }
            } else {
                v = in.run(src);
            }
            ran[0] = true;
            try {
                if (type(v) != NIL) out.println(Printer.show(v, in.workspace().settings().precision));
            } finally {
                cd(v);
            }
            return null;
        } catch (KError e) {
            out.println(e.display(false));
            return e.name();
        }
    }

    private static boolean javaText(String s) {
        return s.contains("Exception") || s.contains("java.") || s.contains("\tat ") || s.contains("kj.");
    }

    /**
     * The smallest token list found that still fails with the same kind of problem: chunks of
     * tokens are dropped while the failure holds, halving the chunk size down to one token.
     */
    List<String> reduce(List<String> tokens, String problem) {
        String kind = kind(problem);
        List<String> best = new ArrayList<>(tokens);
        for (int chunk = Math.max(1, best.size() / 2); chunk >= 1; chunk /= 2) {
            boolean progress = true;
            while (progress) {
                progress = false;
                for (int at = 0; at + chunk <= best.size(); ) {
                    List<String> trial = new ArrayList<>(best.subList(0, at));
                    trial.addAll(best.subList(at + chunk, best.size()));
                    if (!trial.isEmpty() && Generator.isProbe(best) && !Generator.isProbe(trial)) {
                        at += chunk;
                        continue;
                    }
                    Outcome o = trial.isEmpty() || stuck ? null : run(trial);
                    if (o != null && o.problem != null && kind(o.problem).equals(kind)) {
                        best = trial;
                        progress = true;
                    } else {
                        at += chunk;
                    }
                }
            }
        }
        return best;
    }

    private static String kind(String problem) {
        int colon = problem.indexOf(':');
        return colon < 0 ? problem : problem.substring(0, colon);
    }

    /** The soak's report: inputs tried, values, errors by name (most first), failures. */
    public String report(long ms) {
        StringBuilder b = new StringBuilder();
        b.append(tried).append(" inputs in ").append(ms / 1000.0).append(" s (seed ").append(seed).append("): ")
                .append(values).append(" values, ").append(tried - values - failures.size()).append(" K errors, ")
                .append(failures.size()).append(" failures\n");
        errors.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> b.append(String.format("  %-10s %d%n", e.getKey(), e.getValue())));
        b.append(longRuns).append(" inputs reached the interrupt (").append(longMs / 1000.0).append(" s of the run)\n");
        b.append("slowest:");
        slowest.forEach((ms2, i) -> b.append(" #").append(i).append(' ').append(ms2).append(" ms"));
        b.append('\n');
        for (Failure f : failures)
            b.append("FAIL #").append(f.index()).append(": ").append(f.problem()).append("\n  reduced: ")
                    .append(clip(f.reduced())).append('\n');
        return b.toString();
    }

    /** {@code k --fuzz N --seed S [--from I]}: runs N inputs, prints the report; the exit status is 1 on a failure. */
    public static int soak(long n, long seed, long from, PrintStream out) throws IOException {
        try (Fuzzer f = new Fuzzer(seed)) {
            long t0 = System.nanoTime();
            f.run(from, n, out);
            out.print(f.report((System.nanoTime() - t0) / 1_000_000));
            out.flush();
            return f.failures().isEmpty() ? 0 : 1;
        }
    }

    @Override
    public void close() {
        internals.close();
        watchdog.shutdownNow();
        worker.shutdownNow();
        try (var s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a file left in the temporary folder
                }
            });
        } catch (IOException e) {
            // the folder stays
        }
    }
}
