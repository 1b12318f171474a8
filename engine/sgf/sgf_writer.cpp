#include "engine/sgf/sgf_writer.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace m37 {

namespace {

// Root properties first, in this order; the rest keep their stored order.
constexpr std::array<std::string_view, 33> kRootOrder = {
    "FF", "GM", "CA", "AP", "ST", "SZ", "KM", "HA", "RU", "TM", "OT",
    "PB", "BR", "BT", "PW", "WR", "WT", "DT", "EV", "RO", "PC", "GN",
    "GC", "ON", "RE", "AN", "SO", "CP", "US", "AB", "AW", "AE", "PL"};
// In other nodes: the move first, then setup; the rest keep their order.
constexpr std::array<std::string_view, 8> kNodeOrder = {"B",  "W",  "KO", "MN",
                                                        "AB", "AW", "AE", "PL"};

template <size_t N>
int rank(const std::array<std::string_view, N>& order, std::string_view id) {
    auto it = std::find(order.begin(), order.end(), id);
    return it == order.end() ? int(N) : int(it - order.begin());
}

class Writer {
  public:
    explicit Writer(const SgfWriteOptions& o) : width_(std::max(o.lineWidth, 10)) {}

    void game(const SgfNode& root);
    std::string take() { return std::move(out_); }

  private:
    void node(const SgfNode& n, bool isRoot);
    void newline() {
        out_ += '\n';
        col_ = 0;
    }
    // Appends a token, wrapping first when it would pass the width.
    void token(const std::string& t, bool mayBreak = true) {
        size_t firstLine = t.find('\n');
        size_t len = firstLine == std::string::npos ? t.size() : firstLine;
        if (mayBreak && col_ > 0 && col_ + int(len) > width_) newline();
        out_ += t;
        if (firstLine == std::string::npos) {
            col_ += int(t.size());
        } else {
            col_ = int(t.size() - t.rfind('\n') - 1);
        }
    }
    static std::string escaped(const std::string& v) {
        std::string e = "[";
        for (char c : v) {
            if (c == ']' || c == '\\') e += '\\';
            e += c;
        }
        e += ']';
        return e;
    }

    int width_;
    int col_ = 0;
    std::string out_;
};

void Writer::node(const SgfNode& n, bool isRoot) {
    std::vector<const SgfProperty*> props;
    for (const auto& p : n.properties()) props.push_back(&p);
    std::stable_sort(props.begin(), props.end(), [&](const SgfProperty* a, const SgfProperty* b) {
        return isRoot ? rank(kRootOrder, a->id) < rank(kRootOrder, b->id)
                      : rank(kNodeOrder, a->id) < rank(kNodeOrder, b->id);
    });
    bool first = true;
    std::string t;
    auto emit = [&](const std::string& id, const std::vector<std::string>& values) {
        t = first ? ";" + id : id;
        if (values.empty()) {
            token(t + "[]", !(first && isRoot));
        } else {
            token(t + escaped(values.front()), !(first && isRoot));
            for (size_t i = 1; i < values.size(); ++i) token(escaped(values[i]));
        }
        first = false;
    };
    bool wroteCA = false;
    for (const SgfProperty* p : props) {
        if (isRoot && p->id == "CA") {
            emit("CA", {"UTF-8"});
            wroteCA = true;
            continue;
        }
        if (isRoot && !wroteCA && rank(kRootOrder, p->id) > rank(kRootOrder, "CA")) {
            emit("CA", {"UTF-8"});
            wroteCA = true;
        }
        emit(p->id, p->values);
    }
    if (isRoot && !wroteCA) emit("CA", {"UTF-8"});
    if (first) token(";");
}

void Writer::game(const SgfNode& root) {
    if (col_ > 0) newline();
    token("(", false);
    node(root, true);
    if (root.childCount() > 0) newline();
    // Each frame: a node whose children are being written, and the next one.
    struct Frame {
        const SgfNode* n;
        size_t next;
    };
    std::vector<Frame> stack{{&root, 0}};
    while (!stack.empty()) {
        Frame& f = stack.back();
        size_t count = f.n->childCount();
        if (f.next >= count) {
            bool closeVariation = stack.size() > 1;
            stack.pop_back();
            if (closeVariation) token(")", false);
            continue;
        }
        const SgfNode* c = f.n->child(f.next);
        ++f.next;
        if (count > 1) {
            if (col_ > 0) newline();
            token("(", false);
            node(*c, false);
            stack.push_back({c, 0});
        } else {
            // A single child continues the sequence: write it and reuse the
            // frame (no new parentheses).
            node(*c, false);
            f.n = c;
            f.next = 0;
        }
    }
    token(")", false);
    newline();
}

}  // namespace

std::string writeSgf(const SgfNode& root, const SgfWriteOptions& options) {
    Writer w(options);
    w.game(root);
    return w.take();
}

std::string writeSgf(const SgfCollection& games, const SgfWriteOptions& options) {
    Writer w(options);
    for (const auto& g : games)
        if (g) w.game(*g);
    return w.take();
}

}  // namespace m37
