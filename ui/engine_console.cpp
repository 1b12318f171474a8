#include "ui/engine_console.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "engine/gtp/gtp_analysis_parser.h"
#include "ui/gtp_process.h"

namespace m37::ui {

namespace {
const int kMaxLines = 5000;
}

EngineConsole::EngineConsole(QWidget* parent) : QWidget(parent) {
    log_ = new QPlainTextEdit(this);
    log_->setObjectName("consoleLog");
    log_->setReadOnly(true);
    log_->setMaximumBlockCount(kMaxLines);
    log_->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    log_->setFont(mono);
    box_ = new QComboBox(this);
    box_->setObjectName("consoleEngine");
    input_ = new QLineEdit(this);
    input_->setObjectName("consoleInput");
    input_->setPlaceholderText(tr("GTP command, e.g. showboard"));
    connect(input_, &QLineEdit::returnPressed, this, [this] {
        sendCommand(input_->text());
        input_->clear();
    });
    auto* row = new QHBoxLayout;
    row->addWidget(box_);
    row->addWidget(input_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(log_, 1);
    layout->addLayout(row);
    refreshBox();
}

int EngineConsole::engineCount() const {
    int n = 0;
    for (const auto& p : processes_) n += p ? 1 : 0;
    return n;
}

void EngineConsole::refreshBox() {
    box_->clear();
    for (const auto& p : processes_)
        if (p) box_->addItem(p->params().name);
    const bool any = box_->count() > 0;
    input_->setEnabled(any);
    box_->setEnabled(any);
}

void EngineConsole::attach(GtpProcess* process) {
    if (!process || processes_.contains(process)) return;
    processes_.removeAll(nullptr);
    processes_ << process;
    const QString who = process->params().name;
    connect(process, &GtpProcess::sent, this, [this, who](const QString& line) {
        append(who, QStringLiteral("» ") + (line.isEmpty() ? tr("(newline)") : line),
               QStringLiteral("#1f5fbf"));
    });
    connect(process, &GtpProcess::received, this, [this, who](const QString& line) {
        if (gtp::isAnalysisLine(line.left(32).toStdString())) {
            // Streams come several times a second: show one in ten.
            if (analysisCount_++ % 10 != 0) return;
        }
        append(who, line, {});
    });
    connect(process, &GtpProcess::diagnostic, this,
            [this, who](const QString& line) { append(who, line, QStringLiteral("#808080")); });
    connect(process, &GtpProcess::failed, this, [this, who](GtpFailure, const QString& message) {
        append(who, message, QStringLiteral("#c0392b"));
    });
    connect(process, &QObject::destroyed, this, [this] { refreshBox(); });
    refreshBox();
    append(who, tr("attached"), QStringLiteral("#808080"));
}

void EngineConsole::detach(GtpProcess* process) {
    if (!process) return;
    process->disconnect(this);
    processes_.removeAll(process);
    refreshBox();
}

void EngineConsole::detachAll() {
    for (const auto& p : processes_)
        if (p) p->disconnect(this);
    processes_.clear();
    refreshBox();
}

void EngineConsole::sendCommand(const QString& line) {
    const QString cmd = line.trimmed();
    const int index = box_->currentIndex();
    if (cmd.isEmpty() || index < 0) return;
    int i = 0;
    for (const auto& p : processes_) {
        if (!p) continue;
        if (i++ == index) {
            p->send(cmd);  // the answer shows through received()
            return;
        }
    }
}

void EngineConsole::append(const QString& who, const QString& line, const QString& color) {
    QString html =
        QStringLiteral("<span style=\"color:#808080\">%1</span> ").arg(who.toHtmlEscaped());
    const QString body = line.left(2000).toHtmlEscaped();
    html += color.isEmpty() ? body
                            : QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color, body);
    log_->appendHtml(html);
}

QString EngineConsole::text() const {
    return log_->toPlainText();
}

}  // namespace m37::ui
