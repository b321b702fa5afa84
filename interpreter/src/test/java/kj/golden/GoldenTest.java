package kj.golden;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kj.cmd.Commands;
import kj.eval.Script;
import kj.eval.Workspace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests in K: each golden/NAME.k runs as a script in a fresh workspace, and what it
 * prints must equal golden/NAME.out. The pool must be back at its baseline afterwards.
 */
class GoldenTest {
    static Stream<Path> scripts() throws IOException, URISyntaxException {
        Path dir = Path.of(GoldenTest.class.getResource("/golden").toURI());
        return Files.list(dir).filter(p -> p.toString().endsWith(".k")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void printsWhatTheGoldenFileSays(Path script) throws IOException {
        String expected = Files.readString(Path.of(script.toString().replaceAll("\\.k$", ".out")), StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Workspace in = new Workspace(Commands.standard());
        try {
            new Script(in.interp(), new PrintStream(buf, true, StandardCharsets.ISO_8859_1))
                    .feedAll(Files.readString(script, StandardCharsets.ISO_8859_1));
        } finally {
            in.close();
        }
        assertEquals(expected, buf.toString(StandardCharsets.ISO_8859_1));
        assertEquals(0, in.bytesLeftAtClose(), "pool bytes after the script");
    }
}
