package kj.io;

import static kj.value.K.*;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import kj.error.KError;
import kj.prim.Format;
import kj.prim.Verb;
import kj.prim.Verbs;
import kj.sys.Bin;
import kj.sys.SysLib;
import kj.value.Context;
import kj.value.ListBuilder;

/**
 * The IO verbs 0: .. 6:. A file is named by a symbol or a string; the empty name is the
 * terminal. 0: text lines (and fixed-width or delimited fields, see {@link Fields}); 1: and 2:
 * K values in kj's binary format ({@link Bin}) in a file with the suffix .K; 4: the type
 * (dyadic: a command's output lines); 5: the printed form (dyadic: append to a K file); 6: raw
 * bytes; `3:"cmd" starts a command. The network forms of 3: and 4: are nonce.
 */
public final class Io extends Verb {
    private final int n;

    public Io(int n) {
        super((char) ('0' + n));
        this.n = n;
    }

    /** Where `0: and 6: with the empty name write. */

    @Override
    public long monad(long x) {
        return switch (n) {
            case 0 -> readLines(x);
            case 1, 2 -> readK(x);
            case 4 -> ki(kType(x));
            case 5 -> chars(Context.current().text(x));
            case 6 -> chars(readBytes(path(SysLib.name(x))));
            default -> throw KError.nonce();
        };
    }

    @Override
    public long dyad(long x, long y) {
        return switch (n) {
            case 0 -> type(x) == LIST ? Fields.read(x, y) : writeLines(x, y);
            case 1 -> type(x) == CHAR ? Fields.rawVector(cv(x), y) : type(x) == LIST ? Fields.readBinary(x, y) : writeK(x, y);
            case 3 -> type(x) == SYM && sv(x) == 0 ? run(y) : type(x) == SYM || Math.abs(type(x)) == CHAR ? append(x, y) : nonce();
            case 4 -> command(x, y);
            case 5 -> append(x, y);
            case 6 -> writeBytes(x, y);
            default -> throw KError.nonce();
        };
    }

    static Path path(String name) {
        try {
            return Path.of(name);
        } catch (RuntimeException e) {
            throw KError.domain();
        }
    }

