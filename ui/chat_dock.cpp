#include "ui/chat_dock.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

#include "engine/go/coord.h"
#include "engine/reason/reason_model.h"
#include "engine/reason/think_block.h"
#include "ui/analysis_controller.h"
#include "ui/board_widget.h"
#include "ui/chat_board_layer.h"
#include "ui/game_tree_model.h"
#include "ui/remote_chat_client.h"
#include "ui/shipped_networks.h"

namespace m37::ui {

namespace {

QString vertexText(Loc l, int n) {
    return QString::fromStdString(gtpVertex(l, n));
}

// The answer as shown: without the <answer> tags, trimmed.
QString cleanAnswer(QString a) {
    a.remove(QStringLiteral("<answer>"));
    a.remove(QStringLiteral("</answer>"));
    return a.trimmed();
}

}  // namespace

ChatDock::ChatDock(GameTreeModel* model, BoardWidget* board, AnalysisController* analysis,
                   QWidget* parent)
    : QWidget(parent),
      model_(model),
      board_(board),
      analysis_(analysis),
      layer_(new ChatBoardLayer(board)),
      settings_(ChatSettings::load()),
      reasoner_(new LocalReasoner),
      remote_(new RemoteChatClient(this)) {
    setObjectName("chatDockWidget");
    thread_.setObjectName("chat-reasoner");
    reasoner_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, reasoner_, &QObject::deleteLater);
    thread_.start(QThread::LowPriority);
    connect(reasoner_, &LocalReasoner::token, this, &ChatDock::onLocalToken);
    connect(reasoner_, &LocalReasoner::finished, this, &ChatDock::onLocalFinished);
    connect(reasoner_, &LocalReasoner::badges, this, &ChatDock::onBadges);
    connect(reasoner_, &LocalReasoner::modelReady, this, [this](const QString& d) {
        localReady_ = true;
        localDescription_ = d;
        if (settings_.backend == ChatBackend::kLocal && !running_)
            setStatus(tr("Local model: %1").arg(d));
    });
    connect(reasoner_, &LocalReasoner::loadFailed, this, [this](const QString& m) {
        localReady_ = false;
        setStatus(tr("The local reasoning model could not be loaded: %1").arg(m));
    });
    connect(remote_, &RemoteChatClient::event, this, &ChatDock::onRemoteEvent);
    connect(remote_, &RemoteChatClient::finished, this, &ChatDock::onRemoteFinished);
    renderTimer_.setSingleShot(true);
    renderTimer_.setInterval(40);
    connect(&renderTimer_, &QTimer::timeout, this, &ChatDock::render);
    connect(model_, &GameTreeModel::changed, this, [this] {
        updateBoardLayer();
        updateCompare();
    });
    if (analysis_)
        connect(analysis_, &AnalysisController::snapshotChanged, this, &ChatDock::updateCompare);
    buildUi();
    loadLocalModel();
    updateInputs();
    render();
}

ChatDock::~ChatDock() {
    reasoner_->cancel();
    remote_->disconnect(this);
    remote_->cancel();
    thread_.quit();
    thread_.wait();  // generation stops within one token of cancel()
}

void ChatDock::setSettings(const ChatSettings& settings) {
    const bool newLocal = settings.localModelPath != settings_.localModelPath ||
                          settings.localModel != settings_.localModel;
    settings_ = settings;
    settings_.save();
    {
        const QSignalBlocker block(backend_);
        backend_->setCurrentIndex(backend_->findData(int(settings_.backend)));
    }
    {
        const QSignalBlocker block(localModel_);
        localModel_->setCurrentIndex(localModel_->findData(int(settings_.localModel)));
    }
    localPathEdit_->setText(settings_.localModelPath);
    updateInputs();
    if (newLocal) loadLocalModel();
}

