<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>m37::ui::AppTranslator</name>
    <message>
        <source>System</source>
        <translation>システムに従う</translation>
    </message>
</context>
<context>
    <name>m37::ui::Autosaver</name>
    <message>
        <source>An untitled game</source>
        <translation>無題の対局</translation>
    </message>
    <message>
        <source>Restore unsaved game?</source>
        <translation>未保存の対局を復元しますか？</translation>
    </message>
    <message>
        <source>move37 did not exit cleanly last time. %1 had unsaved changes (autosaved %2).
Restore it?</source>
        <translation>move37 は前回正常に終了しませんでした。%1 には未保存の変更がありました（%2 に自動保存）。
復元しますか？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
</context>
<context>
    <name>m37::ui::CommentPanel</name>
    <message>
        <source>Game Info…</source>
        <translation>対局情報…</translation>
    </message>
    <message>
        <source>Edit players, result, komi, date and rules</source>
        <translation>対局者・結果・コミ・日付・ルールを編集</translation>
    </message>
    <message>
        <source>Comment on this move</source>
        <translation>この手へのコメント</translation>
    </message>
    <message>
        <source>%1 (B) vs %2 (W)</source>
        <translation>%1（黒）対 %2（白）</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source> · komi %1</source>
        <translation> · コミ %1</translation>
    </message>
</context>
<context>
    <name>m37::ui::DiagnosticsDialog</name>
    <message numerus="yes">
        <source>%n message(s):</source>
        <translation><numerusform>%n 件のメッセージ:</numerusform></translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>m37::ui::GameInfoDialog</name>
    <message>
        <source>Game Information</source>
        <translation>対局情報</translation>
    </message>
    <message>
        <source>&amp;Black (PB):</source>
        <translation>黒番(&amp;B) (PB):</translation>
    </message>
    <message>
        <source>&amp;White (PW):</source>
        <translation>白番(&amp;W) (PW):</translation>
    </message>
    <message>
        <source>&amp;Result (RE):</source>
        <translation>結果(&amp;R) (RE):</translation>
    </message>
    <message>
        <source>B+R, W+3.5, 0, Void, ?</source>
        <translation>B+R, W+3.5, 0, Void, ?</translation>
    </message>
    <message>
        <source>&amp;Komi (KM):</source>
        <translation>コミ(&amp;K) (KM):</translation>
    </message>
    <message>
        <source>&amp;Date (DT):</source>
        <translation>日付(&amp;D) (DT):</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>R&amp;ules (RU):</source>
        <translation>ルール(&amp;U) (RU):</translation>
    </message>
    <message>
        <source>Chinese, Japanese, AGA, NZ, ...</source>
        <translation>Chinese、Japanese、AGA、NZ など</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>m37::ui::GameTreeModel</name>
    <message>
        <source>Black</source>
        <translation>黒</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 cannot play %2: %3</source>
        <translation>%1 は %2 に打てません: %3</translation>
    </message>
    <message>
        <source>%1 played %2</source>
        <translation>%1 が %2 に打ちました</translation>
    </message>
    <message>
        <source>, capturing 1 stone</source>
        <translation>、1 子を取りました</translation>
    </message>
    <message>
        <source>, capturing %1 stones</source>
        <translation>、%1 子を取りました</translation>
    </message>
    <message>
        <source> (new variation)</source>
        <translation>（新しい変化）</translation>
    </message>
    <message>
        <source>%1 passed. Game over: %2 (no stones marked dead)</source>
        <translation>%1 がパスしました。終局: %2（死に石の指定なし）</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation>%1 がパスしました</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>戻せる手がありません</translation>
    </message>
    <message>
        <source>Move %1 taken back</source>
        <translation>%1 手目を戻しました</translation>
    </message>
    <message>
        <source>New game: %1×%1, %2 rules, komi %3</source>
        <translation>新しい対局: %1×%1、%2 ルール、コミ %3</translation>
    </message>
    <message>
        <source>The root cannot be deleted</source>
        <translation>ルートは削除できません</translation>
    </message>
    <message>
        <source>Deleted 1 node</source>
        <translation>1 ノードを削除しました</translation>
    </message>
    <message>
        <source>Deleted %1 nodes</source>
        <translation>%1 ノードを削除しました</translation>
    </message>
    <message>
        <source>Already on the main line</source>
        <translation>すでに本線です</translation>
    </message>
    <message>
        <source>The current line is now the main line</source>
        <translation>現在の変化を本線にしました</translation>
    </message>
    <message>
        <source>Game information changed</source>
        <translation>対局情報を変更しました</translation>
    </message>
