package kj.repl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Tests that feed lines to one session as the REPL does (piped, no terminal) and read what
 * they print; the session's workspace must close with nothing left in use.
 */
abstract class SessionTest {
    private ByteArrayOutputStream bytes;
    protected Session s;

    @BeforeEach
    void open() {
        bytes = new ByteArrayOutputStream();
        s = new Session(bytes, false);
    }

    @AfterEach
    void close() {
        s.close();
        PoolBaseline.check(s);
    }

    /** Feeds lines; returns what they printed. */
    protected String run(String... lines) {
        s.out.flush();
        bytes.reset();
        for (String l : lines) s.line(l);
        s.out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
