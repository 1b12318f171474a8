#pragma once
// The move-37 finder: from a reviewed game line, the moments worth looking
// at — surprises (the engine's choice has a human-policy prior below a
// threshold: AlphaGo's move 37 was about 1 in 10,000), mistakes (a move
// at or above a category, by the review's KaTrain thresholds) and turning
// points (Black's winrate swings by more than a threshold, or crosses 50%
// by a smaller but real amount: the lead changes hands). Pure functions
// over MoveReviews; safe from any thread.
#include <string>
#include <vector>

#include "engine/review/game_review.h"

namespace m37 {

enum class KeyMomentKind { kSurprise, kMistake, kTurningPoint };
// "surprise", "mistake", "turning point".
const char* keyMomentKindName(KeyMomentKind k);

struct KeyMomentParams {
    // The engine's choice is a surprise below this human prior, when the
    // move was played or it was worth at least `surpriseMinGain` of winrate
    // over the move played (a low-prior choice the played move nearly
    // matches is noise, not a moment: a weak search's top move often has a
    // low human prior).
    float surpriseHumanPrior = 0.01f;
    float surpriseMinGain = 0.03f;
    // Mistakes from this category up.
    MoveCategory minMistake = MoveCategory::kMistake;
    // A turning point: Black's winrate moves by at least `swing`, or by at
    // least `leadChangeSwing` across 50%.
    float swing = 0.20f;
    float leadChangeSwing = 0.05f;
};

struct KeyMoment {
    KeyMomentKind kind = KeyMomentKind::kSurprise;
    int moveNumber = 0;  // 1-based, the move played
    int index = 0;       // position before the move (MoveReview::index)
    Color color = kBlack;
    Loc move = kPassLoc;        // the move played
    Loc engineMove = kNullLoc;  // the engine's choice
    // Surprise: the human prior of the engine's choice; mistake: points
    // lost (winrate lost when no score); turning point: Black's winrate
    // change (after - before).
    float value = 0;
    bool valueIsPoints = false;  // mistakes: value in points, else winrate
    MoveCategory category = MoveCategory::kGood;
    bool leadChanged = false;  // turning points: the lead changed hands
};

// Every key moment of the moves, in move order (a move can be several kinds:
// surprise before mistake before turning point).
std::vector<KeyMoment> findKeyMoments(const std::vector<MoveReview>& moves,
                                      const KeyMomentParams& params = {});

// One line for a moment, e.g. "37 B C3: surprise, engine's C3 has human
// prior 0.02%" or "54 W D4: blunder, lost 12.1 pts (best Q16)".
std::string describeKeyMoment(const KeyMoment& k, int boardSize);

}  // namespace m37
