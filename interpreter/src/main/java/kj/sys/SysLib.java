package kj.sys;

import static kj.value.K.*;

import kj.prim.Format;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import kj.error.KError;
import kj.value.Context;
import kj.kpool.PoolStats;
import kj.value.Sym;

/** The other _ functions (_draw _bin _ss _sv _vs ...) and system values (_t _d _v ...). */
public final class SysLib {
    /** Variables set by _setenv: the JVM cannot change its own environment, so they live here. */

    private SysLib() {}

    /** _a: the command line, the program name first. */
    static long args(Context in) {
        long[] items = new long[in.settings().args.size()];
        for (int i = 0; i < items.length; i++) items[i] = chars(in.settings().args.get(i));
        return kj.value.Lists.of(items);
    }

    /** _d: the current directory as a symbol. */
    static long directory(Context in) { return ks(Sym.intern(directoryName(in))); }

    /** _h: this machine's name. */
    static long host() { return ks(Sym.intern(hostName())); }

    private static String directoryName(Context in) {
        StringBuilder b = new StringBuilder();
        for (int s : in.tree().dir()) b.append('.').append(Sym.name(s));
        return b.toString();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }

    /**
     * _s, as Kona's (used; allocated; mapped; max): bytes in cells now (mapped files included, as
     * Kona counts them), bytes the pool holds from the system other than files, bytes of files
     * mapped into values by 1:, the most bytes ever used at once.
     */
    static long poolStats() {
        PoolStats s = pool().stats();
        long files = s.mappedFiles().bytes().current();
        return ints(s.used(), s.mapped() - files, files, pool().maxUsed());
    }

    /** The text of a symbol or string argument (a name, a path). */
    public static String name(long x) {
        return switch (type(x)) {
            case SYM -> Sym.name(sv(x));
            case CHAR, CHARV -> Format.cString(x);
            default -> throw KError.type();
        };
    }

    /** The environment as _setenv left it. */
    public static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(env());
        return env;
    }

    static long getenv(long x) {
        String k = name(x);
        Map<String, String> set = env();
        String v = set.containsKey(k) ? set.get(k) : System.getenv(k);
        return v == null ? nil() : chars(v);
    }

    static long setenv(long x, long y) {
        if (type(x) != SYM || (type(y) != CHARV && type(y) != CHAR)) throw KError.type();
        env().put(Sym.name(sv(x)), Format.cString(y));
        return nil();
    }

    /** _host `name: its IPv4 address as an int; _host int: the name. */
    static long host(long x) {
        try {
            if (type(x) == SYM) {
                for (InetAddress a : InetAddress.getAllByName(Sym.name(sv(x)))) {
                    byte[] b = a.getAddress();
                    if (b.length == 4) return ki(((b[0] & 0xFFL) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF));
                }
                throw KError.value();
            }
            if (type(x) == INT) {
                long v = iv(x);
                byte[] b = {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
                return ks(Sym.intern(InetAddress.getByAddress(b).getHostName()));
            }
        } catch (java.io.IOException e) {
            throw KError.value();
        }
        throw KError.type();
    }

    static long size(long x) {
        if (type(x) != SYM && type(x) != CHARV && type(x) != CHAR) throw KError.type();
        try {
            return kf(Files.size(Path.of(name(x))));
        } catch (java.io.IOException e) {
            throw KError.file(name(x), e);
        } catch (RuntimeException e) {
            throw KError.of("file").about(name(x) + ": not a file name");
        }
    }

    static long exit(long x) {
        if (type(x) != INT) throw KError.type();
        System.out.flush();
        System.exit((int) iv(x));
        return nil();
    }

    /** The variables _setenv set in the workspace evaluating now. */
    private static Map<String, String> env() { return Context.current().settings().env; }
}
