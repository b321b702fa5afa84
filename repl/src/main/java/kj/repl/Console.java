package kj.repl;

import static kj.value.K.*;

import kj.cmd.Args;
import kj.cmd.Command;
import kj.error.KError;

/**
 * The console size limit, as q's {@code \c rows cols}: a value printed at the prompt shows at
 * most rows lines and cols characters a line, the rest cut to "..". The default, and 0, is no
 * limit: values print whole, as Kona prints them. {@code \c} gives the two numbers.
 */
final class Console {
    private volatile int rows, cols;

    /** The table row of \c. */
    Command row() {
        return new Command("c", "[rows cols]", "show / set the most lines and columns a value shows (0: all)", (in, arg) -> {
            if (arg.isEmpty()) return ints(rows, cols);
            String[] w = arg.strip().split("\\s+");
            if (w.length != 2) throw KError.domain();
            long r = Args.integer(w[0]), c = Args.integer(w[1]);
            if (r < 0 || c < 0 || r > Integer.MAX_VALUE || c > Integer.MAX_VALUE || c == 1 || c == 2) throw KError.domain();
            rows = (int) r;
            cols = (int) c;
            return nil();
        });
    }

    /** The printed text of a value as the limits let it show. */
    String cut(String text) {
        if (rows == 0 && cols == 0) return text;
        String[] lines = text.split("\n", -1);
        StringBuilder b = new StringBuilder();
        int shown = rows > 0 && lines.length > rows ? rows - 1 : lines.length;
        for (int i = 0; i < shown; i++) {
            String l = lines[i];
            if (cols > 0 && l.length() > cols) l = l.substring(0, cols - 2) + "..";
            b.append(l).append('\n');
        }
        if (shown < lines.length) b.append("..\n");
        return b.substring(0, b.length() - 1);
    }
}
