package kj.sys;

import static kj.value.K.*;

import kj.prim.Format;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import kj.error.KError;
import kj.eval.Interp;
import kj.kpool.PoolStats;
import kj.value.Sym;

/** The other _ functions (_draw _bin _ss _sv _vs ...) and system values (_t _d _v ...). */
public final class SysLib {
    /** Variables set by _setenv: the JVM cannot change its own environment, so they live here. */
    private static final Map<String, String> ENV = new HashMap<>();

    private SysLib() {}

    static long value(Interp in, String name) {
        return switch (name) {
            case "_t" -> Time.now();
            case "_T" -> Time.nowDays();
            case "_d" -> ks(Sym.intern(directory(in)));
            case "_a" -> {
                long[] items = new long[in.args.size()];
                for (int i = 0; i < items.length; i++) items[i] = chars(in.args.get(i));
                yield kj.value.Lists.of(items);
            }
            case "_h" -> ks(Sym.intern(hostName()));
            case "_i" -> nil();
            case "_v" -> ks(0);
            case "_p", "_w" -> ki(0);
            case "_k" -> chars("kj 2026-11-22");
            case "_s" -> poolStats();
            default -> throw KError.nonce();
        };
    }

    private static String directory(Interp in) {
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
    private static long poolStats() {
        PoolStats s = POOL.stats();
        long files = s.mappedFiles().bytes().current();
        return ints(s.used(), s.mapped() - files, files, POOL.maxUsed());
    }

    static long call(String name, long[] a) {
        return switch (name) {
            case "_bd" -> Bin.bd(a[0]);
            case "_db" -> Bin.db(a[0]);
            case "_ci" -> Encode.charsOf(a[0]);
            case "_ic" -> Encode.codesOf(a[0]);
            case "_jd" -> Time.jd(a[0]);
            case "_dj" -> Time.dj(a[0]);
            case "_lt" -> Time.lt(a[0]);
            case "_gtime" -> Time.gtime(a[0]);
            case "_ltime" -> Time.ltime(a[0]);
            case "_inv" -> Matrix.inv(a[0]);
            case "_getenv" -> getenv(a[0]);
            case "_host" -> host(a[0]);
            case "_size" -> size(a[0]);
            case "_exit" -> exit(a[0]);
            case "_bin" -> Sets.bin(a[0], a[1]);
            case "_binl" -> Sets.binl(a[0], a[1]);
            case "_di" -> Sets.di(a[0], a[1]);
            case "_dv" -> Sets.dv(a[0], a[1]);
            case "_dvl" -> Sets.dvl(a[0], a[1]);
            case "_hat" -> Sets.hat(a[0], a[1]);
            case "_in" -> Sets.in(a[0], a[1]);
            case "_lin" -> Sets.lin(a[0], a[1]);
            case "_dot" -> Matrix.dot(a[0], a[1]);
            case "_mul" -> Matrix.mul(a[0], a[1]);
            case "_lsq" -> Matrix.lsq(a[0], a[1]);
            case "_draw" -> Draw.draw(a[0], a[1]);
            case "_setenv" -> setenv(a[0], a[1]);
            case "_sm" -> StringSearch.sm(a[0], a[1]);
            case "_ss" -> StringSearch.ss(a[0], a[1]);
            case "_sv" -> Encode.sv(a[0], a[1]);
            case "_vs" -> Encode.vs(a[0], a[1]);
            case "_vsx" -> Encode.vsx(a[0], a[1]);
            case "_ssr" -> StringSearch.ssr(a[0], a[1], a[2]);
            default -> throw KError.nonce();
        };
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
        env.putAll(ENV);
        return env;
    }

    private static long getenv(long x) {
        String k = name(x);
        String v = ENV.containsKey(k) ? ENV.get(k) : System.getenv(k);
        return v == null ? nil() : chars(v);
    }

    private static long setenv(long x, long y) {
        if (type(x) != SYM || (type(y) != CHARV && type(y) != CHAR)) throw KError.type();
        ENV.put(Sym.name(sv(x)), Format.cString(y));
        return nil();
    }

    /** _host `name: its IPv4 address as an int; _host int: the name. */
    private static long host(long x) {
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

    private static long size(long x) {
        if (type(x) != SYM && type(x) != CHARV && type(x) != CHAR) throw KError.type();
        try {
            return kf(Files.size(Path.of(name(x))));
        } catch (java.io.IOException | RuntimeException e) {
            throw KError.of("file");
        }
    }

    private static long exit(long x) {
        if (type(x) != INT) throw KError.type();
        System.out.flush();
        System.exit((int) iv(x));
        return nil();
    }
}
