#pragma once
// ChatDock: the chat view — ask a reasoning model about the position on the
// board and watch it think. A backend selector (the local reasoning model,
// an OpenAI-compatible server, Ollama; their settings behind a toggle),
// preset questions (best move; evaluate move X; status of the group at X)
// and free text for remote backends. The answer streams in as it comes:
// the think block in a collapsible section headed "thought for 3.2 s, 410
// tokens, 150 tok/s", then the answer. The think block is walked step by
// step (buttons, and "[" / "]" while the dock has focus): the step is
// highlighted in the text and its variation shown on the board as numbered
// ghost stones (ChatBoardLayer); coordinates in the text are links that
// flash the point. Text in the think-block language is verified (legality,
// claims against a short rollout search) off the GUI thread, and each step
// shows its badge. The answer sits beside the engine's and the human
// policy's top moves from the live analysis, with the engine's winrate for
// each. The exchange can be copied, saved as text, or added to the current
// node's SGF comment.
// Threading: GUI thread only. The local model and the verifier run in a
// LocalReasoner on a thread of the dock's own; remote backends stream
// through QNetworkAccessManager. Nothing here waits on either (the
// destructor cancels, then joins the worker, which stops within a token).
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>
#include <QWidget>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "engine/go/game_state.h"
#include "ui/chat_prompt.h"
#include "ui/chat_settings.h"
#include "ui/chat_steps.h"
#include "ui/chat_stream_event.h"
#include "ui/local_reasoner.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QToolButton;
class QGroupBox;
class QUrl;

namespace m37::reason {
class ReasonModel;
}

namespace m37::ui {

class AnalysisController;
class BoardWidget;
class ChatBoardLayer;
class GameTreeModel;
class RemoteChatClient;

// The shipped local reasoning models' file names (shipped_networks.h finds
// them): trained with the verifier's rewards, and with the preference net's.
inline constexpr const char* kShippedReasonModel = "reason-9x9.m37";
inline constexpr const char* kShippedPreferenceModel = "reason-pref-9x9.m37";

class ChatDock : public QWidget {
    Q_OBJECT

  public:
    // `analysis` may be null (no comparison with the engine then).
    ChatDock(GameTreeModel* model, BoardWidget* board, AnalysisController* analysis,
             QWidget* parent = nullptr);
    ~ChatDock() override;

    ChatSettings settings() const { return settings_; }
    void setSettings(const ChatSettings& settings);  // also saved
    // Uses `model` for the local backend (tests; a model loaded elsewhere).
    void setLocalModel(std::shared_ptr<reason::ReasonModel> model, const QString& description);
    bool localModelReady() const { return localReady_; }

    bool isRunning() const { return running_; }
    const QString& question() const { return questionText_; }
    const QString& thinkText() const { return think_; }
    QString answerText() const;
    const QString& errorText() const { return error_; }
    QString statsText() const;
    QString compareText() const;
    // The text the streaming stopped with: "", "cancelled", "done", "error".
    const QString& outcome() const { return outcome_; }
    int tokens() const { return tokens_; }

    const std::vector<ChatStep>& steps() const { return steps_; }
    int currentStep() const { return current_; }
    std::optional<ChatBadgeText> badge(int step) const;
    ChatBoardLayer* boardLayer() const { return layer_; }
    QTextBrowser* thinkView() const { return thinkView_; }

    // The exchange as plain text (question, position, thinking, answer).
    QString exchangeText() const;
    // The exchange before this one when it was about the same position
    // with another backend or model (what the user compares with), else
    // empty.
    const QString& earlierExchange() const { return earlier_; }
    bool saveTo(const QString& path, QString* error = nullptr) const;

  public slots:
    void ask(const m37::ui::ChatQuestion& question);
    void askFromInputs();  // the question the inputs describe
    void cancel();
    void nextStep();
    void previousStep();
    void setStep(int index);
    void copyExchange();
    void saveDialog();
    void appendToComment();
    // Flashes a point given as a "pt:D4" link.
    void openLink(const QUrl& url);

  signals:
    // The stream ended (done, error or cancelled).
    void finished();
    // Badges arrived for the current answer.
    void verified();

  private:
    void buildUi();
    void loadLocalModel();
    QString localModelFile() const;  // the file settings_ name, or ""
    void applyEvent(const ChatStreamEvent& e);
    void finish(const QString& outcome);
    void onLocalToken(quint64 id, const QString& text, int tokenId);
    void onLocalFinished(quint64 id, const LocalRunStats& stats);
    void onBadges(quint64 id, const QList<ChatBadge>& badges);
    void onRemoteEvent(const ChatStreamEvent& e);
    void onRemoteFinished(bool ok);
    void recomputeSteps();
    void render();
    void scheduleRender();
    void updateBoardLayer();
    void updateCompare();
    void updateInputs();
    bool atAskedPosition() const;
    void setStatus(const QString& text);

    GameTreeModel* model_;
    BoardWidget* board_;
    AnalysisController* analysis_;
    ChatBoardLayer* layer_;
    ChatSettings settings_;

    QThread thread_;
    LocalReasoner* reasoner_;
    RemoteChatClient* remote_;
    bool localReady_ = false;
    QString localDescription_;

    // Widgets.
    QComboBox* backend_ = nullptr;
    QToolButton* settingsToggle_ = nullptr;
    QGroupBox* settingsBox_ = nullptr;
    QLineEdit* urlEdit_ = nullptr;
    QLineEdit* modelEdit_ = nullptr;
    QLineEdit* keyEdit_ = nullptr;
    QLineEdit* localPathEdit_ = nullptr;
    QComboBox* localModel_ = nullptr;
    QToolButton* earlierToggle_ = nullptr;
    QTextBrowser* earlierView_ = nullptr;
    QComboBox* preset_ = nullptr;
    QLineEdit* pointEdit_ = nullptr;
    QLineEdit* freeText_ = nullptr;
    QPushButton* askButton_ = nullptr;
    QPushButton* stopButton_ = nullptr;
    QToolButton* thinkToggle_ = nullptr;
    QTextBrowser* thinkView_ = nullptr;
    QPushButton* prevButton_ = nullptr;
    QPushButton* nextButton_ = nullptr;
    QLabel* stepLabel_ = nullptr;
    QTextBrowser* answerView_ = nullptr;
    QLabel* compare_ = nullptr;
    QLabel* status_ = nullptr;

    // The exchange on screen.
    quint64 requestId_ = 0;
    bool running_ = false;
    ChatBackend askedBackend_ = ChatBackend::kLocal;
    QString backendName_;
    GameState asked_;
    const void* askedNode_ = nullptr;
    QString questionText_;
    QString think_, answer_, error_, outcome_;
    ThinkTagSplitter splitter_;  // local token text
    QElapsedTimer clock_;
    int tokens_ = 0;  // local tokens, or remote text chunks
    int thinkTokens_ = 0;
    double thinkSeconds_ = -1;  // set when the think block closed
    double tokensPerSecond_ = 0;
    std::vector<ChatStep> steps_;
    int current_ = -1;
    std::map<int, ChatBadgeText> badges_;  // by think-block step index
    QTimer renderTimer_;
    QString earlier_;  // earlierExchange()
};

}  // namespace m37::ui
