#include "engine/search/time_manager.h"

#include <algorithm>

namespace m37 {

int expectedMovesLeft(int boardSize, int moveNumber) {
    // A game lasts about 0.75 * N^2 moves in all (both colours); never plan
    // for fewer than a fifth of the board's points of one's own moves.
    const int area = boardSize * boardSize;
    const int total = area * 3 / 4;
    const int left = (total - moveNumber) / 2;
    return std::max(left, std::max(area / 20, 4));
}

double moveTimeSeconds(const TimeControl& tc, int boardSize, int moveNumber, double lag) {
    if (tc.unlimited) return 0;
    const int movesLeft = expectedMovesLeft(boardSize, moveNumber);
    const bool canadian = tc.byoYomiStones > 0;
    const bool japanese = !canadian && tc.byoYomiPeriods > 0 && tc.byoYomiSeconds > 0;
    double left = tc.leftKnown ? tc.leftSeconds : double(tc.mainSeconds);
    const bool inOvertime =
        tc.leftKnown ? (tc.leftStones > 0 || (left <= 0 && !canadian)) : tc.mainSeconds == 0;
    double t = 0;
    if (canadian) {
        if (inOvertime) {
            int stones = tc.leftKnown ? std::max(tc.leftStones, 1) : tc.byoYomiStones;
            double periodLeft = tc.leftKnown ? left : double(tc.byoYomiSeconds);
            t = periodLeft / stones;
        } else {
            // Main time spread over the moves, plus a share of the first period.
            t = left / movesLeft + double(tc.byoYomiSeconds) / tc.byoYomiStones * 0.5;
            t = std::min(t, left * 0.5 + double(tc.byoYomiSeconds) / tc.byoYomiStones);
        }
    } else if (japanese) {
        if (inOvertime)
            t = tc.byoYomiSeconds;
        else
            t = left / movesLeft + tc.byoYomiSeconds;
    } else {
        // Absolute (or byo-yomi time with no stones/periods): main time only.
        t = std::max(left, 0.0) / movesLeft;
    }
    return std::max(0.05, t - lag);
}

}  // namespace m37
