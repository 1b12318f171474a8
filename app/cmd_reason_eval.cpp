// move37-engine reason-eval: a reasoning model on the held-out records of
// a trace file (the split reason-sft uses: one record in --holdout-every,
// by index). For each position it generates a completion and checks it
// with the verifier (engine/reason/reason_eval.h): answer = the engine's
// best move, winrate loss, format, legality of the steps, claims within
// tolerance, think length and speed.
//   reason-eval --model F --traces FILE [--holdout-every 10] [--positions N]
//               [-w NET] [--visits V] [--reference trace|search]
//               [--temperature T] [--preference-net NET] [--csv F] [--baseline M0]
//               [--legal-moves on|off]
// The reference is the trace's own search (its answer and conclusion), or
// with --reference search a fresh search of --visits with -w NET. Claims
// and the winrate of answers other than the best are judged by a search
// of --visits from the line's end (-w NET, else random rollouts). For
// scale, the table ends with how often -w NET's and the preference net's
// raw policy alone (no search) name the reference's move, and with
// --baseline M0 the paired difference against M0 on the same positions
// (McNemar's exact p).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

#include <boost/program_options.hpp>

#include "app/command_options.h"
#include "app/commands.h"
#include "app/reason_judge.h"
#include "app/stop_signal.h"
#include "engine/nn/net_loader.h"
#include "engine/reason/grpo_rewards.h"
#include "engine/reason/legal_move_mask.h"
#include "engine/reason/reason_eval.h"
#include "engine/reason/reason_model.h"
#include "engine/reason/sft_data.h"
#include "engine/reason/tokenizer.h"
#include "engine/reason/trace_record.h"
#include "engine/reason/trace_search.h"

namespace po = boost::program_options;

