#include "engine/gtp/gtp_analysis_parser.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>

#include "engine/go/coord.h"

namespace m37::gtp {

namespace {

// The tokens of a line, split on blanks (spaces, tabs, CR).
std::vector<std::string_view> tokenize(std::string_view line) {
    std::vector<std::string_view> out;
    size_t i = 0;
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (i < line.size()) {
        while (i < line.size() && blank(line[i])) ++i;
        size_t j = i;
        while (j < line.size() && !blank(line[j])) ++j;
        if (j > i) out.push_back(line.substr(i, j - i));
        i = j;
    }
    return out;
}

std::optional<int64_t> toInt(std::string_view s) {
    int64_t v = 0;
    const char* end = s.data() + s.size();
    auto [p, ec] = std::from_chars(s.data(), end, v);
    if (ec != std::errc() || p != end) return std::nullopt;
    return v;
}

std::optional<double> toFloat(std::string_view s) {
    double v = 0;
    const char* end = s.data() + s.size();
    auto [p, ec] = std::from_chars(s.data(), end, v);
    if (ec != std::errc() || p != end || !std::isfinite(v)) return std::nullopt;
    return v;
}

bool isNumber(std::string_view s) {
    return toFloat(s).has_value();
}

// "D4", "pass": what a PV entry looks like (checked against the board later).
bool looksLikeVertex(std::string_view s) {
    if (s.size() == 4) {
        std::string l(s);
        std::transform(l.begin(), l.end(), l.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        if (l == "pass") return true;
    }
    if (s.size() < 2 || !std::isalpha(static_cast<unsigned char>(s[0]))) return false;
    return std::all_of(s.begin() + 1, s.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

bool isBlockStart(std::string_view t) {
    return t == "info" || t == "ownership" || t == "ownershipStdev" || t == "rootInfo";
}

class LineParser {
  public:
    LineParser(std::string_view line, const AnalysisLineContext& ctx, ParsedAnalysis* out)
        : tokens_(tokenize(line)), ctx_(ctx), out_(out) {}

    bool run(std::string* error) {
        bool ok = parse();
        if (!ok && error) *error = error_;
        return ok;
    }

  private:
    bool fail(size_t index, const std::string& what) {
        error_ = "token " + std::to_string(index + 1);
        if (index < tokens_.size())
            error_ += " '" + std::string(tokens_[index].substr(0, 40)) + "'";
        error_ += ": " + what;
        return false;
    }
    bool failAtEnd(const std::string& what) {
        error_ = "end of line: " + what;
        return false;
    }

    bool kata() const { return ctx_.format == AnalysisFormat::kKataGo; }

    // A value in [0, 1]: LZ writes it x10000 as an integer, KataGo as a float.
    bool fraction(size_t i, float* v) {
        if (kata()) {
            auto f = toFloat(tokens_[i]);
            if (!f || *f < -1e-6 || *f > 1 + 1e-6)
                return fail(i, "expected a number between 0 and 1");
            *v = float(std::clamp(*f, 0.0, 1.0));
            return true;
        }
        auto n = toInt(tokens_[i]);
        if (!n || *n < 0 || *n > 10000) return fail(i, "expected an integer 0..10000");
        *v = float(*n) / 10000.0f;
        return true;
    }

    bool parse() {
        AnalysisSnapshot& s = out_->snapshot;
        s = AnalysisSnapshot();
        s.boardSize = ctx_.boardSize;
        s.toMove = ctx_.toMove;
        out_->ownership.clear();
        if (ctx_.boardSize < 1 || ctx_.boardSize > 25) {
            error_ = "board size " + std::to_string(ctx_.boardSize) + " is not supported";
            return false;
        }
        std::optional<int64_t> rootVisits;
        std::optional<float> rootWinrate, rootLead;
        i_ = 0;
        while (i_ < tokens_.size()) {
            const std::string_view t = tokens_[i_];
            if (t == "info") {
                ++i_;
                if (!candidate()) return false;
            } else if (t == "ownership" || t == "ownershipStdev") {
                if (!kata()) return fail(i_, "ownership is KataGo output, not Leela Zero's");
                if (!board(t == "ownership" ? &out_->ownership : nullptr)) return false;
            } else if (t == "rootInfo") {
                if (!kata()) return fail(i_, "rootInfo is KataGo output, not Leela Zero's");
                ++i_;
                if (!root(&rootVisits, &rootWinrate, &rootLead)) return false;
            } else {
                return fail(i_, "expected 'info'");
            }
        }
        // Best first: by the engine's order, else as listed.
        std::stable_sort(order_.begin(), order_.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<CandidateMove> sorted;
        sorted.reserve(order_.size());
        for (auto& [o, index] : order_) sorted.push_back(std::move(s.candidates[index]));
        s.candidates = std::move(sorted);
        int64_t visits = 0;
        for (const auto& c : s.candidates) visits += c.visits;
        s.rootVisits = rootVisits.value_or(visits);
        s.playouts = s.rootVisits;
        if (!s.candidates.empty()) {
            s.rootWinrate = s.candidates.front().winrate;
            s.rootScoreLead = s.candidates.front().scoreLead;
        }
        if (rootWinrate) s.rootWinrate = *rootWinrate;
        if (rootLead) s.rootScoreLead = *rootLead;
        // The snapshot's ownership is from Black's view.
        s.ownership = out_->ownership;
        if (ctx_.toMove == kWhite)
            for (float& o : s.ownership) o = -o;
        return true;
    }

    // The key-value pairs of one candidate, up to the next block.
    bool candidate() {
        AnalysisSnapshot& s = out_->snapshot;
        const size_t start = i_ - 1;
        CandidateMove c;
        bool haveMove = false, haveVisits = false;
        int64_t order = int64_t(s.candidates.size()) + (int64_t(1) << 40);
        std::optional<float> scoreMean;
        while (i_ < tokens_.size() && !isBlockStart(tokens_[i_])) {
            const size_t k = i_++;
            const std::string_view key = tokens_[k];
            if (key == "pv") {
                while (i_ < tokens_.size() && looksLikeVertex(tokens_[i_])) {
                    auto l = parseGtpVertex(tokens_[i_], ctx_.boardSize);
                    if (!l)
                        return fail(i_, "not a vertex on a " + std::to_string(ctx_.boardSize) +
                                            "x" + std::to_string(ctx_.boardSize) + " board");
                    c.pv.push_back(*l);
                    ++i_;
                }
                continue;
            }
            if (key == "pvVisits" || key == "pvEdgeVisits" || key == "movesOwnership" ||
                key == "movesOwnershipStdev") {
                while (i_ < tokens_.size() && isNumber(tokens_[i_])) ++i_;
                continue;
            }
            if (i_ >= tokens_.size() || isBlockStart(tokens_[i_]))
                return fail(k, "a value must follow");
            const size_t v = i_++;
            if (key == "move") {
                auto l = parseGtpVertex(tokens_[v], ctx_.boardSize);
                if (!l)
                    return fail(v, "expected a vertex on a " + std::to_string(ctx_.boardSize) +
                                       "x" + std::to_string(ctx_.boardSize) + " board or pass");
                c.move = *l;
                haveMove = true;
            } else if (key == "visits") {
                auto n = toInt(tokens_[v]);
                if (!n || *n < 0 || *n > INT32_MAX) return fail(v, "expected a visit count");
                c.visits = int(*n);
                haveVisits = true;
            } else if (key == "winrate") {
                if (!fraction(v, &c.winrate)) return false;
            } else if (key == "prior") {
                if (!fraction(v, &c.prior)) return false;
            } else if (key == "lcb") {
                if (kata()) {
                    auto f = toFloat(tokens_[v]);
                    if (!f) return fail(v, "expected a number");
                    c.lcb = float(*f);
                } else {
                    auto n = toInt(tokens_[v]);
                    if (!n || *n < -10000 || *n > 10000)
                        return fail(v, "expected an integer -10000..10000");
                    c.lcb = float(*n) / 10000.0f;
                }
            } else if (key == "order") {
                auto n = toInt(tokens_[v]);
                if (!n || *n < 0 || *n > INT32_MAX) return fail(v, "expected an order 0, 1, ...");
                order = *n;
            } else if (key == "scoreLead" || key == "scoreMean") {
                if (!kata()) return fail(k, "score is KataGo output, not Leela Zero's");
                auto f = toFloat(tokens_[v]);
                if (!f || std::abs(*f) > 10000) return fail(v, "expected a score in points");
                (key == "scoreLead" ? c.scoreLead : scoreMean) = float(*f);
            } else if (key == "humanPrior") {
                float p = 0;
                if (!kata()) return fail(k, "humanPrior is KataGo output, not Leela Zero's");
                if (!fraction(v, &p)) return false;
                c.humanPrior = p;
            }
            // Other keys (utility, utilityLcb, scoreStdev, scoreSelfplay,
            // edgeVisits, weight, isSymmetryOf, ...) carry one value: skipped.
        }
        if (!haveMove) return fail(start, "a candidate without 'move'");
        if (!haveVisits) return fail(start, "a candidate without 'visits'");
        if (!c.scoreLead) c.scoreLead = scoreMean;
        if (c.pv.empty()) c.pv.push_back(c.move);
        for (const auto& other : s.candidates)
            if (other.move == c.move)
                return fail(start, "move " + gtpVertex(c.move, ctx_.boardSize) + " listed twice");
        order_.push_back({order, s.candidates.size()});
        s.candidates.push_back(std::move(c));
        return true;
    }

    // `ownership` / `ownershipStdev` and boardSize^2 numbers.
    bool board(std::vector<float>* dst) {
        const size_t start = i_++;
        const size_t n = size_t(ctx_.boardSize) * size_t(ctx_.boardSize);
        std::vector<float> values;
        values.reserve(n);
        while (i_ < tokens_.size() && !isBlockStart(tokens_[i_])) {
            auto f = toFloat(tokens_[i_]);
            if (!f || *f < -1.0001 || *f > (dst ? 1.0001 : 100.0))
                return fail(i_,
                            dst ? "expected an ownership value in [-1, 1]" : "expected a number");
            values.push_back(float(std::clamp(*f, -1.0, dst ? 1.0 : 100.0)));
            ++i_;
        }
        if (values.size() != n)
            return fail(start, "expected " + std::to_string(n) + " values, got " +
                                   std::to_string(values.size()));
        if (dst) *dst = std::move(values);
        return true;
    }

    // KataGo's `rootInfo` block: visits, winrate, scoreLead; others skipped.
    bool root(std::optional<int64_t>* visits, std::optional<float>* winrate,
              std::optional<float>* lead) {
        while (i_ < tokens_.size() && !isBlockStart(tokens_[i_])) {
            const size_t k = i_++;
            if (i_ >= tokens_.size() || isBlockStart(tokens_[i_]))
                return fail(k, "a value must follow");
            const size_t v = i_++;
            const std::string_view key = tokens_[k];
            if (key == "visits") {
                auto n = toInt(tokens_[v]);
                if (!n || *n < 0) return fail(v, "expected a visit count");
                *visits = *n;
            } else if (key == "winrate") {
                float w = 0;
                if (!fraction(v, &w)) return false;
                *winrate = w;
            } else if (key == "scoreLead") {
                auto f = toFloat(tokens_[v]);
                if (!f || std::abs(*f) > 10000) return fail(v, "expected a score in points");
                *lead = float(*f);
            }
        }
        return true;
    }

    std::vector<std::string_view> tokens_;
    AnalysisLineContext ctx_;
    ParsedAnalysis* out_;
    size_t i_ = 0;
    std::vector<std::pair<int64_t, size_t>> order_;  // (order, index in candidates)
    std::string error_;
};

}  // namespace

bool parseAnalysisLine(std::string_view line, const AnalysisLineContext& context,
                       ParsedAnalysis* out, std::string* error) {
    ParsedAnalysis scratch;
    LineParser parser(line, context, out ? out : &scratch);
    return parser.run(error);
}

bool isAnalysisLine(std::string_view line) {
    auto tokens = tokenize(line.substr(0, 32));
    return !tokens.empty() && isBlockStart(tokens.front());
}

}  // namespace m37::gtp
