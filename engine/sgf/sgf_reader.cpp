#include "engine/sgf/sgf_reader.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>
#include <utility>
#include <vector>

#include "engine/go/whole_file.h"
#include "engine/sgf/sgf_charset.h"

namespace m37 {

namespace {

bool isUpper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool isLower(char c) {
    return c >= 'a' && c <= 'z';
}
bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

std::string describeChar(char c) {
    auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7F) return std::string("'") + c + "'";
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", u);
    return buf;
}

// Parses a whole collection; diagnostics go to the result. Each game is
// scanned with its own charset (scanCharsetAt), decided by the bytes from
// its '(' on only, so that a game reads the same whether the games before
// it are there or not (the app reads the first game and the rest later).
// Single-threaded; one run() per Parser.
class Parser {
  public:
    Parser(std::string_view s, const SgfReadOptions& opts);

    SgfReadResult run();

  private:
    bool eof() const { return i_ >= s_.size(); }
    // At a '(' that starts a game: '(' then ';' or a property (letters then
    // '['), spaces allowed. "(c) 2003" in a header is not a game.
    bool atGameStart() const { return atGameStart(i_); }
    bool atGameStart(size_t at) const {
        if (at >= s_.size() || s_[at] != '(') return false;
        size_t k = at + 1;
        while (k < s_.size() && isSpace(s_[k])) ++k;
        if (k < s_.size() && s_[k] == ';') return true;
        size_t letters = k;
        while (k < s_.size() && (isUpper(s_[k]) || isLower(s_[k]))) ++k;
        if (k == letters) return false;
        while (k < s_.size() && isSpace(s_[k])) ++k;
        return k < s_.size() && s_[k] == '[';
    }
    char peek() const { return s_[i_]; }
    void advance() {
        char c = s_[i_++];
        if (c == '\n') {
            ++line_;
            col_ = 1;
        } else if (c == '\r') {
            if (i_ < s_.size() && s_[i_] == '\n') return;  // CRLF: the LF counts
            ++line_;
            col_ = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++col_;  // UTF-8 continuation bytes do not move the column
        }
    }
    void skipSpace() {
        while (!eof() && isSpace(peek())) advance();
    }
    void warn(int line, int col, std::string msg) { add(line, col, std::move(msg), false); }
    void error(int line, int col, std::string msg) { add(line, col, std::move(msg), true); }
    void add(int line, int col, std::string msg, bool isError) {
        if (!isError && warnings_ >= opts_.maxDiagnostics) {
            ++dropped_;
            return;
        }
        if (!isError) ++warnings_;
        out_.diagnostics.push_back(SgfDiagnostic{line, col, std::move(msg), isError});
    }

    // The double-byte charset whose characters the values of the game at
    // `at` are scanned by ("" for byte by byte): the one the first CA[]
    // from there on names, unless the bytes from there on are valid UTF-8
    // (a mislabelled UTF-8 file, which decodeGame reads as UTF-8).
    std::string scanCharsetAt(size_t at);
    // Parses the game tree at i_ with its charset; a value it leaves open
    // (a mislabelled game?) makes it read again byte by byte. False on a
    // fatal error.
    bool parseNextGame();
    // Parses one game tree starting at '(' with lead_. Returns false on a
    // fatal error.
    bool parseGame();
    // Counts the game trees from i_ on without building them (maxGames),
    // each the way parseNextGame() reads it. A value left open sets
    // unterminated_, as parsing it would.
    int skimGames();
    // Moves k past the game tree at k, scanning values with `lead`; false
    // when a value runs to the end.
    bool skimGame(size_t& k, const std::string& lead) const;
    bool readValue(std::string& value);
    void decodeGame(SgfNode& root, bool bom);

