// ChatDock's widgets and their connections (the dock's layout, apart from
// its behaviour in chat_dock.cpp).
#include "ui/chat_dock.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include "ui/analysis_controller.h"
#include "ui/board_widget.h"
#include "ui/chat_board_layer.h"
#include "ui/game_tree_model.h"
#include "ui/remote_chat_client.h"
#include "ui/reason_training_dialog.h"

namespace m37::ui {

void ChatDock::buildUi() {
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(6, 6, 6, 6);

    auto* top = new QHBoxLayout;
    backend_ = new QComboBox;
    backend_->setObjectName("chatBackend");
    backend_->addItem(tr("Local model"), int(ChatBackend::kLocal));
    backend_->addItem(tr("OpenAI-compatible"), int(ChatBackend::kOpenAi));
    backend_->addItem(tr("Ollama"), int(ChatBackend::kOllama));
    backend_->setCurrentIndex(backend_->findData(int(settings_.backend)));
    settingsToggle_ = new QToolButton;
    settingsToggle_->setText(tr("Settings"));
    settingsToggle_->setCheckable(true);
    top->addWidget(new QLabel(tr("Backend:")));
    top->addWidget(backend_, 1);
    top->addWidget(settingsToggle_);
    root->addLayout(top);
    auto* local = new QHBoxLayout;
    localModel_ = new QComboBox;
    localModel_->setObjectName("chatLocalModel");
    localModel_->addItem(tr("Verifier-trained (reason-9x9)"), int(LocalModel::kVerifier));
    localModel_->addItem(tr("Preference-trained (reason-pref-9x9)"), int(LocalModel::kPreference));
    localModel_->addItem(tr("Model file from the settings"), int(LocalModel::kFile));
    localModel_->setCurrentIndex(localModel_->findData(int(settings_.localModel)));
    localModel_->setToolTip(
        tr("The shipped models differ in what rewarded them: the verifier (the engine's "
           "deep search and every checked step) or a preference net trained on people's "
           "games. Ask both about the same position to compare."));
    local->addWidget(new QLabel(tr("Local model:")));
    local->addWidget(localModel_, 1);
    auto* training = new QToolButton;
    training->setObjectName("chatTraining");
    training->setText(tr("Training…"));
    training->setToolTip(tr("The shipped models' GRPO curves: reward, accuracy, faithfulness "
                            "and response length by step"));
    local->addWidget(training);
    root->addLayout(local);
    connect(training, &QToolButton::clicked, this, [this] {
        auto* d = new ReasonTrainingDialog(this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->show();
    });

    settingsBox_ = new QGroupBox;
    auto* form = new QFormLayout(settingsBox_);
    urlEdit_ = new QLineEdit;
    urlEdit_->setObjectName("chatUrl");
    modelEdit_ = new QLineEdit;
    modelEdit_->setObjectName("chatModel");
    keyEdit_ = new QLineEdit;
    keyEdit_->setObjectName("chatKey");
    keyEdit_->setEchoMode(QLineEdit::Password);
    localPathEdit_ = new QLineEdit(settings_.localModelPath);
    localPathEdit_->setPlaceholderText(tr("a reasoning model (.m37)"));
    auto* browse = new QToolButton;
    browse->setText(tr("…"));
    auto* localRow = new QHBoxLayout;
    localRow->addWidget(localPathEdit_, 1);
    localRow->addWidget(browse);
    form->addRow(tr("URL:"), urlEdit_);
    form->addRow(tr("Model:"), modelEdit_);
    form->addRow(tr("API key:"), keyEdit_);
    form->addRow(tr("Local model file:"), localRow);
    settingsBox_->setVisible(false);
    root->addWidget(settingsBox_);
    connect(settingsToggle_, &QToolButton::toggled, settingsBox_, &QWidget::setVisible);

    auto* q = new QHBoxLayout;
    preset_ = new QComboBox;
    preset_->setObjectName("chatPreset");
    preset_->addItem(tr("Best move"), int(ChatQuestion::kBestMove));
    preset_->addItem(tr("Evaluate move…"), int(ChatQuestion::kEvaluateMove));
    preset_->addItem(tr("Status of group at…"), int(ChatQuestion::kGroupStatus));
    preset_->addItem(tr("Free question"), int(ChatQuestion::kFreeText));
    pointEdit_ = new QLineEdit;
    pointEdit_->setPlaceholderText(tr("D4"));
    pointEdit_->setMaximumWidth(60);
    askButton_ = new QPushButton(tr("Ask"));
    askButton_->setObjectName("chatAsk");
    stopButton_ = new QPushButton(tr("Stop"));
    stopButton_->setObjectName("chatStop");
    q->addWidget(preset_, 1);
    q->addWidget(pointEdit_);
    q->addWidget(askButton_);
    q->addWidget(stopButton_);
    root->addLayout(q);
    freeText_ = new QLineEdit;
    freeText_->setObjectName("chatFreeText");
    freeText_->setPlaceholderText(tr("Ask anything about this position (remote backends)"));
    root->addWidget(freeText_);

    thinkToggle_ = new QToolButton;
    thinkToggle_->setObjectName("chatThinkToggle");
    thinkToggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    thinkToggle_->setArrowType(Qt::DownArrow);
    thinkToggle_->setCheckable(true);
    thinkToggle_->setChecked(true);
    thinkToggle_->setAutoRaise(true);
    root->addWidget(thinkToggle_);
    thinkView_ = new QTextBrowser;
    thinkView_->setObjectName("chatThink");
    thinkView_->setOpenLinks(false);
    thinkView_->setMinimumHeight(60);
    root->addWidget(thinkView_, 3);
    connect(thinkToggle_, &QToolButton::toggled, this, [this](bool on) {
        thinkView_->setVisible(on);
        thinkToggle_->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    auto* steps = new QHBoxLayout;
    prevButton_ = new QPushButton(tr("◀ Step"));
    prevButton_->setToolTip(tr("Previous step ([)"));
    nextButton_ = new QPushButton(tr("Step ▶"));
    nextButton_->setToolTip(tr("Next step (])"));
    stepLabel_ = new QLabel;
    stepLabel_->setObjectName("chatStepLabel");
    stepLabel_->setWordWrap(true);
    steps->addWidget(prevButton_);
    steps->addWidget(nextButton_);
    steps->addWidget(stepLabel_, 1);
    root->addLayout(steps);

    answerView_ = new QTextBrowser;
    answerView_->setObjectName("chatAnswer");
    answerView_->setOpenLinks(false);
    answerView_->setMaximumHeight(64);
    root->addWidget(answerView_, 1);
    compare_ = new QLabel;
    compare_->setObjectName("chatCompare");
    compare_->setWordWrap(true);
    root->addWidget(compare_);
    earlierToggle_ = new QToolButton;
    earlierToggle_->setObjectName("chatEarlierToggle");
    earlierToggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    earlierToggle_->setArrowType(Qt::RightArrow);
    earlierToggle_->setCheckable(true);
    earlierToggle_->setAutoRaise(true);
    earlierToggle_->setText(tr("Earlier answer on this position"));
    earlierToggle_->setVisible(false);
    root->addWidget(earlierToggle_);
    earlierView_ = new QTextBrowser;
    earlierView_->setObjectName("chatEarlier");
    earlierView_->setVisible(false);
    root->addWidget(earlierView_, 2);
    connect(earlierToggle_, &QToolButton::toggled, this, [this](bool on) {
        earlierView_->setVisible(on && !earlier_.isEmpty());
        earlierToggle_->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    auto* actions = new QHBoxLayout;
    auto* copy = new QPushButton(tr("Copy"));
    auto* save = new QPushButton(tr("Save…"));
    auto* comment = new QPushButton(tr("Add to Comment"));
    comment->setToolTip(tr("Append the exchange to the SGF comment of the current move"));
    actions->addWidget(copy);
    actions->addWidget(save);
    actions->addWidget(comment);
    actions->addStretch(1);
    root->addLayout(actions);
    status_ = new QLabel;
    status_->setObjectName("chatStatus");
    status_->setWordWrap(true);
    root->addWidget(status_);

    connect(askButton_, &QPushButton::clicked, this, &ChatDock::askFromInputs);
    connect(freeText_, &QLineEdit::returnPressed, this, &ChatDock::askFromInputs);
    connect(stopButton_, &QPushButton::clicked, this, &ChatDock::cancel);
    connect(prevButton_, &QPushButton::clicked, this, &ChatDock::previousStep);
    connect(nextButton_, &QPushButton::clicked, this, &ChatDock::nextStep);
    connect(thinkView_, &QTextBrowser::anchorClicked, this, &ChatDock::openLink);
    connect(answerView_, &QTextBrowser::anchorClicked, this, &ChatDock::openLink);
    connect(copy, &QPushButton::clicked, this, &ChatDock::copyExchange);
    connect(save, &QPushButton::clicked, this, &ChatDock::saveDialog);
    connect(comment, &QPushButton::clicked, this, &ChatDock::appendToComment);
    auto* next = new QShortcut(QKeySequence(Qt::Key_BracketRight), this);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, &ChatDock::nextStep);
    auto* prev = new QShortcut(QKeySequence(Qt::Key_BracketLeft), this);
    prev->setContext(Qt::WidgetWithChildrenShortcut);
    connect(prev, &QShortcut::activated, this, &ChatDock::previousStep);

    // Settings follow the inputs.
    connect(backend_, &QComboBox::currentIndexChanged, this, [this] {
        settings_.backend = ChatBackend(backend_->currentData().toInt());
        settings_.save();
        updateInputs();
    });
    connect(localModel_, &QComboBox::currentIndexChanged, this, [this] {
        settings_.localModel = LocalModel(localModel_->currentData().toInt());
        settings_.save();
        updateInputs();
        loadLocalModel();
    });
    connect(preset_, &QComboBox::currentIndexChanged, this, &ChatDock::updateInputs);
    auto edited = [this] {
        switch (settings_.backend) {
            case ChatBackend::kOpenAi:
                settings_.openAiUrl = urlEdit_->text();
                settings_.openAiModel = modelEdit_->text();
                break;
            case ChatBackend::kOllama:
                settings_.ollamaUrl = urlEdit_->text();
                settings_.ollamaModel = modelEdit_->text();
                break;
            case ChatBackend::kLocal:
                break;
        }
        settings_.apiKey = keyEdit_->text();
        settings_.save();
    };
    connect(urlEdit_, &QLineEdit::editingFinished, this, edited);
    connect(modelEdit_, &QLineEdit::editingFinished, this, edited);
    connect(keyEdit_, &QLineEdit::editingFinished, this, edited);
    // A file chosen in the settings answers from now on.
    auto useModelFile = [this] {
        settings_.localModel = LocalModel::kFile;
        {
            const QSignalBlocker block(localModel_);
            localModel_->setCurrentIndex(localModel_->findData(int(LocalModel::kFile)));
        }
        settings_.save();
        loadLocalModel();
    };
    connect(localPathEdit_, &QLineEdit::editingFinished, this, [this, useModelFile] {
        if (localPathEdit_->text() == settings_.localModelPath) return;
        settings_.localModelPath = localPathEdit_->text();
        useModelFile();
    });
    connect(browse, &QToolButton::clicked, this, [this, useModelFile] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Reasoning Model"), {},
                                                          tr("move37 models (*.m37)"));
        if (path.isEmpty()) return;
        localPathEdit_->setText(path);
        settings_.localModelPath = path;
        useModelFile();
    });
}

}  // namespace m37::ui
