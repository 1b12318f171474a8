// main() of move37, the GUI: parses the command line, then shows the main
// window. Everything else lives in the m37_ui library.
#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>
#include <cstring>

#include "engine/go/board.h"
#include "ui/game_tree_model.h"
#include "ui/main_window.h"
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

    void addTo(QCommandLineParser& parser) {
        parser.setApplicationDescription("move37: explore Go engines and reasoning traces.");
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(size);
        parser.addOption(move);
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
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && window.files()->openFile(files.front()) && parser.isSet(options.move)) {
        const int target = parser.value(options.move).toInt();
        m37::ui::GameTreeModel* model = window.model();
        while (model->moveNumber() < target && model->forward()) {
        }
    }
    return app.exec();
}
