// The analysis extensions: lz-analyze / kata-analyze / *genmove_analyze
// lines (golden-style regular expressions of Leela Zero's and KataGo's
// formats), their arguments, and streaming through run() until the next
// command arrives.
#include <gtest/gtest.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <regex>
#include <sstream>
#include <streambuf>
#include <thread>

#include "engine/go/coord.h"
#include "engine/gtp/gtp_analysis.h"
#include "tests/gtp/gtp_test_util.h"

namespace m37 {
namespace {

using test::ask;

const std::string kLzInfo =
    R"(info move ([A-HJ-T][0-9]{1,2}|pass) visits [0-9]+ winrate [0-9]+ prior [0-9]+ lcb [0-9]+ order [0-9]+ pv ([A-HJ-T][0-9]{1,2}|pass)( ([A-HJ-T][0-9]{1,2}|pass))*)";
const std::string kFloat = R"(-?[0-9]+(\.[0-9]+)?(e-?[0-9]+)?)";
const std::string kKataInfo =
    "info move ([A-HJ-T][0-9]{1,2}|pass) visits [0-9]+ utility " + kFloat + " winrate " + kFloat +
    " scoreMean " + kFloat + " scoreStdev 0 scoreLead " + kFloat + " prior " + kFloat + " lcb " +
    kFloat + " utilityLcb " + kFloat +
    R"( order [0-9]+ pv ([A-HJ-T][0-9]{1,2}|pass)( ([A-HJ-T][0-9]{1,2}|pass))*)";

// Checks a line of candidates one "info move ..." chunk at a time (a single
// regular expression over a whole line recurses too deep in libstdc++).
bool validLine(const std::string& line, const std::string& candidate) {
    const std::string sep = " info move ";
    if (line.rfind("info move ", 0) != 0) return false;
    std::regex re(candidate);
    size_t start = 0;
    for (;;) {
        size_t next = line.find(sep, start);
        std::string chunk =
            line.substr(start, next == std::string::npos ? std::string::npos : next - start);
        if (!std::regex_match(chunk, re)) return false;
        if (next == std::string::npos) return true;
        start = next + 1;
    }
}

// Splits a response "HEAD\nLINE\n...\n\n" into its lines.
std::vector<std::string> lines(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream ss(s);
    std::string l;
    while (std::getline(ss, l)) out.push_back(l);
    return out;
}

GtpServerOptions opts() {
    GtpServerOptions o = test::fastOptions(200);
    o.boardSize = 9;
    o.analysisVisitsWithoutStream = 150;
    return o;
}

TEST(GtpAnalyze, LzAnalyzeFormat) {
    GtpServer s(opts());
    std::string raw = s.handle("5 lz-analyze 10");
    auto ls = lines(raw);
    ASSERT_EQ(ls.size(), 3u) << raw;
    EXPECT_EQ(ls[0], "=5");
    EXPECT_TRUE(validLine(ls[1], kLzInfo)) << raw;
    EXPECT_EQ(ls[2], "");
    EXPECT_EQ(raw.substr(raw.size() - 2), "\n\n");
    // order counts up from 0 and every candidate has visits.
    EXPECT_NE(raw.find(" order 0 pv "), std::string::npos);
    EXPECT_EQ(raw.find(" visits 0 "), std::string::npos);
}

TEST(GtpAnalyze, KataAnalyzeFormat) {
    GtpServer s(opts());
    std::string raw = s.handle("kata-analyze interval 10");
    auto ls = lines(raw);
    ASSERT_EQ(ls.size(), 3u) << raw;
    EXPECT_EQ(ls[0], "=");
    EXPECT_TRUE(validLine(ls[1], kKataInfo)) << raw;
    EXPECT_EQ(ls[2], "");
}

// `ownership true`: 81 values after the candidates, top row first, from the
// side to move's view. Black walls off columns A-C with a wall on D; White
// has stones on F-J. A1 (bottom left) is Black's, J9 (top right) White's.
TEST(GtpAnalyze, KataAnalyzeOwnership) {
    GtpServer s(opts());
    for (int y = 1; y <= 9; ++y) {
        ask(s, "play b D" + std::to_string(y));
        ask(s, "play w F" + std::to_string(y));
    }
    for (const char* who : {"b", "w"}) {
        std::string raw = s.handle(std::string("kata-analyze ") + who + " ownership true");
        auto ls = lines(raw);
        ASSERT_EQ(ls.size(), 3u) << raw;
        const size_t at = ls[1].find(" ownership ");
        ASSERT_NE(at, std::string::npos) << raw;
        EXPECT_TRUE(validLine(ls[1].substr(0, at), kKataInfo)) << raw;
        std::stringstream values(ls[1].substr(at + 11));
        std::vector<double> own;
        double v;
        while (values >> v) own.push_back(v);
        ASSERT_EQ(own.size(), 81u) << raw;
        for (double o : own) {
            EXPECT_GE(o, -1.0);
            EXPECT_LE(o, 1.0);
        }
        const double sign = std::string(who) == "b" ? 1 : -1;
        EXPECT_GT(sign * own[8 * 9 + 0], 0.5) << "A1 is Black's";   // bottom row, column A
        EXPECT_LT(sign * own[0 * 9 + 8], -0.5) << "J9 is White's";  // top row, column J
    }
    // Without the keyword nothing is appended, and Leela Zero's line never has it.
    EXPECT_EQ(s.handle("kata-analyze").find("ownership"), std::string::npos);
    EXPECT_EQ(s.handle("lz-analyze").find("ownership"), std::string::npos);
}

TEST(GtpAnalyze, GenmoveAnalyzePlaysTheMove) {
    GtpServer s(opts());
    std::string raw = s.handle("3 lz-genmove_analyze b 10");
    std::smatch m;
    ASSERT_TRUE(std::regex_match(
        raw, m, std::regex("=3\n(" + kLzInfo + "( " + kLzInfo + ")*\n)?play ([A-HJ-T][0-9])\n\n")))
        << raw;
    EXPECT_EQ(ask(s, "color " + m[m.size() - 1].str()).text, "black");
    std::string k = s.handle("kata-genmove_analyze w");
    EXPECT_TRUE(std::regex_search(k, std::regex("\nplay [A-HJ-T][0-9]\n\n$"))) << k;
}

TEST(GtpAnalyze, AvoidAllowAndMinMoves) {
    GtpServer s(opts());
    std::string raw = s.handle("lz-analyze b 10 allow b E5,C3 1");
    std::regex move("info move ([A-Z][0-9]+) ");
    for (auto it = std::sregex_iterator(raw.begin(), raw.end(), move); it != std::sregex_iterator();
         ++it)
        EXPECT_TRUE((*it)[1] == "E5" || (*it)[1] == "C3") << raw;
    raw = s.handle("lz-analyze b 10 avoid b E5 1 minmoves 3");
    EXPECT_EQ(raw.find("info move E5 "), std::string::npos) << raw;
    // An avoid for the other colour does not restrict Black.
    raw = s.handle("lz-analyze b avoid w E5 1 allow b E5 1");
    EXPECT_NE(raw.find("info move E5 "), std::string::npos) << raw;
    EXPECT_FALSE(test::parseAnswer(s.handle("lz-analyze b avoid b Z99 1")).ok);
    EXPECT_FALSE(test::parseAnswer(s.handle("lz-analyze b minmoves")).ok);
}

TEST(GtpAnalyze, HeatmapNeedsANetwork) {
    GtpServer s(opts());
    auto a = ask(s, "heatmap");
    EXPECT_FALSE(a.ok);
}

TEST(GtpAnalyze, LineFormatsFromASnapshot) {
    AnalysisSnapshot snap;
    snap.boardSize = 19;
    CandidateMove a;
    a.move = makeLoc(3, 15, 19);  // D4
    a.visits = 12;
    a.winrate = 0.52345f;
    a.prior = 0.1234f;
    a.lcb = 0.5625f;
    a.scoreLead = 1.5f;
    a.pv = {makeLoc(3, 15, 19), makeLoc(15, 3, 19)};
    CandidateMove b = a;
    b.move = makeLoc(15, 3, 19);
    b.visits = 0;
    b.lcb = -3;
    b.winrate = 0;
    b.prior = 0.05f;
    b.pv = {b.move};
    snap.candidates = {a, b};
    EXPECT_EQ(gtp::lzInfoLine(snap, 0, 0),
              "info move D4 visits 12 winrate 5234 prior 1234 lcb 5625 order 0 pv D4 Q16");
    EXPECT_EQ(gtp::lzInfoLine(snap, 2, 0),
              "info move D4 visits 12 winrate 5234 prior 1234 lcb 5625 order 0 pv D4 Q16 "
              "info move Q16 visits 0 winrate 0 prior 500 lcb 0 order 1 pv Q16");
    EXPECT_EQ(gtp::kataInfoLine(snap, 0, 0),
              "info move D4 visits 12 utility 0.0469 winrate 0.52345 scoreMean 1.5 scoreStdev 0 "
              "scoreLead 1.5 prior 0.1234 lcb 0.5625 utilityLcb 0.125 order 0 pv D4 Q16");
}

// An input stream whose lines arrive when the test pushes them.
class BlockingInput : public std::streambuf {
  public:
    void push(const std::string& s) {
        std::lock_guard g(m_);
        for (char c : s) q_.push_back(c);
        cv_.notify_all();
    }
    void close() {
        std::lock_guard g(m_);
        closed_ = true;
        cv_.notify_all();
    }

