// ChatDock: a random local model's tokens stream in and finish (the text is
// the model's own decoding); cancel stops it and the next question runs;
// stepping through a think block moves the ghost stones on the board and
// the verifier's badges arrive; a remote backend (local test server) shows
// the thinking before the answer; links flash points; the exchange goes to
// the SGF comment and to a file; the main window has the dock (screenshot).
#include "ui/chat_dock.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>

#include "chat_test_server.h"
#include "engine/reason/legal_move_mask.h"
#include "engine/reason/reason_model.h"
#include "engine/reason/tokenizer.h"
#include "ui/board_widget.h"
#include "ui/chat_board_layer.h"
#include "ui/game_tree_model.h"
#include "ui/main_window.h"
#include "ui/shipped_networks.h"
#include "ui_test_util.h"

namespace m37::ui {
namespace {

using test::CannedResponse;
using test::ChatTestServer;
using test::openAiChunk;

reason::TransformerParams smallModel(int context = 256) {
    reason::TransformerParams p;
    p.vocab = reason::Tokenizer::instance().vocabSize();
    p.dModel = 32;
    p.layers = 1;
    p.heads = 2;
    p.context = context;
    p.boardSize = 9;
    return p;
}

std::shared_ptr<reason::ReasonModel> randomModel(int context = 256, uint64_t seed = 7) {
    const reason::Tokenizer& t = reason::Tokenizer::instance();
    return reason::ReasonModel::random(smallModel(context), seed, {t.eosId(), t.answerCloseId()});
}

struct Fixture {
    GameTreeModel model{NewGameParams(9)};
    BoardWidget board{&model};
    ChatDock dock{&model, &board, nullptr};
    Fixture() {
        board.resize(450, 450);
        board.show();
        dock.resize(420, 700);
        dock.show();
    }
};

void useLocal(ChatDock& dock, int maxTokens) {
    ChatSettings s = dock.settings();
    s.backend = ChatBackend::kLocal;
    s.maxTokens = maxTokens;
    s.temperature = 0.7;
    dock.setSettings(s);
}

const char* kThinkBlock =
    "<think>\nto move: black.\ncandidates: E5 C3.\ntry E5: W C5 B E3 -> black 55%.\n"
    "try C3: W E5 -> black 40%.\nconclusion: E5, black 55%.\n</think>\n";

CannedResponse thinkBlockStream(int delayMs) {
    CannedResponse c;
    c.chunkDelayMs = delayMs;
    const QByteArray text = kThinkBlock;
    // Cut the think block into small pieces, tags cut too.
    for (qsizetype i = 0; i < text.size(); i += 7)
        c.chunks.push_back(openAiChunk("content", text.mid(i, 7)));
    c.chunks.push_back(openAiChunk("content", "<answer>E5</answer>"));
    c.chunks.push_back("data: [DONE]\n\n");
    return c;
}

void useRemote(ChatDock& dock, const ChatTestServer& server) {
    ChatSettings s = dock.settings();
    s.backend = ChatBackend::kOpenAi;
    s.openAiUrl = server.baseUrl();
    s.openAiModel = "test";
    dock.setSettings(s);
}

TEST(ChatDock, StreamsARandomLocalModelAndFinishes) {
    Fixture f;
    f.dock.setLocalModel(randomModel(), "random");
    ASSERT_TRUE(QTest::qWaitFor([&] { return f.dock.localModelReady(); }, 10000));
    useLocal(f.dock, 48);
    int finished = 0;
    QObject::connect(&f.dock, &ChatDock::finished, [&] { ++finished; });
    f.dock.ask(ChatQuestion{});
    EXPECT_TRUE(f.dock.isRunning());
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished == 1; }, 30000));
    EXPECT_EQ(f.dock.outcome(), QStringLiteral("done")) << f.dock.errorText().toStdString();
    EXPECT_GT(f.dock.tokens(), 0);
    EXPECT_LE(f.dock.tokens(), 48);

    // The same model, prompt, sampling and legal-move mask give the text the dock shows.
    auto twin = randomModel();
    reason::SamplingParams sp;
    sp.temperature = 0.7;
    sp.maxTokens = 48;
    sp.seed = 1;  // the dock's first request
    const reason::Tokenizer& tok = reason::Tokenizer::instance();
    const GameState& g = f.model.state();
    const reason::LegalMoveMask legal(g);
    const auto r =
        twin->generate(tok.promptTokens(g.board(), g.toMove()), sp, {}, nullptr, legal.filter());
    EXPECT_EQ(int(r.tokens.size()), f.dock.tokens());
    ThinkTagSplitter split;
    QString think, answer;
    auto add = [&](const std::vector<ChatStreamEvent>& es) {
        for (const auto& e : es) (e.kind == ChatStreamEvent::kThinking ? think : answer) += e.text;
    };
    add(split.feed(QString::fromStdString(tok.decode(r.tokens))));
    add(split.flush());
    EXPECT_EQ(f.dock.thinkText(), think);
    EXPECT_EQ(f.dock.answerText(), answer.remove("<answer>").remove("</answer>").trimmed());
}

