#include "engine/search/dirichlet.h"

#include <cmath>

namespace m37 {


double gammaSample(double shape, Rng& rng) {
    if (shape < 1.0) {
        // Boost: Gamma(a) = Gamma(a + 1) * U^(1/a).
        double u = 1.0 - rng.uniform();
        return gammaSample(shape + 1.0, rng) * std::pow(u, 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0, c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x = rng.gauss(), v = 1.0 + c * x;
        if (v <= 0) continue;
        v = v * v * v;
        double u = 1.0 - rng.uniform();
        if (std::log(u) < 0.5 * x * x + d - d * v + d * std::log(v)) return d * v;
    }
}

std::vector<float> dirichletSample(int n, float alpha, Rng& rng) {
    std::vector<float> out(size_t(n > 0 ? n : 0), 0.0f);
    if (n <= 0) return out;
    double sum = 0;
    std::vector<double> g(static_cast<size_t>(n), 0.0);
    for (auto& x : g) sum += (x = gammaSample(alpha, rng));
    for (int i = 0; i < n; ++i)
        out[size_t(i)] = sum > 0 ? float(g[size_t(i)] / sum) : 1.0f / float(n);
    return out;
}

}  // namespace m37
