#pragma once
// The GRPO run's learning curves as SVG (engine/train/elo_plot.h), drawn
// from its train.csv and eval.csv: rewards.svg (mean reward and its
// accuracy, faithfulness, format and preference components per step,
// smoothed over a window of steps, with the held-out greedy reward and
// answer = best share as points) and length.svg (mean response length in
// tokens per step, smoothed). reason-grpo redraws both at each checkpoint;
// the committed docs/ copies come from there.
// Threading: pure functions and a file write.
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace m37::reason {

enum class RewardKind;  // grpo_rewards.h

// A CSV's columns by header name, each as (first column, value) points;
// empty cells are left out. The app draws the same curves from the CSV
// shipped beside a model.
using CsvColumns = std::map<std::string, std::vector<std::pair<double, double>>>;
CsvColumns parseCsvColumns(std::string_view text);
// The points of column `name` (empty when the CSV has no such column).
std::vector<std::pair<double, double>> csvColumn(const CsvColumns& columns, const std::string& name);
// The trailing mean of each point over `window` points (1: unchanged).
std::vector<std::pair<double, double>> trailingMean(
    const std::vector<std::pair<double, double>>& points, int window);

struct GrpoCurves {
    std::string rewardsSvg;
    std::string lengthSvg;
};

// The title reason-grpo gives its curves ("reason-grpo, reward verifier").
std::string grpoCurvesTitle(RewardKind kind);

// `title` names the run ("reason-9x9, reward verifier").
GrpoCurves renderGrpoCurves(std::string_view trainCsv, std::string_view evalCsv,
                            const std::string& title, int smoothing = 10);

// Reads DIR/train.csv and DIR/eval.csv, writes DIR/rewards.svg and
// DIR/length.svg atomically; false and *error when it cannot.
bool writeGrpoCurves(const std::string& dir, const std::string& title, std::string* error);

}  // namespace m37::reason
