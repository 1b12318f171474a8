#include "ui/local_reasoner.h"

#include <QFileInfo>
#include <QStringList>

#include "engine/reason/legal_move_mask.h"
#include "engine/reason/reason_model.h"
#include "engine/reason/tokenizer.h"
#include "engine/reason/trace_search.h"
#include "engine/reason/verifier.h"
#include "engine/search/mcts.h"

namespace m37::ui {

namespace {

reason::StopTokens stopTokens() {
    const reason::Tokenizer& t = reason::Tokenizer::instance();
    return {t.eosId(), t.answerCloseId()};
}

}  // namespace

LocalReasoner::LocalReasoner(QObject* parent) : QObject(parent) {
    qRegisterMetaType<m37::ui::LocalRunStats>();
    qRegisterMetaType<QList<m37::ui::ChatBadge>>();
}

LocalReasoner::~LocalReasoner() = default;

void LocalReasoner::ask(const GameState& position, const LocalReasonerParams& params, quint64 id) {
    latest_.store(id);
    cancel_.store(true);  // stops a generation still running; run() clears it
    QMetaObject::invokeMethod(
        this, [this, position, params, id] { run(position, params, id); }, Qt::QueuedConnection);
}

void LocalReasoner::cancel() {
    latest_.store(0);
    cancel_.store(true);
}

void LocalReasoner::load(const QString& path) {
    QMetaObject::invokeMethod(
        this,
        [this, path] {
            std::string error;
            std::shared_ptr<reason::ReasonModel> m =
                reason::ReasonModel::load(path.toStdString(), stopTokens(), &error);
            if (!m) {
                emit loadFailed(QString::fromStdString(error));
                return;
            }
            model_ = std::move(m);
            emit modelReady(QStringLiteral("%1 (%2)").arg(
                QFileInfo(path).fileName(), QString::fromStdString(model_->params().toString())));
        },
        Qt::QueuedConnection);
}

void LocalReasoner::setModel(std::shared_ptr<reason::ReasonModel> model,
                             const QString& description) {
    QMetaObject::invokeMethod(
        this,
        [this, model = std::move(model), description]() mutable {
            model_ = std::move(model);
            emit modelReady(description);
        },
        Qt::QueuedConnection);
}

void LocalReasoner::run(const GameState& position, const LocalReasonerParams& params, quint64 id) {
    LocalRunStats stats;
    if (latest_.load() != id) {
        stats.cancelled = true;
        emit finished(id, stats);
        return;
    }
    cancel_.store(false);
    if (latest_.load() != id) cancel_.store(true);  // cancelled meanwhile
    const reason::Tokenizer& tok = reason::Tokenizer::instance();
    if (!model_) {
        stats.error = tr("no reasoning model is loaded");
    } else if (model_->params().boardSize != position.size()) {
        stats.error = tr("the reasoning model reads %1x%1 boards; this board is %2x%2")
                          .arg(model_->params().boardSize)
                          .arg(position.size());
    }
    std::vector<int> prompt = tok.promptTokens(position, model_ && model_->params().lastMoveMark);
    std::vector<int> forced;
    if (!params.forcedStart.empty()) {
        std::string why;
        auto ids = tok.encodeStrict(params.forcedStart, &why);
        if (!ids)
            stats.error = tr("cannot start the think block with \"%1\": %2")
                              .arg(QString::fromStdString(params.forcedStart),
                                   QString::fromStdString(why));
        else
            forced = *ids;
    }
    if (!stats.error.isEmpty()) {
        emit finished(id, stats);
        return;
    }
    std::vector<int> tokens;
    std::string text;
    auto emitToken = [&](int t) {
        tokens.push_back(t);
        std::string all = tok.decode(tokens);  // appends only: the new text is a suffix
        const QString delta = QString::fromStdString(all.substr(text.size()));
        text = std::move(all);
        emit token(id, delta, t);
        return latest_.load() == id;
    };
    for (int t : forced) emitToken(t);
    prompt.insert(prompt.end(), forced.begin(), forced.end());
    reason::SamplingParams sampling = params.sampling;
    sampling.maxTokens = std::max(1, sampling.maxTokens - int(forced.size()));
    // Candidates, try moves, the conclusion and the answer are legal moves here
    // (the forced start included in what the mask reads).
    const reason::LegalMoveMask legal(position);
    const reason::GenerationResult r = model_->generate(
        prompt, sampling, emitToken, &cancel_,
        [&](std::span<const int>, std::span<float> logits) { legal.apply(tokens, logits); });
    stats.tokens = int(forced.size() + r.tokens.size());
    stats.seconds = r.seconds;
    stats.firstTokenSeconds = r.firstTokenSeconds;
    stats.tokensPerSecond = r.tokensPerSecond();
    stats.cancelled = r.stop == reason::StopReason::kCancelled || latest_.load() != id;
    stats.stop = QString::fromUtf8(reason::stopReasonName(r.stop));
    if (r.stop == reason::StopReason::kError) stats.error = QString::fromStdString(r.error);
    emit finished(id, stats);
}

void LocalReasoner::verify(const GameState& position, const QString& text,
                           const LocalReasonerParams& params, quint64 id) {
    latest_.store(id);
    QMetaObject::invokeMethod(
        this,
        [this, position, text = text.toStdString(), params, id] {
            if (latest_.load() == id) verifyText(position, text, params, id);
        },
        Qt::QueuedConnection);
}

void LocalReasoner::verifyText(const GameState& position, const std::string& text,
                               const LocalReasonerParams& params, quint64 id) {
    const reason::ParseResult parsed = reason::parseThinkBlock(text, position.size());
    if (parsed.block.steps.empty()) return;
    SearchParams sp;
    sp.threads = 1;
    Mcts mcts(sp);  // no network: light rollouts
    const reason::PositionEvaluator search =
        reason::searchEvaluator(mcts, std::max(1, params.verifyVisits));
    // A cancelled request stops searching (its badges are dropped anyway).
    const reason::PositionEvaluator evaluate = [&](const GameState& g) {
        return latest_.load() == id ? search(g) : 0.5f;
    };
    reason::VerifierParams vp;
    vp.tolerancePercent = params.tolerancePercent;
    const reason::Verification v = reason::verify(position, parsed, evaluate, vp);
    if (latest_.load() != id) return;
    QList<ChatBadge> out;
    for (size_t i = 0; i < v.steps.size(); ++i) {
        const reason::StepBadge& b = v.steps[i];
        ChatBadge c;
        c.blockIndex = int(i);
        c.ok = b.legal && (!b.checkedClaim || b.withinTolerance || b.superseded) && b.truthful;
        QStringList parts;
        if (b.checkedLegality) parts << QString::fromStdString(b.legalityText());
        if (b.checkedClaim) parts << QString::fromStdString(b.claimText());
        if (b.checkedTruth) parts << (b.truthful ? tr("true") : tr("not true on the board"));
        c.text = parts.join(QStringLiteral(" · "));
        if (c.text.isEmpty()) continue;
        out << c;
    }
    emit badges(id, out);
}

}  // namespace m37::ui
