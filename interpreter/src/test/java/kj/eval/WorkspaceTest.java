package kj.eval;

import static org.junit.jupiter.api.Assertions.*;

import kj.error.KError;
import kj.eval.Interp;
import kj.kpool.ReachReport;
import kj.print.Printer;
import kj.value.K;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Tests that run K in one workspace per test: at the end it must reach every cell in use with
 * the right counts, and closing it must leave the pool as it found it.
 */
public abstract class WorkspaceTest {
    protected Interp in;
    private long baseline;

    @BeforeEach
    public void open() {
        baseline = K.POOL.used();
        in = new Interp();
    }

    @AfterEach
    public void close() {
        ReachReport reach = K.POOL.reach(Interp.roots());
        assertTrue(reach.ok(), "the workspace does not account for every cell: " + reach);
        in.close();
        assertEquals(baseline, K.POOL.used(), "pool not back at its baseline");
    }

    /** Runs src and returns the printed value. */
    protected String k(String src) {
        long v = in.run(src);
        try {
            return Printer.show(v, 7);
        } finally {
            K.cd(v);
        }
    }

    /** Runs src and returns the name of the error it raises, or "no error". */
    protected String err(String src) {
        try {
            K.cd(in.run(src));
            return "no error";
        } catch (KError e) {
            return e.name();
        }
    }
}
