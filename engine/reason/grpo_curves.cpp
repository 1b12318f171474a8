#include "engine/reason/grpo_curves.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <sstream>
#include <vector>

#include "engine/go/atomic_file.h"
#include "engine/go/whole_file.h"
#include "engine/reason/grpo_rewards.h"
#include "engine/train/elo_plot.h"

namespace m37::reason {

namespace {

std::vector<std::string> splitCells(const std::string& line) {
    std::vector<std::string> cells;
    size_t start = 0;
    for (;;) {
        const size_t comma = line.find(',', start);
        cells.push_back(line.substr(start, comma - start));
        if (comma == std::string::npos) return cells;
        start = comma + 1;
    }
}

}  // namespace

CsvColumns parseCsvColumns(std::string_view text) {
    CsvColumns t;
    std::istringstream in{std::string(text)};
    std::string line;
    if (!std::getline(in, line)) return t;
    const std::vector<std::string> names = splitCells(line);
    while (std::getline(in, line)) {
        const std::vector<std::string> cells = splitCells(line);
        if (cells[0].empty()) continue;
        const double x = std::atof(cells[0].c_str());
        for (size_t i = 1; i < cells.size() && i < names.size(); ++i)
            if (!cells[i].empty()) t[names[i]].push_back({x, std::atof(cells[i].c_str())});
    }
    return t;
}

std::vector<std::pair<double, double>> csvColumn(const CsvColumns& columns,
                                                 const std::string& name) {
    auto it = columns.find(name);
    return it == columns.end() ? std::vector<std::pair<double, double>>{} : it->second;
}

std::vector<std::pair<double, double>> trailingMean(
    const std::vector<std::pair<double, double>>& points, int window) {
    std::vector<std::pair<double, double>> out;
    window = std::max(window, 1);
    double sum = 0;
    for (size_t i = 0; i < points.size(); ++i) {
        sum += points[i].second;
        if (i >= size_t(window)) sum -= points[i - size_t(window)].second;
        out.push_back({points[i].first, sum / double(std::min(i + 1, size_t(window)))});
    }
    return out;
}

namespace {

train::EloSeries series(const std::string& label,
                        const std::vector<std::pair<double, double>>& points, int window,
                        double scale = 1) {
    train::EloSeries s;
    s.label = label;
    for (const auto& [x, y] : trailingMean(points, window)) s.points.push_back({x, scale * y, true});
    return s;
}

}  // namespace

GrpoCurves renderGrpoCurves(std::string_view trainCsv, std::string_view evalCsv,
                            const std::string& title, int smoothing) {
    const CsvColumns train = parseCsvColumns(trainCsv);
    const CsvColumns eval = parseCsvColumns(evalCsv);
    const auto col = csvColumn;
    const std::string win = " (mean of " + std::to_string(smoothing) + " steps)";
    train::EloPlot rewards;
    rewards.title = title + ": rewards";
    rewards.xLabel = "step";
    rewards.yLabel = "reward";
    rewards.markers = false;
    rewards.minYSpan = 1;
    rewards.height = 480;
    rewards.series.push_back(series("reward, sampled" + win, col(train, "reward"), smoothing));
    rewards.series.push_back(series("accuracy" + win, col(train, "accuracy"), smoothing));
    rewards.series.push_back(series("faithfulness" + win, col(train, "faithfulness"), smoothing));
    rewards.series.push_back(series("format" + win, col(train, "format"), smoothing));
    if (!col(train, "preference").empty())
        rewards.series.push_back(
            series("preference" + win, col(train, "preference"), smoothing));
    rewards.series.push_back(series("held-out reward (greedy)", col(eval, "mean_reward"), 1));
    rewards.series.push_back(
        series("held-out answer = best (share)", col(eval, "answer_best_pct"), 1, 0.01));
    train::EloPlot length;
    length.title = title + ": response length";
    length.xLabel = "step";
    length.yLabel = "tokens";
    length.markers = false;
    length.minYSpan = 10;
    length.series.push_back(
        series("sampled completion" + win, col(train, "response_tokens"), smoothing));
    length.series.push_back(series("held-out think block (greedy)", col(eval, "mean_think_tokens"), 1));
    return {train::renderEloSvg(rewards), train::renderEloSvg(length)};
}

bool writeGrpoCurves(const std::string& dir, const std::string& title, std::string* error) {
    const auto trainCsv = readWholeFile(dir + "/train.csv", error);
    if (!trainCsv) return false;
    const auto evalCsv = readWholeFile(dir + "/eval.csv", error);
    if (!evalCsv) return false;
    const GrpoCurves c = renderGrpoCurves(*trainCsv, *evalCsv, title);
    return writeFileAtomically(dir + "/rewards.svg", c.rewardsSvg, error) &&
           writeFileAtomically(dir + "/length.svg", c.lengthSvg, error);
}

std::string grpoCurvesTitle(RewardKind kind) {
    return "reason-grpo, reward " + std::string(toString(kind));
}

}  // namespace m37::reason
