package kj.kpool;

import java.util.List;

/**
 * What {@link Pool#reach} found. {@code unreachable} cells are in use although no root reaches
 * them; {@code miscounted} lists reached cells whose count is not the number of references to
 * them (a count too high never frees). {@code leakedCells} names the unreachable ones, in debug
 * mode only (the registry of live cells is what finds them).
 */
public record ReachReport(long reachable, long unreachable, List<String> miscounted, List<String> leakedCells) {
    public boolean ok() { return unreachable == 0 && miscounted.isEmpty(); }
}
