#include "engine/nn/nn_cache.h"

namespace m37::nn {

bool NNCache::lookup(uint64_t key, CachedEval& out) const {
    std::lock_guard lock(mutex_);
    ++lookups_;
    auto it = map_.find(key);
    if (it == map_.end()) return false;
    ++hits_;
    out = it->second;
    return true;
}

void NNCache::insert(uint64_t key, CachedEval value) {
    if (capacity_ == 0) return;
    std::lock_guard lock(mutex_);
    auto [it, inserted] = map_.insert_or_assign(key, std::move(value));
    if (!inserted) return;
    order_.push_back(key);
    while (map_.size() > capacity_) {
        map_.erase(order_.front());
        order_.pop_front();
    }
}

void NNCache::clear() {
    std::lock_guard lock(mutex_);
    map_.clear();
    order_.clear();
}

size_t NNCache::size() const {
    std::lock_guard lock(mutex_);
    return map_.size();
}

uint64_t NNCache::hits() const {
    std::lock_guard lock(mutex_);
    return hits_;
}

uint64_t NNCache::lookups() const {
    std::lock_guard lock(mutex_);
    return lookups_;
}

}  // namespace m37::nn
