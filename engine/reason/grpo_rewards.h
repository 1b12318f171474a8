#pragma once
// The rewards GRPO trains the reasoning model on, all computed by program
// (R1-Zero's rule-based rewards), and the group-relative advantages made
// from them. A completion is parsed and verified against its position
// (reason_eval.h, verifier.h), giving three components in [0, 1]:
//   format       tags and grammar (the verifier's format score);
//   accuracy     1 when the answer is the reference's choice (the trace's
//                deep search); otherwise 1 - its winrate loss /
//                accuracyScale, capped at nonBestCap, so that a move the
//                cheaper judge happens to rate as high as the deep search's
//                choice never earns as much as that choice;
//   faithfulness legal variations, claims within tolerance, true facts.
// With RewardKind::kPreference the accuracy term is replaced by how much a
// learned policy (a net trained on people's games) likes the answer:
// p(answer) / p(its favourite move), 0 for an illegal or missing answer: a
// learned preference standing in for human feedback, which the model can
// please without being right. Both terms are measured either way (when a
// preference is given), so either run logs both.
//
// The advantages are Dr. GRPO's: each reward minus its group's mean, not
// divided by the group's spread unless asked (scaleByStd, the original
// GRPO); a group whose rewards are all equal teaches nothing (zero spread).
// Threading: pure functions; the judge and preference callbacks run on the
// caller's thread.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/go/game_state.h"
#include "engine/reason/reason_eval.h"
#include "engine/reason/verifier.h"

namespace m37::nn {
class Evaluator;
}

namespace m37::reason {

enum class RewardKind { kVerifier, kPreference };
const char* toString(RewardKind k);                           // "verifier", "preference"
std::optional<RewardKind> parseRewardKind(std::string_view s);  // the names above

struct RewardParams {
    RewardKind kind = RewardKind::kVerifier;
    double formatWeight = 0.5;
    double accuracyWeight = 1.0;  // the weight of accuracy, or of preference (kPreference)
    double faithfulnessWeight = 0.5;
    double nonBestCap = 0.5;  // the most accuracy an answer other than the reference's earns
    VerifierParams verifier;
};

// How much a learned policy likes `move` in `position`, in [0, 1]
// (p(move) / p(the policy's favourite)).
using MovePreference = std::function<float(const GameState& position, Loc move)>;

// A MovePreference from a network's policy over the legal moves. The
// evaluator must handle the position's board size (else 0).
MovePreference policyPreference(std::shared_ptr<nn::Evaluator> evaluator);

// The move a network's policy likes most in a position (the policy is
// masked to legal moves); nullopt when the evaluator does not handle the
// board size. reason-eval's yardstick: how often a net's raw policy alone
// names the reference's move.
using MoveChoice = std::function<std::optional<Loc>(const GameState& position)>;
MoveChoice policyChoice(std::shared_ptr<nn::Evaluator> evaluator);

struct RewardBreakdown {
    double format = 0, accuracy = 0, faithfulness = 0;
    std::optional<double> preference;  // when a preference was given
    double total = 0;
    ReasonEvalItem item;  // what reason-eval would say of the completion
};

// Scores one completion (token ids) of `position`. `preference` may be
// empty unless params.kind is kPreference.
RewardBreakdown computeReward(const GameState& position, const std::vector<int>& completion,
                              const PositionEvaluator& judge,
                              const std::optional<RootReference>& reference,
                              const MovePreference& preference, const RewardParams& params);

struct GroupAdvantages {
    std::vector<double> advantages;  // one per reward, in order
    double mean = 0, stddev = 0;
    bool zeroSpread = false;  // all rewards equal: every advantage 0
};

GroupAdvantages groupAdvantages(const std::vector<double>& rewards, bool scaleByStd);

}  // namespace m37::reason
