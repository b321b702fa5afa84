package kj.verb;

/** The IO verbs 0: .. 6: (files and text). */
final class Io extends Verb {
    private final int n;

    private Io(int n) {
        super((char) ('0' + n));
        this.n = n;
    }

    static void registerAll() {
        for (int i = 0; i <= 6; i++) Verbs.registerIo(i, new Io(i));
    }
}
