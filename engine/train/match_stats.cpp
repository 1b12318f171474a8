#include "engine/train/match_stats.h"

#include <cmath>
#include <cstdio>
#include <limits>

namespace m37::train {

Interval wilsonInterval(double successes, int n, double z) {
    if (n <= 0) return {0.0, 1.0};
    const double p = successes / n;
    const double z2n = z * z / n;
    const double denom = 1 + z2n;
    const double centre = (p + z2n / 2) / denom;
    const double half = z * std::sqrt(p * (1 - p) / n + z2n / (4.0 * n)) / denom;
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

double eloFromScore(double score) {
    if (score <= 0) return -std::numeric_limits<double>::infinity();
    if (score >= 1) return std::numeric_limits<double>::infinity();
    return -400.0 * std::log10(1.0 / score - 1.0);
}

void MatchTally::add(int winner, bool engine1Black) {
    ++games;
    if (winner == 1)
        ++wins1;
    else if (winner == 2)
        ++wins2;
    else
        ++draws;
    int& g = engine1Black ? games1Black : games1White;
    int& w = engine1Black ? wins1Black : wins1White;
    int& d = engine1Black ? draws1Black : draws1White;
    ++g;
    if (winner == 1)
        ++w;
    else if (winner == 0)
        ++d;
}

double MatchTally::score1() const {
    return games > 0 ? (wins1 + 0.5 * draws) / games : 0.5;
}

Interval MatchTally::elo1Interval() const {
    const Interval s = score1Interval();
    return {eloFromScore(s.low), eloFromScore(s.high)};
}

std::string formatElo(double elo) {
    if (std::isinf(elo)) return elo > 0 ? "+inf" : "-inf";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.0f", elo);
    return buf;
}

}  // namespace m37::train
