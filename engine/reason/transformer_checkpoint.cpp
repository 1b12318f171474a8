#include "engine/reason/transformer_checkpoint.h"

#include <numeric>

#include "engine/go/atomic_file.h"
#include "engine/train/trainer_common.h"

namespace m37::reason {

bool readTransformerCheckpoint(const std::string& path, const RunIdentityKeys& identity,
                               const std::string& bestKey, Transformer& model,
                               torch::optim::Optimizer& optimizer, TransformerCheckpoint* state,
                               std::string* error) {
    torch::serialize::InputArchive a;
    try {
        a.load_from(path);
        std::string made, asked;
        for (const auto& [key, value] : identity) {
            c10::IValue v;
            // A key newer than the checkpoint reads as 0: such keys name
            // options that are off unless asked for.
            if (!a.try_read(key, v)) v = c10::IValue(int64_t(0));
            if (v.toInt() == value) continue;  // name only what differs
            made += std::string(made.empty() ? " " : ", ") + key + " " + std::to_string(v.toInt());
            asked += std::string(asked.empty() ? " " : ", ") + key + " " + std::to_string(value);
        }
        if (!made.empty()) {
            *error = path + ": made by a run with" + made + "; these settings ask for" + asked +
                     " (use the same settings and data to resume, or another --out)";
            return false;
        }
        c10::IValue v;
        a.read("step", v);
        state->step = v.toInt();
        a.read("train_seconds", v);
        state->trainSeconds = v.toDouble();
        state->best = a.try_read(bestKey, v) ? v.toDouble() : -1;
        torch::serialize::InputArchive m, o;
        a.read("model", m);
        model->load(m);
        a.read("optimizer", o);
        optimizer.load(o);
    } catch (const std::exception& e) {
        *error = path + ": cannot read the checkpoint (" + std::string(e.what()).substr(0, 200) +
                 "); move it away to start afresh";
        return false;
    }
    return true;
}

bool writeTransformerCheckpoint(const std::string& path, const RunIdentityKeys& identity,
                                const std::string& bestKey, Transformer& model,
                                torch::optim::Optimizer& optimizer,
                                const TransformerCheckpoint& state, std::string* error) {
    torch::serialize::OutputArchive a, m, o;
    model->save(m);
    optimizer.save(o);
    a.write("model", m);
    a.write("optimizer", o);
    for (const auto& [key, value] : identity) a.write(key, c10::IValue(value));
    a.write("step", c10::IValue(int64_t(state.step)));
    a.write("train_seconds", c10::IValue(state.trainSeconds));
    a.write(bestKey, c10::IValue(state.best));
    return writeFileAtomically(
        path,
        [&](std::ostream& out) {
            a.save_to(out);
            return true;
        },
        error);
}

void setAdamWLearningRate(torch::optim::AdamW& optimizer, double lr) {
    for (auto& g : optimizer.param_groups())
        static_cast<torch::optim::AdamWOptions&>(g.options()).lr(lr);
}

size_t SampleOrder::at(uint64_t g) {
    const uint64_t epoch = g / n_;
    if (epoch != epoch_) {
        order_.resize(n_);
        std::iota(order_.begin(), order_.end(), size_t(0));
        train::seededShuffle(order_, train::mixSeed(seed_, epoch));
        epoch_ = epoch;
    }
    return order_[g % n_];
}

}  // namespace m37::reason
