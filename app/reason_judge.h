#pragma once
// ReasonJudge: what reason-eval and reason-grpo judge a reasoning model's
// completions with: a search of a fixed number of visits with an engine
// net (or light rollouts without one) that scores claims and answers from
// a line's end, and, when a preference net is named, that net's liking of
// an answer (grpo_rewards.h); also each net's raw-policy favourite, for
// reason-eval's yardstick. Owns the search and the nets.
// Threading: one thread uses a judge (the search is driven from the
// caller's thread).
#include <cstdint>
#include <memory>
#include <string>

#include "engine/nn/net_loader.h"
#include "engine/reason/grpo_rewards.h"
#include "engine/search/mcts.h"

namespace m37::app {

class ReasonJudge {
  public:
    // nullptr and *error ("FILE: what") when a net cannot be loaded.
    // weights and preferenceNet may be empty.
    static std::unique_ptr<ReasonJudge> make(const std::string& weights, int64_t visits,
                                             uint64_t seed, const std::string& preferenceNet,
                                             std::string* error);

    const reason::PositionEvaluator& evaluator() const { return evaluate_; }
    const reason::MovePreference& preference() const { return preference_; }  // empty without a net
    // The raw policy's favourite move of the engine net and of the
    // preference net (reason::policyChoice); empty without that net.
    const reason::MoveChoice& netChoice() const { return netChoice_; }
    const reason::MoveChoice& preferenceChoice() const { return preferenceChoice_; }
    // The search behind evaluator() (for a fresh reference search).
    Mcts& search() { return *mcts_; }
    // "zero-9x9.m37, 16 visits" or "rollouts, 16 visits".
    const std::string& name() const { return name_; }
    // The preference net's file name ("player-9x9.m37"), empty without one.
    const std::string& preferenceName() const { return preferenceName_; }

  private:
    ReasonJudge() = default;
    std::shared_ptr<nn::LoadedNetwork> net_, preferenceNet_;
    std::unique_ptr<Mcts> mcts_;
    reason::PositionEvaluator evaluate_;
    reason::MovePreference preference_;
    reason::MoveChoice netChoice_, preferenceChoice_;
    std::string name_, preferenceName_;
};

}  // namespace m37::app
