#include "engine/reason/think_block.h"

#include <cctype>
#include <stdexcept>

#include "engine/go/coord.h"
#include "engine/reason/tokenizer.h"

namespace m37::reason {

const char* toString(StepKind k) {
    switch (k) {
        case StepKind::kSide:
            return "side";
        case StepKind::kFact:
            return "fact";
        case StepKind::kCandidates:
            return "candidates";
        case StepKind::kReading:
            return "reading";
        case StepKind::kReflection:
            return "reflection";
        case StepKind::kConclusion:
            return "conclusion";
    }
    return "?";
}

std::vector<PlayedMove> Step::variation(Color toMove) const {
    std::vector<PlayedMove> v;
    if (hasLine()) {
        v.push_back({toMove, move});
        v.insert(v.end(), continuation.begin(), continuation.end());
    } else if (kind == StepKind::kConclusion) {
        v.push_back({toMove, move});
    }
    return v;
}

bool Step::operator==(const Step& o) const {
    if (kind != o.kind) return false;
    switch (kind) {
        case StepKind::kSide:
            return side == o.side;
        case StepKind::kFact:
            return fact == o.fact;
        case StepKind::kCandidates:
            return candidates == o.candidates;
        case StepKind::kReading:
            return move == o.move && continuation == o.continuation && evalColor == o.evalColor &&
                   evalPercent == o.evalPercent;
        case StepKind::kReflection:
            return move == o.move && continuation == o.continuation && evalColor == o.evalColor &&
                   evalPercent == o.evalPercent && after == o.after && refutation == o.refutation;
        case StepKind::kConclusion:
            return move == o.move && evalColor == o.evalColor && evalPercent == o.evalPercent;
    }
    return false;
}

std::string moveText(Loc move, int boardSize) {
    if (move == kPassLoc) return "pass";
    return gtpVertex(move, boardSize);
}

namespace {

const char* colorWord(Color c) {
    return c == kWhite ? "white" : "black";
}
const char* colorLetter(Color c) {
    return c == kWhite ? "W" : "B";
}

std::string seqText(const std::vector<PlayedMove>& seq, int size) {
    std::string s;
    for (size_t i = 0; i < seq.size(); ++i) {
        if (i) s += ' ';
        s += colorLetter(seq[i].color);
        s += ' ';
        s += moveText(seq[i].move, size);
    }
    return s;
}

std::string evalText(const Step& s) {
    return std::string(colorWord(s.evalColor)) + " " + std::to_string(s.evalPercent) + "%";
}

std::string lineText(const Step& s, int size) {
    std::string t = "try " + moveText(s.move, size);
    if (!s.continuation.empty()) t += ": " + seqText(s.continuation, size);
    return t + " -> " + evalText(s);
}

// Thrown inside the line parser; caught per line.
struct LineError {
    std::string what;
};

// A cursor over one line's tokens.
class Cursor {
  public:
    Cursor(std::string_view line, int size) : toks_(Tokenizer::split(line)), size_(size) {}

