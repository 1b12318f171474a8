#pragma once
// Tokenizer: the reasoning model's closed vocabulary and the mapping between
// think-block text and token ids. The vocabulary is fixed (no learned merges):
// special tokens and tags, board prefix tokens (one per board size, one per
// point state, one per side to move), every word the think-block grammar uses
// (think_block.h), punctuation, the newline, GTP coordinates of boards up to
// 19x19 ("A1".."T19", "pass") and the integers 0..100. Ids are stable: new
// tokens are only ever taken from the reserved block, so vocabSize() never
// changes. Text is split at spaces and around punctuation; decode() writes the
// canonical spacing, so decode(encode(t)) == t for every canonical think block
// (what ThinkBlock's writer produces). A word outside the vocabulary encodes
// as <unk> (encode) or is reported (encodeStrict).
// Threading: immutable after construction; share one instance freely
// (Tokenizer::instance()).
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/go/types.h"

namespace m37 {

class Board;
class GameState;

namespace reason {

// Fixed ids of the special tokens (also reachable through Tokenizer).
enum SpecialToken : int {
    kPad = 0,
    kBos = 1,
    kEos = 2,
    kUnk = 3,
    kThinkOpen = 4,    // <think>
    kThinkClose = 5,   // </think>
    kAnswerOpen = 6,   // <answer>
    kAnswerClose = 7,  // </answer>
    kNewline = 8,      // "\n" between steps
};

class Tokenizer {
  public:
    Tokenizer();
    // A shared instance (the vocabulary is a constant).
    static const Tokenizer& instance();

    int vocabSize() const { return int(texts_.size()); }

    int padId() const { return kPad; }
    int bosId() const { return kBos; }
    int eosId() const { return kEos; }
    int unkId() const { return kUnk; }
    int thinkOpenId() const { return kThinkOpen; }
    int thinkCloseId() const { return kThinkClose; }
    int answerOpenId() const { return kAnswerOpen; }
    int answerCloseId() const { return kAnswerClose; }
    int newlineId() const { return kNewline; }

    // Board prefix tokens. Sizes 2..19 have one token each.
    int sizeToken(int boardSize) const;            // -1 when not 2..19
    int pointToken(Color c) const;                 // kEmpty/kBlack/kWhite
    int koPointToken() const { return koPoint_; }  // empty, but banned by ko
    // The stone just played (kBlack/kWhite), for prompts that mark it.
    int lastStoneToken(Color c) const;
    int toMoveToken(Color c) const;                // kBlack/kWhite
    // Token of a GTP vertex on a board of this size ("pass" included); -1
    // when off board or the size is over 19.
    int coordToken(Loc loc, int boardSize) const;
    // The vertex of a coordinate token on a board of this size (kPassLoc
    // for "pass"); kNullLoc when id is not a coordinate on that board.
    Loc coordLoc(int id, int boardSize) const;
    int numberToken(int n) const;  // 0..100, else -1
    // The id of a token text ("try", "D4", "58", ":", "<think>"), or -1.
    int tokenId(std::string_view text) const;

    // The token strings of text (split at spaces, around punctuation, "->",
    // tags and newlines), before lookup. Views into text.
    static std::vector<std::string_view> split(std::string_view text);

    // Splits text into tokens; unknown words become <unk>.
    std::vector<int> encode(std::string_view text) const;
    // Like encode, but nullopt on the first unknown word, with a message
    // naming it and its line (1-based) in *error.
    std::optional<std::vector<int>> encodeStrict(std::string_view text,
                                                 std::string* error = nullptr) const;
    // Canonical text of the tokens: <pad>/<bos>/<eos> and board prefix
    // tokens are left out; spacing as the think-block writer uses it.
    std::string decode(std::span<const int> ids) const;
    // The text of one token ("try", "D4", "<think>", "\n", "<size9>",
    // "<black>"); "<bad:ID>" for an id outside the vocabulary.
    std::string tokenText(int id) const;

    // Kind tests, for samplers and the GUI.
    bool isCoord(int id) const { return id >= coordBase_ && id < coordBase_ + kCoords; }
    bool isNumber(int id) const { return id >= numberBase_ && id <= numberBase_ + 100; }
    bool isPrefix(int id) const {
        return (id >= prefixBase_ && id < prefixEnd_) || id == lastStone_ || id == lastStone_ + 1;
    }

    // The prompt for a position: <bos> <sizeN> then one token per point,
    // row by row from the top-left (A19 on 19x19, A9 on 9x9), using
    // <ko> for the simple-ko point of the side to move and, when lastMove
    // is a stone on the board, <black-last>/<white-last> for it; then the
    // side-to-move token. The model's completion starts with <think>.
    // Empty when the board is larger than 19x19.
    std::vector<int> promptTokens(const Board& board, Color toMove, Loc lastMove = kNullLoc) const;
    // The prompt of a game's current position; its last move marked when
    // the model reads marks (TransformerParams::lastMoveMark).
    std::vector<int> promptTokens(const GameState& state, bool markLastMove) const;
    int promptLength(int boardSize) const { return boardSize * boardSize + 3; }
    // The prompt slot of the point y * size + x (y from the top).
    static constexpr int promptSlot(int pointIndex) { return 2 + pointIndex; }
    // For each slot of promptTokens' layout on this board, the coordinate
    // token of the point it shows, or -1 (<bos>, the size, the side to
    // move). Empty when the board is larger than 19x19.
    std::vector<int> promptVertexTokens(int boardSize) const;

  private:
    static constexpr int kCoords = 19 * 19 + 1;  // 19x19 vertices + pass
    int add(std::string text);

    std::vector<std::string> texts_;
    std::unordered_map<std::string, int> ids_;
    int prefixBase_ = 0, prefixEnd_ = 0;
    int sizeBase_ = 0;
    int pointBase_ = 0;  // empty, black, white
    int koPoint_ = 0;
    int lastStone_ = -2;  // <black-last>, <white-last> (taken from the reserved block)
    int toMoveBase_ = 0;  // black, white
    int coordBase_ = 0;   // x * 19 + (row - 1), pass last
    int numberBase_ = 0;
};

}  // namespace reason
}  // namespace m37
