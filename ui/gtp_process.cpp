#include "ui/gtp_process.h"

#include <QDir>
#include <QPointer>

namespace m37::ui {

namespace {
const int kQuitGraceMs = 3000;
const int kStderrTailLines = 8;
}  // namespace

GtpProcessParams GtpProcessParams::fromCommandLine(const QString& name, const QString& commandLine,
                                                   const QString& workingDirectory) {
    GtpProcessParams p;
    p.name = name;
    QStringList words = QProcess::splitCommand(commandLine);
    if (!words.isEmpty()) p.program = words.takeFirst();
    p.arguments = words;
    p.workingDirectory = workingDirectory;
    return p;
}

GtpProcess::GtpProcess(const GtpProcessParams& params, QObject* parent)
    : QObject(parent), params_(params) {
    qRegisterMetaType<m37::ui::GtpAnswer>();
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, &GtpProcess::onTimeout);
}

GtpProcess::~GtpProcess() {
    // Killed without waiting: the QProcess lives on, unparented, until it
    // has reaped the child.
    if (process_) {
        process_->disconnect(this);
        if (process_->state() != QProcess::NotRunning) {
            process_->setParent(nullptr);
            connect(process_, &QProcess::finished, process_, &QObject::deleteLater);
            process_->kill();
        }
    }
}

QString GtpProcess::who() const {
    return params_.name.isEmpty() ? params_.program : params_.name;
}

bool GtpProcess::analyzing() const {
    return !queue_.empty() && queue_.front().analysis && queue_.front().written;
}

int GtpProcess::currentId() const {
    return !queue_.empty() && queue_.front().written ? queue_.front().id : 0;
}

void GtpProcess::setState(State s) {
    if (s == state_) return;
    state_ = s;
    emit stateChanged(s);
}

void GtpProcess::start() {
    if (isRunning()) return;
    failure_.clear();
    stopping_ = false;
    stdoutBuffer_.clear();
    stderrBuffer_.clear();
    stderrTail_.clear();
    inAnswer_ = false;
    answerLines_.clear();
    garbageLines_ = 0;
    badAnalysisLines_ = 0;
    nextAnswerIsFirst_ = true;
    if (params_.program.isEmpty()) {
        setState(State::kStarting);
        fail(GtpFailure::kStart,
             tr("%1: no program to start (the command line is empty).").arg(who()));
        return;
    }
    process_ = new QProcess(this);
    process_->setProgram(params_.program);
    process_->setArguments(params_.arguments);
    if (!params_.workingDirectory.isEmpty())
        process_->setWorkingDirectory(params_.workingDirectory);
    connect(process_, &QProcess::started, this, [this] {
        setState(State::kRunning);
        emit diagnostic(tr("started %1 (pid %2)").arg(params_.program).arg(pid()));
        emit started();
        writeNext();
    });
    connect(process_, &QProcess::readyReadStandardOutput, this, &GtpProcess::onReadyRead);
    connect(process_, &QProcess::readyReadStandardError, this, &GtpProcess::onStderr);
    connect(process_, &QProcess::finished, this, &GtpProcess::onFinished);
    connect(process_, &QProcess::errorOccurred, this, &GtpProcess::onError);
    setState(State::kStarting);
    process_->start();
}

void GtpProcess::restart() {
    killProcess();
    timer_.stop();
    failQueue(tr("%1 was restarted").arg(who()));
    setState(State::kStopped);
    start();
}

