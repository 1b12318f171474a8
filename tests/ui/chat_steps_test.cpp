// Chat steps and prompts: think-block text gives one step a parsed line
// with its variation; free text gives sentences with coordinates, coloured
// by the words before them; the HTML links coordinates and highlights the
// current step; the prompt holds the diagram, moves and question.
#include "ui/chat_steps.h"

#include <gtest/gtest.h>
#include <QStringList>

#include "engine/go/coord.h"
#include "ui/chat_prompt.h"

namespace m37::ui {
namespace {

Loc v(const char* s, int n = 9) {
    return *parseGtpVertex(s, n);
}

TEST(ChatSteps, ThinkBlockLanguageGivesOneStepALine) {
    GameState g(9);
    const QString think = QStringLiteral(
        "\nto move: black.\ncandidates: E5 C3.\ntry E5: W C5 B E3 -> black 55%.\n"
        "conclusion: E5, black 55%.\n");
    const std::vector<ChatStep> s = chatSteps(think, g);
    ASSERT_EQ(s.size(), 4u);
    for (const ChatStep& c : s) EXPECT_TRUE(c.thinkBlock);
    EXPECT_EQ(s[0].line, 1);
    EXPECT_EQ(think.mid(s[0].start, s[0].end - s[0].start), QStringLiteral("to move: black."));
    EXPECT_TRUE(s[0].moves.empty());
    const std::vector<reason::PlayedMove> cands{{kBlack, v("E5")}, {kBlack, v("C3")}};
    EXPECT_EQ(s[1].moves, cands);
    const std::vector<reason::PlayedMove> line{
        {kBlack, v("E5")}, {kWhite, v("C5")}, {kBlack, v("E3")}};
    EXPECT_EQ(s[2].moves, line);
    EXPECT_EQ(s[2].blockIndex, 2);
    EXPECT_EQ(think.mid(s[2].start, s[2].end - s[2].start),
              QStringLiteral("try E5: W C5 B E3 -> black 55%."));
    EXPECT_EQ(s[3].moves, (std::vector<reason::PlayedMove>{{kBlack, v("E5")}}));
}

TEST(ChatSteps, FreeTextStepsAreSentencesWithCoordinates) {
    GameState g(19);
    g.play(v("Q16", 19));  // White to move now
    const QString think = QStringLiteral(
        "Okay, let me look. White could play d4, then Black C3 and W D3.\n"
        "Nothing else matters here! Maybe R4? Z9 and I5 are not points.");
    const std::vector<ChatStep> s = chatSteps(think, g);
    ASSERT_EQ(s.size(), 2u);
    EXPECT_FALSE(s[0].thinkBlock);
    EXPECT_EQ(think.mid(s[0].start, s[0].end - s[0].start),
              QStringLiteral("White could play d4, then Black C3 and W D3."));
    const std::vector<reason::PlayedMove> want{
        {kWhite, v("D4", 19)}, {kBlack, v("C3", 19)}, {kWhite, v("D3", 19)}};
    EXPECT_EQ(s[0].moves, want);
    EXPECT_EQ(s[0].line, 0);
    EXPECT_EQ(s[1].line, 1);
    // No colour named: the side to move (White).
    EXPECT_EQ(s[1].moves, (std::vector<reason::PlayedMove>{{kWhite, v("R4", 19)}}));
}

TEST(ChatSteps, CoordinatesAndAnswerMove) {
    const auto c = findCoordinates(QStringLiteral("A1, j9 and T19 (t19 off 9x9), I3, D10x"), 9);
    ASSERT_EQ(c.size(), 2u);
    EXPECT_EQ(c[0].loc, v("A1"));
    EXPECT_EQ(c[1].loc, v("J9"));
    EXPECT_EQ(answerMove(QStringLiteral("<answer>E6</answer>"), 9), v("E6"));
    EXPECT_EQ(answerMove(QStringLiteral("I would pass."), 9), kPassLoc);
    EXPECT_FALSE(answerMove(QStringLiteral("no idea"), 9).has_value());
}

TEST(ChatSteps, HtmlLinksCoordinatesHighlightsStepAndShowsBadges) {
    GameState g(9);
    const QString think = QStringLiteral("Try E5 <now>.\nThen C3 & D4.");
    const std::vector<ChatStep> s = chatSteps(think, g);
    ASSERT_EQ(s.size(), 2u);
    std::vector<std::optional<ChatBadgeText>> badges{ChatBadgeText{true, "legal"},
                                                     ChatBadgeText{false, "illegal"}};
    const QString html = chatHtml(think, 9, s, 1, badges);
    EXPECT_EQ(html,
              QStringLiteral("Try <a href=\"pt:E5\">E5</a> &lt;now&gt;. <span "
                             "style=\"color:#2a8a2a\">&#10003;</span><br><span "
                             "style=\"background-color:#ffe98a;color:#000\">Then <a "
                             "href=\"pt:C3\">C3</a> &amp; <a href=\"pt:D4\">D4</a>.</span> <span "
                             "style=\"color:#c0392b\">&#10007;</span>"));
}

TEST(ChatPrompt, DiagramMovesAndQuestion) {
    GameState g(9);
    g.play(v("C3"));
    g.play(v("G7"));
    const QString d = boardDiagram(g.board());
    const QStringList rows = d.split('\n');
    ASSERT_EQ(rows.size(), 11);
    EXPECT_EQ(rows[0], QStringLiteral("   A B C D E F G H J"));
    EXPECT_EQ(rows[3], QStringLiteral(" 7 . . . . . . O . . 7"));
    EXPECT_EQ(rows[7], QStringLiteral(" 3 . . X . . . . . . 3"));
    EXPECT_EQ(moveListText(g), QStringLiteral("1. B C3  2. W G7"));
    ChatQuestion q;
    q.kind = ChatQuestion::kGroupStatus;
    q.point = v("G7");
    EXPECT_EQ(q.toText(g), QStringLiteral("Is the group at G7 alive, dead or unsettled?"));
    const QString p = remoteUserPrompt(g, q.toText(g));
    EXPECT_TRUE(p.contains(d));
    EXPECT_TRUE(p.contains(QStringLiteral("Moves: 1. B C3  2. W G7\nBlack to move.")));
    EXPECT_TRUE(p.endsWith(q.toText(g)));
}

}  // namespace
}  // namespace m37::ui
