#include "engine/go/scoring.h"

#include <cmath>
#include <cstdio>

namespace m37 {

namespace {

// Empty regions after taking the dead stones off: each point of a region
// bordered by one colour only belongs to that colour.
std::vector<Color> regionOwners(const std::vector<Color>& colors, const Board& b) {
    std::vector<Color> owner(colors.size(), kEmpty);
    std::vector<int> regionOf(colors.size(), -1);
    const auto d = b.dirs();
    int region = 0;
    std::vector<Loc> stack, members;
    for (int y = 0; y < b.size(); ++y)
        for (int x = 0; x < b.size(); ++x) {
            Loc l = b.loc(x, y);
            if (colors[l] != kEmpty || regionOf[l] >= 0) continue;
            bool touchB = false, touchW = false;
            stack.assign(1, l);
            members.clear();
            regionOf[l] = region;
            while (!stack.empty()) {
                Loc s = stack.back();
                stack.pop_back();
                members.push_back(s);
                for (int k : d) {
                    Loc n = Loc(s + k);
                    Color c = colors[n];
                    if (c == kEmpty && regionOf[n] < 0) {
                        regionOf[n] = region;
                        stack.push_back(n);
                    } else if (c == kBlack) {
                        touchB = true;
                    } else if (c == kWhite) {
                        touchW = true;
                    }
                }
            }
            Color o = touchB && !touchW ? kBlack : touchW && !touchB ? kWhite : kEmpty;
            for (Loc m : members) owner[m] = o;
            ++region;
        }
    return owner;
}

std::vector<Color> colorsWithoutDead(const Board& b, const std::vector<Loc>& dead) {
    std::vector<Color> colors(b.area(), kWall);
    for (int i = 0; i < b.area(); ++i) colors[i] = b.at(Loc(i));
    for (Loc l : dead)
        if (b.onBoard(l)) colors[l] = kEmpty;
    return colors;
}

}  // namespace

std::vector<Color> finalOwnership(const Board& b, const std::vector<Loc>& dead) {
    std::vector<Color> colors = colorsWithoutDead(b, dead);
    std::vector<Color> owner = regionOwners(colors, b);
    for (int i = 0; i < b.area(); ++i)
        if (colors[i] == kBlack || colors[i] == kWhite) owner[i] = colors[i];
    return owner;
}

std::string Score::toString() const {
    float m = margin();
    if (std::fabs(m) < 1e-4f) return "0";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%c+%g", m > 0 ? 'B' : 'W', double(std::fabs(m)));
    return buf;
}

Score areaScore(const GameState& g, const std::vector<Loc>& dead) {
    const Board& b = g.board();
    std::vector<Color> owner = finalOwnership(b, dead);
    Score s;
    for (int y = 0; y < b.size(); ++y)
        for (int x = 0; x < b.size(); ++x) {
            Color o = owner[b.loc(x, y)];
            if (o == kBlack) s.black += 1;
            else if (o == kWhite) s.white += 1;
        }
    s.white += g.whiteBonus();
    return s;
}

Score territoryScore(const GameState& g, const std::vector<Loc>& dead) {
    const Board& b = g.board();
    std::vector<Color> colors = colorsWithoutDead(b, dead);
    std::vector<Color> owner = regionOwners(colors, b);
    Score s;
    for (int y = 0; y < b.size(); ++y)
        for (int x = 0; x < b.size(); ++x) {
            Loc l = b.loc(x, y);
            if (colors[l] != kEmpty) continue;
            if (owner[l] == kBlack) s.black += 1;
            else if (owner[l] == kWhite) s.white += 1;
            // a dead stone is a prisoner for the side that owns its point
            if (b.at(l) == kWhite && owner[l] == kBlack) s.black += 1;
            if (b.at(l) == kBlack && owner[l] == kWhite) s.white += 1;
        }
    s.black += float(b.prisoners(kBlack));
    s.white += float(b.prisoners(kWhite));
    s.white += g.rules().komi;
    return s;
}

Score score(const GameState& g, const std::vector<Loc>& dead) {
    return g.rules().scoring == ScoringRule::kArea ? areaScore(g, dead) : territoryScore(g, dead);
}

std::vector<bool> passAlive(const Board& b, Color c) {
    const int area = b.area();
    const auto d = b.dirs();
    // Chains of c, numbered by head.
    std::vector<int> chainId(area, -1);
    std::vector<Loc> heads;
    for (int y = 0; y < b.size(); ++y)
        for (int x = 0; x < b.size(); ++x) {
            Loc l = b.loc(x, y);
            if (b.at(l) != c) continue;
            Loc h = b.chainHead(l);
            if (chainId[h] < 0) {
                chainId[h] = int(heads.size());
                heads.push_back(h);
            }
            chainId[l] = chainId[h];
        }
    // Regions: maximal connected sets of points that are not c.
    std::vector<int> regionId(area, -1);
    std::vector<std::vector<Loc>> regions;
    for (int y = 0; y < b.size(); ++y)
        for (int x = 0; x < b.size(); ++x) {
            Loc l = b.loc(x, y);
            if (b.at(l) == c || regionId[l] >= 0) continue;
            int r = int(regions.size());
            regions.emplace_back();
            std::vector<Loc> stack{l};
            regionId[l] = r;
            while (!stack.empty()) {
                Loc s = stack.back();
                stack.pop_back();
                regions[r].push_back(s);
                for (int k : d) {
                    Loc n = Loc(s + k);
                    Color nc = b.at(n);
                    if (nc != c && nc != kWall && regionId[n] < 0) {
                        regionId[n] = r;
                        stack.push_back(n);
                    }
                }
            }
        }
    const int nc = int(heads.size()), nr = int(regions.size());
    // For each region: the chains bordering it, and the chains for which it
    // is vital (every empty point of the region is a liberty of the chain).
    std::vector<std::vector<int>> borders(nr), vitalTo(nr);
    for (int r = 0; r < nr; ++r) {
        std::vector<char> isBorder(nc, 0);
        for (Loc s : regions[r])
            for (int k : d) {
                Loc n = Loc(s + k);
                if (b.at(n) == c) isBorder[chainId[n]] = 1;
            }
        for (int ch = 0; ch < nc; ++ch) {
            if (!isBorder[ch]) continue;
            borders[r].push_back(ch);
            bool vital = true;
            for (Loc s : regions[r]) {
                if (b.at(s) != kEmpty) continue;
                bool adj = false;
                for (int k : d) {
                    Loc n = Loc(s + k);
                    adj |= b.at(n) == c && chainId[n] == ch;
                }
                if (!adj) {
                    vital = false;
                    break;
                }
            }
            if (vital) vitalTo[r].push_back(ch);
        }
    }
    std::vector<char> chainAlive(nc, 1), regionAlive(nr, 1);
    for (bool changed = true; changed;) {
        changed = false;
        // A chain needs two vital regions still "healthy".
        std::vector<int> vitalCount(nc, 0);
        for (int r = 0; r < nr; ++r)
            if (regionAlive[r])
                for (int ch : vitalTo[r]) ++vitalCount[ch];
        for (int ch = 0; ch < nc; ++ch)
            if (chainAlive[ch] && vitalCount[ch] < 2) {
                chainAlive[ch] = 0;
                changed = true;
            }
        // A region is healthy while every chain bordering it is alive.
        for (int r = 0; r < nr; ++r) {
            if (!regionAlive[r]) continue;
            for (int ch : borders[r])
                if (!chainAlive[ch]) {
                    regionAlive[r] = 0;
                    changed = true;
                    break;
                }
            if (borders[r].empty()) {
                regionAlive[r] = 0;
                changed = true;
            }
        }
    }
    std::vector<bool> out(area, false);
    for (int y = 0; y < b.size(); ++y)
        for (int x = 0; x < b.size(); ++x) {
            Loc l = b.loc(x, y);
            if (b.at(l) == c) out[l] = chainAlive[chainId[l]] != 0;
        }
    // Regions enclosed by alive chains only, and small enough that the
    // opponent could never live there (vital to some alive chain).
    for (int r = 0; r < nr; ++r) {
        if (!regionAlive[r]) continue;
        bool vitalToAlive = false;
        for (int ch : vitalTo[r]) vitalToAlive |= chainAlive[ch] != 0;
        if (!vitalToAlive) continue;
        for (Loc s : regions[r]) out[s] = true;
    }
    return out;
}

}  // namespace m37
