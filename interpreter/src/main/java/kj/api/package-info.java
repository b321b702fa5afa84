/**
 * Embedding kj in Java: open a {@link kj.api.KWorkspace}, evaluate K text, read the results as
 * Java data, make K values from Java data, set and get globals.
 *
 * <pre>{@code
 * try (KWorkspace k = KWorkspace.open()) {
 *     k.set("prices", new double[] {1.5, 2.5, 4.0});
 *     try (KValue total = k.eval("+/prices")) {
 *         double t = total.toDouble();            // 8.0
 *     }
 * }
 * }</pre>
 *
 * <p>Each workspace owns its pool of off-heap memory (with its own cap and statistics), its
 * K-tree and its settings; workspaces share nothing, so two of them may run on two threads at
 * once. One workspace is used by one thread at a time. A {@link kj.api.KValue} holds one
 * reference to a K value and gives it back on {@link kj.api.KValue#close()}; K errors arrive
 * as the unchecked {@link kj.api.KException}.
 */
package kj.api;
