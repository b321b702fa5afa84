package kj.kpool;

/** The workspace cap (or the system) refused more memory; the pool is unchanged and usable. */
public final class WorkspaceFullException extends RuntimeException {
    public WorkspaceFullException(String message) {
        super(message, null, false, false);
    }
}
