package kj.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Method;
import kj.cmd.Commands;
import kj.error.KError;
import kj.kpool.ReachReport;
import kj.print.Printer;
import kj.value.K;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Tests that run K in one workspace per test, each test method running with it bound (so it
 * may make and release K values directly): at the end the workspace must reach every cell in
 * use with the right counts, and closing it must free every byte of its pool.
 */
@ExtendWith(WorkspaceTest.Bind.class)
public abstract class WorkspaceTest {
    protected Workspace in;

    @BeforeEach
    public void open() { in = new Workspace(Commands.standard()); }

    @AfterEach
    public void close() {
        ReachReport reach = in.reach();
        assertTrue(reach.ok(), "the workspace does not account for every cell: " + reach);
        in.close();
        assertEquals(0, in.bytesLeftAtClose(), "pool not back at its baseline");
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

    /** Cells src allocated while it ran (its answer's among them), from the pool's lane counts. */
    protected long allocatedBy(String src) {
        long before = allocations();
        k(src);
        return allocations() - before;
    }

    /** Cells the pool has allocated so far. */
    protected long allocations() {
        return in.pool().stats().lanes().stream().mapToLong(kj.kpool.LaneStats::allocations).sum();
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

    /** Runs each test method inside its workspace. */
    static final class Bind implements InvocationInterceptor {
        @Override
        public void interceptTestMethod(Invocation<Void> call, ReflectiveInvocationContext<Method> m, ExtensionContext c) throws Throwable {
            bound(call, c);
        }

        @Override
        public void interceptTestTemplateMethod(Invocation<Void> call, ReflectiveInvocationContext<Method> m, ExtensionContext c) throws Throwable {
            bound(call, c);
        }

        private static void bound(Invocation<Void> call, ExtensionContext c) throws Throwable {
            Workspace ws = ((WorkspaceTest) c.getRequiredTestInstance()).in;
            Throwable[] thrown = {null};
            ws.run(() -> {
                try {
                    call.proceed();
                } catch (Throwable t) {
                    thrown[0] = t;
                }
            });
            if (thrown[0] != null) throw thrown[0];
        }
    }
}