QString ChatDock::localModelFile() const {
    switch (settings_.localModel) {
        case LocalModel::kPreference:
            return shippedNetwork(QString::fromUtf8(kShippedPreferenceModel));
        case LocalModel::kFile:
            return settings_.localModelPath;
        case LocalModel::kVerifier:
            break;
    }
    return shippedNetwork(QString::fromUtf8(kShippedReasonModel));
}

void ChatDock::loadLocalModel() {
    const QString path = localModelFile();
    if (path.isEmpty()) {
        localReady_ = false;
        setStatus(settings_.localModel == LocalModel::kFile
                      ? tr("No local model file: choose one in the chat settings (…).")
                      : tr("The shipped reasoning model is missing: choose a file in the chat "
                           "settings, or a remote backend."));
        return;
    }
    localReady_ = false;
    setStatus(tr("Loading %1…").arg(path));
    reasoner_->load(path);
}

void ChatDock::setLocalModel(std::shared_ptr<reason::ReasonModel> model,
                             const QString& description) {
    reasoner_->setModel(std::move(model), description);
}

void ChatDock::updateInputs() {
    const bool remote = settings_.backend != ChatBackend::kLocal;
    const QSignalBlocker b1(urlEdit_), b2(modelEdit_);
    urlEdit_->setEnabled(remote);
    modelEdit_->setEnabled(remote);
    keyEdit_->setEnabled(settings_.backend == ChatBackend::kOpenAi);
    urlEdit_->setText(settings_.backend == ChatBackend::kOllama ? settings_.ollamaUrl
                                                                : settings_.openAiUrl);
    modelEdit_->setText(settings_.backend == ChatBackend::kOllama ? settings_.ollamaModel
                                                                  : settings_.openAiModel);
    keyEdit_->setText(settings_.apiKey);
    const auto kind = ChatQuestion::Kind(preset_->currentData().toInt());
    pointEdit_->setEnabled(kind == ChatQuestion::kEvaluateMove ||
                           kind == ChatQuestion::kGroupStatus);
    freeText_->setEnabled(remote);
    localModel_->setEnabled(!remote);
    askButton_->setEnabled(!running_);
    stopButton_->setEnabled(running_);
    prevButton_->setEnabled(current_ > 0);
    nextButton_->setEnabled(current_ + 1 < int(steps_.size()));
}

void ChatDock::askFromInputs() {
    ChatQuestion q;
    q.kind = ChatQuestion::Kind(preset_->currentData().toInt());
    const int n = model_->state().size();
    if (!freeText_->text().trimmed().isEmpty() && settings_.backend != ChatBackend::kLocal) {
        q.kind = ChatQuestion::kFreeText;
        q.text = freeText_->text().trimmed();
    } else if (q.kind == ChatQuestion::kFreeText) {
        setStatus(tr("Type a question first (free questions need a remote backend)."));
        return;
    } else if (q.kind != ChatQuestion::kBestMove) {
        const auto loc = parseGtpVertex(pointEdit_->text().trimmed().toUpper().toStdString(), n);
        if (!loc || *loc == kPassLoc) {
            setStatus(tr("\"%1\" is not a point of this board (expected a coordinate like D4).")
                          .arg(pointEdit_->text()));
            return;
        }
        q.point = *loc;
    }
    ask(q);
}

