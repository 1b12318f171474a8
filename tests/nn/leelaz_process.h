#pragma once
// Test helper: runs `leelaz --cpu-only` once over a script of GTP commands,
// with stdout and stderr captured in files (leelaz prints `heatmap` on
// stderr, which GtpClient does not read), and parses the heatmaps it
// printed. For tests only. Threading: plain functions, no shared state.
#include <string>
#include <vector>

namespace m37::nn::test {

struct LeelazRun {
    bool ok = false;
    std::string out;    // GTP answers (stdout)
    std::string err;    // diagnostics and heatmaps (stderr)
    std::string error;  // why the run failed
};

// The leelaz executable: $LEELAZ, else leelaz in PATH, else /usr/games/leelaz;
// empty when none is found.
std::string findLeelaz();

// Runs leelaz on the weights with the commands (one a line; "quit" is
// appended), in workDir.
LeelazRun runLeelaz(const std::string& exe, const std::string& weights,
                    const std::vector<std::string>& commands, const std::string& workDir);

struct LeelazHeatmap {
    std::string text;       // the 19 grid lines, "pass:" and "winrate:" lines
    std::vector<int> grid;  // 361 values, top row first
    int pass = 0;
    double winrate = 0;
};

// Every heatmap in leelaz's stderr, in order.
std::vector<LeelazHeatmap> parseLeelazHeatmaps(const std::string& err);

}  // namespace m37::nn::test
