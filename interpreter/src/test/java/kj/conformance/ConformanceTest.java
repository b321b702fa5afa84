package kj.conformance;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kona's conformance files: every case runs in a fresh workspace and must leave the pool as it
 * found it. The pass count may not fall below the recorded floor, the failing cases must be
 * exactly those FAILURES.md lists with a reason, and any leak fails the test.
 */
class ConformanceTest {
    @ParameterizedTest
    @ValueSource(strings = {"kona_tc.jsonl", "kona_print.jsonl"})
    void passesAtLeastTheFloorFailsOnlyAsListedAndNeverLeaks(String file) throws IOException {
        List<Conformance.Case> cases = Conformance.read(lines("/conformance/" + file));
        List<Conformance.Result> failed = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        for (Conformance.Case c : cases) {
            Conformance.Result r = Conformance.run(c);
            if (r.passed()) continue;
            failed.add(r);
            if (r.detail().startsWith("leak") || r.detail().startsWith("crash")) leaks.add(c.line() + ": " + r.detail());
        }
        int passed = cases.size() - failed.size();
        System.out.println(file + ": " + passed + " passed, " + failed.size() + " failed");
        assertEquals(List.of(), leaks, "cases that leaked or crashed");
        int floor = Integer.parseInt(floors().getProperty(file));
        assertTrue(passed >= floor, file + ": " + passed + " passed, below the floor of " + floor);
        Set<Integer> failing = new TreeSet<>();
        for (Conformance.Result r : failed) failing.add(r.c().line());
        assertEquals(listed(file), failing, "failing cases of " + file + " against the list in conformance/FAILURES.md");
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
