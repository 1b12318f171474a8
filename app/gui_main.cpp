// main() of move37, the GUI: parses the command line, then shows the main
// window. Everything else lives in the m37_ui library.
#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>

#include "engine/go/board.h"
#include "ui/main_window.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName("move37");
    QApplication::setApplicationName("move37");
    QApplication::setApplicationDisplayName("move37");
    QApplication::setApplicationVersion(MOVE37_VERSION);

    QCommandLineParser parser;
    parser.setApplicationDescription("move37: explore Go engines and reasoning traces.");
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption sizeOption("size", "Start with an N x N board (2-25).", "N");
    parser.addOption(sizeOption);
    parser.process(app);

    m37::ui::MainWindowParams params;
    if (parser.isSet(sizeOption)) {
        bool ok = false;
        const int n = parser.value(sizeOption).toInt(&ok);
        if (!ok || n < m37::Board::kMinSize || n > m37::Board::kMaxSize) {
            std::fprintf(stderr, "move37: --size must be a number from %d to %d\n",
                         m37::Board::kMinSize, m37::Board::kMaxSize);
            return 2;
        }
        params.size = n;
    }

    m37::ui::MainWindow window(params);
    window.show();
    return app.exec();
}
