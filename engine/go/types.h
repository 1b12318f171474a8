#pragma once
// Basic value types shared by the whole engine: stone colours and board
// locations. Plain data, no threading concerns.
#include <cstdint>

namespace m37 {

// A stone colour, or the state of a board point. Wall marks the padding
// around the playing area of a Board.
enum Color : uint8_t { kEmpty = 0, kBlack = 1, kWhite = 2, kWall = 3 };

// The other player's colour (Black <-> White).
constexpr Color opponent(Color c) { return Color(c ^ 3); }

// A point on a Board's padded 1-D array, or one of the special values below.
using Loc = int16_t;
constexpr Loc kPassLoc = 0;  // both special values lie in the padding
constexpr Loc kNullLoc = 1;

// Why a move is refused.
enum class MoveError : uint8_t {
    kNone = 0,
    kOffBoard,
    kOccupied,
    kKo,        // retakes a simple ko
    kSuperko,   // repeats an earlier position (positional or situational)
    kSuicide,   // leaves the played chain without liberties
};

const char* toString(MoveError e);
const char* colorName(Color c);  // "black", "white", "empty"

}  // namespace m37
