#include "engine/nn/batch_server.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>

namespace m37::nn {

namespace {

using Clock = std::chrono::steady_clock;

// One client's compute(): its inputs and where the outputs go.
struct Request {
    std::span<const EvalInput> in;
    std::span<EvalOutput> out;
    Clock::time_point queued;
    bool done = false;
};

}  // namespace

struct BatchServer::Shared {
    std::unique_ptr<Evaluator> backend;
    Capabilities caps;
    std::mutex backendMutex;  // held while the backend computes

    std::mutex mutex;  // guards everything below
    std::condition_variable serverWake, clientWake;
    std::deque<Request*> queue;
    int queuedPositions = 0;
    int liveClients = 0;
    bool stopping = false;  // the server thread ends once the queue is empty
    bool stopped = false;   // the server thread is gone: clients compute directly

    std::atomic<int64_t> batches{0}, positions{0};
    std::atomic<int> largest{0};

    // Evaluates `requests` in one backend batch (backendMutex held by the
    // caller) and counts it.
    void compute(const std::vector<Request*>& requests) {
        int total = 0;
        for (const Request* r : requests) total += int(r->in.size());
        if (total == 0) return;
        try {
            backend->clear();
            for (const Request* r : requests)
                for (const EvalInput& x : r->in) backend->add(x);
            backend->compute();
            int i = 0;
            for (Request* r : requests)
                for (EvalOutput& o : r->out) o = backend->output(i++);
        } catch (const std::exception&) {
            // A failing backend must not take the process down: uniform
            // priors over the legal moves and an even value.
            for (Request* r : requests)
                for (size_t k = 0; k < r->in.size(); ++k) {
                    const EvalInput& x = r->in[k];
                    std::vector<float> raw(size_t(x.boardSize * x.boardSize + 1), 0.0f);
                    r->out[k] = EvalOutput{};
                    r->out[k].policy = maskPolicy(raw, x.legal);
                    r->out[k].rawPolicy = std::move(raw);
                }
        }
        backend->clear();
        batches.fetch_add(1, std::memory_order_relaxed);
        positions.fetch_add(total, std::memory_order_relaxed);
        int seen = largest.load(std::memory_order_relaxed);
        while (total > seen && !largest.compare_exchange_weak(seen, total)) {
        }
    }
};

namespace {

// The Evaluator handed to each search thread.
class BatchClient : public Evaluator {
  public:
    explicit BatchClient(std::shared_ptr<BatchServer::Shared> s) : s_(std::move(s)) {
        std::lock_guard<std::mutex> lock(s_->mutex);
        ++s_->liveClients;
    }
    ~BatchClient() override {
        std::lock_guard<std::mutex> lock(s_->mutex);
        --s_->liveClients;
        s_->serverWake.notify_one();  // the rest may now all be waiting
    }
    const Capabilities& capabilities() const override { return s_->caps; }
    EvalInput prepare(const GameState& state) const override { return s_->backend->prepare(state); }

  protected:
    void evaluateBatch(std::span<const EvalInput> in, std::span<EvalOutput> out) override {
        Request r{in, out, Clock::now()};
        std::unique_lock<std::mutex> lock(s_->mutex);
        if (s_->stopped) {
            lock.unlock();
            std::lock_guard<std::mutex> b(s_->backendMutex);
            s_->compute({&r});
            return;
        }
        s_->queue.push_back(&r);
        s_->queuedPositions += int(in.size());
        s_->serverWake.notify_one();
        s_->clientWake.wait(lock, [&] { return r.done; });
    }

  private:
    std::shared_ptr<BatchServer::Shared> s_;
};

}  // namespace

BatchServer::BatchServer(std::unique_ptr<Evaluator> backend, const BatchServerParams& params)
    : params_(params), shared_(std::make_shared<Shared>()) {
    params_.maxBatch = std::max(1, params_.maxBatch);
    params_.maxWaitMicros = std::max(0, params_.maxWaitMicros);
    shared_->caps = backend->capabilities();
    shared_->backend = std::move(backend);
    thread_ = std::thread([this] { serve(); });
}

BatchServer::~BatchServer() {
    {
        std::lock_guard<std::mutex> lock(shared_->mutex);
        shared_->stopping = true;
        shared_->serverWake.notify_one();
    }
    thread_.join();
}

std::unique_ptr<Evaluator> BatchServer::makeClient() {
    return std::make_unique<BatchClient>(shared_);
}

BatchServer::Factory BatchServer::factory() {
    return [this] { return makeClient(); };
}

const Capabilities& BatchServer::capabilities() const {
    return shared_->caps;
}

int64_t BatchServer::batches() const {
    return shared_->batches.load(std::memory_order_relaxed);
}

int64_t BatchServer::positions() const {
    return shared_->positions.load(std::memory_order_relaxed);
}

double BatchServer::meanBatch() const {
    const int64_t b = batches();
    return b > 0 ? double(positions()) / double(b) : 0.0;
}

int BatchServer::largestBatch() const {
    return shared_->largest.load(std::memory_order_relaxed);
}

int BatchServer::waitingClients() const {
    std::lock_guard<std::mutex> lock(shared_->mutex);
    return int(shared_->queue.size());
}

void BatchServer::serve() {
    Shared& s = *shared_;
    const auto maxWait = std::chrono::microseconds(params_.maxWaitMicros);
    std::unique_lock<std::mutex> lock(s.mutex);
    std::vector<Request*> batch;
    for (;;) {
        if (s.queue.empty()) {
            if (s.stopping) break;
            s.serverWake.wait(lock);
            continue;
        }
        const bool ready = s.stopping || s.queuedPositions >= params_.maxBatch ||
                           int(s.queue.size()) >= s.liveClients;
        if (!ready) {
            const auto deadline = s.queue.front()->queued + maxWait;
            if (Clock::now() < deadline) {
                s.serverWake.wait_until(lock, deadline);
                continue;
            }
        }
        // Whole requests in arrival order, up to maxBatch positions (the
        // first one always, however large).
        batch.clear();
        int taken = 0;
        while (!s.queue.empty()) {
            Request* r = s.queue.front();
            if (!batch.empty() && taken + int(r->in.size()) > params_.maxBatch) break;
            batch.push_back(r);
            taken += int(r->in.size());
            s.queue.pop_front();
        }
        s.queuedPositions -= taken;
        lock.unlock();
        {
            std::lock_guard<std::mutex> b(s.backendMutex);
            s.compute(batch);
        }
        lock.lock();
        for (Request* r : batch) r->done = true;
        s.clientWake.notify_all();
    }
    s.stopped = true;
}

}  // namespace m37::nn
