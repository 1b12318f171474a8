#pragma once
// BatchServer: one backend Evaluator shared by many threads through client
// Evaluators, so that many searches (self-play games played at once) fill
// one large network batch instead of many small ones. A client's compute()
// queues its positions and blocks until the server thread has evaluated
// them; the server gathers the queued requests of all clients into one
// backend batch of at most maxBatch positions (a single larger request is
// computed alone) and computes as soon as every live client is waiting, the
// queue holds maxBatch positions, or the oldest request has waited
// maxWaitMicros. A client is live from makeClient() until it is destroyed,
// so a client that is alive but idle delays batches by up to maxWaitMicros.
// Clients report the backend's capabilities and prepare positions with the
// backend's prepare(), which must therefore be safe to call while the
// backend computes (true of every evaluator here: prepare() reads only
// immutable state). After the server is destroyed (it first computes what
// is queued), clients that outlive it compute on the backend directly, one
// at a time, so no caller ever hangs.
// Threading: the BatchServer's own methods and counters may be called from
// any thread; each client is an Evaluator, used by one thread at a time,
// any number of clients at once.
#include <cstdint>
#include <functional>
#include <memory>
#include <thread>

#include "engine/nn/evaluator.h"

namespace m37::nn {

struct BatchServerParams {
    int maxBatch = 64;         // positions in one backend batch (at least 1)
    int maxWaitMicros = 2000;  // the longest a queued request waits for company
};

class BatchServer {
  public:
    using Factory = std::function<std::unique_ptr<Evaluator>()>;

    BatchServer(std::unique_ptr<Evaluator> backend, const BatchServerParams& params);
    // Computes what is queued, stops the server thread; clients still alive
    // keep working (directly on the backend).
    ~BatchServer();
    BatchServer(const BatchServer&) = delete;
    BatchServer& operator=(const BatchServer&) = delete;

    // A new client over this server (what an EvaluatorFactory returns).
    std::unique_ptr<Evaluator> makeClient();
    // A factory calling makeClient(); valid while the server lives.
    Factory factory();

    const Capabilities& capabilities() const;
    const BatchServerParams& params() const { return params_; }

    // Backend batches computed and positions evaluated so far (by the server
    // thread and by clients computing directly), and their ratio (0 before
    // the first batch).
    int64_t batches() const;
    int64_t positions() const;
    double meanBatch() const;
    // The largest backend batch so far.
    int largestBatch() const;
    // Clients whose positions are queued and not yet taken into a batch.
    int waitingClients() const;

    struct Shared;  // the state clients share with the server (batch_server.cpp)

  private:
    void serve();

    BatchServerParams params_;
    std::shared_ptr<Shared> shared_;
    std::thread thread_;
};

}  // namespace m37::nn