    std::string_view s_;
    std::string lead_;  // the scanning charset of the game being parsed
    const SgfReadOptions& opts_;
    std::vector<size_t> caAt_;  // where each "CA[" not inside a property name starts
    // Where the last ill-formed UTF-8 starts: found on the first game with a
    // double-byte CA, so that other files are not read an extra time.
    std::optional<size_t> lastInvalidUtf8_;
    size_t i_ = 0;
    int line_ = 1, col_ = 1;
    int warnings_ = 0, dropped_ = 0;
    bool unterminated_ = false;
    SgfReadResult out_;
};

Parser::Parser(std::string_view s, const SgfReadOptions& opts) : s_(s), opts_(opts) {
    for (size_t p = s.find("CA["); p != std::string_view::npos; p = s.find("CA[", p + 1))
        if (p == 0 || !(isUpper(s[p - 1]) || isLower(s[p - 1]))) caAt_.push_back(p);
}

std::string Parser::scanCharsetAt(size_t at) {
    const auto ca = std::lower_bound(caAt_.begin(), caAt_.end(), at);
    if (ca == caAt_.end()) return {};
    const size_t end = s_.find(']', *ca + 3);
    if (end == std::string_view::npos || end - *ca > 40) return {};
    std::string name = SgfCharset::canonicalName(s_.substr(*ca + 3, end - *ca - 3));
    if (!SgfCharset::leadByteStart(name)) return {};
    if (!lastInvalidUtf8_) lastInvalidUtf8_ = SgfCharset::lastInvalidUtf8(s_);
    if (*lastInvalidUtf8_ == std::string_view::npos || *lastInvalidUtf8_ < at) return {};
    return name;
}

bool Parser::parseNextGame() {
    lead_ = scanCharsetAt(i_);
    if (lead_.empty()) return parseGame();
    const size_t at = i_, diagnostics = out_.diagnostics.size(), games = out_.games.size();
    const int line = line_, col = col_, warnings = warnings_, dropped = dropped_;
    const bool ok = parseGame();
    if (ok || !unterminated_) return ok;
    i_ = at;
    line_ = line;
    col_ = col;
    warnings_ = warnings;
    dropped_ = dropped;
    out_.diagnostics.erase(out_.diagnostics.begin() + std::ptrdiff_t(diagnostics),
                           out_.diagnostics.end());
    out_.games.erase(out_.games.begin() + std::ptrdiff_t(games), out_.games.end());
    unterminated_ = false;
    lead_.clear();
    return parseGame();
}

SgfReadResult Parser::run() {
    bool bom = s_.size() >= 3 && s_.substr(0, 3) == "\xEF\xBB\xBF";
    if (bom) i_ = 3;
    // Anything before the first game is ignored (FF[4] allows it).
    bool first = true;
    out_.unreadOffset = s_.size();
    while (true) {
        skipSpace();
        if (eof()) break;
        if (opts_.maxGames > 0 && int(out_.games.size()) >= opts_.maxGames) {
            if (const int rest = skimGames(); rest > 0) {
                out_.unreadOffset = i_;
                out_.unreadGames = rest;
                break;
            }  // else no game follows: text after the collection, as below
        }
        if (!atGameStart()) {
            int l = line_, c = col_;
            while (!eof() && !atGameStart()) advance();
            if (!first) {
                warn(l, c,
                     eof() ? "text after the end of the collection ignored"
                           : "text between games ignored");
            }
            if (eof()) break;
        }
        first = false;
        if (!parseNextGame()) break;
    }
    if (out_.games.empty() && !out_.hasErrors())
        error(1, 1, "no SGF game tree found (no '(' followed by ';' or a property)");
    for (size_t g = out_.charsets.size(); g < out_.games.size(); ++g)
        decodeGame(*out_.games[g], bom);
    std::stable_sort(out_.diagnostics.begin(), out_.diagnostics.end(),
                     [](const SgfDiagnostic& a, const SgfDiagnostic& b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    if (dropped_ > 0)
        out_.diagnostics.push_back(SgfDiagnostic{
            line_, col_, std::to_string(dropped_) + " more warnings not shown", false});
    return std::move(out_);
}

bool Parser::readValue(std::string& v) {
    // At '['.
    int startLine = line_, startCol = col_;
    advance();
    v.clear();
    while (!eof()) {
        char c = peek();
        if (c == ']') {
            advance();
            return true;
        }
        if (c == '\\') {
            advance();
            if (eof()) break;
            char d = peek();
            if (d == '\n' || d == '\r') {  // soft line break: removed
                advance();
                if (!eof() && ((d == '\r' && peek() == '\n') || (d == '\n' && peek() == '\r')))
                    advance();
                continue;
            }
            v += d;
            advance();
            continue;
        }
        if (c == '\r') {  // CRLF and CR -> LF
            advance();
            if (!eof() && peek() == '\n') advance();
            v += '\n';
            continue;
        }
        // A double-byte character: its second byte may be '\\' or ']'
        // (never a control character, so line ends stay line ends).
        if (!lead_.empty() && SgfCharset::isLeadByte(lead_, static_cast<unsigned char>(c)) &&
            i_ + 1 < s_.size() && static_cast<unsigned char>(s_[i_ + 1]) >= 0x30) {
            v += c;
            advance();
            v += peek();
            advance();
            continue;
        }
        v += c;
        advance();
    }
    unterminated_ = true;
    error(startLine, startCol, "property value not terminated (missing ']')");
    return false;
}

int Parser::skimGames() {
    int games = 0;
    size_t k = i_;
    while (k < s_.size()) {
        if (!atGameStart(k)) {
            ++k;
            continue;
        }
        ++games;
        const size_t at = k;
        const std::string lead = scanCharsetAt(at);
        bool closed = skimGame(k, lead);
        if (!closed && !lead.empty()) {  // read again byte by byte, as parseNextGame() does
            k = at;
            closed = skimGame(k, {});
        }
        if (!closed) unterminated_ = true;
    }
    return games;
}

bool Parser::skimGame(size_t& k, const std::string& lead) const {
    // The structure parseGame() sees, without building it: '[' starts a
    // value only after a property name or another value (elsewhere it is an
    // ignored character, as there).
    const size_t n = s_.size();
    int depth = 0;
    bool valueMayStart = false;
    while (k < n) {
        const char c = s_[k];
        if (c == '[' && valueMayStart) {  // to its ']' (escapes, double-byte characters)
            for (++k; k < n && s_[k] != ']'; ++k) {
                const auto u = static_cast<unsigned char>(s_[k]);
                if (s_[k] == '\\' || (!lead.empty() && SgfCharset::isLeadByte(lead, u) &&
                                      k + 1 < n && static_cast<unsigned char>(s_[k + 1]) >= 0x30))
                    ++k;
            }
            if (k >= n) return false;
            ++k;
            continue;
        }
        if (isUpper(c) || isLower(c)) {
            valueMayStart = true;
        } else if (!isSpace(c)) {
            valueMayStart = false;
            if (c == '(') {
                ++depth;
            } else if (c == ')' && --depth == 0) {
                ++k;
                break;
            }
        }
        ++k;
    }
    return true;
}

bool Parser::parseGame() {
    int gameLine = line_, gameCol = col_;
    advance();  // '('
    std::unique_ptr<SgfNode> root;
    SgfNode* cur = nullptr;
    // For each open '(': the node its variation hangs from, and how many
    // nodes it has had so far.
    struct Level {
        SgfNode* branch;
        int nodes;
        int line, col;
    };
    std::vector<Level> stack{{nullptr, 0, gameLine, gameCol}};
    size_t nodes = 0;
    bool tooLarge = false;
    // False (an error) past maxNodes.
    auto newNode = [&](int line, int col) {
        if (opts_.maxNodes > 0 && ++nodes > opts_.maxNodes) {
            error(line, col,
                  "the game has more than " + std::to_string(opts_.maxNodes) +
                      " nodes, too many to open (game tree at " + std::to_string(gameLine) + ":" +
                      std::to_string(gameCol) + ")");
            tooLarge = true;
            return false;
        }
        SgfNode* n;
        if (cur) {
            n = cur->addChild();
        } else if (!root) {
            root = std::make_unique<SgfNode>();
            n = root.get();
        } else {
            warn(line, col, "second root in one game tree; read as a variation");
            n = root->addChild();
        }
        n->line = line;
        n->column = col;
        ++stack.back().nodes;
        cur = n;
        return true;
    };
    bool fatal = false;
    std::string value;
    while (true) {
        skipSpace();
        if (eof()) {
            warn(line_, col_,
                 "missing ')' at end of file (game tree at " + std::to_string(gameLine) + ":" +
                     std::to_string(gameCol) + ")");
            break;
        }
        char c = peek();
        if (c == '(') {
            if (stack.back().nodes == 0 && stack.size() > 1)
                warn(line_, col_, "variation starts without a node");
            stack.push_back({cur, 0, line_, col_});
            advance();
        } else if (c == ')') {
            if (stack.back().nodes == 0 && stack.size() > 1)
                warn(stack.back().line, stack.back().col, "empty variation ignored");
            cur = stack.back().branch;
            advance();
            if (stack.size() == 1) break;
            stack.pop_back();
        } else if (c == ';') {
            if (!newNode(line_, col_)) break;
            advance();
        } else if (isUpper(c) || isLower(c)) {
            int pLine = line_, pCol = col_;
            std::string id, all;
            while (!eof() && (isUpper(peek()) || isLower(peek()))) {
                if (isUpper(peek())) id += peek();
                all += char(std::toupper(static_cast<unsigned char>(peek())));
                advance();
            }
            if (id.empty()) id = all;
            if (stack.back().nodes == 0 || !cur) {
                warn(pLine, pCol, "missing ';' before property " + id);
                if (!newNode(pLine, pCol)) break;
            }
            skipSpace();
            if (eof() || peek() != '[') {
                warn(pLine, pCol, "property " + id + " has no value; ignored");
                continue;
            }
            std::vector<std::string> values;
            while (!eof() && peek() == '[') {
                if (!readValue(value)) {
                    fatal = true;
                    break;
                }
                values.push_back(value);
                skipSpace();
            }
            if (fatal) break;
            if (SgfProperty* p = cur->find(id)) {
                warn(pLine, pCol, "property " + id + " repeated in one node; values merged");
                for (auto& v : values) p->values.push_back(std::move(v));
            } else {
                cur->properties().push_back(SgfProperty{id, std::move(values)});
            }
        } else {
            warn(line_, col_, "unexpected character " + describeChar(c) + " ignored");
            advance();
        }
    }
    if (tooLarge) return false;  // the partial tree is freed, not kept
    if (root) {
        out_.games.push_back(std::move(root));
    } else if (!fatal) {
        warn(gameLine, gameCol, "game tree without nodes ignored");
    }
    return !fatal;
}

void Parser::decodeGame(SgfNode& root, bool bom) {
    // Collect every value of the game.
    std::vector<std::string*> values;
    std::vector<SgfNode*> todo{&root};
    while (!todo.empty()) {
        SgfNode* n = todo.back();
        todo.pop_back();
        for (auto& p : n->properties())
            for (auto& v : p.values) values.push_back(&v);
        for (const auto& c : n->children()) todo.push_back(c.get());
    }
    auto allUtf8 = [&] {
        for (const std::string* v : values)
            if (!SgfCharset::isValidUtf8(*v)) return false;
        return true;
    };
    auto anyHigh = [&] {
        for (const std::string* v : values)
            for (char c : *v)
                if (static_cast<unsigned char>(c) >= 0x80) return true;
        return false;
    };
    const int L = root.line, C = root.column;
    std::string declared(root.value("CA"));
    std::string requested = declared.empty() ? opts_.defaultCharset : declared;
    SgfCharset cs;
    bool opened = false;
    if (!requested.empty()) {
        opened = cs.open(requested);
        if (!opened) warn(L, C, "unknown charset '" + requested + "'; guessing");
    }
    if (opened && anyHigh()) {
        if (cs.name() == "UTF-8" && !allUtf8()) {
            warn(L, C, "text is not valid UTF-8 despite CA[" + declared + "]; read as ISO-8859-1");
            cs.open("ISO-8859-1");
        } else if (cs.name() != "UTF-8" && allUtf8()) {
            warn(L, C, "text is valid UTF-8 despite CA[" + declared + "]; read as UTF-8");
            cs.open("UTF-8");
        }
    }
    if (!opened) {
        if (bom || allUtf8()) {
            cs.open("UTF-8");
        } else {
            warn(L, C, "no CA property and text is not valid UTF-8; read as ISO-8859-1");
            cs.open("ISO-8859-1");
        }
    }
    int invalid = 0;
    std::string converted;
    for (std::string* v : values) {
        bool ascii = std::all_of(v->begin(), v->end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        if (ascii) continue;
        invalid += cs.convert(*v, converted);
        // Line ends inside decoded text become "\n" too.
        v->clear();
        for (size_t k = 0; k < converted.size(); ++k) {
            if (converted[k] != '\r') {
                *v += converted[k];
            } else {
                *v += '\n';
                if (k + 1 < converted.size() && converted[k + 1] == '\n') ++k;
            }
        }
    }
    if (invalid > 0)
        warn(L, C,
             std::to_string(invalid) + " invalid byte sequence(s) for charset " + cs.name() +
                 " replaced by U+FFFD");
    out_.charsets.push_back(cs.name());
    root.set("CA", "UTF-8");
}

}  // namespace

bool SgfReadResult::hasErrors() const {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const SgfDiagnostic& d) { return d.isError; });
}

SgfReadResult readSgf(std::string_view bytes, const SgfReadOptions& options) {
    Parser p(bytes, options);
    return p.run();
}

SgfReadResult readSgfFile(const std::string& path, const SgfReadOptions& options) {
    std::string why;
    const std::optional<std::string> bytes = readWholeFile(path, &why);
    if (!bytes) {
        SgfReadResult r;
        const bool unopened = why.ends_with(": cannot open");
        r.diagnostics.push_back(
            SgfDiagnostic{0, 0, unopened ? "cannot open file" : "cannot read file", true});
        return r;
    }
    return readSgf(*bytes, options);
}

}  // namespace m37
