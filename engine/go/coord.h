#pragma once
// Conversions between board locations and their text forms: GTP vertices
// ("D4", "PASS"; column letters skip I; upper-case on output) and SGF points
// ("dd"; "" or "tt" for a pass on boards up to 19x19). Pure functions.
#include <optional>
#include <string>
#include <string_view>

#include "engine/go/types.h"

namespace m37 {

class Board;

// "D4", "PASS". Off-board locations print as "NULL".
std::string gtpVertex(Loc loc, int size);
// Parses "d4", "D4", "pass" (any case); nullopt when malformed or off board.
std::optional<Loc> parseGtpVertex(std::string_view text, int size);

// "dd"; a pass is written as "tt" on boards <= 19 when passAsTT, else "".
std::string sgfPoint(Loc loc, int size, bool passAsTT = false);
// Parses "dd" ("" and "tt" on boards <= 19 are passes); nullopt when malformed.
std::optional<Loc> parseSgfPoint(std::string_view text, int size);

// Location of column x, row y (0-based, y from the top) on a board of size.
constexpr Loc makeLoc(int x, int y, int size) { return Loc((y + 1) * (size + 2) + (x + 1)); }
constexpr int locX(Loc loc, int size) { return loc % (size + 2) - 1; }
constexpr int locY(Loc loc, int size) { return loc / (size + 2) - 1; }

}  // namespace m37
