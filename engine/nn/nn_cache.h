#pragma once
// NNCache: remembers raw network outputs (policy over all moves, value, and
// score/ownership when present) by input key, so a position met again in
// search is not evaluated twice. Fixed capacity; the oldest entries go first.
// Threading: thread-safe (one mutex); share one cache between the evaluators
// of a network.
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

namespace m37::nn {

struct CachedEval {
    std::vector<float> rawPolicy;
    float value = 0.5f;
    std::optional<float> score;
    std::vector<float> ownership;
};

class NNCache {
  public:
    explicit NNCache(size_t capacity) : capacity_(capacity) {}

    bool lookup(uint64_t key, CachedEval& out) const;
    void insert(uint64_t key, CachedEval value);
    void clear();
    size_t size() const;
    size_t capacity() const { return capacity_; }
    uint64_t hits() const;
    uint64_t lookups() const;

  private:
    size_t capacity_;
    mutable std::mutex mutex_;
    std::unordered_map<uint64_t, CachedEval> map_;
    std::deque<uint64_t> order_;
    mutable uint64_t hits_ = 0;
    mutable uint64_t lookups_ = 0;
};

}  // namespace m37::nn
