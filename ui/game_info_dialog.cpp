#include "ui/game_info_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace m37::ui {

GameInfoDialog::GameInfoDialog(const GameInfo& info, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Game Information"));
    auto* form = new QFormLayout(this);
    auto field = [&](const QString& label, const QString& value, const char* name) {
        auto* e = new QLineEdit(value, this);
        e->setObjectName(name);
        e->setMinimumWidth(260);
        form->addRow(label, e);
        return e;
    };
    black_ = field(tr("&Black (PB):"), info.playerBlack, "PB");
    white_ = field(tr("&White (PW):"), info.playerWhite, "PW");
    result_ = field(tr("&Result (RE):"), info.result, "RE");
    result_->setPlaceholderText(tr("B+R, W+3.5, 0, Void, ?"));
    komi_ = field(tr("&Komi (KM):"), info.komi, "KM");
    komi_->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("-?[0-9]{0,3}([.,][0-9]*)?")), komi_));
    date_ = field(tr("&Date (DT):"), info.date, "DT");
    date_->setPlaceholderText(tr("YYYY-MM-DD"));
    rules_ = field(tr("R&ules (RU):"), info.rules, "RU");
    rules_->setPlaceholderText(tr("Chinese, Japanese, AGA, NZ, ..."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

GameInfo GameInfoDialog::info() const {
    GameInfo g;
    g.playerBlack = black_->text();
    g.playerWhite = white_->text();
    g.result = result_->text();
    g.komi = komi_->text().replace(',', '.');
    g.date = date_->text();
    g.rules = rules_->text();
    return g;
}

}  // namespace m37::ui
