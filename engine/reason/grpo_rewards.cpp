#include "engine/reason/grpo_rewards.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include "engine/nn/evaluator.h"

namespace m37::reason {

const char* toString(RewardKind k) {
    return k == RewardKind::kPreference ? "preference" : "verifier";
}

std::optional<RewardKind> parseRewardKind(std::string_view s) {
    if (s == "verifier") return RewardKind::kVerifier;
    if (s == "preference") return RewardKind::kPreference;
    return std::nullopt;
}

MovePreference policyPreference(std::shared_ptr<nn::Evaluator> evaluator) {
    return [evaluator](const GameState& position, Loc move) -> float {
        if (!evaluator->capabilities().supports(position.size())) return 0.f;
        const nn::EvalOutput out = evaluator->evaluate(position);
        const int i = nn::policyIndex(move, position.size());
        if (i < 0 || size_t(i) >= out.policy.size()) return 0.f;
        const float top = *std::max_element(out.policy.begin(), out.policy.end());
        return top > 0 ? std::clamp(out.policy[size_t(i)] / top, 0.f, 1.f) : 0.f;
    };
}

MoveChoice policyChoice(std::shared_ptr<nn::Evaluator> evaluator) {
    return [evaluator](const GameState& position) -> std::optional<Loc> {
        if (!evaluator->capabilities().supports(position.size())) return std::nullopt;
        const nn::EvalOutput out = evaluator->evaluate(position);
        if (out.policy.empty()) return std::nullopt;
        const auto top = std::max_element(out.policy.begin(), out.policy.end());
        return nn::policyLoc(int(top - out.policy.begin()), position.size());
    };
}

RewardBreakdown computeReward(const GameState& position, const std::vector<int>& completion,
                              const PositionEvaluator& judge,
                              const std::optional<RootReference>& reference,
                              const MovePreference& preference, const RewardParams& params) {
    RewardBreakdown r;
    Verification v;
    std::optional<Loc> answer;
    r.item = evaluateCompletion(position, completion, judge, reference, params.verifier, &v,
                                &answer);
    r.format = v.format;
    r.accuracy = r.item.answerIsBest ? 1.0 : std::min(params.nonBestCap, v.accuracy);
    r.faithfulness = v.faithfulness;
    if (preference) {
        r.preference = r.item.answerLegal && answer ? double(preference(position, *answer)) : 0.0;
        r.item.preference = float(*r.preference);
    }
    const double main = params.kind == RewardKind::kPreference ? r.preference.value_or(0.0)
                                                               : r.accuracy;
    r.total = params.formatWeight * r.format + params.accuracyWeight * main +
              params.faithfulnessWeight * r.faithfulness;
    return r;
}

GroupAdvantages groupAdvantages(const std::vector<double>& rewards, bool scaleByStd) {
    GroupAdvantages g;
    g.advantages.assign(rewards.size(), 0.0);
    if (rewards.empty()) {
        g.zeroSpread = true;
        return g;
    }
    double sum = 0;
    for (double x : rewards) sum += x;
    g.mean = sum / double(rewards.size());
    double var = 0;
    for (double x : rewards) var += (x - g.mean) * (x - g.mean);
    g.stddev = std::sqrt(var / double(rewards.size()));
    const auto [lo, hi] = std::minmax_element(rewards.begin(), rewards.end());
    g.zeroSpread = *hi - *lo < 1e-9;
    if (g.zeroSpread) return g;
    for (size_t i = 0; i < rewards.size(); ++i) {
        g.advantages[i] = rewards[i] - g.mean;
        if (scaleByStd) g.advantages[i] /= g.stddev + 1e-4;
    }
    return g;
}

}  // namespace m37::reason
