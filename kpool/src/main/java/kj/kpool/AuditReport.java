package kj.kpool;

import java.util.List;

/** What {@link Pool#audit()} found: broken invariants, and (in debug mode) the live cells. */
public record AuditReport(List<String> problems, List<String> liveCells) {
    public boolean ok() { return problems.isEmpty(); }
}