void ChatDock::ask(const ChatQuestion& question) {
    cancel();
    // The exchange on screen stays beside the new one when the new one is
    // about the same position with another backend or model.
    const QString previousBackend = backendName_;
    const QString previous = exchangeText();
    const void* previousNode = askedNode_;
    ++requestId_;
    asked_ = model_->state();
    askedNode_ = model_->current();
    askedBackend_ = settings_.backend;
    questionText_ = question.toText(asked_);
    think_.clear();
    answer_.clear();
    error_.clear();
    outcome_.clear();
    splitter_ = ThinkTagSplitter();
    tokens_ = thinkTokens_ = 0;
    thinkSeconds_ = -1;
    tokensPerSecond_ = 0;
    steps_.clear();
    current_ = -1;
    badges_.clear();
    layer_->clear();
    clock_.start();
    running_ = true;
    if (askedBackend_ == ChatBackend::kLocal)
        backendName_ =
            localReady_ ? tr("local model %1").arg(localDescription_) : tr("local model");
    else
        backendName_ = settings_.backend == ChatBackend::kOllama
                           ? QStringLiteral("Ollama %1 at %2")
                                 .arg(settings_.ollamaModel, settings_.ollamaUrl)
                           : QStringLiteral("%1 %2 at %3")
                                 .arg(tr("OpenAI-compatible"), settings_.openAiModel,
                                      settings_.openAiUrl);
    if (!previous.isEmpty() && previousBackend != backendName_ &&
        askedNode_ == previousNode)
        earlier_ = previous;
    else if (askedNode_ != previousNode)
        earlier_.clear();
    if (askedBackend_ == ChatBackend::kLocal) {
        if (question.kind == ChatQuestion::kFreeText) {
            error_ =
                tr("The local model answers the preset questions only; choose a remote "
                   "backend for free questions.");
            finish(QStringLiteral("error"));
            return;
        }
        LocalReasonerParams p;
        p.sampling.temperature = settings_.temperature;
        p.sampling.maxTokens = settings_.maxTokens;
        p.sampling.seed = requestId_;
        // The tokenizer has no words for a question: "evaluate X" starts
        // the think block with X as the only candidate, so the model's next
        // step is its reading of X; other presets get its best move.
        const bool evaluate = question.kind == ChatQuestion::kEvaluateMove &&
                              question.point != kNullLoc && asked_.board().onBoard(question.point);
        if (evaluate)
            p.forcedStart = "<think>\nto move: " +
                            std::string(asked_.toMove() == kBlack ? "black" : "white") +
                            ".\ncandidates: " +
                            reason::moveText(question.point, asked_.size()) + ".";
        reasoner_->ask(asked_, p, requestId_);
        setStatus(question.kind == ChatQuestion::kBestMove ? tr("Thinking…")
                  : evaluate
                      ? tr("Thinking… (the local model reads %1 as its only candidate)")
                            .arg(QString::fromStdString(
                                reason::moveText(question.point, asked_.size())))
                      : tr("Thinking… (the local model reads the position only and answers "
                           "with its best move)"));
    } else {
        RemoteChatRequest r;
        r.backend = askedBackend_;
        const bool ollama = askedBackend_ == ChatBackend::kOllama;
        r.url = ollama ? settings_.ollamaUrl : settings_.openAiUrl;
        r.model = ollama ? settings_.ollamaModel : settings_.openAiModel;
        r.apiKey = ollama ? QString() : settings_.apiKey;
        r.system = remoteSystemPrompt();
        r.user = remoteUserPrompt(asked_, questionText_);
        setStatus(tr("Asking %1…").arg(backendName_));
        remote_->start(r);  // may finish at once (bad URL)
    }
    updateInputs();
    render();
}

void ChatDock::cancel() {
    if (!running_) return;
    // Finished here first: the worker's or the client's late word is then
    // ignored (running_ is false).
    finish(QStringLiteral("cancelled"));
    if (askedBackend_ == ChatBackend::kLocal)
        reasoner_->cancel();
    else
        remote_->cancel();
}

void ChatDock::onLocalToken(quint64 id, const QString& text, int) {
    if (id != requestId_ || !running_) return;
    ++tokens_;
    const bool wasThinking = splitter_.inThink();
    for (const ChatStreamEvent& e : splitter_.feed(text)) applyEvent(e);
    if (splitter_.inThink() || wasThinking) thinkTokens_ = tokens_;
    if (text.contains('\n')) recomputeSteps();
    scheduleRender();
}

void ChatDock::onLocalFinished(quint64 id, const LocalRunStats& stats) {
    if (id != requestId_ || !running_) return;
    for (const ChatStreamEvent& e : splitter_.flush()) applyEvent(e);
    tokensPerSecond_ = stats.tokensPerSecond;
    if (!stats.error.isEmpty()) {
        error_ = stats.error;
        finish(QStringLiteral("error"));
    } else {
        finish(stats.cancelled ? QStringLiteral("cancelled") : QStringLiteral("done"));
    }
}

