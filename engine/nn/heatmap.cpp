#include "engine/nn/heatmap.h"

#include <cstdio>

namespace m37::nn {

std::string lzHeatmap(const Board& board, const EvalOutput& output) {
    const int n = board.size();
    const auto& p = output.rawPolicy;
    std::string text;
    char buf[64];
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n; ++x) {
            int v = 0;
            const size_t i = size_t(y * n + x);
            if (board.at(board.loc(x, y)) == kEmpty && i < p.size()) v = int(p[i] * 1000);
            std::snprintf(buf, sizeof buf, "%3d ", v);
            text += buf;
        }
        text += '\n';
    }
    const float pass = size_t(n * n) < p.size() ? p[size_t(n * n)] : 0.0f;
    std::snprintf(buf, sizeof buf, "pass: %d\nwinrate: %f\n", int(pass * 1000), output.value);
    text += buf;
    return text;
}

}  // namespace m37::nn
