#include "engine/nn/symmetry.h"

#include <utility>

#include "engine/go/coord.h"

namespace m37::nn {

int symmetryIndex(int s, int index, int n) {
    int x = index % n;
    int y = n - 1 - index / n;  // Leela Zero's y counts from the bottom
    if (s & 4) std::swap(x, y);
    if (s & 2) x = n - 1 - x;
    if (s & 1) y = n - 1 - y;
    return (n - 1 - y) * n + x;
}

Loc symmetryLoc(int s, Loc loc, int n) {
    if (loc == kPassLoc || loc == kNullLoc) return loc;
    int i = symmetryIndex(s, locY(loc, n) * n + locX(loc, n), n);
    return makeLoc(i % n, i / n, n);
}

int inverseSymmetry(int s) {
    // Only the two rotations by 90 degrees (swap + one mirror) are not involutions.
    if (s == 5) return 6;
    if (s == 6) return 5;
    return s;
}

void transformPlanes(int s, const float* in, float* out, int planes, int n) {
    const int area = n * n;
    for (int i = 0; i < area; ++i) {
        const int from = symmetryIndex(s, i, n);
        for (int c = 0; c < planes; ++c) out[c * area + i] = in[c * area + from];
    }
}

void untransformPolicy(int s, const float* in, float* out, int n) {
    const int area = n * n;
    for (int i = 0; i < area; ++i) out[symmetryIndex(s, i, n)] = in[i];
    out[area] = in[area];
}

}  // namespace m37::nn
