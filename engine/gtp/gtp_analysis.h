#pragma once
// The analysis lines of the GTP extensions, byte for byte as the GUIs parse
// them: Leela Zero's `lz-analyze` ("info move D4 visits 12 winrate 5234
// prior 1234 lcb 5100 order 0 pv D4 Q16", integers x10000, every candidate
// on one line) and KataGo's `kata-analyze` (same shape, floats, KataGo's
// field names, humanPrior when a human policy is loaded), plus the parser of
// their arguments ([color] [interval] and the keywords interval, minmoves,
// maxmoves, avoid, allow). A pass is written "pass" there, as both do.
// Pure functions; safe from any thread.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/go/types.h"
#include "engine/search/analysis_snapshot.h"

namespace m37::gtp {

struct AnalyzeArgs {
    std::optional<Color> color;  // side to analyse (default: side to move)
    int intervalCs = 0;          // centiseconds between lines (0: only at the end)
    int minMoves = 0;            // report at least this many (unvisited by prior)
    int maxMoves = 0;            // report at most this many (0: all)
    // (colour, move): root restrictions, applied when colour is the one analysed.
    std::vector<std::pair<Color, Loc>> avoid;
    std::vector<std::pair<Color, Loc>> allow;
    bool ownership = false;  // kata-analyze: append the ownership map
};

// Parses the arguments after the command name; nullopt on a syntax error.
// `kata` accepts KataGo's extra boolean keywords.
std::optional<AnalyzeArgs> parseAnalyzeArgs(const std::vector<std::string>& args, int boardSize,
                                            bool kata);

// The candidates to print: visited ones, topped up to minMoves with
// unvisited ones (highest prior first), cut at maxMoves.
std::vector<const CandidateMove*> reportedMoves(const AnalysisSnapshot& s, int minMoves,
                                                int maxMoves);
// One line (without the newline) in Leela Zero's or KataGo's format.
std::string lzInfoLine(const AnalysisSnapshot& s, int minMoves, int maxMoves);
// With `ownership`, the KataGo line ends in " ownership" and boardSize^2
// values, top row first, left to right, from the view of the side to move
// (as the winrates); nothing is appended when s.ownership is empty.
std::string kataInfoLine(const AnalysisSnapshot& s, int minMoves, int maxMoves,
                         bool ownership = false);
// KataGo's float formatting (ostream default: 6 significant digits).
std::string kataFloat(double v);

}  // namespace m37::gtp
