#pragma once
// Dirichlet noise for self-play exploration at the root (AlphaZero): draws
// a Dirichlet(alpha, ..., alpha) vector of size n with gamma variates, and
// mixes it into priors as (1 - eps) * p + eps * noise. Pure functions of
// their Rng; one Rng per thread.
#include <vector>

#include "engine/go/rng.h"

namespace m37 {

// A point of the simplex (sums to 1; n > 0, alpha > 0).
std::vector<float> dirichletSample(int n, float alpha, Rng& rng);
// Gamma(shape, 1) variate (Marsaglia and Tsang).
double gammaSample(double shape, Rng& rng);

}  // namespace m37
