#include "app/reason_judge.h"

#include "engine/reason/trace_search.h"

namespace m37::app {

namespace {

std::string baseName(const std::string& path) {
    return path.substr(path.find_last_of('/') + 1);  // npos + 1 == 0: the whole path
}

}  // namespace

std::unique_ptr<ReasonJudge> ReasonJudge::make(const std::string& weights, int64_t visits,
                                               uint64_t seed, const std::string& preferenceNet,
                                               std::string* error) {
    std::unique_ptr<ReasonJudge> j(new ReasonJudge);
    SearchParams sp;
    sp.threads = 1;
    sp.seed = seed;
    sp.rollouts = weights.empty();
    nn::NNParams np;
    np.batchSize = sp.batchSize;
    np.seed = seed;
    if (!weights.empty() && !(j->net_ = nn::loadNetwork(weights, np, error))) return nullptr;
    j->mcts_ = std::make_unique<Mcts>(sp, j->net_ ? j->net_->factory() : Mcts::EvaluatorFactory{});
    j->evaluate_ = reason::searchEvaluator(*j->mcts_, visits);
    if (j->net_) j->netChoice_ = reason::policyChoice(j->net_->heatmapEvaluator(-1));
    j->name_ = (weights.empty() ? std::string("rollouts") : baseName(weights)) + ", " +
               std::to_string(visits) + " visits";
    if (!preferenceNet.empty()) {
        if (!(j->preferenceNet_ = nn::loadNetwork(preferenceNet, np, error))) return nullptr;
        std::shared_ptr<nn::Evaluator> policy = j->preferenceNet_->heatmapEvaluator(-1);
        j->preference_ = reason::policyPreference(policy);
        j->preferenceChoice_ = reason::policyChoice(policy);
        j->preferenceName_ = baseName(preferenceNet);
    }
    return j;
}

}  // namespace m37::app