TEST(ChatDock, EvaluateMoveStartsTheLocalThinkBlockWithThatCandidate) {
    Fixture f;
    f.dock.setLocalModel(randomModel(), "random");
    ASSERT_TRUE(QTest::qWaitFor([&] { return f.dock.localModelReady(); }, 10000));
    useLocal(f.dock, 24);
    int finished = 0;
    QObject::connect(&f.dock, &ChatDock::finished, [&] { ++finished; });
    ChatQuestion q;
    q.kind = ChatQuestion::kEvaluateMove;
    q.point = test::vertex(f.model, "C7");
    f.dock.ask(q);
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished == 1; }, 30000));
    EXPECT_TRUE(f.dock.thinkText().startsWith("\nto move: black.\ncandidates: C7."))
        << f.dock.thinkText().toStdString();
    EXPECT_LE(f.dock.tokens(), 24);  // the forced tokens count against the budget
}

TEST(ChatDock, CancelStopsAndTheNextQuestionRuns) {
    Fixture f;
    f.dock.setLocalModel(randomModel(2048), "random, long context");
    ASSERT_TRUE(QTest::qWaitFor([&] { return f.dock.localModelReady(); }, 10000));
    useLocal(f.dock, 8192);
    int finished = 0;
    QObject::connect(&f.dock, &ChatDock::finished, [&] { ++finished; });
    f.dock.ask(ChatQuestion{});
    ASSERT_TRUE(QTest::qWaitFor([&] { return f.dock.tokens() > 0 || !f.dock.isRunning(); }, 30000));
    ASSERT_TRUE(f.dock.isRunning())
        << "finished before any token: " << f.dock.outcome().toStdString();
    f.dock.cancel();
    EXPECT_FALSE(f.dock.isRunning());
    EXPECT_EQ(f.dock.outcome(), QStringLiteral("cancelled"));
    EXPECT_EQ(finished, 1);
    const int tokensAtCancel = f.dock.tokens();
    QTest::qWait(200);
    EXPECT_EQ(f.dock.tokens(), tokensAtCancel);  // late tokens are not shown
    EXPECT_EQ(finished, 1);

    useLocal(f.dock, 16);  // the worker is free again
    f.dock.ask(ChatQuestion{});
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished == 2; }, 30000));
    EXPECT_EQ(f.dock.outcome(), QStringLiteral("done"));
    EXPECT_LE(f.dock.tokens(), 16);
}

