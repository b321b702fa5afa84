package kj.layers;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of the interpreter form layers, each using only those below it (the verb
 * packages are one layer and may use each other): read from the sources, comments left out.
 */
class LayersTest {
    private static final Set<String> VERBS = Set.of("prim", "index", "shape", "sys", "io", "adverb");
    private static final Set<String> BOTTOM = Set.of("error", "kpool", "value", "kernel");

    /** What each package may use besides itself. */
    private static Set<String> allowed(String pkg) {
        Set<String> s = new TreeSet<>();
        switch (pkg) {
            case "error" -> {}
            case "value" -> s.addAll(Set.of("error", "kpool"));
            case "kernel" -> s.addAll(Set.of("error", "kpool", "value"));
            case "parse" -> { s.addAll(BOTTOM); s.addAll(VERBS); s.add("grammar"); }
            case "print" -> { s.addAll(BOTTOM); s.addAll(VERBS); s.add("parse"); }
            case "eval" -> { s.addAll(BOTTOM); s.addAll(VERBS); s.addAll(Set.of("parse", "print")); }
            case "cmd" -> { s.addAll(BOTTOM); s.addAll(VERBS); s.addAll(Set.of("parse", "print", "eval")); }
            case "api", "fuzz", "conformance" -> {
                s.addAll(BOTTOM); s.addAll(VERBS); s.addAll(Set.of("parse", "print", "eval", "cmd"));
            }
            default -> {
                if (!VERBS.contains(pkg)) fail("package kj." + pkg + " has no place in the layers; add it to LayersTest");
                s.addAll(BOTTOM);
                s.addAll(VERBS);
            }
        }
        return s;
    }

    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\])*\"");
    private static final Pattern USE = Pattern.compile("\\bkj\\.([a-z]+)\\.[A-Za-z*]");

    @Test
    void eachPackageUsesOnlyTheLayersBelowIt() throws IOException {
        Map<String, Set<String>> wrong = new TreeMap<>();
        Path root = Path.of("src/main/java/kj");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String pkg = root.relativize(f).getName(0).toString();
                if (pkg.endsWith(".java")) continue;
                Matcher m = USE.matcher(COMMENT.matcher(Files.readString(f)).replaceAll(" "));
                Set<String> ok = allowed(pkg);
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(pkg) && !ok.contains(used))
                        wrong.computeIfAbsent("kj." + pkg + " -> kj." + used, k -> new TreeSet<>()).add(f.getFileName().toString());
                }
            }
        }
        assertTrue(wrong.isEmpty(), "uses against the layers: " + wrong);
    }

    @Test
    void theCheckSeesAUseAgainstTheLayers() {
        String src = "package kj.value; import kj.eval.Interp; /* kj.cmd.Commands */ class X {}";
        Matcher m = USE.matcher(COMMENT.matcher(src).replaceAll(" "));
        assertTrue(m.find(), "the package line is not a use; the import is");
        assertEquals("eval", m.group(1));
        assertFalse(m.find(), "a name in a comment is not a use");
        assertFalse(allowed("value").contains("eval"));
    }
}