</context>
<context>
    <name>m37::ui::MainWindow</name>
    <message>
        <source>The settings file %1 could not be read; default settings are used.</source>
        <translation>設定ファイル %1 を読み込めませんでした。既定の設定を使用します。</translation>
    </message>
    <message>
        <source>The settings file could not be read and was moved to %1; default settings are used.</source>
        <translation>設定ファイルを読み込めなかったため %1 に移動しました。既定の設定を使用します。</translation>
    </message>
    <message>
        <source>Click on the board to play, or open an SGF file to review it.</source>
        <translation>盤をクリックして打つか、SGF ファイルを開いて検討してください。</translation>
    </message>
    <message>
        <source>Game Tree</source>
        <translation>棋譜ツリー</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>&amp;New Game…</source>
        <translation>新規対局(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new game: board size, rules, komi</source>
        <translation>新しい対局を開始: 盤の大きさ・ルール・コミ</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation>パス(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Undo Move</source>
        <translation>一手戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Game &amp;Info…</source>
        <translation>対局情報(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Delete Variation</source>
        <translation>変化を削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the current move and everything after it</source>
        <translation>現在の手とそれ以降をすべて削除</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Make &amp;Main Line</source>
        <translation>本線にする(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Previous Variation</source>
        <translation>前の変化(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Variation</source>
        <translation>次の変化(&amp;N)</translation>
    </message>
    <message>
        <source>Back 10 Moves</source>
        <translation>10 手戻る</translation>
    </message>
    <message>
        <source>Forward 10 Moves</source>
        <translation>10 手進む</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>初手へ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>最終手へ(&amp;E)</translation>
    </message>
    <message>
        <source>Move &amp;Numbers</source>
        <translation>手順番号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Coordinates</source>
        <translation>座標(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>移動(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>対局</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 はもう存在しません</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>一覧を消去</translation>
    </message>
    <message>
        <source>Stones captured by Black (B) and by White (W)</source>
        <translation>黒（B）と白（W）のアゲハマ</translation>
    </message>
    <message>
        <source>Game over</source>
        <translation>終局</translation>
    </message>
    <message>
        <source>%1 to move</source>
        <translation>%1の番</translation>
    </message>
    <message>
        <source>Captures  B %1 · W %2</source>
        <translation>アゲハマ  黒 %1 · 白 %2</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 手目</translation>
    </message>
    <message>
        <source> · variation %1/%2</source>
        <translation> · 変化 %1/%2</translation>
    </message>
    <message>
        <source>%1×%1 · %2 · komi %3</source>
        <translation>%1×%1 · %2 · コミ %3</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 対 %2</translation>
    </message>
    <message>
        <source>Preferences saved; a new language applies at the next start.</source>
        <translation>環境設定を保存しました。新しい言語は次回の起動時に適用されます。</translation>
    </message>
</context>
<context>
    <name>m37::ui::NewGameDialog</name>
    <message>
        <source>Chinese</source>
        <translation>中国ルール</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本ルール</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韓国ルール</translation>
    </message>
    <message>
        <source>AGA</source>
        <translation>AGA（米国囲碁協会）</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>ニュージーランドルール</translation>
    </message>
    <message>
        <source>Tromp-Taylor</source>
        <translation>トロンプ・テイラールール</translation>
    </message>
    <message>
        <source>New game</source>
        <translation>新規対局</translation>
    </message>
    <message>
        <source>Board &amp;size:</source>
        <translation>盤の大きさ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>ルール(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Komi:</source>
        <translation>コミ(&amp;K):</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>m37::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies the next time move37 starts.</source>
        <translation>新しい言語は move37 の次回起動時に適用されます。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>m37::ui::SgfFileController</name>
    <message>
        <source>SGF files (*.sgf *.SGF);;All files (*)</source>
        <translation>SGF ファイル (*.sgf *.SGF);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Open SGF</source>
        <translation>SGF を開く</translation>
    </message>
    <message>
        <source>Save SGF</source>
        <translation>SGF を保存</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1 には未保存の変更があります。先に保存しますか？</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n warning(s)</source>
        <translation><numerusform>%1 を開きました（警告 %n 件）</numerusform></translation>
    </message>
    <message>
        <source>Warnings reading %1</source>
        <translation>%1 の読み込み時の警告</translation>
    </message>
    <message>
        <source>Restored the unsaved game of the last session</source>
        <translation>前回のセッションの未保存の対局を復元しました</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 を開けません</translation>
    </message>
    <message>
        <source>%1: no game found</source>
        <translation>%1: 対局が見つかりません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the file holds %2 games; the first one is shown (all are saved)</source>
        <translation>%1: このファイルには %2 局あります。最初の対局を表示します（保存時はすべて保存）</translation>
    </message>
    <message>
        <source>game</source>
        <translation>対局</translation>
    </message>
    <message>
        <source>short write</source>
        <translation>書き込みが途中で終わりました</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>%1 を保存できません</translation>
    </message>
    <message>
        <source>%1 could not be written: %2
Nothing was changed on disk.</source>
        <translation>%1 に書き込めませんでした: %2
ディスク上のファイルは変更されていません。</translation>
    </message>
    <message>
        <source>Save failed: %1</source>
        <translation>保存に失敗しました: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
</context>
</TS>
