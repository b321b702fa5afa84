package kj.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line: {@code k [-w MB] [-m DIR[,MB]] [-r MB] [-e expr] [file.k [args...]]}, {@code k --conformance FILE},
 * {@code k --help}. Everything after the script name belongs to the script.
 *
 * @param capMb workspace cap in MB, or -1 when not given (0 = no cap)
 * @param expr the {@code -e} expression, or null
 * @param script the script file, or null
 * @param scriptArgs the arguments after the script name
 * @param conformance the {@code --conformance} file, or null
 * @param help {@code --help} was given
 * @param all every argument as given, for {@code _a}
 * @param fuzz {@code --fuzz N}: inputs for the fuzzer to run, or -1
 * @param seed {@code --seed S}: the fuzzer's seed
 * @param from {@code --from I}: the fuzzer's first input
 * @param fileDir the {@code -m} directory for file-backed large cells, or null
 * @param fileThresholdMb above how many MB a large cell goes to a file (32 unless given)
 * @param reserveMb the {@code -r} reserve in MB, 0 when not given
 */
record Options(long capMb, String expr, String script, List<String> scriptArgs, String conformance,
               boolean help, List<String> all, long fuzz, long seed, long from,
               String fileDir, long fileThresholdMb, long reserveMb) {

    static final String USAGE = """
            usage: k [-w MB] [-m DIR[,MB]] [-r MB] [-e expr] [file.k [args...]]
                   k --conformance FILE.jsonl
                   k --fuzz N [--seed S] [--from I]
              file.k          run the script, then read lines from standard input
              -e expr         evaluate expr (after the script, if any), print it, exit
              -w MB           workspace cap in megabytes (0: none; default: the machine's
                              memory or cgroup limit, less room for the JVM)
              -m DIR[,MB]     large cells above MB (32) go to temp files in DIR: the
                              workspace may outgrow RAM; nothing is left in DIR
              -r MB           map and touch MB at start for the lanes to take first
              --conformance   run conformance cases and report failures
              --fuzz N        run N random inputs checking kj's invariants (seed S, from input I)
              --help          this text
            In the terminal: \\ lists the commands, \\\\ or Ctrl-D leaves, Ctrl-C interrupts.
            """;

    /** The arguments as Kona keeps them for _a: the program name, then every argument. */
    List<String> argv() {
        List<String> v = new ArrayList<>(all.size() + 1);
        v.add("k");
        v.addAll(all);
        return List.copyOf(v);
    }

    /** Parses the arguments; throws IllegalArgumentException with a message for bad ones. */
    static Options parse(String[] args) {
        long cap = -1;
        String expr = null, script = null, conformance = null;
        boolean help = false;
        long fuzz = -1, seed = 1, from = 0, threshold = 32, reserve = 0;
        String fileDir = null;
        List<String> rest = new ArrayList<>();
        int i = 0;
        for (; i < args.length && script == null; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> help = true;
                case "--conformance" -> conformance = value(args, ++i, a);
                case "-e" -> expr = value(args, ++i, a);
                case "--fuzz" -> fuzz = number(value(args, ++i, a), a);
                case "--seed" -> seed = number(value(args, ++i, a), a);
                case "--from" -> from = number(value(args, ++i, a), a);
                case "-w" -> {
                    String v = value(args, ++i, a);
                    try {
                        cap = Long.parseLong(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("-w wants a number of megabytes, not " + v);
                    }
                    if (cap < 0) throw new IllegalArgumentException("-w wants 0 or more megabytes");
                }
                case "-m" -> {
                    String v = value(args, ++i, a);
                    int comma = v.lastIndexOf(',');
                    if (comma >= 0 && v.substring(comma + 1).matches("\\d+")) {
                        threshold = megabytes(v.substring(comma + 1), a);
                        v = v.substring(0, comma);
                    }
                    if (v.isEmpty()) throw new IllegalArgumentException("-m needs a directory");
                    fileDir = v;
                }
                case "-r" -> reserve = megabytes(value(args, ++i, a), a);
                default -> {
                    if (a.startsWith("-") && a.length() > 1) throw new IllegalArgumentException("unknown option " + a);
                    script = a;
                }
            }
        }
        for (; i < args.length; i++) rest.add(args[i]);
        return new Options(cap, expr, script, List.copyOf(rest), conformance, help, List.of(args), fuzz, seed, from,
                fileDir, threshold, reserve);
    }

    private static long megabytes(String v, String option) {
        try {
            long mb = Long.parseLong(v);
            if (mb >= 0 && mb < 1L << 40) return mb;
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new IllegalArgumentException(option + " wants a number of megabytes, not " + v);
    }

    private static long number(String v, String option) {
        try {
            long n = Long.parseLong(v);
            if (n >= 0 || option.equals("--seed")) return n;
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException(option + " wants a whole number, not " + v);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }
}
