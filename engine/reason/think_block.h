#pragma once
// ThinkBlock: the reasoning model's language for thinking about a Go
// position, parsed into steps, and its canonical writer. The text is
//
//   <think>
//   to move: black.
//   fact: white C3 in atari (1 liberty).
//   candidates: D4 C5 E6.
//   try D4: W C5 B E6 W F5 -> black 58%.
//   wait, after W C5 B E6 white has G4: try D4: W C5 B E6 W G4 B G5 -> black 41%.
//   conclusion: E6, black 55%.
//   </think>
//   <answer>E6</answer>
//
// one step a line. Grammar (tokens as Tokenizer splits them; MOVE is a GTP
// vertex of the board, upper-case, or "pass"; N is an integer 0..100;
// COLOR is "black" or "white"; SEQ is one or more "B MOVE" / "W MOVE"):
//   side        = "to move:" COLOR "."
//   fact        = "fact:" ( COLOR MOVE "in atari (1 liberty)"
//                         | COLOR MOVE "has" N "liberties"
//                         | COLOR "can capture" N ("stone"|"stones") "at" MOVE ) "."
//   candidates  = "candidates:" MOVE { MOVE } "."
//   line        = "try" MOVE [ ":" SEQ ] "->" COLOR N "%"
//   reading     = line "."
//   reflection  = "wait," ( [ "after" SEQ ] COLOR "has" MOVE | "deeper" ) ":" line "."
//   conclusion  = "conclusion:" MOVE "," COLOR N "%" "."
// The first step is the side to move and the last the conclusion. A line
// starts with the try move by the side to move; SEQ continues it. A
// reflection's "after SEQ COLOR has MOVE" must be how its line continues
// after the try move. "COLOR N%" is a winrate claim for that colour; the
// step stores it as written (blackPercent() converts). A fact names a chain
// by any one of its stones.
// Threading: plain values and pure functions.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/go/types.h"

namespace m37::reason {

// The kinds of step (one line each) and of fact.
enum class StepKind { kSide, kFact, kCandidates, kReading, kReflection, kConclusion };
enum class FactKind { kAtari, kLiberties, kCapture };

const char* toString(StepKind k);

// One move of a variation, with the colour that plays it.
struct PlayedMove {
    Color color = kBlack;
    Loc move = kPassLoc;
    bool operator==(const PlayedMove&) const = default;
};

// A tactical fact: a chain in atari, a chain with N liberties, or a
// capture of N stones available to a colour by playing a move.
struct Fact {
    FactKind kind = FactKind::kAtari;
    Color color = kBlack;  // owner of the chain; the capturing colour for kCapture
    Loc point = kPassLoc;  // a stone of the chain; the capturing move for kCapture
    int count = 1;         // liberties (1 for atari), or stones captured
    bool operator==(const Fact&) const = default;
};

// One step of a think block. Only the fields of its kind are meaningful
// (and compared); `line` is where the parser found it. Plain value.
struct Step {
    StepKind kind = StepKind::kSide;
    int line = 0;  // 1-based line in the parsed text (0 when built in code); not compared

    Color side = kBlack;          // kSide
    Fact fact;                    // kFact
    std::vector<Loc> candidates;  // kCandidates
    // kReading / kReflection: the try move and how the line continues;
    // kConclusion: the move.
    Loc move = kPassLoc;
    std::vector<PlayedMove> continuation;
    // The winrate claim (reading, reflection, conclusion), as written.
    Color evalColor = kBlack;
    int evalPercent = 50;
    // kReflection: "after SEQ COLOR has MOVE" (refutation set), or
    // "deeper" (refutation empty, after empty).
    std::vector<PlayedMove> after;
    std::optional<PlayedMove> refutation;

    bool hasLine() const { return kind == StepKind::kReading || kind == StepKind::kReflection; }
    bool hasClaim() const { return hasLine() || kind == StepKind::kConclusion; }
    // The claim as Black's winrate in percent.
    int blackPercent() const { return evalColor == kBlack ? evalPercent : 100 - evalPercent; }
    // The moves from the position: the try move (played by `toMove`) and
    // the continuation; the conclusion's move alone; empty otherwise.
    std::vector<PlayedMove> variation(Color toMove) const;

    bool operator==(const Step& o) const;
};

// A parsed (or generated) think block: the steps and the answer, with the
// board size their coordinates belong to. Plain value.
struct ThinkBlock {
    int boardSize = 19;
    std::vector<Step> steps;
    std::optional<Loc> answer;  // absent when the text has no answer
    bool operator==(const ThinkBlock& o) const {
        return boardSize == o.boardSize && steps == o.steps && answer == o.answer;
    }
};

// One problem the parser found, with its 1-based line.
struct ParseError {
    int line = 0;         // 1-based
    std::string message;  // "line 4: expected ..."
};

// What parseThinkBlock found: the steps that parsed (the others are
// errors), whether the tags were in place, and every error.
struct ParseResult {
    ThinkBlock block;
    bool tagsOk = false;  // <think> ... </think> <answer>MOVE</answer>, nothing after
    int stepLines = 0;    // non-empty lines between the think tags
    std::vector<ParseError> errors;
    bool ok() const { return tagsOk && errors.empty(); }
    std::string errorText() const;  // errors joined by newlines
};

ParseResult parseThinkBlock(std::string_view text, int boardSize);

// One step as its canonical line (no newline).
std::string writeStep(const Step& step, int boardSize);
// The canonical text: "<think>\n" steps "\n" each "</think>\n<answer>MOVE</answer>"
// (no answer part when the block has none).
std::string writeThinkBlock(const ThinkBlock& block);
// The block's opening without the close: "<think>\n" then each step and
// "\n" (writeThinkBlock's text up to "</think>"). A think block's head
// (side, facts, candidates) written so is a record that teaches how a block
// starts and nothing about how it ends (trace_writer.h, writeTraceHead).
std::string writeThinkHead(const ThinkBlock& block);

// "D4" / "pass" as the language writes a move.
std::string moveText(Loc move, int boardSize);

}  // namespace m37::reason
