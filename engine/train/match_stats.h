#pragma once
// Statistics of a match between two engines: the tally of wins, losses and
// draws (overall and by colour), the win rate with its 95% Wilson score
// interval, and the Elo difference the win rate implies (logistic model,
// 400-point scale) with the interval mapped through the same formula.
// Draws count as half a win. Pure functions and a plain value type.
#include <string>

namespace m37::train {

// z of a two-sided 95% interval.
constexpr double kZ95 = 1.959963984540054;

struct Interval {
    double low = 0;
    double high = 0;
};

// Wilson score interval of a proportion: `successes` (may be fractional when
// draws count half) out of n trials. n == 0 gives [0, 1].
Interval wilsonInterval(double successes, int n, double z = kZ95);

// Elo difference of a player scoring `score` (0..1) against another:
// -400 log10(1/score - 1). +/-infinity at 1 and 0.
double eloFromScore(double score);

// Wins, draws and losses of engine 1 against engine 2.
struct MatchTally {
    int games = 0;
    int wins1 = 0;  // engine 1 won
    int wins2 = 0;  // engine 2 won
    int draws = 0;
    // By the colour engine 1 played.
    int games1Black = 0, wins1Black = 0, draws1Black = 0;
    int games1White = 0, wins1White = 0, draws1White = 0;

    // winner: 1, 2 or 0 (draw); engine1Black: the colour engine 1 played.
    void add(int winner, bool engine1Black);
    // Engine 1's score (wins + draws/2) / games; 0.5 when no games.
    double score1() const;
    Interval score1Interval() const { return wilsonInterval(wins1 + 0.5 * draws, games); }
    double elo1() const { return eloFromScore(score1()); }
    Interval elo1Interval() const;
};

// "+123" / "-45" / "+inf" / "-inf" for an Elo figure.
std::string formatElo(double elo);

}  // namespace m37::train
