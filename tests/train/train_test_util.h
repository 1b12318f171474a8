#pragma once
// Helpers of the trainer tests (train_sl_test.cpp, train_rl_test.cpp): a
// fresh run folder, tiny run settings, the rows and columns of a run's train.csv, and the
// largest difference between the tensors of two .m37 nets. Used by one
// test thread at a time.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "engine/nn/net_file.h"
#include "engine/train/trainer_params.h"

namespace m37::train {

// MOVE37_TRAIN_TEST_TMP/group/name, emptied and created.
inline std::string freshTestDir(const std::string& group, const std::string& name) {
    const std::string dir = std::string(MOVE37_TRAIN_TEST_TMP) + "/" + group + "/" + name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

// A tiny run into `out`: a 1x8 net (value head 16), `steps` steps at lr
// 0.02, a CSV row every step and a checkpoint every two.
inline void setTinyRun(TrainerParams& p, const std::string& out, int64_t steps) {
    p.outDir = out;
    p.blocks = 1;
    p.channels = 8;
    p.valueHidden = 16;
    p.steps = steps;
    p.lr = 0.02;
    p.logEvery = 1;
    p.checkpointEvery = 2;
}

// The lines of dir/train.csv, header first.
inline std::vector<std::string> csvLines(const std::string& dir) {
    std::ifstream in(dir + "/train.csv");
    std::vector<std::string> lines;
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    return lines;
}

// The step of every row.
inline std::vector<int64_t> csvSteps(const std::string& dir) {
    std::vector<int64_t> steps;
    auto lines = csvLines(dir);
    for (size_t i = 1; i < lines.size(); ++i) steps.push_back(std::atoll(lines[i].c_str()));
    return steps;
}

// Column `col` (0 = step) of every row.
inline std::vector<double> csvColumn(const std::string& dir, int col) {
    std::vector<double> v;
    auto lines = csvLines(dir);
    for (size_t i = 1; i < lines.size(); ++i) {
        std::string cell;
        std::stringstream ss(lines[i]);
        for (int c = 0; c <= col; ++c) std::getline(ss, cell, ',');
        v.push_back(std::atof(cell.c_str()));
    }
    return v;
}

// The largest difference between the values of two nets' tensors (1e9 when
// they cannot be read or differ in layout).
inline double maxTensorDiff(const std::string& netA, const std::string& netB) {
    std::string error;
    auto a = nn::readNetFile(netA, &error);
    auto b = nn::readNetFile(netB, &error);
    EXPECT_TRUE(a && b) << error;
    if (!a || !b || a->tensors.size() != b->tensors.size()) return 1e9;
    double d = 0;
    for (size_t t = 0; t < a->tensors.size(); ++t) {
        if (a->tensors[t].values.size() != b->tensors[t].values.size()) return 1e9;
        for (size_t i = 0; i < a->tensors[t].values.size(); ++i)
            d = std::max(d, double(std::abs(a->tensors[t].values[i] - b->tensors[t].values[i])));
    }
    return d;
}

}  // namespace m37::train
