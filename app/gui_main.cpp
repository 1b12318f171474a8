// main() of move37, the GUI: parses the command line, then shows the main
// window. Everything else lives in the m37_ui library.
#include <QApplication>
#include <QCommandLineParser>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "engine/go/board.h"
#include "engine/go/coord.h"
#include "ui/analysis_actions.h"
#include "ui/analysis_bench.h"
#include "ui/analysis_screenshot.h"
#include "ui/app_translator.h"
#include "ui/autosaver.h"
#include "ui/game_tree_model.h"
#include "ui/main_window.h"
#include "ui/settings_repair.h"
#include "ui/sgf_file_controller.h"

namespace {

void setNames() {
    QCoreApplication::setOrganizationName("move37");
    QCoreApplication::setApplicationName("move37");
    QCoreApplication::setApplicationVersion(MOVE37_VERSION);
}

// Options of move37; the Qt options (-platform, -style, ...) come on top.
struct Options {
    QCommandLineOption size{"size", "Start with an N x N board (2-25).", "N"};
    QCommandLineOption move{"move", "With FILE: go to move N of its main line.", "N"};
    QCommandLineOption language{"language",
                                "User-interface language: en, zh_CN, ja, ko or es (default: the "
                                "setting, else the system's).",
                                "CODE"};
    QCommandLineOption restore{
        "restore-recovery",
        "For scripting: answer the question to restore the game of a session that did not exit "
        "cleanly: yes, no, or ask (the default).",
        "ANSWER", "ask"};
    QCommandLineOption play{
        "play", "For scripting: play these moves (comma-separated, e.g. D4,Q16,pass) at start.",
        "MOVES"};
    // Test hook: prints the game and exits (no event loop).
    QCommandLineOption printGame{"print-game",
                                 "Print the open game (path, modified, SGF), then exit."};
    // Headless screenshots after an analysis (README pictures, Xvfb test).
    QCommandLineOption screenshot{
        "screenshot",
        "Render the window into OUT.png after the analysis finished, then exit (with --sgf, "
        "--move, --analyze-visits, --overlay).",
        "OUT.png"};
    QCommandLineOption sgf{"sgf", "With --screenshot: the SGF file to show.", "FILE"};
    QCommandLineOption analyzeVisits{
        "analyze-visits", "With --screenshot: analyse V visits first (default 0: no analysis).",
        "V"};
    QCommandLineOption overlay{
        "overlay",
        "With --screenshot: overlays to show, a comma list of policy, human, split, candidates, "
        "ownership, surprise.",
        "NAMES"};
    QCommandLineOption network{
        "network",
        "Engine network file (.m37 or Leela Zero) for this session instead of the setting.",
        "FILE"};
    QCommandLineOption humanPolicy{"human-policy",
                                   "Human-policy network file instead of the setting.", "FILE"};
    QCommandLineOption threads{"threads", "Search threads of the analysis.", "N"};
    QCommandLineOption showPv{"show-pv",
                              "With --screenshot: show the best move's principal variation."};
    // Benchmark: the longest GUI stall and move -> analysis latency.
    QCommandLineOption benchResponsiveness{
        "bench-responsiveness",
        "Measure GUI responsiveness while analysing and navigating FILE (or --sgf), then exit."};

    void addTo(QCommandLineParser& parser) {
        printGame.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.setApplicationDescription("move37: explore Go engines and reasoning traces.");
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(size);
        parser.addOption(move);
        parser.addOption(language);
        parser.addOption(restore);
        parser.addOption(play);
        parser.addOption(printGame);
        benchResponsiveness.setFlags(QCommandLineOption::HiddenFromHelp);
        for (auto* o : {&screenshot, &sgf, &analyzeVisits, &overlay, &network, &humanPolicy,
                        &threads, &showPv, &benchResponsiveness})
            parser.addOption(*o);
        parser.addPositionalArgument("FILE", "An SGF file to open.", "[FILE.sgf]");
    }
};

// --help and --version print and exit; they must work without a display.
bool onlyPrints(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : {"-h", "--help", "-?", "--help-all", "-v", "--version"})
            if (std::strcmp(argv[i], flag) == 0) return true;
    }
    return false;
}

// Plays `moves` ("D4,Q16,pass") for the side to move; false at the first
// one that is unreadable or illegal.
bool playMoves(m37::ui::GameTreeModel* model, const QString& moves) {
    for (const QString& text : moves.split(',', Qt::SkipEmptyParts)) {
        const QString v = text.trimmed();
        if (v.compare(QLatin1String("pass"), Qt::CaseInsensitive) == 0) {
            model->pass();
            continue;
        }
        const auto loc = m37::parseGtpVertex(v.toStdString(), model->state().size());
        if (!loc || model->play(*loc) != m37::MoveError::kNone) {
            std::fprintf(stderr, "move37: --play: cannot play %s\n", qPrintable(v));
            return false;
        }
    }
    return true;
}

// A non-negative integer option, or an error message.
bool intOption(const QCommandLineParser& parser, const QCommandLineOption& o, int* out) {
    if (!parser.isSet(o)) return true;
    bool ok = false;
    const int v = parser.value(o).toInt(&ok);
    if (!ok || v < 0) {
        std::fprintf(stderr, "move37: --%s must be a number >= 0, not '%s'\n",
                     qPrintable(o.names().front()), qPrintable(parser.value(o)));
        return false;
    }
    *out = v;
    return true;
}

