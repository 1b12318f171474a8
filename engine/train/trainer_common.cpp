#include "engine/train/trainer_common.h"

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <ctime>
#include <filesystem>
#include <map>
#include <stdexcept>

#include "engine/go/atomic_file.h"
#include "engine/nn/symmetry.h"
#include "engine/train/progress_text.h"

namespace m37::train {

namespace fs = std::filesystem;

uint64_t mixSeed(uint64_t a, uint64_t b) {
    uint64_t z = a * 0x9E3779B97F4A7C15ULL + b + 0x632BE59BD9B4E019ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

double scheduledLearningRate(double lr, const std::vector<int64_t>& lrSteps, double decay,
                             int64_t step) {
    for (int64_t s : lrSteps)
        if (step >= s) lr *= decay;
    return lr;
}

std::string utcTimestamp() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", &tm);
    return buf;
}

std::string formatNumber(const char* format, double x) {
    char buf[64];
    std::snprintf(buf, sizeof buf, format, x);
    return buf;
}

void trimCsv(const std::string& path, const std::string& header, int64_t step) {
    std::ifstream in(path);
    std::string line, kept = header + "\n";
    bool first = true;
    while (std::getline(in, line)) {
        if (first) {
            first = false;
            continue;
        }
        if (line.empty()) continue;
        const int64_t s = std::atoll(line.c_str());
        if (s <= step) kept += line + "\n";
    }
    in.close();
    std::string error;
    if (!writeFileAtomically(path, kept, &error)) throw std::runtime_error(error);
}

torch::Device trainingDevice() {
    return torch::cuda::is_available() ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
}

torch::optim::SGD makeSgd(PolicyValueNet& net, double lr, double momentum, double weightDecay) {
    return torch::optim::SGD(net->parameters(), torch::optim::SGDOptions(lr)
                                                    .momentum(momentum)
                                                    .weight_decay(weightDecay)
                                                    .nesterov(momentum > 0));
}

void setLearningRate(torch::optim::SGD& opt, double lr) {
    for (auto& g : opt.param_groups()) static_cast<torch::optim::SGDOptions&>(g.options()).lr(lr);
}

void saveCheckpoint(const std::string& path, PolicyValueNet& net, torch::optim::SGD& opt,
                    const CheckpointKeys& keys) {
    torch::serialize::OutputArchive a, m, o;
    net->save(m);
    opt.save(o);
    a.write("model", m);
    a.write("optimizer", o);
    for (const auto& [k, v] : keys.ints) a.write(k, c10::IValue(v));
    for (const auto& [k, v] : keys.doubles) a.write(k, c10::IValue(v));
    std::string error;
    const bool saved = writeFileAtomically(
        path,
        [&](std::ostream& out) {
            a.save_to(out);
            return true;
        },
        &error);
    if (!saved) throw std::runtime_error(error);
}

void addShapeKeys(const PolicyValueShape& shape, CheckpointKeys* keys) {
    keys->ints.push_back({"board_size", shape.boardSize});
    keys->ints.push_back({"blocks", shape.blocks});
    keys->ints.push_back({"channels", shape.channels});
    keys->ints.push_back({"value_hidden", shape.valueHidden});
    keys->ints.push_back({"input_planes", shape.inputPlanes()});
}

bool CheckpointReader::open(const std::string& path, const torch::Device& device,
                            std::string* error) {
    try {
        a_.load_from(path, device);
    } catch (const std::exception& e) {
        *error = path + ": cannot read the checkpoint (" + std::string(e.what()).substr(0, 200) +
                 "); move it away to start afresh";
        return false;
    }
    return true;
}

int64_t CheckpointReader::readInt(const char* key) {
    c10::IValue v;
    a_.read(key, v);
    return v.toInt();
}

double CheckpointReader::readDouble(const char* key) {
    c10::IValue v;
    a_.read(key, v);
    return v.toDouble();
}

std::optional<int64_t> CheckpointReader::tryInt(const char* key) {
    c10::IValue v;
    if (!a_.try_read(key, v)) return std::nullopt;
    return v.toInt();
}

PolicyValueShape CheckpointReader::readShape() {
    PolicyValueShape s;
    s.boardSize = int(readInt("board_size"));
    s.blocks = int(readInt("blocks"));
    s.channels = int(readInt("channels"));
    s.valueHidden = int(readInt("value_hidden"));
    // Checkpoints from before liberty planes have no input_planes: lz18.
    if (tryInt("input_planes").value_or(nn::kLzInputPlanes) != nn::kLzInputPlanes)
        s.features = nn::InputFeatures::kLz18Liberties;
    return s;
}

void CheckpointReader::loadInto(PolicyValueNet& net, torch::optim::SGD& opt) {
    torch::serialize::InputArchive m, o;
    a_.read("model", m);
    net->load(m);
    a_.read("optimizer", o);
    opt.load(o);
}

namespace {

// The torch name of a .m37 tensor name, as toNetFile names them:
// "res3.conv1.bn_mean" -> "res3_conv1.bn.running_mean", "input.conv.weight"
// -> "input.conv.weight", "policy.fc.bias" -> "policy_fc.bias".
std::string torchName(const std::string& fileName) {
    const size_t dot = fileName.rfind('.');
    if (dot == std::string::npos) return fileName;
    std::string module = fileName.substr(0, dot);
    const std::string leaf = fileName.substr(dot + 1);
    const size_t first = module.find('.');
    if (first == std::string::npos) return fileName;
    const bool conv = module.compare(first + 1, 4, "conv") == 0;
    if (!conv) return module.replace(first, 1, "_") + "." + leaf;  // fc layers
    if (module == "input.conv")
        module = "input";
    else
        module[first] = '_';
    if (leaf == "weight") return module + ".conv.weight";
    if (leaf == "bn_mean") return module + ".bn.running_mean";
    if (leaf == "bn_var") return module + ".bn.running_var";
    return fileName;
}

}  // namespace

std::optional<PolicyValueShape> netFileShape(const nn::NetFile& file, std::string* error) {
    const nn::NetMetadata& m = file.meta;
    const auto features = nn::parseInputFeatures(m.inputFeatures);
    if (!features || m.inputPlanes != nn::inputPlaneCount(*features) || !m.hasHead("policy") ||
        !m.hasHead("value") || m.valueConvention != "side_to_move") {
        *error =
            "not a residual policy/value net with lz18 or lz18-lib6 inputs and a side-to-move "
            "value";
        return std::nullopt;
    }
    const nn::NamedTensor* fc1 = file.find("value.fc1.weight");
    if (!fc1 || fc1->shape.size() != 2) {
        *error = "no value.fc1.weight tensor";
        return std::nullopt;
    }
    PolicyValueShape s;
    s.boardSize = m.boardSize;
    s.blocks = m.blocks;
    s.channels = m.channels;
    s.valueHidden = int(fc1->shape[0]);
    s.features = *features;
    return s;
}

bool importNetFile(const nn::NetFile& file, PolicyValueNet& net, std::string* error) {
    torch::NoGradGuard noGrad;
    std::map<std::string, torch::Tensor> targets;
    for (auto& p : net->named_parameters()) targets[p.key()] = p.value();
    for (auto& b : net->named_buffers()) targets[b.key()] = b.value();
    size_t set = 0;
    for (const nn::NamedTensor& t : file.tensors) {
        const std::string name = torchName(t.name);
        auto it = targets.find(name);
        if (it == targets.end()) {
            *error =
                "tensor " + t.name + " does not belong to a " + net->shape().toString() + " net";
            return false;
        }
        torch::Tensor dst = it->second;
        // An lz18 net into an lz18-lib6 one: the liberty planes' weights start at zero.
        if (t.name == "input.conv.weight" && t.shape.size() == 4 && dst.dim() == 4 &&
            t.shape[1] == nn::kLzInputPlanes &&
            dst.size(1) == nn::kLzInputPlanes + nn::kLibertyPlanes && dst.size(0) == t.shape[0] &&
            dst.size(2) == t.shape[2] && dst.size(3) == t.shape[3]) {
            dst.zero_();
            dst.narrow(1, 0, nn::kLzInputPlanes)
                .copy_(torch::from_blob(const_cast<float*>(t.values.data()), t.shape,
                                        torch::kFloat32));
            ++set;
            continue;
        }
        if (dst.sizes().vec() != t.shape &&
            !(t.shape.size() == 1 && dst.numel() == t.shape[0] && dst.dim() == 1)) {
            *error = "tensor " + t.name + " has another shape than a " + net->shape().toString() +
                     " net's";
            return false;
        }
        torch::Tensor src =
            torch::from_blob(const_cast<float*>(t.values.data()), dst.sizes(), torch::kFloat32);
        dst.copy_(src);
        ++set;
    }
    // Every conv's weight, mean and var and the linear layers come from the
    // file; the shifts (not in the file) are zero.
    for (auto& p : net->named_parameters())
        if (p.key().size() >= 6 && p.key().compare(p.key().size() - 6, 6, ".shift") == 0)
            p.value().zero_();
    size_t expected = 0;
    for (auto& p : net->named_parameters())
        if (p.key().find(".shift") == std::string::npos) ++expected;
    for (auto& b : net->named_buffers())
        if (b.key().find("running_") != std::string::npos) ++expected;
    if (set != expected) {
        *error = "the file has " + std::to_string(set) + " of the " + std::to_string(expected) +
                 " tensors of a " + net->shape().toString() + " net";
        return false;
    }
    return true;
}

bool exportNet(PolicyValueNet& net, const std::string& path, const NetProvenance& provenance,
               std::string* error) {
    nn::NetFile f = net->toNetFile();
    f.meta.command = provenance.command;
    f.meta.data = provenance.data;
    f.meta.date = utcTimestamp();
    f.meta.hours = formatNumber("%.2f", provenance.seconds / 3600);
    f.meta.notes = provenance.notes;
    f.meta.extra = provenance.extra;
    return nn::writeNetFile(path, f, error);
}

void symmetricPlanes(int s, const float* raw, float* dst, int planes, int boardSize) {
    nn::transformPlanes(s, raw, dst, planes, boardSize);
}

int symmetricMove(int s, int index, int boardSize) {
    const int area = boardSize * boardSize;
    return index >= area ? area : nn::symmetryIndex(nn::inverseSymmetry(s), index, boardSize);
}

TrainLog::TrainLog(const std::string& csvPath, std::string prefix, std::FILE* out, int batch,
                   int64_t startStep, int64_t steps)
    : csv_(csvPath, std::ios::app),
      prefix_(std::move(prefix)),
      out_(out),
      batch_(batch),
      startStep_(startStep),
      steps_(steps),
      sessionStart_(Clock::now()),
      lastRow_(sessionStart_),
      lastRowStep_(startStep) {}

void TrainLog::add(double policy, double value, double accuracy) {
    sumPolicy_ += policy;
    sumValue_ += value;
    sumCorrect_ += accuracy;
    ++sumSteps_;
}

double TrainLog::sessionSeconds() const {
    return std::chrono::duration<double>(Clock::now() - sessionStart_).count();
}

double TrainLog::sessionRate(int64_t step) const {
    const double s = sessionSeconds();
    return s > 0 ? double(step - startStep_) * batch_ / s : 0;
}

void TrainLog::row(int64_t step, double lr, const std::string& extra, const std::string& eval,
                   Clock::time_point until) {
    const double rowSeconds = std::chrono::duration<double>(until - lastRow_).count();
    const double rate = rowSeconds > 0 ? double(step - lastRowStep_) * batch_ / rowSeconds : 0;
    const double overall = sessionRate(step);
    const double eta = overall > 0 ? double(steps_ - step) * batch_ / overall : -1;
    const double k = sumSteps_ > 0 ? 1.0 / double(sumSteps_) : 0;
    csv_ << step << ",";
    if (sumSteps_ > 0)
        csv_ << formatNumber("%.5f", sumPolicy_ * k) << "," << formatNumber("%.5f", sumValue_ * k)
             << "," << formatNumber("%.5f", sumCorrect_ * k) << "," << formatNumber("%g", lr) << ","
             << formatNumber("%.1f", rate) << ",";
    else
        csv_ << ",,,,,";
    if (!extra.empty()) csv_ << extra << ",";
    csv_ << eval << "\n";
    csv_.flush();
    if (sumSteps_ > 0 && out_) {
        std::fprintf(out_,
                     "%s: step %lld/%lld  policy %.3f  value %.3f  acc %.1f%%  lr %g  %.0f pos/s  "
                     "ETA %s\n",
                     prefix_.c_str(), (long long)step, (long long)steps_, sumPolicy_ * k,
                     sumValue_ * k, 100 * sumCorrect_ * k, lr, rate, formatDuration(eta).c_str());
        std::fflush(out_);
    }
    sumPolicy_ = sumValue_ = sumCorrect_ = 0;
    sumSteps_ = 0;
    lastRow_ = Clock::now();
    lastRowStep_ = step;
}

void say(std::FILE* out, const char* format, ...) {
    if (!out) return;
    va_list args;
    va_start(args, format);
    std::vfprintf(out, format, args);
    va_end(args);
    std::fflush(out);
}

PolicyValueShape paramsShape(const TrainerParams& p) {
    PolicyValueShape shape;
    shape.boardSize = p.boardSize;
    shape.blocks = p.blocks;
    shape.channels = p.channels;
    shape.valueHidden = p.valueHidden;
    shape.features = p.inputFeatures.value_or(nn::InputFeatures::kLz18);
    return shape;
}

std::string prepareRunFolder(const TrainerParams& p) {
    if (p.holdout < 0 || p.holdout >= 1) return "--holdout must be in [0, 1)";
    std::error_code ec;
    fs::create_directories(p.outDir, ec);
    if (ec) return p.outDir + ": " + ec.message();
    return "";
}

void seedTorch(const TrainerParams& p) {
    if (p.threads > 0) at::set_num_threads(p.threads);
    torch::manual_seed(p.seed);
}

std::vector<uint32_t> periodicEvalPositions(const std::vector<uint32_t>& held,
                                            const TrainerParams& p) {
    std::vector<uint32_t> subset = held;
    seededShuffle(subset, mixSeed(p.seed, 0x6576616c));
    if (p.evalPositions > 0 && subset.size() > size_t(p.evalPositions))
        subset.resize(size_t(p.evalPositions));
    return subset;
}

std::string joinFolders(const std::vector<std::string>& dirs) {
    std::string joined;
    for (const auto& d : dirs) joined += (joined.empty() ? "" : ", ") + d;
    return joined;
}

std::string optimiserNotes(const TrainerParams& p, const PolicyValueShape& shape, int64_t step) {
    return "net " + shape.toString() + "; step " + std::to_string(step) + " of " +
           std::to_string(p.steps) + ", batch " + std::to_string(p.batch) + ", SGD lr " +
           formatNumber("%g", p.lr) + " momentum " + formatNumber("%g", p.momentum) +
           " weight decay " + formatNumber("%g", p.weightDecay);
}

void exportRunNet(PolicyValueNet& net, const RunFiles& files, const NetProvenance& prov,
                  const char* prefix, std::FILE* out) {
    std::string error;
    if (!exportNet(net, files.net, prov, &error))
        say(out, "%s: cannot export %s: %s\n", prefix, files.net.c_str(), error.c_str());
}

RunIdentity runIdentity(const TrainerParams& p) {
    RunIdentity id;
    id.shape = paramsShape(p);
    id.batch = p.batch;
    id.seed = p.seed;
    return id;
}

CheckpointKeys runCheckpointKeys(const RunIdentity& id, int64_t step, double trainSeconds) {
    CheckpointKeys keys;
    keys.ints.push_back({"step", step});
    addShapeKeys(id.shape, &keys);
    keys.ints.push_back({"batch", id.batch});
    keys.ints.push_back({"seed", int64_t(id.seed)});
    for (const auto& d : id.doubles) keys.doubles.push_back(d);
    keys.doubles.push_back({"train_seconds", trainSeconds});
    return keys;
}

bool resumeRun(const RunFiles& files, const RunIdentity& id, const std::string& csvHeader,
               const torch::Device& device, PolicyValueNet& net, torch::optim::SGD& opt,
               const char* prefix, std::FILE* out,
               const std::function<void(CheckpointReader&)>& opened, RunStart* start,
               std::string* error) {
    *start = RunStart{};
    if (!fs::exists(files.checkpoint)) return true;
    CheckpointReader a;
    if (!a.open(files.checkpoint, device, error)) return false;
    const PolicyValueShape kShape = a.readShape();
    const int64_t kBatch = a.readInt("batch");
    const int64_t kSeed = a.readInt("seed");
    bool same = kShape == id.shape && kBatch == id.batch && kSeed == int64_t(id.seed);
    std::string made, asked;
    for (const auto& [key, value] : id.doubles) {
        const double k = a.readDouble(key.c_str());
        same = same && k == value;
        made += ", " + key + " " + formatNumber("%g", k);
        asked += ", " + key + " " + formatNumber("%g", value);
    }
    if (!same) {
        *error = files.checkpoint + ": made by a run with net " + kShape.toString() + ", batch " +
                 std::to_string(kBatch) + ", seed " + std::to_string(kSeed) + made + "; these " +
                 id.settingsWord + " ask for " + id.shape.toString() + ", batch " +
                 std::to_string(id.batch) + ", seed " + std::to_string(id.seed) + asked +
                 " (use the same " + id.settingsWord + " to resume, or another --out)";
        return false;
    }
    start->step = a.readInt("step");
    if (opened) opened(a);
    start->trainSeconds = a.readDouble("train_seconds");
    a.loadInto(net, opt);
    start->resumed = true;
    trimCsv(files.csv, csvHeader, start->step);
    say(out, "%s: resumed from %s at step %lld\n", prefix, files.checkpoint.c_str(),
        (long long)start->step);
    return true;
}

void startCsv(const RunFiles& files, const std::string& csvHeader) {
    std::ofstream csv(files.csv, std::ios::trunc);
    csv << csvHeader << "\n";
}

void symmetricPositionPlanes(const PositionSet& set, uint32_t idx, int s,
                             nn::InputFeatures features, float* dst, float* scratch) {
    if (s == 0) {
        set.planes(idx, dst);
    } else {
        set.planes(idx, scratch);
        symmetricPlanes(s, scratch, dst, nn::kLzInputPlanes, set.boardSize());
    }
    if (features == nn::InputFeatures::kLz18Liberties) nn::addLibertyPlanes(dst, set.boardSize());
}

void forEachEvalSlice(PolicyValueNet& net, const std::vector<uint32_t>& positions, int batchSize,
                      const std::function<void(const std::vector<uint32_t>&)>& fn) {
    torch::NoGradGuard noGrad;
    net->eval();
    const size_t bs = size_t(std::max(batchSize, 256));
    for (size_t start = 0; start < positions.size(); start += bs) {
        const size_t end = std::min(positions.size(), start + bs);
        fn(std::vector<uint32_t>(positions.begin() + long(start), positions.begin() + long(end)));
    }
    net->train();
}

TrainingLoopResult runTrainingLoop(const TrainerParams& p, const RunFiles& files,
                                   const RunStart& start, torch::optim::SGD& opt,
                                   const TrainingLoopHooks& hooks, const char* prefix,
                                   std::FILE* out, const std::atomic<bool>* stop,
                                   TrainerResult* result) {
    using Clock = TrainLog::Clock;
    TrainingLoopResult r;
    bool interrupted = false;
    std::vector<uint32_t> positions(size_t(p.batch));
    std::vector<int> syms(size_t(p.batch));
    int64_t step = start.step;
    int64_t lastCkptStep = step;
    double lr = scheduledLearningRate(p.lr, p.lrSteps, p.lrDecay, step);
    TrainLog log(files.csv, prefix, out, p.batch, start.step, p.steps);
    auto lastCkpt = Clock::now();
    while (step < p.steps) {
        if (stop && stop->load()) {
            interrupted = true;
            break;
        }
        lr = scheduledLearningRate(p.lr, p.lrSteps, p.lrDecay, step);
        setLearningRate(opt, lr);
        for (int j = 0; j < p.batch; ++j) {
            const uint64_t g = uint64_t(step) * uint64_t(p.batch) + uint64_t(j);
            positions[size_t(j)] = hooks.drawPosition(g);
            syms[size_t(j)] = p.augment ? int(mixSeed(p.seed ^ 0x73796d, g) & 7) : 0;
        }
        StepLosses l = hooks.losses(positions, syms);
        opt.zero_grad();
        l.total.backward();
        opt.step();
        ++step;
        const double pl = l.policy.item<double>();
        if (!std::isfinite(pl)) {
            result->error = "training diverged (policy loss " + formatNumber("%g", pl) +
                            " at step " + std::to_string(step) + "); try a lower --lr";
            return r;
        }
        log.add(pl, l.value.item<double>(), l.correct.item<double>() / double(p.batch));
        if (step == p.steps) break;  // the final row follows the loop

        const auto stepsDone = Clock::now();
        const bool evalNow = hooks.heldOut && p.evalEvery > 0 && step % p.evalEvery == 0;
        const std::string evalColumns = evalNow ? hooks.evaluate(step, false) : hooks.noEvalColumns;
        if ((p.logEvery > 0 && step % p.logEvery == 0) || evalNow)
            log.row(step, lr, hooks.extraColumns, evalColumns, stepsDone);
        const double sinceCkpt = std::chrono::duration<double>(Clock::now() - lastCkpt).count();
        if ((p.checkpointEvery > 0 && step % p.checkpointEvery == 0) ||
            (p.checkpointMinutes > 0 && sinceCkpt >= 60 * p.checkpointMinutes)) {
            hooks.checkpoint(step, start.trainSeconds + log.sessionSeconds());
            lastCkpt = Clock::now();
            lastCkptStep = step;
            say(out, "%s: checkpoint at step %lld (%s, %s)\n", prefix, (long long)step,
                files.checkpoint.c_str(), files.net.c_str());
        }
    }
    r.totalSeconds = start.trainSeconds + log.sessionSeconds();
    r.positionsPerSecond = log.sessionRate(step);
    result->step = step;
    result->interrupted = interrupted;
    if (interrupted) {
        if (step > lastCkptStep) hooks.checkpoint(step, r.totalSeconds);
        say(out, "%s: stopped at step %lld; checkpoint written, run the same command to resume\n",
            prefix, (long long)step);
        result->ok = true;
        return r;
    }
    // The end: every held-out position, a final row, checkpoint and net.
    const auto stepsDone = Clock::now();
    const std::string evalColumns =
        hooks.heldOut ? hooks.evaluate(step, true) : hooks.noEvalColumns;
    if (step > start.step) log.row(step, lr, hooks.extraColumns, evalColumns, stepsDone);
    hooks.checkpoint(step, r.totalSeconds);
    result->ok = true;
    return r;
}

}  // namespace m37::train
