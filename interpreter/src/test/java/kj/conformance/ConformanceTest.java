package kj.conformance;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Kona's conformance files, one JUnit test per case (named {@code file:line}), each in a fresh
 * workspace that must leave the pool as it found it. A case FAILURES.md lists must still fail
 * (take it off the list when it passes); any other case must pass. After both files, the pass
 * counts are printed and checked against the floors. One case runs alone with
 * {@code -Dkj.case=kona_tc.jsonl:558} (or from an IDE, by its name).
 */
class ConformanceTest {
    private static final String[] FILES = {"kona_tc.jsonl", "kona_print.jsonl"};
    private static final Properties passed = new Properties();

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        String only = System.getProperty("kj.case", "");
        Stream<DynamicTest> all = Stream.empty();
        for (String file : FILES) {
            Set<Integer> listed = listed(file);
            int[] count = {0};
            passed.setProperty(file, "0");
            Stream<DynamicTest> tests = Conformance.read(lines("/conformance/" + file)).stream()
                    .filter(c -> only.isEmpty() || only.equals(file + ":" + c.line()))
                    .map(c -> DynamicTest.dynamicTest(file + ":" + c.line() + " " + title(c), () -> {
                        Conformance.Result r = Conformance.run(c);
                        if (r.passed()) passed.setProperty(file, String.valueOf(++count[0]));
                        assertFalse(r.detail().startsWith("leak") || r.detail().startsWith("crash"), r.detail());
                        if (listed.contains(c.line())) assertFalse(r.passed(), "passes now: take it off FAILURES.md");
                        else assertTrue(r.passed(), r.detail());
                    }));
            all = Stream.concat(all, tests);
        }
        return all;
    }

    /** The pass counts, in the line the README and the hooks read; a full run must reach the floors. */
    @AfterAll
    static void passCountsReachTheFloors() throws IOException {
        if (!System.getProperty("kj.case", "").isEmpty()) return;
        for (String file : FILES) {
            int total = Conformance.read(lines("/conformance/" + file)).size();
            int ok = Integer.parseInt(passed.getProperty(file, "0"));
            System.out.println(file + ": " + ok + " passed, " + (total - ok) + " failed");
            int floor = Integer.parseInt(floors().getProperty(file));
            assertTrue(ok >= floor, file + ": " + ok + " passed, below the floor of " + floor);
        }
    }

    private static String title(Conformance.Case c) {
        String t = c.isPrint() ? c.src() : c.expr();
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }

    /** The line numbers FAILURES.md lists for a file: its table rows "| file | line | ...". */
    private static Set<Integer> listed(String file) throws IOException {
        Set<Integer> lines = new TreeSet<>();
        for (String row : lines("/conformance/FAILURES.md")) {
            String[] cells = row.split("\\|");
            if (cells.length > 3 && cells[1].trim().equals(file)) lines.add(Integer.parseInt(cells[2].trim()));
        }
        return lines;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = ConformanceTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static Properties floors() throws IOException {
        Properties p = new Properties();
        try (InputStream in = ConformanceTest.class.getResourceAsStream("/conformance/floor.properties")) {
            p.load(in);
        }
        return p;
    }
}
