#include "engine/reason/verifier.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace m37::reason {

namespace {

std::string seqText(const std::vector<PlayedMove>& v, int size) {
    std::string s;
    for (const PlayedMove& m : v)
        s += std::string(s.empty() ? "" : " ") + (m.color == kWhite ? "W " : "B ") +
             moveText(m.move, size);
    return s;
}

int percent(float winrate) {
    return int(std::lround(std::clamp(winrate, 0.f, 1.f) * 100));
}

}  // namespace

std::string StepBadge::legalityText() const {
    if (!checkedLegality) return "";
    if (legal) return "legal";
    return "illegal: move " + std::to_string(illegalMove + 1) + " " + why;
}

std::string StepBadge::claimText() const {
    if (!checkedClaim) return "";
    std::string engine = "(engine black " + std::to_string(engineBlack) + "%)";
    if (superseded) return "superseded " + engine;
    if (withinTolerance) return "within tolerance " + engine;
    return "off by " + std::to_string(offBy) + "% " + engine;
}

std::optional<GameState> playVariation(const GameState& position,
                                       const std::vector<PlayedMove>& moves, int* index,
                                       std::string* why) {
    GameState g = position;
    const int size = position.size();
    for (size_t k = 0; k < moves.size(); ++k) {
        const PlayedMove& m = moves[k];
        std::string reason;
        if (m.color != g.toMove()) {
            reason = std::string("out of turn (") + colorName(g.toMove()) + " to play)";
        } else {
            MoveError e = g.play(m.move, m.color);
            if (e != MoveError::kNone) reason = toString(e);
        }
        if (!reason.empty()) {
            if (index) *index = int(k);
            if (why)
                *why = std::string("(") + (m.color == kWhite ? "W " : "B ") +
                       moveText(m.move, size) + "): " + reason;
            return std::nullopt;
        }
    }
    return g;
}

bool factHolds(const GameState& position, const Fact& f) {
    const Board& b = position.board();
    if (!b.onBoard(f.point)) return false;
    switch (f.kind) {
        case FactKind::kAtari:
        case FactKind::kLiberties:
            return b.at(f.point) == f.color && b.libs(f.point) == f.count;
        case FactKind::kCapture: {
            if (b.at(f.point) != kEmpty || position.check(f.point, f.color) != MoveError::kNone)
                return false;
            Board after = b;
            return after.play(f.point, f.color) == f.count;
        }
    }
    return false;
}

Verification verify(const GameState& position, const ParseResult& parsed,
                    const PositionEvaluator& evaluate, const VerifierParams& params,
                    const std::optional<RootReference>& reference) {
    Verification v;
    const int size = position.size();
    const Color toMove = position.toMove();
    for (const ParseError& e : parsed.errors) v.parseErrors.push_back(e.message);

    // Format.
    if (parsed.tagsOk) {
        int good = int(parsed.block.steps.size());
        v.format = parsed.stepLines > 0 ? double(good) / parsed.stepLines : 0.0;
        bool structureBad = false;
        for (const ParseError& e : parsed.errors)
            structureBad |= e.message.find("exactly one") != std::string::npos;
        if (structureBad) v.format *= 0.5;
    }

    // Evaluations are cached by the final position (hash + side to move).
    std::unordered_map<uint64_t, float> cache;
    auto blackWinrate = [&](const GameState& g) {
        uint64_t key = g.board().hash() ^ (g.toMove() == kWhite ? 0x9e3779b97f4a7c15ULL : 0);
        auto it = cache.find(key);
        if (it != cache.end()) return it->second;
        float w = evaluate(g);
        cache.emplace(key, w);
        return w;
    };

    const auto& steps = parsed.block.steps;
    for (size_t i = 0; i < steps.size(); ++i) {
        const Step& s = steps[i];
        StepBadge badge;
        badge.line = s.line;
        badge.kind = s.kind;
        std::optional<GameState> end;
        switch (s.kind) {
            case StepKind::kSide:
                badge.checkedTruth = true;
                badge.truthful = s.side == toMove;
                break;
            case StepKind::kFact:
                badge.checkedTruth = true;
                badge.truthful = factHolds(position, s.fact);
                break;
            case StepKind::kCandidates:
                badge.checkedLegality = true;
                for (size_t k = 0; k < s.candidates.size() && badge.legal; ++k) {
                    MoveError e = position.check(s.candidates[k], toMove);
                    if (e != MoveError::kNone) {
                        badge.legal = false;
                        badge.illegalMove = int(k);
                        badge.why = std::string("(") + moveText(s.candidates[k], size) +
                                    "): " + toString(e);
                    }
                }
                break;
            default: {
                auto var = s.variation(toMove);
                badge.variationText = seqText(var, size);
                badge.checkedLegality = true;
                end = playVariation(position, var, &badge.illegalMove, &badge.why);
                badge.legal = end.has_value();
                break;
            }
        }
        if (s.hasClaim()) {
            badge.claimedBlack = s.blackPercent();
            if (end) {
                badge.checkedClaim = true;
                badge.engineBlack = percent(blackWinrate(*end));
                badge.offBy = std::abs(badge.claimedBlack - badge.engineBlack);
                badge.withinTolerance = badge.offBy <= params.tolerancePercent;
            } else {
                badge.withinTolerance = false;
            }
            if (s.kind == StepKind::kReading)
                for (size_t j = i + 1; j < steps.size(); ++j)
                    if (steps[j].kind == StepKind::kReflection && steps[j].move == s.move)
                        badge.superseded = true;
        }
        if (badge.checkedLegality) {
            ++v.legalChecks;
            v.legalPassed += badge.legal;
        }
        if (s.hasClaim() && !badge.superseded) {
            ++v.claimChecks;
            v.claimsWithin += badge.checkedClaim && badge.withinTolerance;
        }
        if (badge.checkedTruth) {
            ++v.truthChecks;
            v.truthPassed += badge.truthful;
        }
        v.steps.push_back(std::move(badge));
    }
    int checks = v.legalChecks + v.claimChecks + v.truthChecks;
    int passed = v.legalPassed + v.claimsWithin + v.truthPassed;
    v.faithfulness = checks ? double(passed) / checks : 0.0;

    // Accuracy.
    const auto& answer = parsed.block.answer;
    if (answer) {
        std::optional<GameState> after = playVariation(position, {{toMove, *answer}});
        v.answerLegal = after.has_value();
        if (after && reference) {
            float mine;
            auto known = std::find_if(reference->known.begin(), reference->known.end(),
                                      [&](const auto& kv) { return kv.first == *answer; });
            if (*answer == reference->bestMove)
                mine = reference->bestWinrate;
            else if (known != reference->known.end())
                mine = known->second;
            else {
                float black = blackWinrate(*after);
                mine = toMove == kBlack ? black : 1 - black;
            }
            v.answerLoss = std::max(0.f, reference->bestWinrate - mine);
            v.accuracy = std::clamp(1.0 - *v.answerLoss / params.accuracyScale, 0.0, 1.0);
        }
    }
    return v;
}

}  // namespace m37::reason