void ChatDock::onRemoteEvent(const ChatStreamEvent& e) {
    if (!running_ || askedBackend_ == ChatBackend::kLocal) return;
    if (e.kind == ChatStreamEvent::kThinking || e.kind == ChatStreamEvent::kAnswer) {
        ++tokens_;
        if (e.kind == ChatStreamEvent::kThinking) thinkTokens_ = tokens_;
    }
    applyEvent(e);
    if (e.text.contains('\n') || e.kind == ChatStreamEvent::kAnswer) recomputeSteps();
    scheduleRender();
}

void ChatDock::onRemoteFinished(bool ok) {
    if (!running_ || askedBackend_ == ChatBackend::kLocal) return;
    const double s = clock_.elapsed() / 1000.0;
    if (s > 0) tokensPerSecond_ = tokens_ / s;
    finish(ok                 ? QStringLiteral("done")
           : error_.isEmpty() ? QStringLiteral("cancelled")
                              : QStringLiteral("error"));
}

void ChatDock::applyEvent(const ChatStreamEvent& e) {
    switch (e.kind) {
        case ChatStreamEvent::kThinking:
            think_ += e.text;
            break;
        case ChatStreamEvent::kAnswer:
            // The think block is over when the answer starts.
            if (thinkSeconds_ < 0 && !think_.isEmpty()) thinkSeconds_ = clock_.elapsed() / 1000.0;
            answer_ += e.text;
            break;
        case ChatStreamEvent::kDone:
            break;
        case ChatStreamEvent::kError:
            if (!error_.isEmpty()) error_ += '\n';
            error_ += e.text;
            break;
    }
}

void ChatDock::finish(const QString& outcome) {
    running_ = false;
    outcome_ = outcome;
    if (thinkSeconds_ < 0 && !think_.isEmpty()) thinkSeconds_ = clock_.elapsed() / 1000.0;
    recomputeSteps();
    if (!steps_.empty() && current_ < 0) setStep(0);
    if (outcome == QStringLiteral("error"))
        setStatus(tr("Error: %1").arg(error_));
    else if (outcome == QStringLiteral("cancelled"))
        setStatus(tr("Stopped."));
    else
        setStatus(error_.isEmpty()
                      ? tr("Answered by %1.").arg(backendName_)
                      : tr("Answered by %1, with problems: %2").arg(backendName_, error_));
    // Think blocks in the model's language are checked off the GUI thread.
    if (outcome == QStringLiteral("done") && !steps_.empty() && steps_.front().thinkBlock) {
        LocalReasonerParams p;
        reasoner_->verify(asked_, QStringLiteral("<think>") + think_ + QStringLiteral("</think>"),
                          p, requestId_);
        setStatus(status_->text() + ' ' + tr("Verifying the steps…"));
    }
    updateCompare();
    updateInputs();
    render();
    emit finished();
}

void ChatDock::onBadges(quint64 id, const QList<ChatBadge>& badges) {
    if (id != requestId_) return;
    for (const ChatBadge& b : badges) badges_[b.blockIndex] = {b.ok, b.text};
    int ok = 0;
    for (const ChatBadge& b : badges) ok += b.ok ? 1 : 0;
    setStatus(
        tr("Verified: %1 of %2 checked steps hold (rollout search).").arg(ok).arg(badges.size()));
    render();
    emit verified();
}

std::optional<ChatBadgeText> ChatDock::badge(int step) const {
    if (step < 0 || step >= int(steps_.size())) return std::nullopt;
    const auto it = badges_.find(steps_[size_t(step)].blockIndex);
    if (it == badges_.end()) return std::nullopt;
    return it->second;
}