void GtpProcess::stop() {
    if (!process_) {
        failQueue(tr("%1 was stopped").arg(who()));
        setState(State::kStopped);
        return;
    }
    stopping_ = true;
    // Drop what was not written yet; quit after what is in flight.
    std::deque<Command> dropped;
    while (queue_.size() > 1 || (queue_.size() == 1 && !queue_.front().written)) {
        dropped.push_front(std::move(queue_.back()));
        queue_.pop_back();
    }
    for (Command& c : dropped)
        if (c.callback) c.callback({false, {}, tr("%1 was stopped").arg(who())});
    if (analyzing()) stopAnalysis();
    send(QStringLiteral("quit"), {}, kQuitGraceMs);
    QPointer<QProcess> p = process_;
    QTimer::singleShot(kQuitGraceMs, this, [this, p] {
        if (p && p == process_ && stopping_) {
            emit diagnostic(tr("%1 did not quit; killed").arg(who()));
            killProcess();
            failQueue(tr("%1 was stopped").arg(who()));
            setState(State::kStopped);
        }
    });
}

int GtpProcess::send(const QString& command, Callback callback, int timeoutMs) {
    Command c;
    c.id = nextId_++;
    c.line = command.trimmed();
    c.callback = std::move(callback);
    c.timeoutMs = timeoutMs < 0 ? params_.commandTimeoutMs : timeoutMs;
    const int id = c.id;
    if (state_ == State::kFailed || (state_ == State::kStopped && !process_)) {
        const QString why =
            state_ == State::kFailed ? failure_ : tr("%1 is not running").arg(who());
        if (c.callback) c.callback({false, {}, why});
        return id;
    }
    queue_.push_back(std::move(c));
    writeNext();
    return id;
}

int GtpProcess::analyze(const QString& command, const gtp::AnalysisLineContext& context,
                        Callback callback) {
    const int id = send(command, std::move(callback), 0);
    if (!queue_.empty() && queue_.back().id == id) {
        queue_.back().analysis = true;
        queue_.back().context = context;
    }
    return id;
}

void GtpProcess::stopAnalysis() {
    if (!analyzing() || analysisStopSent_ || queue_.size() > 1) return;
    analysisStopSent_ = true;
    writeLine(QString());
}

void GtpProcess::writeLine(const QString& line) {
    if (!process_) return;
    QByteArray bytes = line.toUtf8();
    bytes.append('\n');
    process_->write(bytes);
    emit sent(line);
}

void GtpProcess::writeNext() {
    // One command at a time, except that the one after an analysis is
    // written at once: that ends the stream.
    while (state_ == State::kRunning && !queue_.empty()) {
        Command* target = nullptr;
        if (!queue_.front().written) {
            target = &queue_.front();
        } else if (queue_.front().analysis && queue_.size() > 1 && !queue_[1].written) {
            target = &queue_[1];
        }
        if (!target) return;
        target->written = true;
        writeLine(QStringLiteral("%1 %2").arg(target->id).arg(target->line));
        const bool first = nextAnswerIsFirst_;
        int ms = target->timeoutMs;
        if (first && ms > 0) ms = std::max(ms, params_.startTimeoutMs);
        if (target->analysis && ms == 0)
            ms = first ? params_.startTimeoutMs : params_.commandTimeoutMs;
        if (ms > 0)
            timer_.start(ms);
        else
            timer_.stop();
    }
}

void GtpProcess::onReadyRead() {
    if (!process_) return;
    QPointer<GtpProcess> self(this);
    stdoutBuffer_.append(process_->readAllStandardOutput());
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = stdoutBuffer_.indexOf('\n', start);
        if (nl < 0) break;
        onLine(stdoutBuffer_.mid(start, nl - start));
        if (!self || !process_ || state_ == State::kFailed) return;
        start = nl + 1;
    }
    stdoutBuffer_.remove(0, start);
    if (stdoutBuffer_.size() > params_.maxLineBytes) {
        fail(GtpFailure::kFlood,
             tr("%1 printed a line longer than %2 MB without an end: output flood.")
                 .arg(who())
                 .arg(params_.maxLineBytes / double(1 << 20), 0, 'f', 1));
    }
}

