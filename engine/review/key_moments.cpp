#include "engine/review/key_moments.h"

#include <cmath>
#include <cstdio>

#include "engine/go/coord.h"

namespace m37 {

const char* keyMomentKindName(KeyMomentKind k) {
    switch (k) {
        case KeyMomentKind::kSurprise:
            return "surprise";
        case KeyMomentKind::kMistake:
            return "mistake";
        case KeyMomentKind::kTurningPoint:
            return "turning point";
    }
    return "?";
}

namespace {

float blackWinrate(Color mover, float moverWinrate) {
    return mover == kBlack ? moverWinrate : 1.0f - moverWinrate;
}

}  // namespace

std::vector<KeyMoment> findKeyMoments(const std::vector<MoveReview>& moves,
                                      const KeyMomentParams& p) {
    std::vector<KeyMoment> out;
    for (const MoveReview& m : moves) {
        KeyMoment k;
        k.moveNumber = m.moveNumber;
        k.index = m.index;
        k.color = m.color;
        k.move = m.move;
        k.engineMove = m.bestMove;
        k.category = m.category;
        if (m.bestMove != kNullLoc && m.humanPriorBest &&
            *m.humanPriorBest < p.surpriseHumanPrior &&
            (m.move == m.bestMove || m.winrateLost >= p.surpriseMinGain)) {
            KeyMoment s = k;
            s.kind = KeyMomentKind::kSurprise;
            s.value = *m.humanPriorBest;
            out.push_back(s);
        }
        if (int(m.category) >= int(p.minMistake)) {
            KeyMoment s = k;
            s.kind = KeyMomentKind::kMistake;
            s.valueIsPoints = m.pointsLost.has_value();
            s.value = m.pointsLost ? *m.pointsLost : m.winrateLost;
            out.push_back(s);
        }
        const float before = blackWinrate(m.color, m.winrateBefore);
        const float after = blackWinrate(m.color, m.winrateAfter);
        const float delta = after - before;
        const bool crossed = (before - 0.5f) * (after - 0.5f) < 0;
        if (std::fabs(delta) >= p.swing || (crossed && std::fabs(delta) >= p.leadChangeSwing)) {
            KeyMoment s = k;
            s.kind = KeyMomentKind::kTurningPoint;
            s.value = delta;
            s.leadChanged = crossed;
            out.push_back(s);
        }
    }
    return out;
}

std::string describeKeyMoment(const KeyMoment& k, int boardSize) {
    char buf[200];
    const std::string played = gtpVertex(k.move, boardSize);
    const std::string engine = k.engineMove == kNullLoc ? "-" : gtpVertex(k.engineMove, boardSize);
    const char* c = k.color == kBlack ? "B" : "W";
    switch (k.kind) {
        case KeyMomentKind::kSurprise:
            std::snprintf(buf, sizeof buf,
                          "%d %s %s: surprise, engine's %s has human prior %.2g%%%s", k.moveNumber,
                          c, played.c_str(), engine.c_str(), k.value * 100,
                          k.move == k.engineMove ? " (played)" : "");
            break;
        case KeyMomentKind::kMistake:
            if (k.valueIsPoints)
                std::snprintf(buf, sizeof buf, "%d %s %s: %s, lost %.1f pts (best %s)",
                              k.moveNumber, c, played.c_str(), moveCategoryName(k.category),
                              k.value, engine.c_str());
            else
                std::snprintf(buf, sizeof buf, "%d %s %s: %s, lost %.1f%% (best %s)", k.moveNumber,
                              c, played.c_str(), moveCategoryName(k.category), k.value * 100,
                              engine.c_str());
            break;
        case KeyMomentKind::kTurningPoint:
            std::snprintf(buf, sizeof buf, "%d %s %s: turning point, Black %+.1f%%%s", k.moveNumber,
                          c, played.c_str(), k.value * 100,
                          k.leadChanged
                              ? (k.value > 0 ? ", Black takes the lead" : ", White takes the lead")
                              : "");
            break;
    }
    return buf;
}

}  // namespace m37