void ChatDock::recomputeSteps() {
    // Only complete lines while streaming (a half line would parse wrongly).
    QString text = think_;
    if (running_) text = text.left(text.lastIndexOf('\n') + 1);
    steps_ = chatSteps(text, asked_);
    if (current_ >= int(steps_.size())) current_ = int(steps_.size()) - 1;
    updateInputs();
}

void ChatDock::setStep(int index) {
    if (index < 0 || index >= int(steps_.size())) return;
    current_ = index;
    updateBoardLayer();
    updateInputs();
    render();
    thinkView_->scrollToAnchor(QStringLiteral("step"));
}

void ChatDock::nextStep() {
    setStep(current_ + 1);
}
void ChatDock::previousStep() {
    setStep(std::max(0, current_ - 1));
}

bool ChatDock::atAskedPosition() const {
    return askedNode_ && model_->current() == askedNode_;
}

void ChatDock::updateBoardLayer() {
    if (current_ >= 0 && current_ < int(steps_.size()) && atAskedPosition())
        layer_->setVariation(steps_[size_t(current_)].moves);
    else
        layer_->setVariation({});
}

void ChatDock::openLink(const QUrl& url) {
    if (url.scheme() != QStringLiteral("pt")) return;
    const auto loc = parseGtpVertex(url.path().toUpper().toStdString(), model_->state().size());
    if (loc && *loc != kPassLoc) layer_->flash(*loc);
}

void ChatDock::scheduleRender() {
    if (!renderTimer_.isActive()) renderTimer_.start();
}

QString ChatDock::answerText() const {
    return cleanAnswer(answer_);
}

QString ChatDock::statsText() const {
    if (think_.isEmpty()) return running_ ? tr("Waiting for the first token…") : tr("Thinking");
    const QString unit = askedBackend_ == ChatBackend::kLocal ? tr("tokens") : tr("chunks");
    if (thinkSeconds_ < 0)
        return tr("Thinking… %1 s, %2 %3")
            .arg(clock_.elapsed() / 1000.0, 0, 'f', 1)
            .arg(thinkTokens_)
            .arg(unit);
    const double rate = tokensPerSecond_ > 0
                            ? tokensPerSecond_
                            : (thinkSeconds_ > 0 ? thinkTokens_ / thinkSeconds_ : 0);
    const QString rateUnit = askedBackend_ == ChatBackend::kLocal ? tr("tok/s") : tr("chunks/s");
    return tr("Thought for %1 s, %2 %3, %4 %5")
        .arg(thinkSeconds_, 0, 'f', 1)
        .arg(thinkTokens_)
        .arg(unit)
        .arg(rate, 0, 'f', 0)
        .arg(rateUnit);
}

void ChatDock::render() {
    renderTimer_.stop();
    const int n = asked_.size();
    std::vector<std::optional<ChatBadgeText>> marks;
    for (int i = 0; i < int(steps_.size()); ++i) marks.push_back(badge(i));
    QString html = chatHtml(think_, n, steps_, current_, marks);
    html.replace(QStringLiteral("<span style=\"background-color:#ffe98a;color:#000\">"),
                 QStringLiteral("<a name=\"step\"></a><span "
                                "style=\"background-color:#ffe98a;color:#000\">"));
    const int scroll = thinkView_->verticalScrollBar()->value();
    const bool atEnd = scroll == thinkView_->verticalScrollBar()->maximum();
    thinkView_->setHtml(html);
    // Follow the stream while the view is at its end.
    thinkView_->verticalScrollBar()->setValue(
        running_ && atEnd ? thinkView_->verticalScrollBar()->maximum() : scroll);
    thinkToggle_->setText(statsText());
    earlierToggle_->setVisible(!earlier_.isEmpty());
    earlierView_->setVisible(!earlier_.isEmpty() && earlierToggle_->isChecked());
    if (earlierView_->toPlainText() != earlier_) earlierView_->setPlainText(earlier_);
    const QString a = answerText();
    answerView_->setHtml(a.isEmpty() ? QString() : chatHtml(a, n, {}, -1));
    if (steps_.empty()) {
        stepLabel_->setText(think_.isEmpty() ? QString() : tr("No steps with moves yet."));
    } else {
        QString s = tr("Step %1 of %2").arg(std::max(current_, 0) + 1).arg(steps_.size());
        if (auto b = badge(current_)) s += QStringLiteral(" · ") + b->text;
        stepLabel_->setText(s);
    }
}

