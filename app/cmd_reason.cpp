// move37-engine reason: the reasoning model thinks about one position of
// an SGF game and streams its think block and answer to stdout, token by
// token as text, then a line with the token count, time, speed and time
// to first token.
//   reason --model F --sgf FILE --move N [--temperature T] [--max-tokens K]
//          [--legal-moves on|off]
// --move N is the position after the game's first N moves (0: the start),
// the side to move being the one that played move N+1 (or the other
// colour than move N's at the game's end).
#include <cstdio>
#include <string>

#include <boost/program_options.hpp>

#include "app/command_options.h"
#include "app/commands.h"
#include "app/stop_signal.h"
#include "engine/reason/legal_move_mask.h"
#include "engine/reason/reason_model.h"
#include "engine/reason/tokenizer.h"
#include "engine/sgf/sgf_game.h"

namespace po = boost::program_options;

namespace m37::app {

int runReason(int argc, char** argv) {
    std::string modelPath, sgfPath, legalMoves = "on";
    int move = -1, maxTokens = 0, threads = 1;
    double temperature = 0.7, topP = 0.95;
    uint64_t seed = 1;
    po::options_description opts("reason options");
    opts.add_options()("help,h", "this help")("model,m", po::value(&modelPath),
                                              "reasoning model (.m37)")("sgf", po::value(&sgfPath),
                                                                        "the game")(
        "move", po::value(&move), "the position after the first N moves (0: the start)")(
        "temperature,t", po::value(&temperature)->default_value(temperature),
        "sampling temperature (0: greedy)")("top-p", po::value(&topP)->default_value(topP),
                                            "nucleus of sampling")(
        "max-tokens", po::value(&maxTokens)->default_value(maxTokens),
        "tokens to generate at most (0: up to the context)")(
        "seed", po::value(&seed)->default_value(seed), "sampling seed")(
        "legal-moves", po::value(&legalMoves)->default_value(legalMoves),
        "on: candidates, try moves, the conclusion and the answer are drawn among the "
        "position's legal moves; off: unconstrained")(
        "threads", po::value(&threads)->default_value(threads), "LibTorch intra-op threads");
    po::variables_map vm;
    if (auto code = parseCommandOptions(argc, argv, "reason", opts, vm)) return *code;
    if (modelPath.empty() || sgfPath.empty() || move < 0) {
        std::fprintf(stderr, "reason: --model F, --sgf FILE and --move N (>= 0) are required\n");
        return 2;
    }
    bool legalOnly = true;
    if (!readOnOff("reason", "legal-moves", legalMoves, &legalOnly)) return 2;
    if (temperature < 0 || topP <= 0 || topP > 1 || maxTokens < 0 || threads < 1) {
        std::fprintf(stderr, "reason: bad --temperature/--top-p/--max-tokens/--threads\n");
        return 2;
    }

    const reason::Tokenizer& tok = reason::Tokenizer::instance();
    std::string err;
    reason::ReasonModel::setThreads(threads);
    auto model = reason::ReasonModel::load(modelPath, {tok.eosId(), tok.answerCloseId()}, &err);
    if (!model) {
        std::fprintf(stderr, "reason: %s\n", err.c_str());
        return 1;
    }
    SgfReplayOptions ro;
    ro.untilMove = move + 1;
    SgfReplay game = loadSgfFile(sgfPath, ro);
    if (!game.ok) {
        std::fprintf(stderr, "reason: %s: %s\n", sgfPath.c_str(), game.error.c_str());
        return 1;
    }
    if (game.movesPlayed < move) {
        std::fprintf(stderr, "reason: %s: --move %d: the game has only %d moves\n", sgfPath.c_str(),
                     move, game.movesPlayed);
        return 1;
    }
    const int size = game.state.size();
    if (size != model->params().boardSize)
        std::fprintf(stderr, "reason: note: the model was trained on %dx%d, this game is %dx%d\n",
                     model->params().boardSize, model->params().boardSize, size, size);
    // game.toMove, not the state's: the SGF's PL may set who plays.
    const Loc last = model->params().lastMoveMark ? game.state.lastMove() : kNullLoc;
    const std::vector<int> prompt = tok.promptTokens(game.state.board(), game.toMove, last);
    if (prompt.empty()) {
        std::fprintf(stderr, "reason: %s: a %dx%d board is too large for the model\n",
                     sgfPath.c_str(), size, size);
        return 1;
    }
    reason::SamplingParams sampling;
    sampling.temperature = temperature;
    sampling.topP = topP;
    sampling.seed = seed;
    sampling.maxTokens = maxTokens > 0 ? maxTokens : model->params().context;

    StopSignal stop("");
    std::atomic<bool>& cancel = StopSignal::flag();
    // Canonical spacing needs the neighbours: print the decoded text of
    // everything so far minus what was printed.
    const reason::LegalMoveMask legal(game.state, game.toMove);
    std::vector<int> sofar;
    std::string printed;
    const reason::GenerationResult g = model->generate(
        prompt, sampling,
        [&](int token) {
            sofar.push_back(token);
            const std::string text = tok.decode(sofar);
            if (text.size() >= printed.size() && text.compare(0, printed.size(), printed) == 0) {
                std::fputs(text.c_str() + printed.size(), stdout);
            } else {
                std::fputs(("\n" + text).c_str(), stdout);  // spacing changed: start over
            }
            printed = text;
            std::fflush(stdout);
            return true;
        },
        &cancel, legal.filter(legalOnly));
    if (g.stop == reason::StopReason::kError) {
        std::fprintf(stderr, "\nreason: %s\n", g.error.c_str());
        return 1;
    }
    std::printf("\n%zu tokens, %.2f s, %.1f tok/s, first token %.0f ms (%s)\n", g.tokens.size(),
                g.seconds, g.tokensPerSecond(), 1000 * g.firstTokenSeconds,
                reason::stopReasonName(g.stop));
    return g.stop == reason::StopReason::kCancelled ? 1 : 0;
}

}  // namespace m37::app
