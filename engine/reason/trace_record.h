#pragma once
// Trace datasets: the records `move37-engine reason-traces` writes and the
// reasoning trainers read. Line-oriented UTF-8 text, appended record by
// record (a killed run leaves at most one partial record at the end, which
// readers ignore and the writer cuts off before appending):
//
//   move37-reason-traces 1         magic and version (first line of the file)
//   record                         one block per position
//   source gen-000/selfplay-000003.txt#12@41   where the position comes from (unique key)
//   size 9                         board size
//   rules chinese                  Rules::toString() (komi included)
//   moves B E5 W C3 B pass         the moves from the empty board (may be empty)
//   to-move black
//   search 200 best.m37            visits, the evaluator (file name or "rollouts")
//   think 9                        the count of think-block lines that follow
//   <think>
//   ...
//   <answer>E6</answer>
//   end
//
// The position is the empty board of that size with the moves played in
// order (setup stones are not supported: SGF games with AB/AW are skipped
// by the writer). Threading: plain values and pure functions.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/go/game_state.h"

namespace m37::reason {

inline constexpr int kTraceRecordVersion = 1;
inline constexpr std::string_view kTraceMagic = "move37-reason-traces";

struct TraceRecord {
    std::string source;
    int boardSize = 9;
    Rules rules;
    std::vector<MoveRecord> moves;
    Color toMove = kBlack;
    int visits = 0;
    std::string evaluator;
    std::string think;  // the whole think block text, answer included
    bool operator==(const TraceRecord& o) const;
};

// "move37-reason-traces 1\n".
std::string traceFileHeader();
// One record's text (ends with "end\n").
std::string serializeTraceRecord(const TraceRecord& r);
// The position of a record (nullopt and *error when a move is illegal).
std::optional<GameState> tracePosition(const TraceRecord& r, std::string* error);

// Parses a whole file's text. A partial record at the end is dropped
// (*truncatedAt set to the byte offset where it starts, else to the text's
// size); any other problem: nullopt and *error ("NAME:LINE: what").
std::optional<std::vector<TraceRecord>> parseTraceFile(std::string_view text,
                                                       const std::string& name, std::string* error,
                                                       size_t* truncatedAt = nullptr);
std::optional<std::vector<TraceRecord>> readTraceFile(const std::string& path, std::string* error,
                                                      size_t* truncatedAt = nullptr);

}  // namespace m37::reason
