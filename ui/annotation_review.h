#pragma once
// The one adapter between annotated SGF (engine/review/annotation, the
// format `move37-engine analyze` writes) and the GUI's whole-game review
// (GameReviewRunner): readStoredReview() turns what readAnnotation() finds
// in a game into the runner's ReviewLine and review, annotationInfoOf()
// says what made a GUI review (engine, networks, visits, date), and
// writeAnnotatedGame() writes the runner's review into a game tree with the
// CLI's writer. Nothing else converts between the two.
// Threading: plain functions over values and trees the caller owns; the
// GUI calls them on its thread (they only read and write trees, no engine).
#include <QStringList>
#include <optional>
#include <string>
#include <vector>

#include "engine/review/annotation.h"
#include "engine/review/key_moments.h"
#include "ui/game_review_runner.h"

namespace m37::ui {

// A review read back from a game's main line.
struct StoredReview {
    ReviewLine line;
    ReviewedLine review;
    std::optional<AnnotationInfo> info;  // the root's MZV when readable
    std::vector<KeyMoment> keyMoments;
    int analysed = 0;  // positions with a stored analysis
};

// The annotation of game `root`; nullopt when it holds no readable
// analysed position. Ignored values and a main line that cannot be
// replayed (only when the game has move37 properties) come back in
// `warnings`, one line each ("move 3, MZA: unreadable ...").
std::optional<StoredReview> readStoredReview(const SgfNode& root, QStringList* warnings);

// What a GUI review with these parameters records in MZV: "move37 VERSION",
// the networks' file names ("rollouts" without one), the visits, today.
AnnotationInfo annotationInfoOf(const GameReviewRunParams& params);

// Writes the runner's review into game `root` (a copy the caller then
// saves): the analysed positions of the runner's line that are also the
// first positions of the game's main line (the whole main line when that
// is what was reviewed) go in, with the runner's info (or, lacking one, a
// plain "move37" record). False with `error` when no position of the main
// line has an analysis, or the writer refuses.
bool writeAnnotatedGame(SgfNode& root, const GameReviewRunner& runner,
                        const AnnotationParams& params, std::string* error);

}  // namespace m37::ui
