#include "engine/reason/tokenizer.h"

#include <cctype>

#include "engine/go/board.h"
#include "engine/go/coord.h"
#include "engine/go/game_state.h"

namespace m37::reason {

namespace {

// Every word of the think-block grammar (think_block.h), plus a few for the
// chat's questions. Append only: ids must not move.
constexpr const char* kWords[] = {
    "to",        "move",   "black", "white",   "fact",       "in",        "atari",    "liberty",
    "liberties", "has",    "can",   "capture", "stone",      "stones",    "at",       "candidates",
    "try",       "wait",   "after", "deeper",  "conclusion", "B",         "W",        "best",
    "evaluate",  "status", "group", "alive",   "dead",       "unsettled", "question", "answer",
    "is",        "the",    "of",    "for",     "and",        "no",        "none",
};
constexpr const char* kPunctuation[] = {":", ".", ",", "(", ")", "%", "->"};
constexpr int kReserved = 22;  // 24 at first; two became the last-stone tokens
constexpr const char kColumns[] = "ABCDEFGHJKLMNOPQRST";

bool isPunct(char c) {
    return c == ':' || c == '.' || c == ',' || c == '(' || c == ')' || c == '%';
}

}  // namespace

int Tokenizer::add(std::string text) {
    int id = int(texts_.size());
    ids_.emplace(text, id);
    texts_.push_back(std::move(text));
    return id;
}

Tokenizer::Tokenizer() {
    add("<pad>");
    add("<bos>");
    add("<eos>");
    add("<unk>");
    add("<think>");
    add("</think>");
    add("<answer>");
    add("</answer>");
    add("\n");
    prefixBase_ = int(texts_.size());
    sizeBase_ = prefixBase_;
    for (int s = 2; s <= 19; ++s) add("<size" + std::to_string(s) + ">");
    pointBase_ = add("<empty>");
    add("<black>");
    add("<white>");
    koPoint_ = add("<ko>");
    toMoveBase_ = add("<black-to-move>");
    add("<white-to-move>");
    prefixEnd_ = int(texts_.size());
    for (const char* w : kWords) add(w);
    for (const char* p : kPunctuation) add(p);
    coordBase_ = int(texts_.size());
    for (int x = 0; x < 19; ++x)
        for (int row = 1; row <= 19; ++row) add(std::string(1, kColumns[x]) + std::to_string(row));
    add("pass");  // the coordinate block's last slot
    numberBase_ = int(texts_.size());
    for (int n = 0; n <= 100; ++n) add(std::to_string(n));
    // Tokens added later come here, before the reserved block they were
    // taken from, so every id above keeps its number and vocabSize() stays.
    lastStone_ = add("<black-last>");
    add("<white-last>");
    for (int r = 0; r < kReserved; ++r) add("<reserved" + std::to_string(r) + ">");
}

const Tokenizer& Tokenizer::instance() {
    static const Tokenizer t;
    return t;
}

int Tokenizer::sizeToken(int boardSize) const {
    return boardSize >= 2 && boardSize <= 19 ? sizeBase_ + boardSize - 2 : -1;
}

int Tokenizer::pointToken(Color c) const {
    switch (c) {
        case kEmpty:
            return pointBase_;
        case kBlack:
            return pointBase_ + 1;
        case kWhite:
            return pointBase_ + 2;
        default:
            return -1;
    }
}

int Tokenizer::lastStoneToken(Color c) const {
    if (c == kBlack) return lastStone_;
    if (c == kWhite) return lastStone_ + 1;
    return -1;
}

int Tokenizer::toMoveToken(Color c) const {
    if (c == kBlack) return toMoveBase_;
    if (c == kWhite) return toMoveBase_ + 1;
    return -1;
}

int Tokenizer::coordToken(Loc loc, int boardSize) const {
    if (boardSize < 2 || boardSize > 19) return -1;
    if (loc == kPassLoc) return coordBase_ + kCoords - 1;
    int x = locX(loc, boardSize), y = locY(loc, boardSize);
    if (x < 0 || y < 0 || x >= boardSize || y >= boardSize) return -1;
    int row = boardSize - y;
    return coordBase_ + x * 19 + row - 1;
}

Loc Tokenizer::coordLoc(int id, int boardSize) const {
    if (!isCoord(id) || boardSize < 2 || boardSize > 19) return kNullLoc;
    if (id == coordBase_ + kCoords - 1) return kPassLoc;
    const int x = (id - coordBase_) / 19, row = (id - coordBase_) % 19 + 1;
    if (x >= boardSize || row > boardSize) return kNullLoc;
    return makeLoc(x, boardSize - row, boardSize);
}

int Tokenizer::numberToken(int n) const {
    return n >= 0 && n <= 100 ? numberBase_ + n : -1;
}

int Tokenizer::tokenId(std::string_view text) const {
    auto it = ids_.find(std::string(text));
    return it == ids_.end() ? -1 : it->second;
}

namespace {

// Splits text into token strings: tags, "\n", "->", punctuation, and words
// (runs of other non-space characters). Calls out(piece, line).
template <typename F>
void splitPieces(std::string_view text, F&& out) {
    int line = 1;
    size_t i = 0;
    while (i < text.size()) {
        char c = text[i];
        if (c == '\n') {
            out(std::string_view("\n"), line);
            ++line;
            ++i;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            ++i;
        } else if (c == '<') {
            size_t end = text.find('>', i);
            size_t stop = end == std::string_view::npos ? text.size() : end + 1;
            out(text.substr(i, stop - i), line);
            i = stop;
        } else if (c == '-' && i + 1 < text.size() && text[i + 1] == '>') {
            out(text.substr(i, 2), line);
            i += 2;
        } else if (isPunct(c)) {
            out(text.substr(i, 1), line);
            ++i;
        } else {
            size_t j = i;
            while (j < text.size() && !isPunct(text[j]) && text[j] != ' ' && text[j] != '\n' &&
                   text[j] != '\t' && text[j] != '\r' && text[j] != '<' &&
                   !(text[j] == '-' && j + 1 < text.size() && text[j + 1] == '>'))
                ++j;
            out(text.substr(i, j - i), line);
            i = j;
        }
    }
}

}  // namespace

std::vector<std::string_view> Tokenizer::split(std::string_view text) {
    std::vector<std::string_view> out;
    splitPieces(text, [&](std::string_view piece, int) { out.push_back(piece); });
    return out;
}

std::vector<int> Tokenizer::encode(std::string_view text) const {
    std::vector<int> ids;
    splitPieces(text, [&](std::string_view piece, int) {
        int id = tokenId(piece);
        ids.push_back(id < 0 ? kUnk : id);
    });
    return ids;
}

std::optional<std::vector<int>> Tokenizer::encodeStrict(std::string_view text,
                                                        std::string* error) const {
    std::vector<int> ids;
    bool ok = true;
    splitPieces(text, [&](std::string_view piece, int line) {
        if (!ok) return;
        int id = tokenId(piece);
        if (id < 0) {
            ok = false;
            if (error)
                *error = "line " + std::to_string(line) + ": '" + std::string(piece) +
                         "' is not in the reasoning vocabulary";
            return;
        }
        ids.push_back(id);
    });
    if (!ok) return std::nullopt;
    return ids;
}

std::string Tokenizer::tokenText(int id) const {
    if (id < 0 || id >= vocabSize()) return "<bad:" + std::to_string(id) + ">";
    return texts_[id];
}

std::string Tokenizer::decode(std::span<const int> ids) const {
    std::string out;
    // No space at the start of a line, after a tag, after "(", or before
    // closing punctuation and tags.
    bool glue = true;
    for (int id : ids) {
        if (id == kPad || id == kBos || id == kEos || isPrefix(id)) continue;
        const std::string t = tokenText(id);
        bool isTag =
            id == kThinkOpen || id == kThinkClose || id == kAnswerOpen || id == kAnswerClose;
        bool closing = t == ":" || t == "." || t == "," || t == ")" || t == "%" || isTag;
        if (id == kNewline) {
            out += '\n';
            glue = true;
            continue;
        }
        if (!glue && !closing) out += ' ';
        out += t;
        glue = t == "(" || id == kThinkOpen || id == kAnswerOpen;
    }
    return out;
}

std::vector<int> Tokenizer::promptVertexTokens(int boardSize) const {
    if (boardSize > 19 || boardSize < 2) return {};
    std::vector<int> ids(size_t(promptLength(boardSize)), -1);
    for (int y = 0; y < boardSize; ++y)
        for (int x = 0; x < boardSize; ++x)
            ids[size_t(promptSlot(y * boardSize + x))] =
                coordToken(makeLoc(x, y, boardSize), boardSize);
    return ids;
}

std::vector<int> Tokenizer::promptTokens(const Board& board, Color toMove, Loc lastMove) const {
    const int n = board.size();
    if (n > 19 || n < 2) return {};
    std::vector<int> ids;
    ids.reserve(size_t(promptLength(n)));
    ids.push_back(kBos);
    ids.push_back(sizeToken(n));
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x) {
            Loc l = board.loc(x, y);
            Color c = board.at(l);
            if (c == kEmpty && l == board.koLoc() && board.koColor() == toMove)
                ids.push_back(koPoint_);
            else if (c != kEmpty && l == lastMove)
                ids.push_back(lastStoneToken(c));
            else
                ids.push_back(pointToken(c));
        }
    ids.push_back(toMoveToken(toMove));
    return ids;
}

std::vector<int> Tokenizer::promptTokens(const GameState& state, bool markLastMove) const {
    return promptTokens(state.board(), state.toMove(), markLastMove ? state.lastMove() : kNullLoc);
}

}  // namespace m37::reason
