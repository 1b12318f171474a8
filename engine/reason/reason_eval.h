#pragma once
// The held-out evaluation of a reasoning model (`move37-engine
// reason-eval`): each generated completion is parsed and verified against
// the position (verifier.h) and the reference search's verdict, giving a
// ReasonEvalItem; ReasonEvalSummary pools the items into the figures the
// command prints: answer = engine's best move (%), mean winrate loss of
// the answer, answers legal (%), format OK (%), steps legal (%, pooled
// over all legality checks), claims within tolerance (%, pooled over all
// claims), mean think length (tokens) and generation speed.
// Threading: plain values and pure functions (evaluateCompletion calls the
// evaluator on the caller's thread).
#include <optional>
#include <string>
#include <vector>

#include "engine/go/game_state.h"
#include "engine/reason/trace_record.h"
#include "engine/reason/verifier.h"
#include "engine/search/analysis_snapshot.h"

namespace m37::reason {

struct ReasonEvalItem {
    bool formatOk = false;  // tags and every step line parse
    bool answerLegal = false;
    bool answerIsBest = false;  // the answer is the reference's best move
    std::optional<float> winrateLoss;
    int legalChecks = 0, legalPassed = 0;
    int claimChecks = 0, claimsWithin = 0;
    int thinkTokens = 0;  // <think> .. </think> (all tokens when there is no </think>)
    // p(answer) / p(favourite) under a preference net, when one was asked.
    std::optional<float> preference;
    // Generation (set by the caller).
    int tokens = 0;
    double seconds = 0;
    double firstTokenSeconds = 0;
};

// Parses and verifies a completion (token ids; decoded with the tokenizer)
// of `position`. The generation fields are left 0. *verification and
// *answer (when given) receive the verifier's verdict and the parsed answer.
ReasonEvalItem evaluateCompletion(const GameState& position, const std::vector<int>& completion,
                                  const PositionEvaluator& evaluate,
                                  const std::optional<RootReference>& reference,
                                  const VerifierParams& params = {},
                                  Verification* verification = nullptr,
                                  std::optional<Loc>* answer = nullptr);

// The reference a trace record's own search gives: its answer as the best
// move and its conclusion's claim as the best winrate (for the side to
// move); nullopt when the record's think block has no answer or
// conclusion.
std::optional<RootReference> traceReference(const TraceRecord& record);

// The reference a fresh search gives: its first candidate as the best
// move, and the winrates of its visited candidates; nullopt without
// candidates.
std::optional<RootReference> searchReference(const AnalysisSnapshot& search);

// Two models' agreement with the reference on the same positions, paired
// (reason-eval --baseline): how many positions each alone got right, and
// McNemar's exact two-sided p-value: the chance, were both models equally
// good, of the positions only one got right splitting at least this
// unevenly. A gain in agreement counts when p is small.
struct PairedAgreement {
    int both = 0, onlyFirst = 0, onlySecond = 0, neither = 0;
    void add(bool firstRight, bool secondRight);
    int positions() const { return both + onlyFirst + onlySecond + neither; }
    double firstPercent() const;
    double secondPercent() const;
    double mcnemarP() const;
};

class ReasonEvalSummary {
  public:
    void add(const ReasonEvalItem& item);

    int positions() const { return n_; }
    double answerBestPercent() const;
    double meanWinrateLoss() const;  // over answers with a loss (0..1)
    int lossCount() const { return lossCount_; }
    double answerLegalPercent() const;
    double formatOkPercent() const;
    double stepsLegalPercent() const;
    double claimsWithinPercent() const;
    int legalChecks() const { return legalChecks_; }
    int claimChecks() const { return claimChecks_; }
    double meanThinkTokens() const;
    double tokensPerSecond() const;  // all generated tokens over all generation time
    double meanFirstTokenMs() const;
    // Over the items with a preference (0 when none).
    int preferenceCount() const { return prefCount_; }
    double preferenceTopPercent() const;  // the answer is the preference net's favourite
    double meanPreference() const;

    // A two-column table, one figure a line; `tolerancePercent` names the
    // claims' tolerance.
    std::string table(int tolerancePercent) const;
    static std::string csvHeader();
    std::string csvRow() const;

  private:
    int n_ = 0, best_ = 0, legal_ = 0, formatOk_ = 0, lossCount_ = 0;
    double lossSum_ = 0;
    int legalChecks_ = 0, legalPassed_ = 0, claimChecks_ = 0, claimsWithin_ = 0;
    long thinkTokens_ = 0, tokens_ = 0;
    double seconds_ = 0, firstTokenSeconds_ = 0;
    int prefCount_ = 0, prefTop_ = 0;
    double prefSum_ = 0;
};

}  // namespace m37::reason