    bool atEnd() const { return i_ >= toks_.size(); }
    std::string_view peek(size_t ahead = 0) const {
        return i_ + ahead < toks_.size() ? toks_[i_ + ahead] : std::string_view();
    }
    std::string got() const {
        return atEnd() ? std::string("the end of the line") : "'" + std::string(peek()) + "'";
    }
    [[noreturn]] void fail(const std::string& expected) const {
        throw LineError{"expected " + expected + ", got " + got()};
    }
    bool accept(std::string_view word) {
        if (!atEnd() && peek() == word) {
            ++i_;
            return true;
        }
        return false;
    }
    void expect(std::string_view word) {
        if (!accept(word)) fail("'" + std::string(word) + "'");
    }
    Color color() {
        if (accept("black")) return kBlack;
        if (accept("white")) return kWhite;
        fail("a colour ('black' or 'white')");
    }
    bool atLetter() const { return peek() == "B" || peek() == "W"; }
    Loc move() {
        std::string_view t = peek();
        if (t == "pass") {
            ++i_;
            return kPassLoc;
        }
        bool shaped = t.size() >= 2 && t.size() <= 3 && std::isupper((unsigned char)t[0]) &&
                      std::isdigit((unsigned char)t[1]) && t[0] != 'I' &&
                      (t.size() == 2 || std::isdigit((unsigned char)t[2]));
        if (shaped) {
            auto loc = parseGtpVertex(t, size_);
            if (loc && *loc != kPassLoc) {
                ++i_;
                return *loc;
            }
            throw LineError{"'" + std::string(t) + "' is not a point of a " +
                            std::to_string(size_) + "x" + std::to_string(size_) + " board"};
        }
        fail("a move (a point such as D4, or 'pass')");
    }
    int number(int lo, int hi) {
        std::string_view t = peek();
        bool digits = !t.empty() && t.size() <= 3;
        for (char c : t) digits = digits && std::isdigit((unsigned char)c);
        if (digits) {
            int n = std::stoi(std::string(t));
            if (n >= lo && n <= hi && std::to_string(n) == t) {
                ++i_;
                return n;
            }
        }
        fail("a number " + std::to_string(lo) + ".." + std::to_string(hi));
    }
    std::vector<PlayedMove> seq() {
        std::vector<PlayedMove> out;
        while (atLetter()) {
            Color c = peek() == "B" ? kBlack : kWhite;
            ++i_;
            out.push_back({c, move()});
        }
        return out;
    }
    void end() {
        if (!atEnd()) fail("the end of the step");
    }

  private:
    std::vector<std::string_view> toks_;
    size_t i_ = 0;
    int size_;
};

// "try MOVE [: SEQ] -> COLOR N%" into s.
void parseLine(Cursor& c, Step& s) {
    c.expect("try");
    s.move = c.move();
    if (c.accept(":")) {
        s.continuation = c.seq();
        if (s.continuation.empty()) c.fail("a move sequence ('B D4 W C5 ...')");
    }
    c.expect("->");
    s.evalColor = c.color();
    s.evalPercent = c.number(0, 100);
    c.expect("%");
}

Step parseStep(std::string_view text, int size) {
    Cursor c(text, size);
    Step s;
    if (c.accept("to")) {
        s.kind = StepKind::kSide;
        c.expect("move");
        c.expect(":");
        s.side = c.color();
    } else if (c.accept("fact")) {
        s.kind = StepKind::kFact;
        c.expect(":");
        s.fact.color = c.color();
        if (c.accept("can")) {
            c.expect("capture");
            s.fact.kind = FactKind::kCapture;
            s.fact.count = c.number(1, 100);
            if (!c.accept(s.fact.count == 1 ? "stone" : "stones"))
                c.fail(s.fact.count == 1 ? "'stone'" : "'stones'");
            c.expect("at");
            s.fact.point = c.move();
            if (s.fact.point == kPassLoc) throw LineError{"a capture cannot be a pass"};
        } else {
            s.fact.point = c.move();
            if (s.fact.point == kPassLoc) throw LineError{"a chain cannot be named by 'pass'"};
            if (c.accept("in")) {
                s.fact.kind = FactKind::kAtari;
                s.fact.count = 1;
                c.expect("atari");
                c.expect("(");
                c.expect("1");
                c.expect("liberty");
                c.expect(")");
            } else if (c.accept("has")) {
                s.fact.kind = FactKind::kLiberties;
                s.fact.count = c.number(2, 100);
                c.expect("liberties");
            } else {
                c.fail("'in atari' or 'has N liberties'");
            }
        }
    } else if (c.accept("candidates")) {
        s.kind = StepKind::kCandidates;
        c.expect(":");
        s.candidates.push_back(c.move());
        while (c.peek() != "." && !c.atEnd()) s.candidates.push_back(c.move());
    } else if (c.peek() == "try") {
        s.kind = StepKind::kReading;
        parseLine(c, s);
    } else if (c.accept("wait")) {
        s.kind = StepKind::kReflection;
        c.expect(",");
        if (!c.accept("deeper")) {
            if (c.accept("after")) {
                s.after = c.seq();
                if (s.after.empty()) c.fail("a move sequence after 'after'");
            }
            Color who = c.color();
            c.expect("has");
            s.refutation = PlayedMove{who, c.move()};
        }
        c.expect(":");
        parseLine(c, s);
        if (s.refutation) {
            std::vector<PlayedMove> want = s.after;
            want.push_back(*s.refutation);
            bool prefix = want.size() <= s.continuation.size();
            for (size_t i = 0; prefix && i < want.size(); ++i)
                prefix = want[i] == s.continuation[i];
            if (!prefix)
                throw LineError{
                    "the line after 'try' must continue with the moves named before it "
                    "('after ... COLOR has MOVE')"};
        }
    } else if (c.accept("conclusion")) {
        s.kind = StepKind::kConclusion;
        c.expect(":");
        s.move = c.move();
        c.expect(",");
        s.evalColor = c.color();
        s.evalPercent = c.number(0, 100);
        c.expect("%");
    } else {
        c.fail("a step ('to move:', 'fact:', 'candidates:', 'try', 'wait,' or 'conclusion:')");
    }
    c.expect(".");
    c.end();
    return s;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace((unsigned char)s.front())) s.remove_prefix(1);
    while (!s.empty() && std::isspace((unsigned char)s.back())) s.remove_suffix(1);
    return s;
}

}  // namespace

