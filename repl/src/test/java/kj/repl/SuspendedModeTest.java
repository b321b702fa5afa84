package kj.repl;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden scripts of Kona's suspended mode: {@code k NAME.k < NAME.in} must print NAME.out (an
 * error in a script suspends the lambda, and what standard input then holds runs in its
 * frame, as in Kona), and the workspace must close with nothing left in use.
 */
class SuspendedModeTest {
    private static final Path DIR = Path.of("src/test/resources/suspended");

    static Stream<String> scripts() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".k"))
                    .map(n -> n.substring(0, n.length() - 2)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void printsWhatTheGoldenFileSays(String name) throws IOException {
        byte[] stdin = Files.readAllBytes(DIR.resolve(name + ".in"));
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Repl.run(new String[] {DIR.resolve(name + ".k").toString()}, new ByteArrayInputStream(stdin), out,
                new PrintStream(err, true, StandardCharsets.UTF_8), null);
        String expected = Files.readString(DIR.resolve(name + ".out"), StandardCharsets.ISO_8859_1);
        assertEquals(expected, out.toString(StandardCharsets.ISO_8859_1));
        PoolBaseline.check(err.toString(StandardCharsets.UTF_8));
    }
}
