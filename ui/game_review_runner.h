#pragma once
// GameReviewRunner: "analyse whole game" in the background. start() takes
// the positions of a line (ReviewLine, made on the GUI thread) and runs
// reviewGame (engine/review) over them in a QThread of its own, with a
// SearchEngine of its own (rollouts without a network, or the network of
// the EvaluatorFactory given). Progress, each position and each reviewed
// move come back as queued signals; finished() ends every run. cancel()
// only asks: the worker stops its search within ReviewParams::pollMs and
// finishes on its own, and the thread deletes itself — nothing ever waits
// for it, the destructor included (it cancels and lets go).
// Threading: GameReviewRunner lives on the GUI thread and is used only
// from there; GameReviewWorker lives on the runner's worker thread.
#include <QObject>
#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "engine/review/annotation.h"
#include "engine/review/game_review.h"
#include "engine/search/search_engine.h"
#include "engine/sgf/sgf_tree.h"
#include "ui/analysis_worker.h"

Q_DECLARE_METATYPE(m37::PositionReview)
Q_DECLARE_METATYPE(m37::MoveReview)

namespace m37::ui {

class GameTreeModel;

// What a review covers: the positions of one line of the game tree and the
// moves played along it (to find its nodes again, see nodeOfMove).
struct ReviewLine {
    std::vector<GameState> positions;
    std::vector<MoveRecord> moves;
    int boardSize = 19;
};
// The line through the model's current node: the path from the root, then
// on along the main line (first children) to its end.
ReviewLine currentReviewLine(const GameTreeModel& model);
// The node where move `moveNumber` of `moves` was played (the root for 0),
// following the moves from the root (nodes without a move are passed
// through along their first child); the deepest node found when the tree no
// longer has the whole line.
const SgfNode* nodeOfMove(const SgfNode& root, const std::vector<MoveRecord>& moves, int moveNumber,
                          int boardSize);

struct GameReviewRunParams {
    ReviewParams review;
    // Search settings; rollouts is forced on when there is no network.
    SearchParams search;
    // The network (and human policy) evaluators; empty: the files below,
    // loaded in the worker thread; none: light rollouts.
    Mcts::EvaluatorFactory network;
    Mcts::EvaluatorFactory human;
    std::string networkPath;
    std::string humanPolicyPath;
};

class GameReviewWorker : public QObject {
    Q_OBJECT

  public:
    explicit GameReviewWorker(std::shared_ptr<std::atomic<bool>> cancel)
        : cancel_(std::move(cancel)) {}
    void run(const ReviewLine& line, const GameReviewRunParams& params);

  signals:
    void progress(int done, int total);
    void positionReviewed(const m37::PositionReview& position);
    void moveReviewed(const m37::MoveReview& move);
    void snapshotReady(int index, const m37::AnalysisSnapshot& snapshot);
    void warning(const QString& text);
    void finished(bool completed);

  private:
    std::shared_ptr<std::atomic<bool>> cancel_;
};

class GameReviewRunner : public QObject {
    Q_OBJECT

  public:
    explicit GameReviewRunner(QObject* parent = nullptr);
    ~GameReviewRunner() override;

    // Starts reviewing `line` (a running review is cancelled first and its
    // later results ignored). False when the line has no position.
    bool start(ReviewLine line, const GameReviewRunParams& params);
    // Asks the running review to stop; finished(false) follows.
    void cancel();
    // Cancels and forgets: the line and results are dropped, and nothing
    // more is signalled for the run.
    void reset();
    bool running() const { return running_; }
    // Puts in a review read back from an annotated file (no search runs):
    // a running review is dropped first. Its results read like those of a
    // finished run; stored() is true until the next start() or reset().
    void setStored(ReviewLine line, const ReviewedLine& review, std::optional<AnnotationInfo> info);
    bool stored() const { return stored_; }
    // Searches started (tests: opening an annotated file starts none).
    int runsStarted() const { return runsStarted_; }

    // The line of the last start() and what came back so far.
    const ReviewLine& line() const { return line_; }
    const std::vector<PositionReview>& positions() const { return positions_; }
    const std::vector<MoveReview>& moves() const { return moves_; }
    int done() const { return done_; }
    int total() const { return int(line_.positions.size()); }
    // The final snapshot of each position of line() (nullopt: not analysed).
    const std::vector<std::optional<AnalysisSnapshot>>& snapshots() const { return snapshots_; }
    // The human prior of the move played from each position, when known
    // apart from the snapshots (a stored review's MZA).
    const std::vector<std::optional<float>>& playedHumanPriors() const { return playedHuman_; }
    // What made the review: a stored review's MZV, or the engine, networks
    // and visits of the last start() (nullopt for a stored review without
    // a readable MZV).
    const std::optional<AnnotationInfo>& info() const { return info_; }

  signals:
    void started(int total);
    void progress(int done, int total);
    void positionReviewed(const m37::PositionReview& position);
    void moveReviewed(const m37::MoveReview& move);
    // A network file could not be loaded (the review runs on rollouts).
    void warning(const QString& text);
    // completed: false when cancelled.
    void finished(bool completed);

  private:
    ReviewLine line_;
    std::vector<PositionReview> positions_;
    std::vector<MoveReview> moves_;
    std::vector<std::optional<AnalysisSnapshot>> snapshots_;
    std::vector<std::optional<float>> playedHuman_;
    std::optional<AnnotationInfo> info_;
    std::shared_ptr<std::atomic<bool>> cancel_;
    int generation_ = 0;
    int done_ = 0;
    int runsStarted_ = 0;
    bool running_ = false;
    bool stored_ = false;
};

}  // namespace m37::ui
