#pragma once
// The 8 symmetries of the square board (rotations and reflections), numbered
// as Leela Zero numbers them: for symmetry s, in Leela Zero's coordinates
// (x from the left, y from the bottom), first swap x and y if s&4, then
// mirror x if s&2, then mirror y if s&1. Symmetry 0 is the identity.
// A network sees plane point i taken from the board point symmetryIndex(s,i);
// its policy output at i is the board move symmetryIndex(s,i). Pure functions.
#include "engine/go/types.h"

namespace m37::nn {

constexpr int kNumSymmetries = 8;

// The board index (y*N+x, y from the top) that symmetry s sends index i to.
int symmetryIndex(int s, int index, int size);
// The same on board locations (pass and null unchanged).
Loc symmetryLoc(int s, Loc loc, int size);
// The symmetry that undoes s.
int inverseSymmetry(int s);

// out[c][i] = in[c][symmetryIndex(s, i)] for `planes` planes of N*N floats.
void transformPlanes(int s, const float* in, float* out, int planes, int size);
// Maps a policy (N*N+1) computed on transformed planes back to the board:
// out[symmetryIndex(s, i)] = in[i]; pass copied.
void untransformPolicy(int s, const float* in, float* out, int size);

}  // namespace m37::nn
