#pragma once
// The client side of the GTP analysis extensions: reads one line of an
// external engine's `lz-analyze` output (Leela Zero's format, "info move D4
// visits 10 winrate 5000 prior 1000 lcb 4900 order 0 pv D4 Q16 ...", values
// x10000 as integers) or `kata-analyze` output (KataGo's: floats, scoreLead,
// utility, humanPrior, an optional `ownership` block and keys added later)
// into an AnalysisSnapshot, the same value the embedded search delivers.
// Unknown keys are skipped (KataGo asks consumers to be robust to new
// fields); anything that cannot be read — a bad vertex, a number out of
// range, a truncated pair — is an error naming the token and its position,
// never a crash. Pure functions of their arguments (fuzzed); safe from any
// thread.
#include <string>
#include <string_view>
#include <vector>

#include "engine/go/types.h"
#include "engine/search/analysis_snapshot.h"

namespace m37::gtp {

enum class AnalysisFormat {
    kLeelaZero,  // lz-analyze, lz-genmove_analyze
    kKataGo,     // kata-analyze, kata-genmove_analyze
};

struct ParsedAnalysis {
    AnalysisSnapshot snapshot;
    // KataGo's `ownership`: boardSize^2 values in [-1, 1] for the side to
    // move (KataGo's default reportAnalysisWinratesAs), row-major from the
    // top-left (A19 first, like makeLoc(x, y)); empty when the line has
    // none. snapshot.ownership holds the same from Black's view.
    std::vector<float> ownership;
};

// Where the line came from: the board size and the side the analysis is
// for (both set in the snapshot; winrates are that side's).
struct AnalysisLineContext {
    AnalysisFormat format = AnalysisFormat::kLeelaZero;
    int boardSize = 19;
    Color toMove = kBlack;
};

// Parses one output line (without its newline). An empty line or a line
// of spaces gives a snapshot without candidates. False with `error` set
// ("token 7 'winrate': expected an integer 0..10000, got 'abc'") when the
// line is malformed; `out` is then unspecified.
bool parseAnalysisLine(std::string_view line, const AnalysisLineContext& context,
                       ParsedAnalysis* out, std::string* error);

// True when the line is analysis output rather than a GTP answer or the
// final `play MOVE` of lz-genmove_analyze: it starts with "info", or with
// KataGo's "ownership" or "rootInfo" blocks.
bool isAnalysisLine(std::string_view line);

}  // namespace m37::gtp