namespace m37::app {

int runReasonEval(int argc, char** argv) {
    std::string modelPath, traces, weights, csvPath, referenceKind = "trace", preferenceNet,
                                                     baselinePath, legalMoves = "on";
    int holdoutEvery = 10, positions = 0, threads = 1, tolerance = 10, show = 0, maxTokens = 0;
    int64_t visits = 100;
    double temperature = 0, topP = 0.95;
    uint64_t seed = 1;
    po::options_description opts("reason-eval options");
    opts.add_options()("help,h", "this help")("model,m", po::value(&modelPath),
                                              "reasoning model (.m37, reason-sft's model.m37)")(
        "traces", po::value(&traces), "trace file (the one the model was trained on)")(
        "holdout-every", po::value(&holdoutEvery)->default_value(holdoutEvery),
        "the held-out split of reason-sft: records 10, 20, ... (0: every record)")(
        "positions,n", po::value(&positions)->default_value(positions),
        "evaluate the first N held-out records (0: all)")(
        "weights,w", po::value(&weights),
        "engine network for claims and winrate loss (.m37); none: random rollouts")(
        "visits,v", po::value(&visits)->default_value(visits),
        "visits of the searches that judge claims and answers (and of --reference search)")(
        "reference", po::value(&referenceKind)->default_value(referenceKind),
        "the engine's best move: trace (the record's search) or search (a fresh search)")(
        "temperature,t", po::value(&temperature)->default_value(temperature),
        "sampling temperature (0: greedy)")("top-p", po::value(&topP)->default_value(topP),
                                            "nucleus of sampling")(
        "max-tokens", po::value(&maxTokens)->default_value(maxTokens),
        "tokens per completion at most (0: the context)")(
        "tolerance", po::value(&tolerance)->default_value(tolerance),
        "a claim is within tolerance when off by at most this many percent")(
        "threads", po::value(&threads)->default_value(threads), "LibTorch intra-op threads")(
        "seed", po::value(&seed)->default_value(seed), "sampling and search seed")(
        "show", po::value(&show)->default_value(show), "print the first K completions")(
        "preference-net", po::value(&preferenceNet),
        "policy net of people's games (.m37): how often the answer is its favourite")(
        "legal-moves", po::value(&legalMoves)->default_value(legalMoves),
        "on: candidates, try moves, the conclusion and the answer are drawn among the "
        "position's legal moves (as the app does); off: unconstrained")(
        "csv", po::value(&csvPath), "write the figures as CSV (header and one row) to F")(
        "baseline", po::value(&baselinePath),
        "a second model (e.g. the SFT start) answered on the same positions: the paired "
        "difference in agreement and McNemar's exact p");
    po::variables_map vm;
    if (auto code = parseCommandOptions(argc, argv, "reason-eval", opts, vm)) return *code;
    if (modelPath.empty() || traces.empty()) {
        std::fprintf(stderr, "reason-eval: --model F and --traces FILE are required\n");
        return 2;
    }
    bool legalOnly = true;
    if (!readOnOff("reason-eval", "legal-moves", legalMoves, &legalOnly)) return 2;
    if (referenceKind != "trace" && referenceKind != "search") {
        std::fprintf(stderr, "reason-eval: --reference must be trace or search\n");
        return 2;
    }
    if (visits < 1 || threads < 1 || holdoutEvery < 0 || positions < 0 || temperature < 0) {
        std::fprintf(stderr,
                     "reason-eval: bad --visits/--threads/--holdout-every/--positions/"
                     "--temperature\n");
        return 2;
    }

    std::string err;
    const reason::Tokenizer& tok = reason::Tokenizer::instance();
    reason::ReasonModel::setThreads(threads);
    auto model = reason::ReasonModel::load(modelPath, {tok.eosId(), tok.answerCloseId()}, &err);
    if (!model) {
        std::fprintf(stderr, "reason-eval: %s\n", err.c_str());
        return 1;
    }
    std::unique_ptr<reason::ReasonModel> baseline;
    if (!baselinePath.empty() && !(baseline = reason::ReasonModel::load(
                                       baselinePath, {tok.eosId(), tok.answerCloseId()}, &err))) {
        std::fprintf(stderr, "reason-eval: --baseline: %s\n", err.c_str());
        return 1;
    }
    auto records = reason::readTraceFile(traces, &err);
    if (!records) {
        std::fprintf(stderr, "reason-eval: %s\n", err.c_str());
        return 1;
    }
    std::vector<int> chosen;
    for (int i = 0; i < int(records->size()); ++i)
        if (holdoutEvery == 0 || reason::isHeldOutRecord(i, holdoutEvery)) chosen.push_back(i);
    if (positions > 0 && int(chosen.size()) > positions) chosen.resize(size_t(positions));
    if (chosen.empty()) {
        std::fprintf(stderr, "reason-eval: %s: no held-out records\n", traces.c_str());
        return 1;
    }

    // The judge: a search with the net (or rollouts), and the preference net.
    auto judges = ReasonJudge::make(weights, visits, seed, preferenceNet, &err);
    if (!judges) {
        std::fprintf(stderr, "reason-eval: cannot load %s\n", err.c_str());
        return 1;
    }
    const reason::PositionEvaluator& judge = judges->evaluator();
    const reason::MovePreference& preference = judges->preference();
    reason::VerifierParams vp;
    vp.tolerancePercent = tolerance;

    reason::SamplingParams sampling;
    sampling.temperature = temperature;
    sampling.topP = topP;
    sampling.seed = seed;
    StopSignal stop("\nreason-eval: stopping after this position\n");
    reason::ReasonEvalSummary summary;
    int done = 0, skipped = 0;
    // The yardstick: how often each net's raw policy alone names the reference.
    int referenced = 0, netAgrees = 0, preferenceAgrees = 0;
    reason::PairedAgreement paired;  // (baseline, model), with --baseline
    for (int index : chosen) {
        if (stop.requested()) break;
        const reason::TraceRecord& r = (*records)[size_t(index)];
        auto position = reason::tracePosition(r, &err);
        if (!position) {
            std::fprintf(stderr, "reason-eval: %s: record %d: %s\n", traces.c_str(), index + 1,
                         err.c_str());
            ++skipped;
            continue;
        }
        std::optional<reason::RootReference> reference;
        if (referenceKind == "trace")
            reference = reason::traceReference(r);
        else
            reference =
                reason::searchReference(reason::searchForTrace(judges->search(), *position, visits, 0).deep);
        // Each model reads its own kind of prompt; both draw with the same seed.
        const reason::LegalMoveMask legal(*position);
        auto generate = [&](reason::ReasonModel& m) {
            const std::vector<int> prompt = tok.promptTokens(*position, m.params().lastMoveMark);
            sampling.maxTokens = maxTokens > 0 ? maxTokens : m.params().context;
            sampling.seed = seed + uint64_t(index);
            reason::GenerationResult g =
                m.generate(prompt, sampling, {}, nullptr, legal.filter(legalOnly));
            if (g.stop == reason::StopReason::kError)
                std::fprintf(stderr, "reason-eval: record %d: %s\n", index + 1, g.error.c_str());
            return g;
        };
        const reason::GenerationResult g = generate(*model);
        if (g.stop == reason::StopReason::kError) return 1;
        if (reference) {
            ++referenced;
            auto agrees = [&](const reason::MoveChoice& choice) {
                return choice && choice(*position) == std::optional<Loc>(reference->bestMove);
            };
            netAgrees += agrees(judges->netChoice());
            preferenceAgrees += agrees(judges->preferenceChoice());
        }
        std::optional<Loc> answer;
        reason::ReasonEvalItem item =
            reason::evaluateCompletion(*position, g.tokens, judge, reference, vp, nullptr, &answer);
        if (preference)
            item.preference = item.answerLegal && answer ? preference(*position, *answer) : 0.f;
        if (baseline) {
            const reason::GenerationResult b = generate(*baseline);
            if (b.stop == reason::StopReason::kError) return 1;
            // Only whether its answer is the reference's counts here, which
            // needs no judging search: a constant evaluator stands in.
            const reason::PositionEvaluator unjudged = [](const GameState&) { return 0.5f; };
            paired.add(reason::evaluateCompletion(*position, b.tokens, unjudged, reference, vp)
                           .answerIsBest,
                       item.answerIsBest);
        }
        item.tokens = int(g.tokens.size());
        item.seconds = g.seconds;
        item.firstTokenSeconds = g.firstTokenSeconds;
        summary.add(item);
        ++done;
        if (done <= show)
            std::printf(
                "--- record %d (%s), reference %s\n%s\n", index + 1, r.source.c_str(),
                reference ? reason::moveText(reference->bestMove, r.boardSize).c_str() : "-",
                tok.decode(g.tokens).c_str());
        std::fprintf(stderr, "\rreason-eval: %d/%zu  best %.1f%%  format %.1f%%   ", done,
                     chosen.size(), summary.answerBestPercent(), summary.formatOkPercent());
    }
    std::fprintf(stderr, "\n");
    std::printf(
        "reason-eval: %s on %d held-out records of %s (reference: %s; judge: %s, %lld "
        "visits; temperature %g)\n",
        modelPath.c_str(), summary.positions(), traces.c_str(),
        referenceKind == "trace" ? "the trace's search" : "a fresh search",
        weights.empty() ? "rollouts" : weights.c_str(), (long long)visits, temperature);
    std::printf("%s", summary.table(tolerance).c_str());
    // For scale, in the table's layout: each net's raw policy alone.
    auto yardstick = [&](const char* label, const std::string& net, int agreed) {
        std::printf("%-28s%.1f%% (%s's policy, no search)\n", label,
                    referenced ? 100.0 * agreed / referenced : 0.0, net.c_str());
    };
    if (judges->netChoice())
        yardstick("engine net's top = best", std::filesystem::path(weights).filename().string(),
                  netAgrees);
    if (judges->preferenceChoice())
        yardstick("preference's top = best", judges->preferenceName(), preferenceAgrees);
    if (baseline)
        std::printf(
            "%-28s%.1f%% -> %.1f%% (%+.1f points; only the baseline right on %d, only "
            "this model on %d; McNemar exact p = %.3g)\n",
            "against the baseline", paired.firstPercent(), paired.secondPercent(),
            paired.secondPercent() - paired.firstPercent(), paired.onlyFirst, paired.onlySecond,
            paired.mcnemarP());
    if (!csvPath.empty()) {
        std::ofstream csv(csvPath, std::ios::trunc);
        csv << reason::ReasonEvalSummary::csvHeader() << "\n" << summary.csvRow() << "\n";
        if (!csv) {
            std::fprintf(stderr, "reason-eval: %s: cannot write\n", csvPath.c_str());
            return 1;
        }
    }
    return skipped ? 1 : 0;
}

}  // namespace m37::app