void GtpProcess::onStderr() {
    if (!process_) return;
    stderrBuffer_.append(process_->readAllStandardError());
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = stderrBuffer_.indexOf('\n', start);
        if (nl < 0) break;
        const QString line = QString::fromUtf8(stderrBuffer_.mid(start, nl - start)).trimmed();
        start = nl + 1;
        if (line.isEmpty()) continue;
        stderrTail_.append(line.left(300));
        while (stderrTail_.size() > kStderrTailLines) stderrTail_.removeFirst();
        emit diagnostic(line.left(2000));
    }
    stderrBuffer_.remove(0, start);
    // stderr is informational: keep only a bounded tail of an unended line.
    if (stderrBuffer_.size() > params_.maxLineBytes) stderrBuffer_.clear();
}

void GtpProcess::onLine(const QByteArray& raw) {
    QByteArray bytes = raw;
    if (bytes.endsWith('\r')) bytes.chop(1);
    const QString line = QString::fromUtf8(bytes);
    // Analysis streams are shown too; the console caps its length.
    emit received(line.left(4000));
    const bool streaming = !queue_.empty() && queue_.front().analysis && queue_.front().written;
    if (!inAnswer_) {
        if (line.trimmed().isEmpty()) return;
        const QChar first = line.at(0);
        if (first != '=' && first != '?') {
            ++garbageLines_;
            if (garbageLines_ > params_.maxGarbageLines) {
                fail(GtpFailure::kGarbage,
                     tr("%1 prints output that is not GTP, e.g. \u201c%2\u201d.")
                         .arg(who(), line.left(80)));
            }
            return;
        }
        if (queue_.empty() || !queue_.front().written) {
            fail(GtpFailure::kGarbage,
                 tr("%1 answered \u201c%2\u201d to no command.").arg(who(), line.left(80)));
            return;
        }
        qsizetype i = 1;
        while (i < line.size() && line.at(i).isDigit()) ++i;
        if (i > 1) {
            const int id = line.mid(1, i - 1).toInt();
            if (id != queue_.front().id) {
                fail(GtpFailure::kGarbage, tr("%1 answered command %2 while %3 was expected.")
                                               .arg(who())
                                               .arg(id)
                                               .arg(queue_.front().id));
                return;
            }
        }
        nextAnswerIsFirst_ = false;
        garbageLines_ = 0;
        inAnswer_ = true;
        answerOk_ = first == '=';
        answerLines_.clear();
        answerBytes_ = line.size();
        const QString rest = line.mid(i).trimmed();
        if (!rest.isEmpty()) answerLines_.append(rest);
        // A stream has no timeout of its own (unless a command after it
        // was written: that one's runs).
        if (streaming && queue_.size() == 1) timer_.stop();
        return;
    }
    if (line.trimmed().isEmpty()) {
        finishAnswer();
        return;
    }
    if (streaming && answerOk_ && gtp::isAnalysisLine(bytes.constData())) {
        gtp::ParsedAnalysis parsed;
        std::string error;
        if (gtp::parseAnalysisLine(std::string_view(bytes.constData(), size_t(bytes.size())),
                                   queue_.front().context, &parsed, &error)) {
            badAnalysisLines_ = 0;
            emit snapshot(parsed.snapshot);
            if (!parsed.ownership.empty()) emit ownership(parsed.ownership);
        } else {
            ++badAnalysisLines_;
            emit diagnostic(tr("unreadable analysis line: %1").arg(QString::fromStdString(error)));
            if (badAnalysisLines_ > params_.maxBadAnalysisLines)
                fail(GtpFailure::kGarbage, tr("%1 prints analysis that cannot be read: %2")
                                               .arg(who(), QString::fromStdString(error)));
        }
        return;
    }
    answerBytes_ += line.size();
    if (answerBytes_ > params_.maxAnswerBytes) {
        fail(GtpFailure::kFlood, tr("%1 answered with more than %2 MB: output flood.")
                                     .arg(who())
                                     .arg(params_.maxAnswerBytes / double(1 << 20), 0, 'f', 1));
        return;
    }
    answerLines_.append(line.trimmed());
}

