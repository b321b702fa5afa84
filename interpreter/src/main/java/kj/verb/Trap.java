package kj.verb;

import static kj.value.K.*;

import kj.error.KError;
import kj.value.Lists;

/** The error traps @[f;x;:] and .[f;x;:]: (0;result) on success, (1;"error name") on a K error. */
final class Trap {
    private Trap() {}

    static long run(long f, long x, boolean dot) {
        long r;
        try {
            r = dot ? Indexing.dotDyad(f, x) : Indexing.at(f, x);
        } catch (KError.Interrupt e) {
            throw e;
        } catch (KError e) {
            return failed(e.name());
        } catch (StackOverflowError e) {
            return failed("stack");
        }
        return Lists.of(new long[] {ki(0), r});
    }

    private static long failed(String name) {
        return listOf(ki(1), chars(name));
    }
}
