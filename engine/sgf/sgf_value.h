#pragma once
// Interpreting SGF property values: points and point lists (including the
// compressed "aa:cc" rectangles), numbers, reals, colours, composed values
// ("aa:label"), and the board size of a game. Pure functions, thread-safe.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/go/types.h"
#include "engine/sgf/sgf_tree.h"

namespace m37 {

// Every point of a point-list property (AB, AW, AE, TR, ...), expanding
// compressed rectangles, in order, without duplicates. Malformed or
// off-board values are skipped and appended to `bad` when given. Passes
// ("" / "tt") are not points and are skipped silently.
std::vector<Loc> sgfPointList(const SgfProperty& prop, int size,
                              std::vector<std::string>* bad = nullptr);
// "12" -> 12 (optional sign, surrounding spaces allowed).
std::optional<int> sgfNumber(std::string_view v);
// "6.5" -> 6.5 (also "6,5" and "6.5 points"-style leading number).
std::optional<double> sgfReal(std::string_view v);
// "B"/"W" (also "b", "w", "1", "2" as in old files) -> kBlack/kWhite.
std::optional<Color> sgfColor(std::string_view v);
// Splits a composed value at its first ':' ("aa:text" -> {"aa","text"}).
std::optional<std::pair<std::string, std::string>> sgfSplitComposed(std::string_view v);
// Board size from a root's SZ ("19", or "19:19"); 19 when absent; nullopt
// when malformed or rectangular.
std::optional<int> sgfBoardSize(const SgfNode& root);

}  // namespace m37
