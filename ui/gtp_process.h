#pragma once
// GtpProcess: an external GTP engine (GNU Go, Leela Zero, KataGo, another
// move37-engine) driven asynchronously over QProcess. Commands wait in a
// queue and are written one at a time, each with an id; its answer comes
// back through the callback given to send() and the answered() signal. An
// analysis command (lz-analyze, kata-analyze) streams: each line is parsed
// (gtp_analysis_parser) and emitted as snapshot(); the next command, or
// stopAnalysis(), ends it. What goes wrong is detected and reported once by
// failed() with a sentence for the user, after which the process is killed
// and every waiting command fails: the engine cannot start, exits or
// crashes, does not answer within a command's timeout (a hang), prints
// lines that are not GTP (garbage), or prints more than the caps allow
// (a flood). restart() starts it again with an empty queue (the caller
// replays the position). Every byte sent and received is also emitted
// (sent()/received()/diagnostic()) for the engine console.
// Threading: a QObject of the GUI thread; nothing here blocks (no
// waitFor*): QProcess signals and QTimers drive it.
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <deque>
#include <functional>
#include <optional>

#include "engine/gtp/gtp_analysis_parser.h"
#include "engine/search/analysis_snapshot.h"

namespace m37::ui {

// How to start an engine and what to tolerate from it.
struct GtpProcessParams {
    QString name;  // for messages ("GNU Go")
    QString program;
    QStringList arguments;
    QString workingDirectory;          // empty: the current one
    int startTimeoutMs = 30000;        // until the first answer (networks load slowly)
    int commandTimeoutMs = 30000;      // default per command
    qint64 maxLineBytes = 8 << 20;     // one line without a newline (flood)
    qint64 maxAnswerBytes = 16 << 20;  // one multi-line answer (flood)
    int maxGarbageLines = 20;          // lines outside any answer before it is garbage
    int maxBadAnalysisLines = 5;       // unreadable analysis lines in a row

    // From a command line as a user writes it ("gnugo --mode gtp"), split
    // like a shell would (quotes respected).
    static GtpProcessParams fromCommandLine(const QString& name, const QString& commandLine,
                                            const QString& workingDirectory = {});
};

struct GtpAnswer {
    bool ok = false;    // '=' (success) or '?' (the engine refused)
    QString text;       // without '='/'?' and id, trimmed; lines joined by '\n'
    QString transport;  // not empty: no answer (crash, hang, garbage, stopped)
    bool answered() const { return transport.isEmpty(); }
};

enum class GtpFailure {
    kStart,    // could not start
    kExit,     // exited or crashed
    kTimeout,  // no answer in time (hang)
    kGarbage,  // output that is not GTP
    kFlood,    // more output than the caps allow
};

class GtpProcess : public QObject {
    Q_OBJECT

  public:
    using Callback = std::function<void(const GtpAnswer&)>;
    enum class State { kStopped, kStarting, kRunning, kFailed };

    explicit GtpProcess(const GtpProcessParams& params, QObject* parent = nullptr);
    ~GtpProcess() override;

    const GtpProcessParams& params() const { return params_; }
    State state() const { return state_; }
    bool isRunning() const { return state_ == State::kStarting || state_ == State::kRunning; }
    // The last failure's message ("" when none).
    const QString& failure() const { return failure_; }
    // Commands waiting or in flight (the analysis stream included).
    int pending() const { return int(queue_.size()); }
    bool analyzing() const;
    // The id of the command in flight (0 when none).
    int currentId() const;
    qint64 pid() const { return process_ ? process_->processId() : 0; }

    // Starts the process (no-op when running). Commands sent before it has
    // started wait in the queue.
    void start();
    // Kills the process (if any), fails what waits, starts afresh.
    void restart();
    // Sends "quit" after what is queued, kills it if it has not exited
    // after a grace period; pending callbacks get a transport error.
    void stop();

    // Queues a command line; returns its id. timeoutMs < 0: the default;
    // 0: no timeout (a long genmove).
    int send(const QString& command, Callback callback = {}, int timeoutMs = -1);
    // Queues an analysis command (its whole line, e.g. "lz-analyze B 50");
    // the answer's lines become snapshot() signals until another command
    // is sent or stopAnalysis(). The callback runs when it ends.
    int analyze(const QString& command, const gtp::AnalysisLineContext& context,
                Callback callback = {});
    // Ends a running analysis (a raw newline, as Leela Zero and KataGo take).
    void stopAnalysis();

  signals:
    void started();
    void answered(int id, const QString& command, const m37::ui::GtpAnswer& answer);
    void snapshot(const m37::AnalysisSnapshot& snapshot);
    // KataGo's ownership of the latest snapshot (boardSize^2, side to move).
    void ownership(const std::vector<float>& ownership);
    void failed(m37::ui::GtpFailure kind, const QString& message);
    // For the console: a command line written, a line read from stdout,
    // a line from stderr or a note of our own (warnings).
    void sent(const QString& line);
    void received(const QString& line);
    void diagnostic(const QString& line);
    void stateChanged(m37::ui::GtpProcess::State state);

  private:
    struct Command {
        int id = 0;
        QString line;
        Callback callback;
        int timeoutMs = 0;
        bool analysis = false;
        gtp::AnalysisLineContext context;
        bool written = false;
    };

    void setState(State s);
    void writeNext();
    void writeLine(const QString& line);
    void onReadyRead();
    void onStderr();
    void onLine(const QByteArray& raw);
    void finishAnswer();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void onTimeout();
    void fail(GtpFailure kind, const QString& message);
    void failQueue(const QString& why);
    void killProcess();
    QString who() const;
    QString stderrTail() const;

    GtpProcessParams params_;
    QProcess* process_ = nullptr;
    State state_ = State::kStopped;
    QString failure_;
    std::deque<Command> queue_;  // front: the command in flight once written
    int nextId_ = 1;
    QTimer timer_;
    QByteArray stdoutBuffer_;
    QByteArray stderrBuffer_;
    QStringList stderrTail_;
    // The answer being read.
    bool inAnswer_ = false;
    bool answerOk_ = false;
    QStringList answerLines_;
    qint64 answerBytes_ = 0;
    int garbageLines_ = 0;
    int badAnalysisLines_ = 0;
    bool stopping_ = false;
    bool analysisStopSent_ = false;
    bool nextAnswerIsFirst_ = true;  // the engine has not answered yet
};

}  // namespace m37::ui

Q_DECLARE_METATYPE(m37::ui::GtpAnswer)
