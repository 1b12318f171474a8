#include "engine/reason/reason_annotation.h"

#include <algorithm>
#include <chrono>
#include <string_view>

#include "engine/reason/legal_move_mask.h"
#include "engine/reason/tokenizer.h"
#include "engine/review/annotation.h"
#include "engine/review/game_review.h"

namespace m37::reason {

namespace {

constexpr std::string_view kBeginPrefix = "--- move37 reasoning";
constexpr std::string_view kEnd = "--- /move37 reasoning ---";

}  // namespace

std::pair<std::string, std::string> nodeReasoning(const SgfNode& node) {
    const SgfProperty* p = node.find("MZT");
    if (!p || p->values.size() < 2) return {};
    return {p->values[0], p->values[1]};
}

void setNodeReasoning(SgfNode& node, const std::string& model, const std::string& text) {
    node.set("MZT", std::vector<std::string>{model, text});
    const SgfProperty* c = node.find("C");
    std::string comment =
        withoutCommentBlock(c && !c->values.empty() ? c->values.front() : "", kBeginPrefix, kEnd);
    std::string block =
        std::string(kBeginPrefix) + " (" + model + ") ---\n" + text + "\n" + std::string(kEnd);
    node.set("C", comment.empty() ? block : comment + "\n\n" + block);
}

ReasonAnnotationResult annotateReasoning(SgfNode& root, ReasonModel& model,
                                         const ReasonAnnotationParams& p,
                                         const std::function<void(int, int)>& progress,
                                         const std::atomic<bool>* stop) {
    ReasonAnnotationResult r;
    const auto start = std::chrono::steady_clock::now();
    std::string why;
    const std::vector<GameState> line = mainLinePositions(root, &why);
    if (line.empty()) {
        r.error = why.empty() ? "the game's main line cannot be replayed" : why;
        return r;
    }
    const std::vector<SgfNode*> nodes = linePositionNodes(root, line.size(), &why);
    if (nodes.empty()) {
        r.error = why;
        return r;
    }
    const int size = line.front().size();
    if (size != model.params().boardSize) {
        r.error = "the model was trained on " + std::to_string(model.params().boardSize) + "x" +
                  std::to_string(model.params().boardSize) + ", this game is " +
                  std::to_string(size) + "x" + std::to_string(size);
        return r;
    }
    // Position i is the one before move i+1.
    const int first = p.firstMove > 0 ? p.firstMove - 1 : 0;
    const int last =
        p.lastMove > 0 ? std::min<int>(p.lastMove - 1, int(line.size()) - 1) : int(line.size()) - 1;
    const Tokenizer& tok = Tokenizer::instance();
    r.ok = true;
    r.positions = std::max(0, last - first + 1);
    int done = 0;
    for (int i = first; i <= last; ++i, ++done) {
        if (stop && stop->load()) {
            r.stopped = true;
            break;
        }
        SgfNode& node = *nodes[size_t(i)];
        if (nodeReasoning(node).first == p.modelName) {
            ++r.kept;
            continue;
        }
        if (p.maxPositions > 0 && r.generated >= p.maxPositions) {
            r.stopped = true;
            break;
        }
        const GameState& g = line[size_t(i)];
        const std::vector<int> prompt = tok.promptTokens(g, model.params().lastMoveMark);
        if (prompt.empty()) continue;
        SamplingParams s = p.sampling;
        s.seed = p.sampling.seed + uint64_t(i);  // each position its own draw, rerun-stable
        const LegalMoveMask legal(g);            // candidates and answer legal, as in the chat view
        const GenerationResult out = model.generate(prompt, s, {}, stop, legal.filter());
        if (out.stop == StopReason::kCancelled) {
            r.stopped = true;
            break;
        }
        if (out.stop == StopReason::kError) {
            r.ok = false;
            r.error = "position " + std::to_string(i) + ": " + out.error;
            break;
        }
        setNodeReasoning(node, p.modelName, tok.decode(out.tokens));
        ++r.generated;
        r.tokens += int(out.tokens.size());
        if (progress) progress(done + 1, r.positions);
    }
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return r;
}

}  // namespace m37::reason
