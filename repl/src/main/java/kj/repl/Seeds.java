package kj.repl;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * \r seed: restarts the interpreter's random generators. The verbs that draw (n?y, _draw) are
 * written alongside this module, so each is looked up by name and seeded when present.
 */
final class Seeds {
    private static final List<String> GENERATORS = List.of("kj.verb.Rand", "kj.verb.Draw");

    private Seeds() {}

    /** Seeds every generator found; returns how many there were. */
    static int seed(long seed) {
        int n = 0;
        for (Method m : generators()) {
            try {
                m.invoke(null, seed);
                n++;
            } catch (ReflectiveOperationException e) {
                // a generator that cannot be seeded is left as it is
            }
        }
        return n;
    }

    private static List<Method> generators() {
        List<Method> found = new ArrayList<>();
        for (String name : GENERATORS) {
            try {
                Method m = Class.forName(name).getMethod("seed", long.class);
                if (Modifier.isStatic(m.getModifiers())) found.add(m);
            } catch (ReflectiveOperationException e) {
                // not in this build
            }
        }
        return found;
    }
}