std::string writeStep(const Step& s, int size) {
    switch (s.kind) {
        case StepKind::kSide:
            return std::string("to move: ") + colorWord(s.side) + ".";
        case StepKind::kFact: {
            const Fact& f = s.fact;
            std::string t = std::string("fact: ") + colorWord(f.color) + " ";
            switch (f.kind) {
                case FactKind::kAtari:
                    return t + moveText(f.point, size) + " in atari (1 liberty).";
                case FactKind::kLiberties:
                    return t + moveText(f.point, size) + " has " + std::to_string(f.count) +
                           " liberties.";
                case FactKind::kCapture:
                    return t + "can capture " + std::to_string(f.count) +
                           (f.count == 1 ? " stone at " : " stones at ") + moveText(f.point, size) +
                           ".";
            }
            return t;
        }
        case StepKind::kCandidates: {
            std::string t = "candidates:";
            for (Loc m : s.candidates) t += " " + moveText(m, size);
            return t + ".";
        }
        case StepKind::kReading:
            return lineText(s, size) + ".";
        case StepKind::kReflection: {
            std::string t = "wait, ";
            if (!s.refutation) {
                t += "deeper";
            } else {
                if (!s.after.empty()) t += "after " + seqText(s.after, size) + " ";
                t += std::string(colorWord(s.refutation->color)) + " has " +
                     moveText(s.refutation->move, size);
            }
            return t + ": " + lineText(s, size) + ".";
        }
        case StepKind::kConclusion:
            return "conclusion: " + moveText(s.move, size) + ", " + evalText(s) + ".";
    }
    return {};
}

std::string writeThinkHead(const ThinkBlock& b) {
    std::string t = "<think>\n";
    for (const Step& s : b.steps) t += writeStep(s, b.boardSize) + "\n";
    return t;
}

std::string writeThinkBlock(const ThinkBlock& b) {
    std::string t = writeThinkHead(b) + "</think>";
    if (b.answer) t += "\n<answer>" + moveText(*b.answer, b.boardSize) + "</answer>";
    return t;
}

std::string ParseResult::errorText() const {
    std::string t;
    for (const ParseError& e : errors) {
        if (!t.empty()) t += '\n';
        t += e.message;
    }
    return t;
}

