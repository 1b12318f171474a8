#include "engine/reason/reason_eval.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "engine/reason/think_block.h"
#include "engine/reason/tokenizer.h"

namespace m37::reason {

ReasonEvalItem evaluateCompletion(const GameState& position, const std::vector<int>& completion,
                                  const PositionEvaluator& evaluate,
                                  const std::optional<RootReference>& reference,
                                  const VerifierParams& params, Verification* verification,
                                  std::optional<Loc>* answer) {
    const Tokenizer& tok = Tokenizer::instance();
    ReasonEvalItem item;
    auto close = std::find(completion.begin(), completion.end(), tok.thinkCloseId());
    item.thinkTokens =
        int(close == completion.end() ? completion.size() : size_t(close - completion.begin()) + 1);
    const ParseResult parsed = parseThinkBlock(tok.decode(completion), position.size());
    item.formatOk = parsed.ok();
    Verification v = verify(position, parsed, evaluate, params, reference);
    item.answerLegal = v.answerLegal;
    item.answerIsBest = v.answerLegal && reference && parsed.block.answer &&
                        *parsed.block.answer == reference->bestMove;
    item.winrateLoss = v.answerLoss;
    item.legalChecks = v.legalChecks;
    item.legalPassed = v.legalPassed;
    item.claimChecks = v.claimChecks;
    item.claimsWithin = v.claimsWithin;
    if (answer) *answer = parsed.block.answer;
    if (verification) *verification = std::move(v);
    return item;
}

std::optional<RootReference> traceReference(const TraceRecord& record) {
    const ParseResult parsed = parseThinkBlock(record.think, record.boardSize);
    if (!parsed.block.answer) return std::nullopt;
    for (auto it = parsed.block.steps.rbegin(); it != parsed.block.steps.rend(); ++it) {
        if (it->kind != StepKind::kConclusion) continue;
        RootReference ref;
        ref.bestMove = *parsed.block.answer;
        const int black = it->blackPercent();
        ref.bestWinrate = float(record.toMove == kBlack ? black : 100 - black) / 100.0f;
        return ref;
    }
    return std::nullopt;
}

std::optional<RootReference> searchReference(const AnalysisSnapshot& search) {
    if (search.candidates.empty()) return std::nullopt;
    RootReference ref;
    ref.bestMove = search.candidates.front().move;
    ref.bestWinrate = search.candidates.front().winrate;
    for (const CandidateMove& c : search.candidates)
        if (c.visits > 0) ref.known.push_back({c.move, c.winrate});
    return ref;
}

void ReasonEvalSummary::add(const ReasonEvalItem& item) {
    ++n_;
    best_ += item.answerIsBest;
    legal_ += item.answerLegal;
    formatOk_ += item.formatOk;
    if (item.winrateLoss) {
        ++lossCount_;
        lossSum_ += *item.winrateLoss;
    }
    legalChecks_ += item.legalChecks;
    legalPassed_ += item.legalPassed;
    claimChecks_ += item.claimChecks;
    claimsWithin_ += item.claimsWithin;
    thinkTokens_ += item.thinkTokens;
    tokens_ += item.tokens;
    seconds_ += item.seconds;
    firstTokenSeconds_ += item.firstTokenSeconds;
    if (item.preference) {
        ++prefCount_;
        prefSum_ += *item.preference;
        prefTop_ += *item.preference >= 0.9999f;
    }
}

namespace {
double pct(double a, double b) {
    return b > 0 ? 100.0 * a / b : 0.0;
}
}  // namespace

void PairedAgreement::add(bool firstRight, bool secondRight) {
    if (firstRight && secondRight)
        ++both;
    else if (firstRight)
        ++onlyFirst;
    else if (secondRight)
        ++onlySecond;
    else
        ++neither;
}

double PairedAgreement::firstPercent() const {
    return pct(both + onlyFirst, positions());
}
double PairedAgreement::secondPercent() const {
    return pct(both + onlySecond, positions());
}

double PairedAgreement::mcnemarP() const {
    // Two-sided exact binomial test of the discordant pairs at p = 1/2,
    // summed in log space so that large counts do not overflow.
    const int n = onlyFirst + onlySecond, k = std::min(onlyFirst, onlySecond);
    if (n == 0) return 1.0;
    double tail = 0;
    for (int i = 0; i <= k; ++i)
        tail += std::exp(std::lgamma(n + 1.0) - std::lgamma(i + 1.0) - std::lgamma(n - i + 1.0) -
                         n * std::log(2.0));
    return std::min(1.0, 2 * tail);
}

double ReasonEvalSummary::answerBestPercent() const {
    return pct(best_, n_);
}
double ReasonEvalSummary::meanWinrateLoss() const {
    return lossCount_ ? lossSum_ / lossCount_ : 0.0;
}
double ReasonEvalSummary::answerLegalPercent() const {
    return pct(legal_, n_);
}
double ReasonEvalSummary::formatOkPercent() const {
    return pct(formatOk_, n_);
}
double ReasonEvalSummary::stepsLegalPercent() const {
    return pct(legalPassed_, legalChecks_);
}
double ReasonEvalSummary::claimsWithinPercent() const {
    return pct(claimsWithin_, claimChecks_);
}
double ReasonEvalSummary::meanThinkTokens() const {
    return n_ ? double(thinkTokens_) / n_ : 0.0;
}
double ReasonEvalSummary::tokensPerSecond() const {
    return seconds_ > 0 ? double(tokens_) / seconds_ : 0.0;
}
double ReasonEvalSummary::meanFirstTokenMs() const {
    return n_ ? 1000.0 * firstTokenSeconds_ / n_ : 0.0;
}

double ReasonEvalSummary::preferenceTopPercent() const {
    return pct(prefTop_, prefCount_);
}
double ReasonEvalSummary::meanPreference() const {
    return prefCount_ ? prefSum_ / prefCount_ : 0.0;
}

std::string ReasonEvalSummary::table(int tolerancePercent) const {
    char buf[1024];
    std::snprintf(buf, sizeof buf,
                  "positions                   %d\n"
                  "answer = engine's best      %.1f%%\n"
                  "mean winrate loss           %.1f%% (%d answers)\n"
                  "answer legal                %.1f%%\n"
                  "format OK                   %.1f%%\n"
                  "steps legal                 %.1f%% (%d checks)\n"
                  "claims within %d%%           %.1f%% (%d claims)\n"
                  "mean think length           %.1f tokens\n"
                  "tokens/s                    %.1f (first token %.0f ms)\n",
                  n_, answerBestPercent(), 100 * meanWinrateLoss(), lossCount_,
                  answerLegalPercent(), formatOkPercent(), stepsLegalPercent(), legalChecks_,
                  tolerancePercent, claimsWithinPercent(), claimChecks_, meanThinkTokens(),
                  tokensPerSecond(), meanFirstTokenMs());
    std::string text = buf;
    if (prefCount_ > 0) {
        std::snprintf(buf, sizeof buf,
                      "answer = preference's top   %.1f%%\n"
                      "mean preference             %.3f (p(answer) / p(top))\n",
                      preferenceTopPercent(), meanPreference());
        text += buf;
    }
    return text;
}

std::string ReasonEvalSummary::csvHeader() {
    return "positions,answer_best_pct,mean_winrate_loss_pct,answer_legal_pct,format_ok_pct,"
           "steps_legal_pct,claims_within_pct,mean_think_tokens,tokens_per_s,first_token_ms,"
           "preference_top_pct,mean_preference";
}

std::string ReasonEvalSummary::csvRow() const {
    char buf[512];
    std::snprintf(buf, sizeof buf, "%d,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%.1f,%.1f,%.1f,", n_,
                  answerBestPercent(), 100 * meanWinrateLoss(), answerLegalPercent(),
                  formatOkPercent(), stepsLegalPercent(), claimsWithinPercent(), meanThinkTokens(),
                  tokensPerSecond(), meanFirstTokenMs());
    std::string row = buf;
    if (prefCount_ > 0) {
        std::snprintf(buf, sizeof buf, "%.2f,%.4f", preferenceTopPercent(), meanPreference());
        row += buf;
    } else {
        row += ",";  // no preference net: empty columns
    }
    return row;
}

}  // namespace m37::reason
