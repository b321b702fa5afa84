package kj;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import kj.conformance.Conformance;
import kj.eval.Interp;
import kj.eval.Script;

/**
 * Command line: {@code k [file.k]} runs a script, then reads lines from standard input;
 * {@code k --conformance FILE.jsonl} runs conformance cases. Evaluation runs on a thread with
 * a large stack so deep K recursion ends in K's stack error, not the JVM's.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        int[] code = {0};
        Thread t = new Thread(null, () -> code[0] = run(args), "k", 1L << 30);
        t.start();
        t.join();
        System.out.flush();
        System.exit(code[0]);
    }

    private static int run(String[] args) {
        try {
            if (args.length == 2 && args[0].equals("--conformance"))
                return Conformance.report(Path.of(args[1]), System.out).isEmpty() ? 0 : 1;
            Interp in = new kj.eval.Workspace().interp();
            Script script = new Script(in, System.out);
            if (args.length > 0) {
                String src = java.nio.file.Files.readString(Path.of(args[0]), StandardCharsets.ISO_8859_1);
                script.feedAll(src);
                if (script.exitRequested()) return 0;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.ISO_8859_1));
            for (String line; !script.exitRequested() && (line = r.readLine()) != null; ) script.line(line);
            return 0;
        } catch (Exception e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

}
