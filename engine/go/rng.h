#pragma once
// Rng: a small, fast pseudo-random generator (xoshiro256**) with a fixed
// seed by default, so runs are reproducible. One per thread; not shared.
#include <cmath>
#include <cstdint>

namespace m37 {

// SplitMix64's output function: a well-mixed 64-bit hash of z (also a
// stateless hash of a counter).
constexpr uint64_t mix64(uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
// SplitMix64: advances s and returns its next value.
constexpr uint64_t splitmix64(uint64_t& s) {
    return mix64(s += 0x9E3779B97F4A7C15ULL);
}

class Rng {
public:
    explicit Rng(uint64_t seed = 0x6d6f76653337ULL) { reseed(seed); }
    void reseed(uint64_t seed) {
        for (auto& w : s_) w = splitmix64(seed);
    }
    uint64_t next() {
        const uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }
    // Uniform in [0, n), n > 0 (Lemire's multiply-shift; bias < 2^-32 * n).
    uint32_t below(uint32_t n) {
        return uint32_t((uint64_t(uint32_t(next() >> 32)) * n) >> 32);
    }
    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    // Standard normal (Box-Muller, one value per call).
    double gauss() {
        double u1 = uniform(), u2 = uniform();
        if (u1 < 1e-300) u1 = 1e-300;
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    uint64_t s_[4];
};

}  // namespace m37
