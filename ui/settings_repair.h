#pragma once
// SettingsRepair: checks the application's QSettings file before it is
// used. A file QSettings cannot parse (status FormatError) is moved aside
// as "<file>.corrupt" so the program starts from defaults; the report says
// what happened, for a one-time notice. Validation of single values is done
// where they are read (see SettingsValues). Threading: call from the GUI
// thread before settings are read (QSettings of one file from one thread).
#include <QString>

namespace m37::ui {

struct SettingsRepairReport {
    QString file;     // the settings file that was unreadable
    QString movedTo;  // where it went; empty if it could not be moved
    bool repaired() const { return !file.isEmpty(); }
};

class SettingsRepair {
  public:
    // Checks (and repairs) the default QSettings file; an empty report when
    // it was fine or absent.
    static SettingsRepairReport run();
};

}  // namespace m37::ui