TEST(ChatDock, RemoteBackendShowsThinkingThenAnswerAndStepsMoveGhostStones) {
    ChatTestServer server(thinkBlockStream(15));
    Fixture f;
    useRemote(f.dock, server);
    int finished = 0, verified = 0;
    QObject::connect(&f.dock, &ChatDock::finished, [&] { ++finished; });
    QObject::connect(&f.dock, &ChatDock::verified, [&] { ++verified; });
    f.dock.ask(ChatQuestion{});
    // Thinking is on screen before any answer.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return f.dock.thinkText().contains("candidates") || finished > 0; }, 15000));
    EXPECT_EQ(finished, 0);
    EXPECT_TRUE(f.dock.answerText().isEmpty());
    EXPECT_TRUE(f.dock.isRunning());
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished == 1; }, 15000));
    EXPECT_EQ(f.dock.outcome(), QStringLiteral("done")) << f.dock.errorText().toStdString();
    EXPECT_EQ(f.dock.answerText(), QStringLiteral("E5"));
    EXPECT_EQ(QStringLiteral("<think>") + f.dock.thinkText() + QStringLiteral("</think>\n"),
              QString::fromUtf8(kThinkBlock));
    EXPECT_TRUE(f.dock.statsText().startsWith("Thought for ")) << f.dock.statsText().toStdString();
    EXPECT_TRUE(server.requestBody.contains("What is the best move for Black?"));

    // Steps: one a line, the first selected; stepping moves the ghosts.
    ASSERT_EQ(f.dock.steps().size(), 5u);
    EXPECT_EQ(f.dock.currentStep(), 0);
    EXPECT_TRUE(f.dock.boardLayer()->variation().empty());
    f.dock.nextStep();
    f.dock.nextStep();
    const Loc e5 = test::vertex(f.model, "E5"), c5 = test::vertex(f.model, "C5"),
              e3 = test::vertex(f.model, "E3"), c3 = test::vertex(f.model, "C3");
    EXPECT_EQ(f.dock.currentStep(), 2);
    EXPECT_EQ(f.dock.boardLayer()->variation(),
              (std::vector<reason::PlayedMove>{{kBlack, e5}, {kWhite, c5}, {kBlack, e3}}));
    EXPECT_TRUE(f.dock.thinkView()->toHtml().contains("#ffe98a"));
    QImage withGhost = f.board.grab().toImage();
    const QPoint pc5 = test::pixelOf(f.board, "C5");
    f.dock.nextStep();
    EXPECT_EQ(f.dock.boardLayer()->variation(),
              (std::vector<reason::PlayedMove>{{kBlack, c3}, {kWhite, e5}}));
    QImage without = f.board.grab().toImage();
    // Below the stone's number, inside the stone.
    const qreal dpr = withGhost.devicePixelRatio();
    const qreal r = f.board.boardGeometry().stoneRadius();
    const QPoint px(int(pc5.x() * dpr), int((pc5.y() + 0.6 * r) * dpr));
    EXPECT_GT(test::colorDistance(withGhost.pixelColor(px), without.pixelColor(px)), 60)
        << "a white ghost stone at C5 on step 3, none on step 4";
    f.dock.previousStep();
    EXPECT_EQ(f.dock.currentStep(), 2);

    // Badges from the verifier (rollout search) for the think-block steps.
    ASSERT_TRUE(QTest::qWaitFor([&] { return verified == 1; }, 60000));
    ASSERT_TRUE(f.dock.badge(2).has_value());
    EXPECT_TRUE(f.dock.badge(2)->text.startsWith("legal")) << f.dock.badge(2)->text.toStdString();
    EXPECT_TRUE(f.dock.badge(2)->text.contains("engine black"))
        << f.dock.badge(2)->text.toStdString();

    // Links flash their point; navigating away hides the variation.
    f.dock.openLink(QUrl("pt:C5"));
    EXPECT_EQ(f.dock.boardLayer()->flashing(), c5);
    f.model.play(test::vertex(f.model, "A1"));
    EXPECT_TRUE(f.dock.boardLayer()->variation().empty());
    f.model.back();
    EXPECT_FALSE(f.dock.boardLayer()->variation().empty());

    // The exchange in the comment and in a file.
    f.dock.appendToComment();
    EXPECT_TRUE(f.model.comment().contains("What is the best move for Black?"));
    EXPECT_TRUE(f.model.comment().contains("A: E5"));
    EXPECT_TRUE(f.model.comment().contains("try E5: W C5 B E3 -> black 55%."));
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(f.dock.saveTo(dir.filePath("chat.txt"), &error)) << error.toStdString();
    QFile saved(dir.filePath("chat.txt"));
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(saved.readAll()).trimmed(), f.dock.exchangeText().trimmed());
}

TEST(ChatDock, AnotherModelOnTheSamePositionKeepsTheEarlierAnswer) {
    ChatTestServer server(thinkBlockStream(1));
    Fixture f;
    f.dock.setLocalModel(randomModel(), "random");
    ASSERT_TRUE(QTest::qWaitFor([&] { return f.dock.localModelReady(); }, 10000));
    useLocal(f.dock, 24);
    int finished = 0;
    QObject::connect(&f.dock, &ChatDock::finished, [&] { ++finished; });
    f.dock.ask(ChatQuestion{});
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished == 1; }, 30000));
    const QString first = f.dock.exchangeText();
    EXPECT_TRUE(f.dock.earlierExchange().isEmpty());
    // The remote backend on the same position: the local exchange stays.
    useRemote(f.dock, server);
    f.dock.ask(ChatQuestion{});
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished == 2; }, 15000));
    EXPECT_EQ(f.dock.earlierExchange(), first);
    EXPECT_TRUE(first.contains("local model random"));
    auto* earlier = f.dock.findChild<QTextBrowser*>("chatEarlier");
    ASSERT_TRUE(earlier);
    EXPECT_EQ(earlier->toPlainText(), first);
    // Asking the same backend again replaces nothing; another position
    // forgets the earlier answer.
    f.dock.ask(ChatQuestion{});
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished == 3; }, 15000));
    EXPECT_EQ(f.dock.earlierExchange(), first);
    f.model.play(test::vertex(f.model, "E5"));
    f.dock.ask(ChatQuestion{});
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished == 4; }, 15000));
    EXPECT_TRUE(f.dock.earlierExchange().isEmpty());
}