// --screenshot and --bench-responsiveness: the window without autosave or
// recovery, run to completion, then exit.
int headless(Options& options, const QCommandLineParser& parser) {
    m37::ui::MainWindow window;
    QString sgf = parser.value(options.sgf);
    if (sgf.isEmpty() && !parser.positionalArguments().isEmpty())
        sgf = parser.positionalArguments().front();
    m37::ui::ScreenshotParams p;
    p.sgf = sgf;
    if (!intOption(parser, options.move, &p.move) ||
        !intOption(parser, options.analyzeVisits, &p.visits) ||
        !intOption(parser, options.threads, &p.threads))
        return 2;
    if (parser.isSet(options.network)) p.network = parser.value(options.network);
    if (parser.isSet(options.humanPolicy)) p.humanPolicy = parser.value(options.humanPolicy);
    QString error;
    if (auto flags = m37::ui::OverlayFlags::parse(parser.value(options.overlay), &error)) {
        p.flags = *flags;
    } else {
        std::fprintf(stderr, "move37: --overlay: %s\n", qPrintable(error));
        return 2;
    }
    p.showPv = parser.isSet(options.showPv);
    if (parser.isSet(options.screenshot)) {
        p.out = parser.value(options.screenshot);
        const int rc = m37::ui::takeScreenshot(window, p, &error);
        if (rc != 0)
            std::fprintf(stderr, "move37: --screenshot: %s\n", qPrintable(error));
        else
            std::printf("%s\n", qPrintable(p.out));
        return rc;
    }
    // --bench-responsiveness: the position of --move (default 100), the
    // engine of the settings or the options, until stopped.
    p.visits = 0;
    if (p.move < 0) p.move = 100;
    if (const int rc = m37::ui::openForScreenshot(window, p, &error)) {
        std::fprintf(stderr, "move37: --bench-responsiveness: %s\n", qPrintable(error));
        return rc;
    }
    auto* controller = window.analysis()->controller();
    m37::ui::AnalysisParams ap = controller->params();
    if (p.network) ap.networkPath = *p.network;
    if (p.humanPolicy) ap.humanPolicyPath = *p.humanPolicy;
    if (p.threads > 0) ap.threads = p.threads;
    ap.visits = 0;
    controller->setParams(ap);
    m37::ui::ResponsivenessResult r = m37::ui::measureResponsiveness(window, {});
    std::printf("%s\n", qPrintable(r.summary()));
    return r.lastArrived ? 0 : 3;
}

}  // namespace

int main(int argc, char** argv) {
    setNames();
    Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        parser.process(app);  // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName("move37");
    parser.process(app);

    m37::ui::MainWindowParams params;
    // Before anything reads the settings (the language is one of them).
    params.settingsRepair = m37::ui::SettingsRepair::run();
    m37::ui::AppTranslator translator;
    const QString language = parser.isSet(options.language)
                                 ? parser.value(options.language)
                                 : m37::ui::AppTranslator::savedLanguage();
    if (!translator.setLanguage(language))
        std::fprintf(stderr, "move37: no translation for language %s\n", qPrintable(language));
    // (Screenshots too are in the language asked for.)
    if (parser.isSet(options.screenshot) || parser.isSet(options.benchResponsiveness))
        return headless(options, parser);
    const QString restore = parser.value(options.restore);
    if (restore != "yes" && restore != "no" && restore != "ask") {
        std::fprintf(stderr, "move37: --restore-recovery must be yes, no or ask\n");
        return 2;
    }
    params.autosave = m37::ui::AutosaveParams{{m37::ui::RecoveryStore::defaultDir()}};
    if (parser.isSet(options.size)) {
        bool ok = false;
        const int n = parser.value(options.size).toInt(&ok);
        if (!ok || n < m37::Board::kMinSize || n > m37::Board::kMaxSize) {
            std::fprintf(stderr, "move37: --size must be a number from %d to %d\n",
                         m37::Board::kMinSize, m37::Board::kMaxSize);
            return 2;
        }
        params.size = n;
    }

    m37::ui::MainWindow window(params);
    window.show();
    // --network, --human-policy, --threads: this session's analysis engine.
    if (parser.isSet(options.network) || parser.isSet(options.humanPolicy) ||
        parser.isSet(options.threads)) {
        auto* controller = window.analysis()->controller();
        m37::ui::AnalysisParams ap = controller->params();
        if (parser.isSet(options.network)) ap.networkPath = parser.value(options.network);
        if (parser.isSet(options.humanPolicy))
            ap.humanPolicyPath = parser.value(options.humanPolicy);
        if (!intOption(parser, options.threads, &ap.threads)) return 2;
        ap.threads = std::max(1, ap.threads);
        controller->setParams(ap);
    }
    m37::ui::GameTreeModel* model = window.model();
    m37::ui::Autosaver* autosaver = window.autosaver();
    if (restore != "ask") {
        const bool yes = restore == "yes";
        autosaver->hooks().askRestore = [yes](const m37::ui::RecoveryInfo&) { return yes; };
    }
    const bool restored = autosaver->offerRestore();
    const QStringList files = parser.positionalArguments();
    if (!restored && !files.isEmpty() && window.files()->openFile(files.front()) &&
        parser.isSet(options.move)) {
        const int target = parser.value(options.move).toInt();
        while (model->moveNumber() < target && model->forward()) {
        }
    }
    if (parser.isSet(options.play) && !playMoves(model, parser.value(options.play))) return 2;
    if (parser.isSet(options.printGame)) {
        autosaver->flush();
        std::cout << "path: " << window.files()->path().toStdString() << "\n"
                  << "modified: " << (model->isModified() ? 1 : 0) << "\n"
                  << window.files()->serialized() << std::flush;
        return 0;
    }
    return app.exec();
}
