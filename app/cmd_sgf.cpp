// move37-engine sgf: checking and formatting SGF files.
//   sgf check FILE...   prints FILE:LINE:COL: warning|error: message lines
//                       (reading and replaying each game's main line);
//                       exit 1 when any file has an error, else 0.
//   sgf fmt FILE        prints the canonical form (exit 1 on read errors,
//                       after printing what could be read).
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "app/commands.h"
#include "engine/sgf/sgf_game.h"
#include "engine/sgf/sgf_reader.h"
#include "engine/sgf/sgf_writer.h"

namespace po = boost::program_options;

namespace m37::app {

namespace {

void printDiagnostic(const std::string& file, const SgfDiagnostic& d) {
    std::printf("%s:%d:%d: %s: %s\n", file.c_str(), d.line, d.column,
                d.isError ? "error" : "warning", d.message.c_str());
}

int checkFiles(const std::vector<std::string>& files) {
    bool anyError = false;
    for (const std::string& f : files) {
        SgfReadResult r = readSgfFile(f);
        std::vector<SgfDiagnostic> all = r.diagnostics;
        for (size_t g = 0; g < r.games.size(); ++g) {
            SgfReplay rep = replaySgfGame(*r.games[g]);
            if (!rep.ok) {
                all.push_back({r.games[g]->line, r.games[g]->column,
                               "game " + std::to_string(g + 1) + ": " + rep.error, false});
            }
            all.insert(all.end(), rep.warnings.begin(), rep.warnings.end());
        }
        for (const auto& d : all) {
            printDiagnostic(f, d);
            anyError = anyError || d.isError;
        }
    }
    std::fflush(stdout);
    return anyError ? 1 : 0;
}

int formatFile(const std::string& file) {
    SgfReadResult r = readSgfFile(file);
    for (const auto& d : r.diagnostics) {
        std::fprintf(stderr, "%s:%d:%d: %s: %s\n", file.c_str(), d.line, d.column,
                     d.isError ? "error" : "warning", d.message.c_str());
    }
    std::string text = writeSgf(r.games);
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
    return r.hasErrors() ? 1 : 0;
}

}  // namespace

int runSgf(int argc, char** argv) {
    po::options_description opts("sgf options");
    opts.add_options()("help,h", "this help");
    po::options_description hidden;
    std::string what;
    std::vector<std::string> files;
    hidden.add_options()("what", po::value(&what))("files", po::value(&files));
    po::positional_options_description pos;
    pos.add("what", 1).add("files", -1);
    po::options_description all;
    all.add(opts).add(hidden);
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
        po::notify(vm);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "sgf: %s\n", e.what());
        return 2;
    }
    if (vm.count("help") || what.empty()) {
        std::cout << "usage: move37-engine sgf check FILE...\n"
                     "       move37-engine sgf fmt FILE\n"
                  << opts;
        return vm.count("help") ? 0 : 2;
    }
    if (what == "check") {
        if (files.empty()) {
            std::fprintf(stderr, "sgf check: no file given\n");
            return 2;
        }
        return checkFiles(files);
    }
    if (what == "fmt") {
        if (files.size() != 1) {
            std::fprintf(stderr, "sgf fmt: exactly one file expected\n");
            return 2;
        }
        return formatFile(files.front());
    }
    std::fprintf(stderr, "sgf: unknown command '%s' (known: check, fmt)\n", what.c_str());
    return 2;
}

}  // namespace m37::app
