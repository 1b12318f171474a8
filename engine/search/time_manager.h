#pragma once
// Time management: how many seconds to think on one move, from the clock as
// GTP tells it (time_settings / kgs-time_settings / time_left). Absolute
// time is spread over the moves still expected; Japanese byo-yomi uses the
// main time as absolute time plus a period, and a period (less lag) once in
// overtime; Canadian spends the time left over the stones left in the
// period. Pure functions of plain values; safe from any thread.
namespace m37 {

struct TimeControl {
    bool unlimited = true;
    int mainSeconds = 0;
    int byoYomiSeconds = 0;
    int byoYomiStones = 0;   // Canadian: stones per period (0: none)
    int byoYomiPeriods = 0;  // Japanese: periods (0: none)
    // From time_left for the side to move: seconds left in the current
    // phase, and stones left in the Canadian period (0: still in main time;
    // Japanese: periods left while in byo-yomi). leftKnown false: use the
    // settings as if the clock were fresh.
    bool leftKnown = false;
    double leftSeconds = 0;
    int leftStones = 0;
};

// Moves the side to move is expected still to play on a board of this size.
int expectedMovesLeft(int boardSize, int moveNumber);
// Seconds to spend on this move (0 when unlimited: use the visit budget).
double moveTimeSeconds(const TimeControl& tc, int boardSize, int moveNumber, double lagSeconds);

}  // namespace m37
