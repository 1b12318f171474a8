#pragma once
// Leela Zero's GTP `heatmap` text for an evaluated position, byte for byte:
// the raw policy x1000 truncated to an integer ("%3d " per point, 0 on
// occupied points), one board row a line from the top row down, then
// "pass: N" and "winrate: X" (printf "%f", the mover's winrate). Leela Zero
// prints it on stderr and answers "=" on stdout. Pure function.
#include <string>

#include "engine/go/board.h"
#include "engine/nn/evaluator.h"

namespace m37::nn {

std::string lzHeatmap(const Board& board, const EvalOutput& output);

}  // namespace m37::nn