void GtpProcess::finishAnswer() {
    inAnswer_ = false;
    if (queue_.empty()) return;
    Command c = std::move(queue_.front());
    queue_.pop_front();
    if (c.analysis) analysisStopSent_ = false;
    GtpAnswer answer{answerOk_, answerLines_.join('\n'), {}};
    answerLines_.clear();
    if (!queue_.empty() && queue_.front().written) {
        const int ms = queue_.front().timeoutMs;
        if (ms > 0)
            timer_.start(ms);
        else
            timer_.stop();
    } else {
        timer_.stop();
    }
    QPointer<GtpProcess> self(this);
    if (c.callback) c.callback(answer);
    if (!self) return;
    emit answered(c.id, c.line, answer);
    if (!self) return;
    writeNext();
}

void GtpProcess::onFinished(int exitCode, QProcess::ExitStatus status) {
    if (stopping_) {
        timer_.stop();
        if (process_) process_->deleteLater();
        process_ = nullptr;
        failQueue(tr("%1 was stopped").arg(who()));
        setState(State::kStopped);
        emit diagnostic(tr("%1 quit").arg(who()));
        return;
    }
    const QString how = status == QProcess::CrashExit
                            ? tr("%1 crashed").arg(who())
                            : tr("%1 exited with code %2").arg(who()).arg(exitCode);
    QString message = how;
    if (!queue_.empty() && queue_.front().written)
        message += tr(" while answering \u201c%1\u201d").arg(queue_.front().line);
    fail(GtpFailure::kExit, message + '.');
}

void GtpProcess::onError(QProcess::ProcessError error) {
    if (error == QProcess::FailedToStart) {
        const QString why = process_ ? process_->errorString() : QString();
        fail(GtpFailure::kStart,
             tr("%1 could not be started (%2): %3").arg(who(), params_.program, why));
    }
    // Crashes arrive through finished(); read/write errors follow an exit.
}

void GtpProcess::onTimeout() {
    if (queue_.empty() || !isRunning()) return;
    const Command& c = queue_.size() > 1 && queue_.front().analysis ? queue_[1] : queue_.front();
    fail(GtpFailure::kTimeout,
         tr("%1 did not answer \u201c%2\u201d in %3 s; it seems to hang.")
             .arg(who(), c.line)
             .arg(std::max(c.timeoutMs, timer_.interval()) / 1000.0, 0, 'f', 1));
}

QString GtpProcess::stderrTail() const {
    return stderrTail_.join('\n');
}

void GtpProcess::fail(GtpFailure kind, const QString& message) {
    if (state_ == State::kFailed) return;
    failure_ = message;
    timer_.stop();
    killProcess();
    setState(State::kFailed);
    QString full = message;
    if (!stderrTail_.isEmpty()) full += tr("\nLast messages of the engine:\n") + stderrTail();
    failure_ = full;
    emit diagnostic(full);
    // The waiting callbacks first: a handler of failed() may restart.
    QPointer<GtpProcess> self(this);
    failQueue(message);
    if (!self) return;
    emit failed(kind, full);
}

void GtpProcess::failQueue(const QString& why) {
    std::deque<Command> q;
    q.swap(queue_);
    inAnswer_ = false;
    answerLines_.clear();
    analysisStopSent_ = false;
    for (Command& c : q)
        if (c.callback) c.callback({false, {}, why});
}

void GtpProcess::killProcess() {
    if (!process_) return;
    QProcess* p = process_;
    process_ = nullptr;
    p->disconnect(this);
    if (p->state() != QProcess::NotRunning) {
        // Unparented: it outlives us until the child is reaped (no wait).
        p->setParent(nullptr);
        connect(p, &QProcess::finished, p, &QObject::deleteLater);
        p->kill();
    } else {
        p->deleteLater();
    }
    stdoutBuffer_.clear();
    nextAnswerIsFirst_ = true;
}

}  // namespace m37::ui