TEST(ChatDock, LocalModelChoicePersistsAndPicksTheFile) {
    Fixture f;
    auto* combo = f.dock.findChild<QComboBox*>("chatLocalModel");
    ASSERT_TRUE(combo);
    ChatSettings s = f.dock.settings();
    s.localModel = LocalModel::kFile;
    s.localModelPath = "/nonexistent/model.m37";
    f.dock.setSettings(s);
    EXPECT_EQ(combo->currentData().toInt(), int(LocalModel::kFile));
    EXPECT_EQ(ChatSettings::load().localModel, LocalModel::kFile);
    combo->setCurrentIndex(combo->findData(int(LocalModel::kPreference)));
    EXPECT_EQ(f.dock.settings().localModel, LocalModel::kPreference);
    EXPECT_EQ(ChatSettings::load().localModel, LocalModel::kPreference);
    EXPECT_EQ(ChatSettings::load().localModelPath, QStringLiteral("/nonexistent/model.m37"));
    s = f.dock.settings();
    s.localModel = LocalModel::kVerifier;
    f.dock.setSettings(s);
}

TEST(ChatDock, ShippedModelAnswersWithStepsOnARealPosition) {
    if (shippedNetwork(QString::fromUtf8(kShippedReasonModel)).isEmpty())
        GTEST_SKIP() << kShippedReasonModel << " not shipped";
    Fixture f;
    for (const char* m : {"E5", "C4", "G4", "E3"}) f.model.play(test::vertex(f.model, m));
    ChatSettings s = f.dock.settings();
    s.backend = ChatBackend::kLocal;
    s.localModel = LocalModel::kVerifier;
    s.temperature = 0;
    s.maxTokens = 400;
    f.dock.setSettings(s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return f.dock.localModelReady(); }, 30000));
    int finished = 0, verified = 0;
    QObject::connect(&f.dock, &ChatDock::finished, [&] { ++finished; });
    QObject::connect(&f.dock, &ChatDock::verified, [&] { ++verified; });
    f.dock.ask(ChatQuestion{});
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished == 1; }, 60000));
    EXPECT_EQ(f.dock.outcome(), QStringLiteral("done")) << f.dock.errorText().toStdString();
    EXPECT_TRUE(f.dock.thinkText().contains("to move: black.")) << f.dock.thinkText().toStdString();
    EXPECT_TRUE(f.dock.thinkText().contains("candidates:"));
    EXPECT_FALSE(f.dock.answerText().isEmpty());
    EXPECT_GE(f.dock.steps().size(), 3u);
    QTest::qWaitFor([&] { return verified == 1; }, 60000);
    f.dock.nextStep();
    f.dock.nextStep();
    QApplication::processEvents();
    f.dock.grab().save(QStringLiteral(MOVE37_UI_TEST_OUT_DIR "/chat_dock_shipped.png"));
    f.board.grab().save(QStringLiteral(MOVE37_UI_TEST_OUT_DIR "/chat_board_shipped.png"));
}

TEST(ChatDock, RemoteErrorsAreShown) {
    CannedResponse c = thinkBlockStream(1);
    c.chunks.resize(4);
    c.dropMidStream = true;
    ChatTestServer server(c);
    Fixture f;
    useRemote(f.dock, server);
    int finished = 0;
    QObject::connect(&f.dock, &ChatDock::finished, [&] { ++finished; });
    f.dock.ask(ChatQuestion{});
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished == 1; }, 15000));
    EXPECT_EQ(f.dock.outcome(), QStringLiteral("error"));
    EXPECT_TRUE(f.dock.errorText().contains(server.baseUrl())) << f.dock.errorText().toStdString();
    EXPECT_FALSE(f.dock.thinkText().isEmpty());
}

TEST(ChatDock, MainWindowScreenshotWithAStreamedAnswer) {
    ChatTestServer server(thinkBlockStream(1));
    MainWindowParams params;
    params.size = 9;
    MainWindow w(params);
    w.resize(1280, 860);
    w.show();
    w.board()->setHoverEnabled(false);
    ASSERT_TRUE(test::playAll(*w.model(), {"D5", "E4"}));
    w.chatDock()->show();
    w.chatDock()->raise();
    useRemote(*w.chat(), server);
    int finished = 0, verified = 0;
    QObject::connect(w.chat(), &ChatDock::finished, [&] { ++finished; });
    QObject::connect(w.chat(), &ChatDock::verified, [&] { ++verified; });
    w.chat()->ask(ChatQuestion{});
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished == 1; }, 15000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return verified == 1; }, 60000));
    w.chat()->setStep(2);
    QTest::qWait(50);
    const QImage shot = w.grab().toImage();
    EXPECT_FALSE(shot.isNull());
    const QString out = QStringLiteral(MOVE37_UI_TEST_OUT_DIR "/chat_dock.png");
    EXPECT_TRUE(shot.save(out)) << out.toStdString();
}

}  // namespace
}  // namespace m37::ui
