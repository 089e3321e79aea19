package org.pyj.interpreter.runtime;

import java.math.BigInteger;

/**
 * CPython's hash values (Python/pyhash.c, Objects/longobject.c, floatobject.c, tupleobject.c),
 * so that {@code hash()} and, later, dict and set iteration order agree with CPython.
 *
 * <p>Numbers hash by their value modulo the Mersenne prime 2**61 - 1, so that equal int, float
 * and bool values hash alike. str hashes with SipHash-1-3 over the string's CPython storage
 * (1, 2 or 4 bytes per character, little-endian) under a per-process key. -1 is never a hash
 * (CPython reserves it for errors) and becomes -2.
 */
public final class PyHash {
    public static final int BITS = 61;
    public static final long MODULUS = (1L << BITS) - 1;
    public static final long INF = 314159;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    private PyHash() {
    }

    private static long fix(long h) {
        return h == -1 ? -2 : h;
    }

    public static long ofLong(long v) {
        if (v == Long.MIN_VALUE) {
            return ofBig(BigInteger.valueOf(v));
        }
        long r = Math.abs(v) % MODULUS;
        return fix(v < 0 ? -r : r);
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static long ofBig(BigInteger v) {
        long r = v.abs().mod(BIG_MODULUS).longValue();
        return fix(v.signum() < 0 ? -r : r);
    }

    /** x * 2**shift modulo 2**61 - 1, for 0 <= x < 2**61 - 1: a 61-bit rotation. */
    private static long timesPowerOfTwo(long x, int shift) {
        shift = Math.floorMod(shift, BITS);
        if (shift == 0) {
            return x;
        }
        return ((x << shift) & MODULUS) | (x >>> (BITS - shift));
    }

    /**
     * A finite double is mantissa * 2**exponent with an integer mantissa; its hash is that
     * rational's value modulo 2**61 - 1 (a power of two's inverse is again a power of two, as
     * 2**61 = 1 there). NaN hashes by identity; pass that in {@code nanHash}.
     */
    public static long ofDouble(double v, long nanHash) {
        if (Double.isNaN(v)) {
            return nanHash;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        if (v == 0) {
            return 0;
        }
        long bits = Double.doubleToRawLongBits(v);
        int rawExponent = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & ((1L << 52) - 1);
        int exponent;
        if (rawExponent == 0) {
            exponent = -1074; // subnormal
        } else {
            mantissa |= 1L << 52;
            exponent = rawExponent - 1075;
        }
        long h = timesPowerOfTwo(mantissa % MODULUS, exponent);
        return fix(v < 0 ? -h : h);
    }

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    /** The start of a tuple's hash: feed each item's hash to {@link #tupleStep}, then {@link #tupleFinish}. */
    public static long tupleStart() {
        return XXPRIME_5;
    }

    public static long tupleStep(long acc, long itemHash) {
        acc += itemHash * XXPRIME_2;
        acc = Long.rotateLeft(acc, 31);
        return acc * XXPRIME_1;
    }

    public static long tupleFinish(long acc, int length) {
        acc += length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /** The hash of a str given as code points, under the SipHash key (k0, k1). */
    public static long ofCodePoints(int[] codePoints, long k0, long k1) {
        if (codePoints.length == 0) {
            return 0;
        }
        int max = 0;
        for (int cp : codePoints) {
            max = Math.max(max, cp);
        }
        int width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        byte[] bytes = new byte[codePoints.length * width];
        for (int i = 0; i < codePoints.length; i++) {
            for (int b = 0; b < width; b++) {
                bytes[i * width + b] = (byte) (codePoints[i] >>> (8 * b));
            }
        }
        return fix(sipHash13(bytes, k0, k1));
    }

    /** The hash of bytes (equal to that of the str with the same code points below 256). */
    public static long ofBytes(byte[] data, long k0, long k1) {
        return data.length == 0 ? 0 : fix(sipHash13(data, k0, k1));
    }

    /** SipHash with one compression and three finalization rounds over little-endian words. */
    static long sipHash13(byte[] data, long k0, long k1) {
        long[] v = {k0 ^ 0x736f6d6570736575L, k1 ^ 0x646f72616e646f6dL, k0 ^ 0x6c7967656e657261L,
            k1 ^ 0x7465646279746573L};
        int blocks = data.length / 8;
        for (int i = 0; i < blocks; i++) {
            long m = littleEndian(data, i * 8, 8);
            v[3] ^= m;
            round(v);
            v[0] ^= m;
        }
        long last = ((long) data.length << 56) | littleEndian(data, blocks * 8, data.length - blocks * 8);
        v[3] ^= last;
        round(v);
        v[0] ^= last;
        v[2] ^= 0xff;
        round(v);
        round(v);
        round(v);
        return v[0] ^ v[1] ^ v[2] ^ v[3];
    }

    private static long littleEndian(byte[] data, int start, int count) {
        long r = 0;
        for (int i = 0; i < count; i++) {
            r |= (data[start + i] & 0xffL) << (8 * i);
        }
        return r;
    }

    private static void round(long[] v) {
        v[0] += v[1];
        v[1] = Long.rotateLeft(v[1], 13);
        v[1] ^= v[0];
        v[0] = Long.rotateLeft(v[0], 32);
        v[2] += v[3];
        v[3] = Long.rotateLeft(v[3], 16);
        v[3] ^= v[2];
        v[0] += v[3];
        v[3] = Long.rotateLeft(v[3], 21);
        v[3] ^= v[0];
        v[2] += v[1];
        v[1] = Long.rotateLeft(v[1], 17);
        v[1] ^= v[2];
        v[2] = Long.rotateLeft(v[2], 32);
    }

    /**
     * The SipHash key for a PYTHONHASHSEED value: "0" disables randomization (a zero key); a number
     * fills the key with CPython's linear congruential generator; anything else (unset, "random")
     * gives a random key. Returns {k0, k1}.
     */
    public static long[] keyFor(String seed) {
        byte[] secret = new byte[16];
        long x = parseSeed(seed);
        if (x < 0) {
            new java.security.SecureRandom().nextBytes(secret);
        } else if (x != 0) {
            int state = (int) x;
            for (int i = 0; i < secret.length; i++) {
                state = state * 214013 + 2531011;
                secret[i] = (byte) ((state >>> 16) & 0xff);
            }
        }
        return new long[]{littleEndian(secret, 0, 8), littleEndian(secret, 8, 8)};
    }

    /** A PYTHONHASHSEED value in [0, 2**32 - 1], or -1 for a random key. */
    private static long parseSeed(String seed) {
        try {
            long x = Long.parseLong(seed == null ? "" : seed);
            return x > 4294967295L ? -1 : x;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
