#include "ui/game_tree_model.h"

#include <algorithm>

#include "engine/go/coord.h"
#include "engine/go/scoring.h"
#include "engine/sgf/sgf_game.h"

namespace m37::ui {

QString colorTitle(Color c) {
    switch (c) {
        case kBlack:
            return GameTreeModel::tr("Black");
        case kWhite:
            return GameTreeModel::tr("White");
        default:
            return GameTreeModel::tr("Nobody");
    }
}

MoveRecord nodeMove(const SgfNode& node, int size) {
    for (const SgfProperty& p : node.properties()) {
        if (p.id != "B" && p.id != "W") continue;
        const Loc loc = parseSgfPoint(p.values.front(), size).value_or(kPassLoc);
        return {p.id == "B" ? kBlack : kWhite, loc};
    }
    return {};
}

namespace {

// The root of a new game: SZ, KM, RU, and with a handicap HA and Black's
// stones (AB) on the fixed points, White to play first.
std::unique_ptr<SgfNode> freshRoot(const NewGameParams& params) {
    GameState start(params.size, params.rules);
    if (params.handicap >= 2)
        start.placeHandicap(GameState::fixedHandicapPoints(params.size, params.handicap));
    return sgfFromGameState(start);
}

}  // namespace

GameTreeModel::GameTreeModel(const NewGameParams& params, QObject* parent) : QObject(parent) {
    params_ = params;
    root_ = freshRoot(params);
    current_ = root_.get();
    position_.reset(*root_);
    params_.handicap = position_.state().handicap();
}

GameTreeModel::~GameTreeModel() = default;

QString GameTreeModel::vertex(Loc loc) const {
    return QString::fromStdString(gtpVertex(loc, state().size()));
}

void GameTreeModel::say(const QString& text) {
    lastMessage_ = text;
    emit message(text);
}

void GameTreeModel::setModified(bool modified) {
    if (modified == modified_) return;
    modified_ = modified;
    emit modifiedChanged(modified);
}

void GameTreeModel::markEdited() {
    setModified(true);
    emit edited();
}

Loc GameTreeModel::lastMove() const {
    const MoveRecord m = nodeMove(*current_, state().size());
    if (m.color == kEmpty || m.loc == kPassLoc) return kNullLoc;
    return m.loc;
}

std::vector<int> GameTreeModel::moveNumbers() const {
    const Board& b = state().board();
    std::vector<int> numbers(b.area(), 0);
    const auto& moves = state().moves();
    for (size_t i = 0; i < moves.size(); ++i) {
        Loc l = moves[i].loc;
        if (l == kPassLoc || !b.onBoard(l)) continue;
        // A later move on the same point (after a capture) overwrites.
        numbers[l] = b.at(l) == moves[i].color ? int(i) + 1 : 0;
    }
    return numbers;
}

void GameTreeModel::setCurrent(const SgfNode* node) {
    current_ = const_cast<SgfNode*>(node);
    position_.moveTo(node);
    for (const SgfNode* n = node; n && n->parent(); n = n->parent()) lastChild_[n->parent()] = n;
    emit changed();
}

MoveError GameTreeModel::play(Loc loc) {
    const GameState& st = state();
    const Color mover = st.toMove();
    const MoveError e = st.check(loc, mover);
    if (e != MoveError::kNone) {
        say(tr("%1 cannot play %2: %3")
                .arg(colorTitle(mover), vertex(loc), QString::fromUtf8(toString(e))));
        return e;
    }
    const int before = st.board().prisoners(mover);
    const int n = st.size();
    const SgfNode* target = nullptr;
    for (const auto& child : current_->children()) {
        const MoveRecord m = nodeMove(*child, n);
        if (m.color == mover && m.loc == loc && !child->has("AB") && !child->has("AW") &&
            !child->has("AE")) {
            target = child.get();
            break;
        }
    }
    const bool added = target == nullptr;
    if (added) {
        SgfNode* node = current_->addChild();
        node->set(mover == kBlack ? "B" : "W", sgfPoint(loc, n));
        target = node;
    }
    setCurrent(target);
    if (added) {
        emit treeChanged();
        markEdited();
    }
    const int captured = state().board().prisoners(mover) - before;
    QString text = tr("%1 played %2").arg(colorTitle(mover), vertex(loc));
    if (captured == 1) text += tr(", capturing 1 stone");
    if (captured > 1) text += tr(", capturing %1 stones").arg(captured);
    if (added && current_->parent()->childCount() > 1) text += tr(" (new variation)");
    say(text);
    return MoveError::kNone;
}

void GameTreeModel::pass() {
    const Color mover = state().toMove();
    play(kPassLoc);
    if (state().gameOver()) {
        Score s = score(state());
        say(tr("%1 passed. Game over: %2 (no stones marked dead)")
                .arg(colorTitle(mover), QString::fromStdString(s.toString())));
    } else {
        say(tr("%1 passed").arg(colorTitle(mover)));
    }
}

bool GameTreeModel::undo() {
    if (!current_->parent()) {
        say(tr("Nothing to undo"));
        return false;
    }
    const int number = moveNumber();
    setCurrent(current_->parent());
    say(tr("Move %1 taken back").arg(number));
    return true;
}

void GameTreeModel::newGame(const NewGameParams& params) {
    auto root = freshRoot(params);
    loadTree(std::move(root));
    QString text = tr("New game: %1×%1, %2 rules, komi %3")
                       .arg(params.size)
                       .arg(QString::fromStdString(params.rules.presetName()))
                       .arg(double(params.rules.komi));
    if (state().handicap() >= 2)
        text += tr(", handicap %1 (White plays first)").arg(state().handicap());
    say(text);
}

bool GameTreeModel::loadTree(std::unique_ptr<SgfNode> root, QString* error) {
    if (!root) return false;
    TreePosition pos;
    std::string why;
    if (!pos.reset(*root, &why)) {
        if (error) *error = QString::fromStdString(why);
        return false;
    }
    position_ = std::move(pos);
    lastChild_.clear();
    deleted_ = {};
    root_ = std::move(root);  // the old tree goes only now: position_ is on the new one
    current_ = root_.get();
    params_.size = position_.setup().size;
    params_.rules = position_.setup().rules;
    params_.handicap = position_.state().handicap();
    setModified(false);
    emit treeChanged();
    emit changed();
    return true;
}

bool GameTreeModel::goTo(const SgfNode* node) {
    if (!node || node == current_) return false;
    const SgfNode* top = node;
    while (top->parent()) top = top->parent();
    if (top != root_.get()) return false;
    setCurrent(node);
    return true;
}

const SgfNode* GameTreeModel::rememberedChild(const SgfNode* node) const {
    if (node->childCount() == 0) return nullptr;
    auto it = lastChild_.find(node);
    if (it != lastChild_.end()) {
        for (const auto& c : node->children())
            if (c.get() == it->second) return c.get();
    }
    return node->child(0);
}

bool GameTreeModel::back(int steps) {
    const SgfNode* n = current_;
    for (int i = 0; i < steps && n->parent(); ++i) n = n->parent();
    return goTo(n);
}

bool GameTreeModel::forward(int steps) {
    const SgfNode* n = current_;
    for (int i = 0; i < steps; ++i) {
        const SgfNode* c = rememberedChild(n);
        if (!c) break;
        n = c;
    }
    return goTo(n);
}

bool GameTreeModel::toStart() {
    return goTo(root_.get());
}

bool GameTreeModel::toEnd() {
    return forward(1 << 30);
}

bool GameTreeModel::switchVariation(int direction) {
    int depth = 0;
    for (const SgfNode* n = current_; n->parent(); n = n->parent()) ++depth;
    int up = 0;
    for (const SgfNode* n = current_; n->parent(); n = n->parent(), ++up) {
        const SgfNode* parent = n->parent();
        if (parent->childCount() < 2) continue;
        int index = 0;
        while (parent->child(index) != n) ++index;
        const int next = index + (direction < 0 ? -1 : 1);
        if (next < 0 || next >= int(parent->childCount())) return false;
        const SgfNode* target = parent->child(next);
        for (int d = depth - up; d < depth; ++d) {
            const SgfNode* c = rememberedChild(target);
            if (!c) break;
            target = c;
        }
        return goTo(target);
    }
    return false;
}

bool GameTreeModel::deleteCurrent() {
    SgfNode* parent = current_->parent();
    if (!parent) {
        say(tr("The root cannot be deleted"));
        return false;
    }
    size_t index = 0;
    while (parent->child(index) != current_) ++index;
    const size_t removed = current_->subtreeSize();
    setCurrent(parent);  // off the nodes that go away
    for (auto it = lastChild_.begin(); it != lastChild_.end();) {
        it = it->second == parent->child(index) ? lastChild_.erase(it) : std::next(it);
    }
    deleted_ = Deleted{parent, index, parent->takeChild(index)};  // the older one goes here
    emit treeChanged();
    emit changed();
    markEdited();
    say((removed == 1 ? tr("Deleted 1 node") : tr("Deleted %1 nodes").arg(removed)) +
        tr(" (Edit \u25b8 Restore Deleted Variation puts it back)"));
    return true;
}

bool GameTreeModel::restoreDeleted() {
    if (!deleted_.node) {
        say(tr("Nothing deleted to restore"));
        return false;
    }
    SgfNode* parent = deleted_.parent;
    // Put it back at its old place: take the children out and re-add them.
    std::vector<std::unique_ptr<SgfNode>> kids;
    while (parent->childCount() > 0) kids.push_back(parent->takeChild(0));
    const size_t index = std::min(deleted_.index, kids.size());
    kids.insert(kids.begin() + std::ptrdiff_t(index), std::move(deleted_.node));
    const SgfNode* restored = nullptr;
    for (size_t i = 0; i < kids.size(); ++i) {
        SgfNode* added = parent->addChild(std::move(kids[i]));
        if (i == index) restored = added;
    }
    deleted_ = {};
    const size_t count = restored->subtreeSize();
    emit treeChanged();
    setCurrent(restored);
    markEdited();
    say(count == 1 ? tr("Restored 1 node") : tr("Restored %1 nodes").arg(count));
    return true;
}

bool GameTreeModel::promoteToMainLine() {
    bool moved = false;
    for (SgfNode* n = current_; n->parent(); n = n->parent()) {
        SgfNode* parent = n->parent();
        if (parent->child(0) == n) continue;
        size_t index = 0;
        while (parent->child(index) != n) ++index;
        // Reorder: take all children out and put them back with n first.
        std::vector<std::unique_ptr<SgfNode>> kids;
        while (parent->childCount() > 0) kids.push_back(parent->takeChild(0));
        std::rotate(kids.begin(), kids.begin() + index, kids.begin() + index + 1);
        for (auto& k : kids) parent->addChild(std::move(k));
        moved = true;
    }
    if (!moved) {
        say(tr("Already on the main line"));
        return false;
    }
    emit treeChanged();
    emit changed();
    markEdited();
    say(tr("The current line is now the main line"));
    return true;
}

QString GameTreeModel::comment() const {
    return QString::fromStdString(std::string(current_->value("C")));
}

void GameTreeModel::setComment(const QString& text) {
    if (text == comment()) return;
    if (text.isEmpty())
        current_->remove("C");
    else
        current_->set("C", text.toStdString());
    markEdited();
}

namespace {
constexpr std::pair<const char*, QString GameInfo::*> kInfoFields[] = {
    {"PB", &GameInfo::playerBlack}, {"PW", &GameInfo::playerWhite}, {"RE", &GameInfo::result},
    {"KM", &GameInfo::komi},        {"DT", &GameInfo::date},        {"RU", &GameInfo::rules},
};
}  // namespace

GameInfo GameTreeModel::gameInfo() const {
    GameInfo info;
    for (auto [id, field] : kInfoFields)
        info.*field = QString::fromStdString(std::string(root_->value(id)));
    return info;
}

void GameTreeModel::setGameInfo(const GameInfo& info) {
    if (info == gameInfo()) return;
    for (auto [id, field] : kInfoFields) {
        const QString v = (info.*field).trimmed();
        if (v.isEmpty())
            root_->remove(id);
        else
            root_->set(id, v.toStdString());
    }
    TreeGameSetup setup;
    if (readGameSetup(*root_, &setup, nullptr)) params_.rules = setup.rules;
    position_.refresh();
    markEdited();
    emit changed();
    say(tr("Game information changed"));
}

}  // namespace m37::ui
