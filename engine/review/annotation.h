#pragma once
// Annotated SGF: a reviewed game line written into the game's own SGF tree
// and read back without running the engine again. Every node of the main
// line gets, for the position it leads to, Sabaki's SBKV (Black's winrate
// in percent) and move37's MZA (visits, Black's winrate and score lead,
// the human prior of the move then played) and MZC (the top candidates);
// every move node gets a short plain-text comment (in a marked block after
// any comment already there), MZM (category, winrate and points lost),
// SGF move markup (TR on the engine's choice, DO/BM by category, HO on key
// moments with MZK naming them) and, as a sibling, the engine's best line
// as a variation named "move37 best line" and marked MZL. The root gets
// MZV (engine, networks, visits, date) and the key moments in its comment.
// The exact format is in the README ("Annotated SGF"). Writing replaces an
// earlier move37 annotation instead of adding a second one; reading ignores
// bad or partial values (hand-edited, truncated) with a warning naming the
// move and the property, never failing on them.
// Threading: pure functions over trees the caller owns; safe to call from
// several threads on different trees.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/go/game_state.h"
#include "engine/review/game_review.h"
#include "engine/review/key_moments.h"
#include "engine/search/analysis_snapshot.h"
#include "engine/sgf/sgf_tree.h"

namespace m37 {

// What the root's MZV records: "move37 0.3.0; net NAME; human NAME;
// visits 200; 2026-11-29" (net "rollouts" without a network; no human
// field without a human policy).
struct AnnotationInfo {
    std::string engine = "move37";
    std::string network = "rollouts";
    std::string humanNetwork;  // "" when none
    int64_t visits = 0;
    std::string date;  // YYYY-MM-DD

    std::string toText() const;
    static std::optional<AnnotationInfo> parse(std::string_view text);
    bool sameAnalysis(const AnnotationInfo& o) const {
        return engine == o.engine && network == o.network && humanNetwork == o.humanNetwork &&
               visits == o.visits;
    }
};

struct AnnotationParams {
    int maxCandidates = 5;            // MZC entries per position
    float minCandidateShare = 0.02f;  // ... with at least this share of the best's visits
    int pvMoves = 8;                  // moves of the best-line variation (0: none)
    ReviewThresholds thresholds;      // categories (reading recomputes them)
    KeyMomentParams keyMoments;
    int maxRootMoments = 30;  // key-moment lines in the root comment
};

// A game line and what is known of each position: what the writer takes and
// the reader gives back.
struct ReviewedLine {
    // One per position of the line (nullopt: not analysed).
    std::vector<std::optional<AnalysisSnapshot>> snapshots;
    // The human prior of the move played from each position (nullopt: unknown
    // or no move): kept apart because a read-back snapshot has no human map.
    std::vector<std::optional<float>> playedHumanPrior;
    std::vector<PositionReview> positions;  // one per position (analysed as known)
    std::vector<MoveReview> moves;          // each move whose two positions are known
    int analysedCount() const;
};

// Reviews what is known: positions and moves from the snapshots (a missing
// playedHuman entry is taken from the snapshot's human map when it has one).
ReviewedLine reviewLine(const std::vector<GameState>& line,
                        std::vector<std::optional<AnalysisSnapshot>> snapshots,
                        const ReviewThresholds& thresholds,
                        const std::vector<std::optional<float>>& playedHuman = {});

// `comment` without the blocks that start at a line beginning with
// `beginPrefix` and end after `end` (to the end of the text when `end` is
// missing), and without the blank lines around them; the text between them
// joined by a blank line. Unchanged without one; applying it again changes
// nothing.
// Shared by the annotation's block and the reasoning block (--reason).
std::string withoutCommentBlock(std::string_view comment, std::string_view beginPrefix,
                                std::string_view end);

// Removes a move37 annotation from the game: the comment blocks, M37*
// properties, SBKV, the markup it recorded in MZR and its analysis
// variations (MZL). Other properties and comments stay.
void clearAnnotation(SgfNode& root);

// Writes `r` (of `line`, the game's main line as mainLinePositions gives it)
// into `root` after clearing an earlier annotation. False with `error` when
// the main line does not match the line (nothing written then).
bool writeAnnotation(SgfNode& root, const std::vector<GameState>& line, const ReviewedLine& r,
                     const AnnotationInfo& info, const AnnotationParams& params,
                     std::string* error);

// A value of the annotation that was ignored.
struct AnnotationWarning {
    int moveNumber = 0;  // the node's move number (0: the root / before the first move)
    std::string property;
    std::string message;
    std::string toString() const;  // "move 12, MZC: bad visits 'x'"
};

struct AnnotationRead {
    bool ok = false;    // false: the game's main line cannot be replayed
    std::string error;  // why (when !ok)
    std::vector<GameState> line;
    ReviewedLine review;
    std::optional<AnnotationInfo> info;  // the root's MZV when readable
    std::vector<KeyMoment> keyMoments;   // recomputed from the review
    std::vector<AnnotationWarning> warnings;
};

// Reads the annotation of a game (its root). A game without one reads as
// ok with no analysed position.
AnnotationRead readAnnotation(const SgfNode& root, const AnnotationParams& params = {});

// The nodes of the main line that hold each position of a line of
// `positions` positions: the parent of the first move node for position 0,
// then each node with B or W. Empty with `error` when the counts differ.
std::vector<SgfNode*> linePositionNodes(SgfNode& root, size_t positions, std::string* error);

}  // namespace m37