ParseResult parseThinkBlock(std::string_view text, int boardSize) {
    ParseResult r;
    r.block.boardSize = boardSize;
    auto error = [&](int line, const std::string& msg) {
        r.errors.push_back({line, "line " + std::to_string(line) + ": " + msg});
    };
    std::vector<std::string_view> lines;
    for (size_t pos = 0;;) {
        size_t nl = text.find('\n', pos);
        lines.push_back(text.substr(pos, nl == std::string_view::npos ? nl : nl - pos));
        if (nl == std::string_view::npos) break;
        pos = nl + 1;
    }
    size_t i = 0;
    while (i < lines.size() && trim(lines[i]).empty()) ++i;
    if (i == lines.size() || trim(lines[i]) != "<think>") {
        error(int(std::min(i, lines.size() - 1)) + 1, "expected '<think>' alone on the first line");
        return r;
    }
    ++i;
    bool closed = false;
    for (; i < lines.size(); ++i) {
        std::string_view l = trim(lines[i]);
        if (l.empty()) continue;
        if (l.substr(0, 8) == "</think>") {
            closed = true;
            break;
        }
        ++r.stepLines;
        try {
            Step s = parseStep(l, boardSize);
            s.line = int(i) + 1;
            r.block.steps.push_back(std::move(s));
        } catch (const LineError& e) {
            error(int(i) + 1, e.what);
        }
    }
    if (!closed) {
        error(int(lines.size()), "expected '</think>' after the steps");
        return r;
    }
    const int closeLine = int(i) + 1;
    // Structure: the side first, the conclusion last, once each.
    const auto& steps = r.block.steps;
    int sides = 0, conclusions = 0;
    for (const Step& s : steps) {
        sides += s.kind == StepKind::kSide;
        conclusions += s.kind == StepKind::kConclusion;
    }
    if (steps.empty() || steps.front().kind != StepKind::kSide || sides != 1)
        error(steps.empty() ? closeLine : steps.front().line,
              "expected exactly one 'to move: COLOR.' step, first");
    if (steps.empty() || steps.back().kind != StepKind::kConclusion || conclusions != 1)
        error(steps.empty() ? closeLine : steps.back().line,
              "expected exactly one 'conclusion: MOVE, COLOR N%.' step, last");
    // The answer: "</think>" then "<answer>MOVE</answer>" (same line or next).
    std::string rest(trim(lines[i]).substr(8));
    for (size_t j = i + 1; j < lines.size(); ++j) rest += "\n" + std::string(lines[j]);
    int answerLine = closeLine;
    {
        std::string_view rv = rest;
        size_t k = 0;
        while (k < rv.size() && std::isspace((unsigned char)rv[k])) {
            if (rv[k] == '\n') ++answerLine;
            ++k;
        }
        rv = trim(rv);
        const std::string_view open = "<answer>", close = "</answer>";
        size_t end = rv.find(close);
        if (rv.substr(0, open.size()) != open || end == std::string_view::npos) {
            error(answerLine, "expected '<answer>MOVE</answer>' after '</think>'");
            return r;
        }
        std::string_view mv = trim(rv.substr(open.size(), end - open.size()));
        if (mv == "pass") {
            r.block.answer = kPassLoc;
        } else {
            auto loc = parseGtpVertex(mv, boardSize);
            if (!loc || *loc == kPassLoc || mv.empty() || !std::isupper((unsigned char)mv[0]))
                error(answerLine,
                      "expected a move (a point such as D4, or 'pass') in <answer>, got '" +
                          std::string(mv) + "'");
            else
                r.block.answer = *loc;
        }
        if (!trim(rv.substr(end + close.size())).empty()) {
            error(answerLine, "expected nothing after '</answer>'");
            return r;
        }
    }
    r.tagsOk = r.block.answer.has_value();
    return r;
}

}  // namespace m37::reason
