package kj.index;

import static kj.value.K.*;

import kj.error.KError;
import kj.error.ReturnSignal;
import kj.value.Context;
import kj.value.Lists;

/** The error traps @[f;x;:] and .[f;x;:]: (0;result) on success, (1;"error name") on a K error. */
final class Trap {
    private Trap() {}

    static long run(long f, long x, boolean dot) {
        long r;
        Context in = Context.current();
        in.settings().traps++;
        try {
            // @[f;x;:] applies f to x as f[x] does (Kona: 5 gives a rank error, _n gives x back)
            r = dot ? Indexing.dotDyad(f, x) : in.apply(f, x);
        } catch (KError.Interrupt e) {
            throw e;
        } catch (KError e) {
            return failed(e.name());
        } catch (ReturnSignal e) {
            throw e;
        } catch (RuntimeException | Error e) {
            return failed(KError.of(e).name());
        } finally {
            in.settings().traps--;
        }
        long zero;
        try {
            zero = ki(0);
        } catch (Throwable e) {
            cd(r);
            throw e;
        }
        return Lists.of(new long[] {zero, r});
    }

    private static long failed(String name) {
        long text = chars(name), one;
        try {
            one = ki(1);
        } catch (Throwable e) {
            cd(text);
            throw e;
        }
        return listOf(one, text);
    }
}
