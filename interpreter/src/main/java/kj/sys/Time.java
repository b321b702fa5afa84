package kj.sys;

import static kj.value.K.*;

import java.util.TimeZone;
import java.util.function.LongUnaryOperator;
import kj.error.KError;
import kj.value.ListBuilder;

/**
 * Dates and times. K counts days and seconds from 2035-01-01 (its epoch); a date is the int
 * yyyymmdd and a time of day the int hhmmss. _jd: date to day number; _dj: back; _gtime: seconds
 * to (date;time) in UTC; _lt: UTC seconds to local; _ltime: _gtime _lt.
 */
final class Time {
    /** Seconds from 1970-01-01 to 2035-01-01. */
    static final long EPOCH_OFFSET = 2051222400L;
    private static final long DAY = 86400;

    private Time() {}

    /** _t : the time now in seconds from K's epoch. */
    static long now() { return ki(Math.floorDiv(System.currentTimeMillis(), 1000) - EPOCH_OFFSET); }

    /** _T : the time now in days (with the fraction) from K's epoch. */
    static long nowDays() {
        double ms = System.currentTimeMillis() - EPOCH_OFFSET * 1000.0;
        return kf(ms / (DAY * 1000.0));
    }

    static long jd(long x) { return intMap(x, Time::dayOf); }

    static long dj(long x) { return intMap(x, Time::dateOf); }

    static long lt(long x) {
        long offset = TimeZone.getDefault().getOffset(0L) / 1000;
        return intMap(x, s -> s + offset);
    }

    static long gtime(long x) {
        return switch (type(x)) {
            case INT -> ints(dateOf(Math.floorDiv(iv(x), DAY)), clock(Math.floorMod(iv(x), DAY)));
            case INTV -> {
                long n = n(x);
                long d = newVec(INTV, n), c;
                try {
                    c = newVec(INTV, n);
                } catch (Throwable e) {
                    cd(d);
                    throw e;
                }
                for (long i = 0; i < n; i++) {
                    long s = getI(x, i);
                    setI(d, i, dateOf(Math.floorDiv(s, DAY)));
                    setI(c, i, clock(Math.floorMod(s, DAY)));
                }
                yield listOf(d, c);
            }
            default -> throw KError.type();
        };
    }

    static long ltime(long x) {
        long l = lt(x);
        try {
            return gtime(l);
        } finally {
            cd(l);
        }
    }

    private static long clock(long s) { return s / 3600 * 10000 + s / 60 % 60 * 100 + s % 60; }

    /** An int atom, vector or list of them, mapped item by item. */
    private static long intMap(long x, LongUnaryOperator f) {
        switch (type(x)) {
            case INT -> { return ki(f.applyAsLong(iv(x))); }
            case INTV -> {
                long n = n(x);
                long z = newVec(INTV, n);
                for (long i = 0; i < n; i++) setI(z, i, f.applyAsLong(getI(x, i)));
                return z;
            }
            case LIST -> {
                return ListBuilder.map(n(x), i -> intMap(getL(x, i), f));
            }
            default -> throw KError.type();
        }
    }

    /** Days from 2035-01-01 of the date yyyymmdd (proleptic Gregorian, as Kona). */
    static long dayOf(long date) {
        long year = date / 10000, month = date / 100 % 100, day = date % 100;
        long a = (14 - month) / 12;
        long y = year + 4800 - a;
        long m = month + 12 * a - 3;
        return day + (153 * m + 2) / 5 + y * 365 + y / 4 - y / 100 + y / 400 - 32045 - 2464329;
    }

    /** The date yyyymmdd of a day number from 2035-01-01. */
    static long dateOf(long j) {
        long a = j + 32044 + 2464329;
        long b = (4 * a + 3) / 146097;
        long c = a - b * 146097 / 4;
        long d = (4 * c + 3) / 1461;
        long e = c - 1461 * d / 4;
        long m = (5 * e + 2) / 153;
        long day = e - (153 * m + 2) / 5 + 1;
        long month = m + 3 - 12 * (m / 10);
        long year = b * 100 + d - 4800 + m / 10;
        return year * 10000 + month * 100 + day;
    }
}