  protected:
    int_type underflow() override {
        std::unique_lock l(m_);
        cv_.wait(l, [&] { return !q_.empty() || closed_; });
        if (q_.empty()) return traits_type::eof();
        ch_ = q_.front();
        q_.pop_front();
        setg(&ch_, &ch_, &ch_ + 1);
        return traits_type::to_int_type(ch_);
    }

  private:
    std::mutex m_;
    std::condition_variable cv_;
    std::deque<char> q_;
    bool closed_ = false;
    char ch_ = 0;
};

// A thread-safe output sink the test can poll.
class SharedOutput : public std::streambuf {
  public:
    std::string text() {
        std::lock_guard g(m_);
        return s_;
    }

  protected:
    int_type overflow(int_type c) override {
        std::lock_guard g(m_);
        if (c != traits_type::eof()) s_ += char(c);
        return c;
    }
    std::streamsize xsputn(const char* p, std::streamsize n) override {
        std::lock_guard g(m_);
        s_.append(p, size_t(n));
        return n;
    }

  private:
    std::mutex m_;
    std::string s_;
};

TEST(GtpAnalyze, StreamsUntilTheNextCommand) {
    BlockingInput inBuf;
    SharedOutput outBuf;
    std::istream in(&inBuf);
    std::ostream out(&outBuf);
    GtpServer s(opts());
    std::thread t([&] { s.run(in, out); });
    inBuf.push("7 lz-analyze 5\n");
    // Lines keep coming while no command arrives.
    auto lineCount = [&] {
        std::string t = outBuf.text();
        return std::count(t.begin(), t.end(), '\n');
    };
    for (int i = 0; i < 500 && lineCount() < 4; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    inBuf.push("8 name\n");
    inBuf.push("quit\n");
    t.join();
    std::string o = outBuf.text();
    auto ls = lines(o);
    ASSERT_GE(ls.size(), 9u) << o;
    EXPECT_EQ(ls[0], "=7");
    size_t i = 1;
    while (i < ls.size() && !ls[i].empty()) EXPECT_TRUE(validLine(ls[i++], kLzInfo)) << ls[i - 1];
    EXPECT_GE(i, 4u) << o;  // three lines or more before the stop
    std::string rest;
    for (; i < ls.size(); ++i) rest += ls[i] + "\n";
    EXPECT_EQ(rest, "\n=8 move37\n\n= \n\n") << o;
}

TEST(GtpAnalyze, PondersAfterGenmoveAndStopsOnInput) {
    BlockingInput inBuf;
    SharedOutput outBuf;
    std::istream in(&inBuf);
    std::ostream out(&outBuf);
    GtpServerOptions o = opts();
    o.ponder = true;
    GtpServer s(o);
    std::thread t([&] { s.run(in, out); });
    inBuf.push("genmove b\n");
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    auto t0 = std::chrono::steady_clock::now();
    inBuf.push("name\nquit\n");
    t.join();
    EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(2));
    EXPECT_TRUE(
        std::regex_match(outBuf.text(), std::regex("= [A-HJ-T][0-9]\n\n= move37\n\n= \n\n")))
        << outBuf.text();
}

}  // namespace
}  // namespace m37
