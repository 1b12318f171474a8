#pragma once
// EngineSettings: the user's choices for the embedded engine — network file,
// human-policy file, search threads, visits of a live analysis, how often it
// reports, the surprise threshold of the board overlay and the weight of
// rollouts mixed into the network's value — stored with
// QSettings under "engine/…". Live analysis (AnalysisWorker) and play
// against the engine read the same values through load(); the Engine
// settings dialog (EngineSettingsDialog) writes them with save(). Values
// out of range read back as the defaults (clamped), never as an error.
// Threading: a plain value; load()/save() use QSettings, which is safe from
// any thread, but the dialog is GUI thread only.
#include <QDialog>
#include <QString>

class QLineEdit;
class QSpinBox;
class QDoubleSpinBox;

namespace m37::ui {

struct EngineSettings {
    // Network file (.m37 or Leela Zero weights); empty: the search runs on
    // light rollouts without a network.
    QString networkPath;
    // Human-policy network (a net trained on human games, same formats);
    // empty: no human policy. Unset in the settings: the shipped one
    // (shipped_networks.h), if present.
    QString humanPolicyPath;
    int threads = 2;               // search threads (1..64)
    int analysisVisits = 0;        // visits of a live analysis; 0 = until stopped
    int snapshotIntervalMs = 150;  // live analysis reports (50..2000)
    // The surprise marker shows on the engine's top move when its human
    // prior is below this (0..1).
    double surpriseThreshold = 0.05;
    // Light rollouts mixed into the network's value, AlphaGo's lambda
    // (0..1; 0: the network's value alone). Used by analysis, whole-game
    // review and play (SearchParams::setRolloutWeight). 0.3 suits the
    // shipped 9x9 net, measured stronger with it than without (README);
    // a Leela Zero network wants it off.
    double rolloutWeight = 0.3;

    static EngineSettings load();
    void save() const;

    bool operator==(const EngineSettings&) const = default;
};

// The settings page of the embedded engine (a modal dialog: browse for the
// two network files, threads, analysis visits, report interval, surprise
// threshold, rollout weight). accept() saves with EngineSettings::save().
class EngineSettingsDialog : public QDialog {
    Q_OBJECT

  public:
    explicit EngineSettingsDialog(const EngineSettings& settings, QWidget* parent = nullptr);

    EngineSettings settings() const;
    void setSettings(const EngineSettings& s);

  private:
    QLineEdit* network_;
    QLineEdit* human_;
    QSpinBox* threads_;
    QSpinBox* visits_;
    QSpinBox* interval_;
    QDoubleSpinBox* surprise_;
    QDoubleSpinBox* rolloutWeight_;
};

}  // namespace m37::ui
