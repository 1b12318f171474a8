#include "engine/reason/sft_data.h"

#include <cmath>

#include "engine/go/whole_file.h"
#include "engine/nn/symmetry.h"
#include "engine/reason/tokenizer.h"

namespace m37::reason {

bool isHeldOutRecord(int index, int every) {
    return every > 0 && index % every == every - 1;
}

std::vector<int> traceRecordLines(std::string_view text) {
    std::vector<int> lines;
    int line = 1;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        if (text.substr(pos, nl - pos) == "record") lines.push_back(line);
        ++line;
        pos = nl + 1;
    }
    return lines;
}

std::optional<std::vector<SftExample>> parseSftExamples(std::string_view text,
                                                        const std::string& name, int context,
                                                        std::string* error, bool markLastMove) {
    auto records = parseTraceFile(text, name, error);
    if (!records) return std::nullopt;
    const std::vector<int> lines = traceRecordLines(text);
    const Tokenizer& tok = Tokenizer::instance();
    std::vector<SftExample> out;
    out.reserve(records->size());
    for (size_t i = 0; i < records->size(); ++i) {
        const TraceRecord& r = (*records)[i];
        // The record's lines: record, source, size, rules, moves, to-move,
        // search, think N, then the think block.
        const int line = i < lines.size() ? lines[i] : 0;
        const int thinkLine = line + 8;
        auto fail = [&](int at, const std::string& what) {
            if (error)
                *error = name + ":" + std::to_string(at) + ": record " + std::to_string(i + 1) +
                         " (" + r.source + "): " + what;
            return std::nullopt;
        };
        std::string why;
        auto position = tracePosition(r, &why);
        if (!position) return fail(line, why);
        SftExample e;
        e.record = int(i);
        e.line = line;
        e.source = r.source;
        e.prompt = tok.promptTokens(*position, markLastMove);
        if (e.prompt.empty()) return fail(line, "the board is too large for the tokenizer");
        std::string_view think = r.think;
        while (!think.empty() && (think.back() == '\n' || think.back() == ' '))
            think.remove_suffix(1);
        if (think.empty()) return fail(thinkLine, "empty think block");
        std::string tokError;
        auto ids = tok.encodeStrict(think, &tokError);
        if (!ids) {
            // encodeStrict names the think block's line ("line 3: ...").
            int at = thinkLine;
            const size_t p = tokError.find("line ");
            if (p != std::string::npos) at = thinkLine + std::atoi(tokError.c_str() + p + 5) - 1;
            return fail(at, "think block: " + tokError);
        }
        e.completion = std::move(*ids);
        const size_t total = e.prompt.size() + e.completion.size();
        if (context > 0 && total > size_t(context))
            return fail(thinkLine, "prompt and think block are " + std::to_string(total) +
                                       " tokens, more than the model's context of " +
                                       std::to_string(context));
        out.push_back(std::move(e));
    }
    return out;
}

std::optional<std::vector<SftExample>> readSftExamples(const std::string& path, int context,
                                                       std::string* error, bool markLastMove) {
    const std::optional<std::string> text = readWholeFile(path, error);
    if (!text) return std::nullopt;
    return parseSftExamples(*text, path, context, error, markLastMove);
}

SftExample symmetricExample(const SftExample& e, int s) {
    const Tokenizer& tok = Tokenizer::instance();
    const int n = int(std::lround(std::sqrt(double(e.prompt.size()) - 3)));
    SftExample out = e;
    for (int i = 0; i < n * n; ++i)
        out.prompt[size_t(Tokenizer::promptSlot(nn::symmetryIndex(s, i, n)))] =
            e.prompt[size_t(Tokenizer::promptSlot(i))];
    for (int& id : out.completion) {
        const Loc loc = tok.coordLoc(id, n);
        if (loc != kNullLoc) id = tok.coordToken(nn::symmetryLoc(s, loc, n), n);
    }
    return out;
}

void splitHeldOut(const std::vector<SftExample>& all, int every, std::vector<SftExample>* train,
                  std::vector<SftExample>* heldOut) {
    for (const SftExample& e : all)
        (isHeldOutRecord(e.record, every) ? heldOut : train)->push_back(e);
}

}  // namespace m37::reason
