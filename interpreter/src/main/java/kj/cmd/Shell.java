package kj.cmd;

import static kj.value.K.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import kj.error.KError;
import kj.eval.Script;
import kj.value.Context;

/**
 * A backslash word that is no command runs in the shell, as Kona's {@code system()} does:
 * {@code \ls}, {@code \echo hi}. Its output and errors go to the workspace's output; a command
 * that fails (a non-zero exit status) is a domain error, as in Kona.
 */
final class Shell {
    private Shell() {}

    static long run(Script in, String command) {
        Context.current().settings().requireShell();
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command)
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        PrintStream out = in.out();
        int status;
        try {
            Process p = pb.start();
            try (InputStream s = p.getInputStream()) {
                byte[] buf = new byte[8192];
                for (int n; (n = s.read(buf)) > 0; ) {
                    if (out != null) {
                        out.write(buf, 0, n);
                        out.flush();
                    }
                }
            }
            status = p.waitFor();
        } catch (IOException e) {
            throw KError.domain();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KError.Interrupt();
        }
        if (status != 0) throw KError.domain();
        return nil();
    }
}
