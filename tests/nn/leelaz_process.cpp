#include "tests/nn/leelaz_process.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace m37::nn::test {

namespace {

bool executable(const std::string& path) {
    return access(path.c_str(), X_OK) == 0;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

}  // namespace

std::string findLeelaz() {
    if (const char* env = std::getenv("LEELAZ"); env && *env) return executable(env) ? env : "";
    if (const char* path = std::getenv("PATH")) {
        std::istringstream dirs(path);
        std::string dir;
        while (std::getline(dirs, dir, ':'))
            if (!dir.empty() && executable(dir + "/leelaz")) return dir + "/leelaz";
    }
    return executable("/usr/games/leelaz") ? "/usr/games/leelaz" : "";
}

LeelazRun runLeelaz(const std::string& exe, const std::string& weights,
                    const std::vector<std::string>& commands, const std::string& workDir) {
    LeelazRun run;
    const std::string in = workDir + "/leelaz_in.gtp";
    const std::string out = workDir + "/leelaz_out.txt";
    const std::string err = workDir + "/leelaz_err.txt";
    {
        std::ofstream script(in);
        for (const auto& c : commands) script << c << "\n";
        script << "quit\n";
    }
    const std::string cmd = quote(exe) + " --cpu-only -t 1 --noponder --gtp -w " + quote(weights) +
                            " < " + quote(in) + " > " + quote(out) + " 2> " + quote(err);
    const int rc = std::system(cmd.c_str());
    run.out = readFile(out);
    run.err = readFile(err);
    if (rc != 0) {
        run.error =
            "leelaz exited with status " + std::to_string(rc) + ": " + run.err.substr(0, 2000);
        return run;
    }
    run.ok = true;
    return run;
}

std::vector<LeelazHeatmap> parseLeelazHeatmaps(const std::string& err) {
    std::vector<std::string> lines;
    std::istringstream s(err);
    for (std::string line; std::getline(s, line);) lines.push_back(line);
    auto gridRow = [](const std::string& line, std::vector<int>& row) {
        std::istringstream ls(line);
        row.clear();
        for (int v; ls >> v;) row.push_back(v);
        return row.size() == 19 && line.size() == 19 * 4;
    };
    std::vector<LeelazHeatmap> maps;
    std::vector<int> row;
    for (size_t i = 0; i + 20 < lines.size(); ++i) {
        if (!gridRow(lines[i], row)) continue;
        LeelazHeatmap h;
        size_t j = i;
        for (; j < i + 19 && gridRow(lines[j], row); ++j) {
            h.grid.insert(h.grid.end(), row.begin(), row.end());
            h.text += lines[j] + "\n";
        }
        if (j != i + 19 || lines[j].rfind("pass: ", 0) != 0 ||
            lines[j + 1].rfind("winrate: ", 0) != 0)
            continue;
        h.pass = std::atoi(lines[j].c_str() + 6);
        h.winrate = std::atof(lines[j + 1].c_str() + 9);
        h.text += lines[j] + "\n" + lines[j + 1] + "\n";
        maps.push_back(std::move(h));
        i = j + 1;
    }
    return maps;
}

}  // namespace m37::nn::test
