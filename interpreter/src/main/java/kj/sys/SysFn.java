package kj.sys;

import kj.value.Context;

/**
 * One reserved {@code _} name: its valence (0 for a system value such as {@code _t}) and what it
 * does. Arguments are borrowed, the result owned. The parser resolves a name to its row's id once.
 */
public record SysFn(String name, int valence, Impl impl) {
    @FunctionalInterface
    public interface Impl {
        long call(Context in, long[] args);
    }
}
