#pragma once
// SftExample: one record of a trace file (trace_record.h) as the
// reasoning model's supervised warm-up sees it: the prompt (the position's
// prefix tokens, Tokenizer::promptTokens) and the completion (the think
// block and the answer, strictly tokenized), with where the record came
// from. The held-out split is by record index (isHeldOutRecord), so
// reason-sft and reason-eval agree on it without any shared state.
// Threading: plain values and pure functions.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/reason/trace_record.h"

namespace m37::reason {

struct SftExample {
    std::vector<int> prompt;      // <bos> <sizeN> points <to-move>
    std::vector<int> completion;  // <think> ... </think> <answer> MOVE </answer>
    int record = 0;               // 0-based index of the record in its file
    int line = 0;                 // 1-based line of the record's "record" line
    std::string source;           // the record's source key
};

// Whether record `index` (0-based) is held out when one in `every` is:
// the 10th, 20th, ... (index % every == every - 1). every <= 0: none.
bool isHeldOutRecord(int index, int every);

// The 1-based line of each record's "record" line in a trace file's text,
// in order.
std::vector<int> traceRecordLines(std::string_view text);

// The examples of a trace file's text: every record's position must be
// legal, its think block must tokenize strictly and prompt + completion
// must fit in `context` tokens (context <= 0: no limit); otherwise nullopt
// and *error "NAME:LINE: what" (LINE: the record's think block, or its
// first line). A partial record at the end is ignored. markLastMove: the
// prompts mark the last move's stone (TransformerParams::lastMoveMark).
std::optional<std::vector<SftExample>> parseSftExamples(std::string_view text,
                                                        const std::string& name, int context,
                                                        std::string* error,
                                                        bool markLastMove = false);
std::optional<std::vector<SftExample>> readSftExamples(const std::string& path, int context,
                                                       std::string* error,
                                                       bool markLastMove = false);

// The example as it reads on the board turned by symmetry s (0..7,
// engine/nn/symmetry.h): the prompt's points moved to their images and
// every coordinate of the completion replaced by its image; the record's
// identity kept. Every step of a think block is a statement about points
// and their relations, which a symmetry keeps, so the result is the trace
// of the turned position (the data augmentation of reason-sft --augment).
// The example must come from parseSftExamples (a square board's prompt).
SftExample symmetricExample(const SftExample& e, int s);

// Splits examples by isHeldOutRecord(example.record, every).
void splitHeldOut(const std::vector<SftExample>& all, int every, std::vector<SftExample>* train,
                  std::vector<SftExample>* heldOut);

}  // namespace m37::reason
