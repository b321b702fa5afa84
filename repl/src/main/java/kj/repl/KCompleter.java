package kj.repl;

import static kj.value.K.*;

import java.util.List;
import kj.sys.SysFns;
import kj.value.Dict;
import kj.value.K;
import kj.value.Sym;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion from the K-tree: names in the current directory, dotted paths through
 * dictionaries (.k.a, d.b), the reserved _ names and the backslash commands of the workspace's
 * table (one word each: \w for \w l).
 */
final class KCompleter implements Completer {
    private final Session s;

    KCompleter(Session s) { this.s = s; }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> out) {
        s.ws.run(() -> candidates(line, out));
    }

    /** Runs inside the workspace: names are its symbols. */
    private void candidates(ParsedLine line, List<Candidate> out) {
        String w = line.word().substring(0, line.wordCursor());
        if (w.startsWith("\\")) {
            for (kj.cmd.Command c : s.commands.rows()) {
                String name = "\\" + c.name();
                if (name.indexOf(' ') < 0 && name.startsWith(w)) out.add(new Candidate(name));
            }
            return;
        }
        if (w.startsWith("_")) {
            for (String r : SysFns.names()) if (r.startsWith(w)) out.add(new Candidate(r));
            return;
        }
        int dot = w.lastIndexOf('.');
        String prefix = dot < 0 ? "" : w.substring(0, dot + 1);
        long dict = dot < 0 ? s.interp.tree().getPath(s.interp.tree().dir())
                : dot == 0 ? s.interp.tree().root() : dictAt(w.substring(0, dot));
        if (dict == 0 || type(dict) != DICT) return;
        for (long i = 0; i < K.n(dict); i++) {
            String name = prefix + Sym.name(Dict.key(dict, i));
            if (!name.startsWith(w)) continue;
            boolean isDir = type(Dict.value(dict, i)) == DICT;
            out.add(new Candidate(name, name, null, null, isDir ? "." : null, null, !isDir));
        }
    }

    /** The dictionary a dotted path names (absolute with a leading dot), borrowed, or 0. */
    private long dictAt(String path) {
        int[] dir = s.interp.tree().dir();
        boolean absolute = path.startsWith(".");
        String[] parts = (absolute ? path.substring(1) : path).split("\\.");
        long d = absolute ? s.interp.tree().root() : s.interp.tree().getPath(dir);
        for (String p : parts) {
            if (p.isEmpty()) continue;
            if (d == 0 || type(d) != DICT) return 0;
            d = Dict.get(d, Sym.intern(p));
        }
        return d;
    }
}
