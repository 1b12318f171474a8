#pragma once
// Helpers of the SFT, GRPO and evaluation tests: a small trace file of 5x5
// positions whose think blocks are short and canonical (the writer's
// text), so a tiny model can learn them in a few steps; a completion's
// tokens; text replacement.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/go/coord.h"
#include "engine/reason/tokenizer.h"
#include "engine/reason/trace_record.h"

namespace m37::reason::test {

// Record i: a few moves on 5x5 (so positions differ), then Black or White
// to move with a think block that names two candidates and concludes on
// the first.
inline TraceRecord smallRecord(int i) {
    static const char* kOpen[][2] = {{"C3", "B2"}, {"B4", "D2"}, {"C2", "C4"}, {"D3", "B3"},
                                     {"B2", "D4"}, {"D4", "B4"}, {"C4", "D2"}, {"B3", "C2"}};
    TraceRecord r;
    r.source = "test#" + std::to_string(i);
    r.boardSize = 5;
    r.rules = *Rules::preset("chinese");
    const int n = i % 3;  // 0..2 moves played
    const char* pre[] = {"A1", "E5", "A5"};
    for (int k = 0; k < n; ++k)
        r.moves.push_back({k % 2 == 0 ? kBlack : kWhite, *parseGtpVertex(pre[k], 5)});
    r.toMove = n % 2 == 0 ? kBlack : kWhite;
    r.visits = 8;
    r.evaluator = "test";
    const char* a = kOpen[i % 8][0];
    const char* b = kOpen[i % 8][1];
    const std::string side = r.toMove == kBlack ? "black" : "white";
    const std::string other = r.toMove == kBlack ? "W" : "B";
    const int pct = 40 + (i * 7) % 30;
    r.think = "<think>\nto move: " + side + ".\ncandidates: " + a + " " + b + ".\ntry " + a + ": " +
              other + " " + b + " -> black " + std::to_string(pct) + "%.\nconclusion: " + a +
              ", black " + std::to_string(pct) + "%.\n</think>\n<answer>" + a + "</answer>\n";
    return r;
}

// The tokens of a text without its final newline (as the model writes it).
inline std::vector<int> completionIds(std::string text) {
    while (!text.empty() && text.back() == '\n') text.pop_back();
    auto v = Tokenizer::instance().encodeStrict(text);
    EXPECT_TRUE(v) << text;
    return v ? *v : std::vector<int>{};
}

inline std::string replaceAll(std::string s, const std::string& from, const std::string& to) {
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

inline std::string smallTraceFile(int records) {
    std::string text = traceFileHeader();
    for (int i = 0; i < records; ++i) text += serializeTraceRecord(smallRecord(i));
    return text;
}

}  // namespace m37::reason::test
