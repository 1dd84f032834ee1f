"use strict";
/**
 * Deterministic randomness for the synthetic graph. Every entity draws from its own stream, seeded
 * from (seed, kind, index), so any slice of the graph can be generated alone and in any order: the
 * loader streams chunks, and a 1M graph never has to sit in memory whole.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.Random = void 0;
exports.hash32 = hash32;
/** 32-bit FNV-1a of a string: turns (seed, kind, index) into a stream seed. */
function hash32(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i += 1) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
/** A small, fast PRNG (mulberry32) with the draws the generator needs. */
class Random {
    state;
    constructor(seed) {
        this.state = seed >>> 0;
    }
    static for(...parts) {
        return new Random(hash32(parts.join(':')));
    }
    /** Uniform in [0, 1). */
    next() {
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let t = this.state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    /** Uniform integer in [0, n). */
    int(n) {
        return Math.floor(this.next() * n);
    }
    /** Integer in [min, max], both included. */
    between(min, max) {
        return min + this.int(max - min + 1);
    }
    chance(p) {
        return this.next() < p;
    }
    pick(items) {
        return items[this.int(items.length)];
    }
    /**
     * An index in [0, n) with a heavy head: n * u^3 puts ~22% of the draws on the first 1% of indexes,
     * so low indexes become hubs with thousands of relationships and most entities stay leaves.
     */
    skewed(n) {
        return Math.min(n - 1, Math.floor(n * this.next() ** 3));
    }
    /** Poisson-like count with the given mean (small means only): Knuth's method. */
    count(mean) {
        const limit = Math.exp(-mean);
        let k = 0;
        let p = this.next();
        while (p > limit) {
            k += 1;
            p *= this.next();
        }
        return k;
    }
}
exports.Random = Random;