    static byte[] readBytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw KError.file(p, e);
        } catch (OutOfMemoryError e) {
            throw KError.of("wsfull").about(p + ": too large to read");
        }
    }

    /**
     * Writes the file whole or not at all: the bytes go to a temporary file in the same folder,
     * which is then renamed over the target (an append copies the old bytes first), so an error,
     * Ctrl-C or a full disk leaves the old file or the new one, never half of one. A failed
     * write is a file error naming the path.
     */
    static void write(Path p, byte[] b, boolean append) {
        Path dir = p.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            if (Files.isDirectory(p)) throw new IOException("is a directory");
            tmp = Files.createTempFile(dir, "." + p.getFileName(), ".tmp");
            if (append && Files.exists(p)) Files.copy(p, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp,
                    StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                    if (Thread.currentThread().isInterrupted()) throw new java.io.InterruptedIOException();
                    kj.value.Context.poll(); // Ctrl-C before the rename leaves the old file
                }
                ch.force(false);
            }
            copyMode(Files.exists(p) ? p : null, tmp);
            try {
                Files.move(tmp, p, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (java.io.InterruptedIOException e) {
            throw new KError.Interrupt();
        } catch (IOException | RuntimeException e) {
            if (e instanceof KError k) throw k;
            throw KError.file(p, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException | RuntimeException e) {
                    // the temporary file stays; the target is untouched
                }
            }
        }
    }

    /** The new file keeps the old one's permissions, or rw-r--r-- (a temporary file is owner-only). */
    private static void copyMode(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, from != null ? Files.getPosixFilePermissions(from)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (IOException | RuntimeException e) {
            // not a POSIX file system: the defaults stay
        }
    }

    private static void toTerminal(byte[] b) {
        PrintStream out = kj.value.Context.current().out();
        out.write(b, 0, b.length);
        out.flush();
    }

    // ---- 0: ----

    private static long readLines(long x) {
        String name = SysLib.name(x);
        if (name.isEmpty() && type(x) == SYM) {
            try {
                java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
                int c;
                while ((c = System.in.read()) >= 0 && c != '\n') line.write(c);
                if (c < 0 && line.size() == 0) return nil();
                return chars(line.toByteArray());
            } catch (IOException e) {
                throw KError.of("file");
            }
        }
        boolean stdin = name.equals("/dev/stdin") || name.equals("/dev/fd/0");
        Path p = stdin ? null : path(name);
        try (java.io.InputStream in = stdin ? null : Files.newInputStream(p)) {
            return LineReader.lines(stdin ? System.in : in);
        } catch (IOException e) {
            throw stdin ? KError.of("file") : KError.file(p, e);
        }
    }

    /** Text split at newlines (a last line without one counts too) into a list of strings. */
    static long lines(byte[] b) {
        int count = 0;
        for (int i = 0; i < b.length; i++) if (b[i] == '\n' && i < b.length - 1) count++;
        if (b.length > 0) count++;
        try (ListBuilder z = new ListBuilder(count)) {
            int start = 0;
            for (int i = 0; i <= b.length && z.size() < count; i++) {
                if (i == b.length || b[i] == '\n') {
                    long s = newVec(CHARV, i - start);
                    for (int j = start; j < i; j++) setC(s, j - start, b[j]);
                    z.add(s);
                    start = i + 1;
                }
            }
            return z.build();
        }
    }

    private static long writeLines(long x, long y) {
        String name = SysLib.name(x);
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        int t = type(y);
        if (t == CHAR || t == CHARV) {
            for (long i = 0, m = t == CHAR ? 1 : n(y); i < m; i++) buf.write(t == CHAR ? cv(y) : getC(y, i));
        } else if (t == LIST) {
            for (long i = 0, m = n(y); i < m; i++) {
                kj.value.Context.poll(i);
                long s = getL(y, i);
                int st = type(s);
                if (st == CHAR) buf.write(cv(s));
                else if (st == CHARV) for (long j = 0, k = n(s); j < k; j++) buf.write(getC(s, j));
                else if (!(st == LIST && n(s) == 0)) throw KError.type();
                buf.write('\n');
            }
        } else {
            throw KError.type();
        }
        byte[] b = buf.toByteArray();
        if (name.isEmpty() || name.equals("/dev/stdout") || name.equals("/dev/fd/1")) toTerminal(b);
        else write(path(name), b, false);
        return nil();
    }

    // ---- 1: 2: 5: ----

    /** The file of a K value: the name with .K added unless it has it. */
    private static Path kFile(String name) { return path(name.endsWith(".K") ? name : name + ".K"); }

    private static long readK(long x) {
        String name = SysLib.name(x);
        Path p = kFile(name);
        if (!Files.exists(p)) p = path(name);
        if (!Files.exists(p)) throw KError.domain().about(name + ": No such file or directory");
        long mapped = MappedRead.tryMap(p);
        return mapped != 0 ? mapped : Bin.fromFile(readBytes(p));
    }

    private static long writeK(long x, long y) {
        if (type(x) != SYM && type(x) != CHARV) throw KError.type();
        write(kFile(SysLib.name(x)), Bin.file(y), false);
        return nil();
    }

    /** x 5: y : appends the items of y to the list in the K file x; the new count. */
    private static long append(long x, long y) {
        String name = SysLib.name(x);
        Path p = kFile(name);
        if (!Files.exists(p) && Files.exists(path(name))) p = path(name);
        if (!Files.exists(p)) return writeK(x, y);
        if (type(y) > 0 && type(y) != DICT) throw KError.type();
        long old = Bin.fromFile(readBytes(p));
        try {
            if (type(old) != type(y)) throw KError.type();
            long joined = Fields.join(old, y);
            try {
                write(p, Bin.file(joined), false);
                return ki(n(joined));
            } finally {
                cd(joined);
            }
        } finally {
            cd(old);
        }
    }

    // ---- 4: 6: ----

    /** `4:"cmd" : runs the command with sh and returns its output lines. */
    private static long command(long x, long y) {
        if (type(x) != SYM || sv(x) != 0 || type(y) != CHARV) throw KError.nonce();
        Context.current().settings().requireShell();
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", str(y));
        pb.environment().putAll(SysLib.environment());
        pb.redirectErrorStream(false);
        pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
        try {
            Process proc = pb.start();
            byte[] b = proc.getInputStream().readAllBytes();
            proc.waitFor();
            return lines(b);
        } catch (IOException e) {
            throw KError.domain();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KError.Interrupt();
        }
    }

    private static long nonce() { throw KError.nonce(); }

    /** `3:"cmd" : starts the command with sh; waits only for a list of commands or an echo, as Kona. */
    private static long run(long y) {
        if (type(y) != CHARV) throw KError.type();
        Context.current().settings().requireShell();
        String cmd = str(y);
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", cmd).inheritIO();
        pb.environment().putAll(SysLib.environment());
        try {
            Process proc = pb.start();
            if (cmd.contains(";") || cmd.strip().startsWith("echo")) proc.waitFor();
            return nil();
        } catch (IOException e) {
            throw KError.domain();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KError.Interrupt();
        }
    }

    /** x 6: y : writes the chars y to the file x; a one-item list x appends. */
    private static long writeBytes(long x, long y) {
        long target = x;
        boolean append = false;
        if ((type(x) == LIST || type(x) == SYMV) && n(x) == 1) {
            append = true;
            if (type(x) == LIST) target = getL(x, 0);
        }
        String name = type(target) == SYMV ? kj.value.Sym.name(getS(target, 0)) : SysLib.name(target);
        if (type(y) != CHAR && type(y) != CHARV) throw KError.type();
        byte[] b = new byte[type(y) == CHAR ? 1 : (int) n(y)];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (type(y) == CHAR ? cv(y) : getC(y, i));
        if (name.isEmpty()) toTerminal(b);
        else write(path(name), b, append);
        return nil();
    }

    static String latin1(byte[] b) { return new String(b, StandardCharsets.ISO_8859_1); }
}
