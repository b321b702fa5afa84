package kj.cmd;

/**
 * One backslash command, the one place it is defined: its name (what follows the backslash),
 * the form of its argument and its line in the {@code \} help screen, and what it does.
 * A command returns a K value (owned; nil when it has nothing to show) that a typed command
 * prints and {@code ."\\cmd"} returns; text it prints itself goes to the workspace's output.
 *
 * @param name the word after the backslash ("p", "ts", "w")
 * @param args how its argument is written in the help screen ("[n]", "e", ""), or null to leave
 *     the command out of the help screen
 * @param help what it does, one short line
 * @param action what it does: given the reader it runs in and the text after the name
 *     (stripped), it returns the value
 */
public record Command(String name, String args, String help, Action action) {
    /** What a command does. Bad arguments are K errors (see {@link Args}). */
    @FunctionalInterface
    public interface Action {
        long run(kj.eval.Script in, String arg);
    }
}