void ChatDock::updateCompare() {
    const QString a = answerText();
    const int n = asked_.size();
    const auto move = running_ || a.isEmpty() ? std::nullopt : answerMove(a, n);
    const std::optional<AnalysisSnapshot> snap =
        analysis_ && atAskedPosition() ? analysis_->snapshot() : std::nullopt;
    const bool haveSnap = snap && snap->boardSize == n && !snap->candidates.empty();
    auto winrate = [&](Loc l) -> QString {
        if (haveSnap)
            for (const CandidateMove& c : snap->candidates)
                if (c.move == l && c.visits > 0)
                    return QStringLiteral("%1%").arg(100.0 * c.winrate, 0, 'f', 1);
        return QStringLiteral("–");
    };
    QStringList parts;
    if (move) parts << tr("Answer %1 (engine %2)").arg(vertexText(*move, n), winrate(*move));
    if (haveSnap) {
        const CandidateMove& best = snap->candidates.front();
        parts << tr("Engine %1 (%2)").arg(vertexText(best.move, n), winrate(best.move));
        if (!snap->humanPolicy.empty()) {
            const auto it = std::max_element(snap->humanPolicy.begin(), snap->humanPolicy.end());
            const int i = int(it - snap->humanPolicy.begin());
            const Loc h = i >= n * n ? kPassLoc : asked_.board().loc(i % n, i / n);
            parts << tr("Human %1 (engine %2)").arg(vertexText(h, n), winrate(h));
        }
    } else if (move) {
        parts << tr("turn on analysis (Space) to compare with the engine");
    }
    compare_->setText(parts.join(QStringLiteral("  ·  ")));
}

QString ChatDock::compareText() const {
    return compare_->text();
}

void ChatDock::setStatus(const QString& text) {
    status_->setText(text);
}

QString ChatDock::exchangeText() const {
    if (questionText_.isEmpty()) return {};
    QString t = tr("Q (%1, move %2, %3): %4")
                    .arg(backendName_)
                    .arg(asked_.moveNumber())
                    .arg(asked_.toMove() == kBlack ? tr("Black to play") : tr("White to play"),
                         questionText_);
    if (!think_.trimmed().isEmpty())
        t += QStringLiteral("\n\n") + statsText() + QStringLiteral(":\n") + think_.trimmed();
    t += QStringLiteral("\n\n") + tr("A: %1").arg(answerText());
    if (!error_.isEmpty()) t += QStringLiteral("\n") + tr("(errors: %1)").arg(error_);
    return t;
}

void ChatDock::copyExchange() {
    QApplication::clipboard()->setText(exchangeText());
    setStatus(tr("Copied."));
}

bool ChatDock::saveTo(const QString& path, QString* error) const {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text) ||
        f.write(exchangeText().toUtf8() + '\n') < 0 || !f.commit()) {
        if (error) *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

void ChatDock::saveDialog() {
    if (questionText_.isEmpty()) return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the Exchange"), {}, tr("Text files (*.txt)"));
    if (path.isEmpty()) return;
    QString error;
    setStatus(saveTo(path, &error) ? tr("Saved to %1.").arg(path) : tr("Not saved: %1").arg(error));
}

void ChatDock::appendToComment() {
    if (questionText_.isEmpty()) return;
    if (!atAskedPosition()) {
        setStatus(tr("Go back to the position the question was about to add it to its comment."));
        return;
    }
    const QString old = model_->comment().trimmed();
    model_->setComment(old.isEmpty() ? exchangeText()
                                     : old + QStringLiteral("\n\n") + exchangeText());
    setStatus(tr("Added to the comment of this move."));
}

}  // namespace m37::ui
