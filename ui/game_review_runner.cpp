#include "ui/game_review_runner.h"

#include <QThread>

#include "engine/nn/net_loader.h"
#include "ui/annotation_review.h"
#include "ui/game_tree_model.h"
#include "ui/tree_position.h"

namespace m37::ui {

ReviewLine currentReviewLine(const GameTreeModel& model) {
    const SgfNode* end = model.current();
    while (end->child(0)) end = end->child(0);
    TreePosition pos;
    ReviewLine line;
    if (!pos.reset(model.root())) return line;
    pos.moveTo(end);
    line.positions = linePositions(pos.state());
    line.moves = pos.state().moves();
    line.boardSize = pos.state().size();
    return line;
}

const SgfNode* nodeOfMove(const SgfNode& root, const std::vector<MoveRecord>& moves, int moveNumber,
                          int boardSize) {
    const SgfNode* node = &root;
    int played = 0;
    const int target = std::min<int>(moveNumber, int(moves.size()));
    while (played < target) {
        const SgfNode* next = nullptr;
        for (const auto& c : node->children()) {
            const MoveRecord m = nodeMove(*c, boardSize);
            if (m.color == moves[size_t(played)].color && m.loc == moves[size_t(played)].loc) {
                next = c.get();
                break;
            }
        }
        if (next) {
            ++played;
        } else if (node->child(0) && nodeMove(*node->child(0), boardSize).color == kEmpty) {
            next = node->child(0);  // a setup or comment node on the way
        } else {
            break;
        }
        node = next;
    }
    return node;
}

void GameReviewWorker::run(const ReviewLine& line, const GameReviewRunParams& params) {
    Mcts::EvaluatorFactory net = params.network, human = params.human;
    auto load = [this](const std::string& path, Mcts::EvaluatorFactory* factory) {
        if (*factory || path.empty()) return;
        std::string error;
        if (auto n = nn::loadNetwork(path, nn::NNParams{}, &error))
            *factory = n->factory();
        else
            emit warning(tr("The network could not be loaded (%1); the review uses rollouts.")
                             .arg(QString::fromStdString(error)));
    };
    load(params.networkPath, &net);
    load(params.humanPolicyPath, &human);
    SearchParams sp = params.search;
    if (!net) sp.rollouts = true;
    bool completed = false;
    {
        SearchEngine engine(sp, net, human);
        ReviewCallbacks cb;
        cb.progress = [this](int done, int total) { emit progress(done, total); };
        cb.position = [this](const PositionReview& p) { emit positionReviewed(p); };
        cb.move = [this](const MoveReview& m) { emit moveReviewed(m); };
        cb.snapshot = [this](int index, const AnalysisSnapshot& s) {
            emit snapshotReady(index, s);
        };
        GameReview review = reviewGame(line.positions, engine, params.review, cb, cancel_.get());
        completed = !review.cancelled;
    }
    emit finished(completed);
}

GameReviewRunner::GameReviewRunner(QObject* parent) : QObject(parent) {
    qRegisterMetaType<m37::PositionReview>();
    qRegisterMetaType<m37::MoveReview>();
    qRegisterMetaType<m37::AnalysisSnapshot>();
}

GameReviewRunner::~GameReviewRunner() {
    // The worker finishes on its own and its thread deletes itself.
    if (cancel_) cancel_->store(true);
}

void GameReviewRunner::cancel() {
    if (cancel_) cancel_->store(true);
}

void GameReviewRunner::reset() {
    cancel();
    ++generation_;
    line_ = {};
    positions_.clear();
    moves_.clear();
    snapshots_.clear();
    playedHuman_.clear();
    info_.reset();
    done_ = 0;
    running_ = false;
    stored_ = false;
}

void GameReviewRunner::setStored(ReviewLine line, const ReviewedLine& review,
                                 std::optional<AnnotationInfo> info) {
    reset();
    line_ = std::move(line);
    snapshots_ = review.snapshots;
    snapshots_.resize(line_.positions.size());
    playedHuman_ = review.playedHumanPrior;
    playedHuman_.resize(line_.positions.size());
    for (const PositionReview& p : review.positions)
        if (p.analysed) positions_.push_back(p);
    moves_ = review.moves;
    info_ = std::move(info);
    done_ = int(positions_.size());
    stored_ = true;
}

bool GameReviewRunner::start(ReviewLine line, const GameReviewRunParams& params) {
    if (line.positions.empty()) return false;
    cancel();
    const int gen = ++generation_;
    line_ = std::move(line);
    positions_.clear();
    moves_.clear();
    snapshots_.assign(line_.positions.size(), std::nullopt);
    playedHuman_.assign(line_.positions.size(), std::nullopt);
    info_ = annotationInfoOf(params);
    done_ = 0;
    running_ = true;
    stored_ = false;
    ++runsStarted_;
    cancel_ = std::make_shared<std::atomic<bool>>(false);

    auto* thread = new QThread();
    thread->setObjectName("gameReview");
    auto* worker = new GameReviewWorker(cancel_);
    worker->moveToThread(thread);
    connect(thread, &QThread::started, worker,
            [worker, line = line_, params] { worker->run(line, params); });
    connect(worker, &GameReviewWorker::finished, thread, &QThread::quit);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);

    // Results of an older run (cancelled, still finishing) are ignored.
    connect(worker, &GameReviewWorker::progress, this, [this, gen](int done, int total) {
        if (gen != generation_) return;
        done_ = done;
        emit progress(done, total);
    });
    connect(worker, &GameReviewWorker::positionReviewed, this,
            [this, gen](const PositionReview& p) {
                if (gen != generation_) return;
                positions_.push_back(p);
                emit positionReviewed(p);
            });
    connect(worker, &GameReviewWorker::moveReviewed, this, [this, gen](const MoveReview& m) {
        if (gen != generation_) return;
        moves_.push_back(m);
        emit moveReviewed(m);
    });
    connect(worker, &GameReviewWorker::snapshotReady, this,
            [this, gen](int index, const AnalysisSnapshot& s) {
                if (gen != generation_ || index < 0 || size_t(index) >= snapshots_.size()) return;
                snapshots_[size_t(index)] = s;
            });
    connect(worker, &GameReviewWorker::warning, this, [this, gen](const QString& text) {
        if (gen == generation_) emit warning(text);
    });
    connect(worker, &GameReviewWorker::finished, this, [this, gen](bool completed) {
        if (gen != generation_) return;
        running_ = false;
        emit finished(completed);
    });
    emit started(total());
    thread->start();
    return true;
}

}  // namespace m37::ui
