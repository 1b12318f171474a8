<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>The network could not be loaded: %1</source>
        <translation>ネットワークを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>the engine refused “%1”: %2</source>
        <translation>エンジンが「%1」を拒否しました: %2</translation>
    </message>
</context>
<context>
    <name>m37::ui::AnalysisActions</name>
    <message>
        <source>Candidates</source>
        <translation>候補手</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>解析(&amp;A)</translation>
    </message>
    <message>
        <source>Analyse the position on the board continuously</source>
        <translation>盤上の局面を継続して解析</translation>
    </message>
    <message>
        <source>&amp;Engine Policy</source>
        <translation>エンジンのポリシー(&amp;E)</translation>
    </message>
    <message>
        <source>Heatmap of the engine&apos;s policy network</source>
        <translation>エンジンのポリシーネットワークのヒートマップ</translation>
    </message>
    <message>
        <source>&amp;Human Policy</source>
        <translation>人間のポリシー(&amp;H)</translation>
    </message>
    <message>
        <source>Heatmap of the human-policy network: where people would play</source>
        <translation>人間ポリシーネットワークのヒートマップ: 人間ならどこに打つか</translation>
    </message>
    <message>
        <source>Engine and Human &amp;Split</source>
        <translation>エンジンと人間を並べて表示(&amp;S)</translation>
    </message>
    <message>
        <source>Both policies at once: engine on the left half of each point, human on the right</source>
        <translation>両方のポリシーを同時に表示: 各交点の左半分がエンジン、右半分が人間</translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation>候補手(&amp;C)</translation>
    </message>
    <message>
        <source>Candidate moves with winrate and visits; hover one for its variation</source>
        <translation>勝率と訪問数付きの候補手。マウスを重ねると変化図を表示</translation>
    </message>
    <message>
        <source>&amp;Ownership</source>
        <translation>地の予想(&amp;O)</translation>
    </message>
    <message>
        <source>Who owns each point at the end (territory)</source>
        <translation>終局時に各交点がどちらのものになるか（地）</translation>
    </message>
    <message>
        <source>&amp;Surprise Marker</source>
        <translation>意外な手の印(&amp;S)</translation>
    </message>
    <message>
        <source>Mark the engine&apos;s top move when humans would rarely play it (a move-37 moment)</source>
        <translation>エンジンの最善手が人間ならめったに打たない手のとき印を付ける（「37手目」の瞬間）</translation>
    </message>
    <message>
        <source>Engine &amp;Settings…</source>
        <translation>エンジン設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Network, human-policy network, threads and visits</source>
        <translation>ネットワーク、人間ポリシーネットワーク、スレッド数、訪問数</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>解析(&amp;A)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>解析</translation>
    </message>
    <message>
        <source>Analysis engine: %1</source>
        <translation>解析エンジン: %1</translation>
    </message>
    <message>
        <source>Analysis engine</source>
        <translation>解析エンジン</translation>
    </message>
    <message>
        <source>Engine settings saved.</source>
        <translation>エンジン設定を保存しました。</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>解析中…</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>%1 訪問</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/秒</translation>
    </message>
    <message>
        <source> · B %1%</source>
        <translation> · 黒 %1%</translation>
    </message>
    <message>
        <source> · surprise %1: human %2%</source>
        <translation> · 意外な手 %1: 人間 %2%</translation>
    </message>
</context>
<context>
    <name>m37::ui::AnalysisWorker</name>
    <message>
        <source>network %1</source>
        <translation>ネットワーク %1</translation>
    </message>
    <message>
        <source>Could not load the network %1; analysing with light rollouts instead.</source>
        <translation>ネットワーク %1 を読み込めませんでした。代わりに軽量ロールアウトで解析します。</translation>
    </message>
    <message>
        <source>light rollouts (no network)</source>
        <translation>軽量ロールアウト（ネットワークなし）</translation>
    </message>
    <message>
        <source>human policy %1</source>
        <translation>人間ポリシー %1</translation>
    </message>
    <message>
        <source>Could not load the human-policy network %1; no human policy shown.</source>
        <translation>人間ポリシーネットワーク %1 を読み込めませんでした。人間のポリシーは表示しません。</translation>
    </message>
    <message>
        <source>light rollouts on boards other than %1×%1</source>
        <translation>%1×%1 以外の盤では軽量ロールアウト</translation>
    </message>
</context>
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
    <name>m37::ui::CandidatesModel</name>
    <message>
        <source>Winrate of the side to move after this move</source>
        <translation>この手を打った後の手番側の勝率</translation>
    </message>
    <message>
        <source>Score lead of the side to move, in points</source>
        <translation>手番側のリード（目数）</translation>
    </message>
    <message>
        <source>The engine&apos;s prior (network policy)</source>
        <translation>エンジンの事前確率（ネットワークのポリシー）</translation>
    </message>
    <message>
        <source>How likely a human would play it (human-policy network)</source>
        <translation>人間がこの手を打つ確率（人間ポリシーネットワーク）</translation>
    </message>
    <message>
        <source>Lower confidence bound of the winrate</source>
        <translation>勝率の信頼下限</translation>
    </message>
    <message>
        <source>Principal variation: the line the engine expects</source>
        <translation>読み筋: エンジンが予想する手順</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>着手</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>訪問数</translation>
    </message>
    <message>
        <source>Winrate</source>
        <translation>勝率</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>目数差</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>人間</translation>
    </message>
    <message>
        <source>LCB</source>
        <translation>LCB</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>読み筋</translation>
    </message>
</context>
<context>
    <name>m37::ui::CandidatesTable</name>
    <message>
        <source>No analysis</source>
        <translation>解析なし</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>%1 訪問</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/秒</translation>
    </message>
    <message>
        <source> · %1 %2</source>
        <translation> · %1 %2</translation>
    </message>
</context>
<context>
    <name>m37::ui::ChatDock</name>
    <message>
        <source>Local model: %1</source>
        <translation>ローカルモデル: %1</translation>
    </message>
    <message>
        <source>The local reasoning model could not be loaded: %1</source>
        <translation>ローカル推論モデルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Local model</source>
        <translation>ローカルモデル</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI 互換</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama サーバー</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>バックエンド:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API キー:</translation>
    </message>
    <message>
        <source>Local model file:</source>
        <translation>ローカルモデルファイル:</translation>
    </message>
    <message>
        <source>Best move</source>
        <translation>最善手</translation>
    </message>
    <message>
        <source>Evaluate move…</source>
        <translation>手を評価…</translation>
    </message>
    <message>
        <source>Status of group at…</source>
        <translation>石の生死…</translation>
    </message>
    <message>
        <source>Free question</source>
        <translation>自由な質問</translation>
    </message>
    <message>
        <source>D4</source>
        <translation>D4</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Ask anything about this position (remote backends)</source>
        <translation>この局面について自由に質問（リモートのバックエンド）</translation>
    </message>
    <message>
        <source>◀ Step</source>
        <translation>◀ 前のステップ</translation>
    </message>
    <message>
        <source>Previous step ([)</source>
        <translation>前のステップ（[）</translation>
    </message>
    <message>
        <source>Step ▶</source>
        <translation>次のステップ ▶</translation>
    </message>
    <message>
        <source>Next step (])</source>
        <translation>次のステップ（]）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Add to Comment</source>
        <translation>コメントに追加</translation>
    </message>
    <message>
        <source>Append the exchange to the SGF comment of the current move</source>
        <translation>このやり取りを現在の手の SGF コメントに追加します</translation>
    </message>
    <message>
        <source>Reasoning Model</source>
        <translation>推論モデル</translation>
    </message>
    <message>
        <source>move37 models (*.m37)</source>
        <translation>move37 モデル (*.m37)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>Type a question first (free questions need a remote backend).</source>
        <translation>先に質問を入力してください（自由な質問にはリモートのバックエンドが必要です）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a point of this board (expected a coordinate like D4).</source>
        <translation>「%1」はこの碁盤の点ではありません（D4 のような座標を入力してください）。</translation>
    </message>
    <message>
        <source>local model %1</source>
        <translation>ローカルモデル %1</translation>
    </message>
    <message>
        <source>local model</source>
        <translation>ローカルモデル</translation>
    </message>
    <message>
        <source>The local model answers the preset questions only; choose a remote backend for free questions.</source>
        <translation>ローカルモデルは定型の質問にだけ答えます。自由な質問にはリモートのバックエンドを選んでください。</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <source>Thinking… (the local model reads the position only and answers with its best move)</source>
        <translation>思考中…（ローカルモデルは局面だけを読み、最善手を答えます）</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 に質問中…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>Answered by %1.</source>
        <translation>%1 が回答しました。</translation>
    </message>
    <message>
        <source>Answered by %1, with problems: %2</source>
        <translation>%1 が回答しましたが、問題がありました: %2</translation>
    </message>
    <message>
        <source>Verifying the steps…</source>
        <translation>ステップを検証中…</translation>
    </message>
    <message>
        <source>Verified: %1 of %2 checked steps hold (rollout search).</source>
        <translation>検証済み: 確認した %2 ステップのうち %1 が正しい（ロールアウト探索）。</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>最初のトークンを待っています…</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>chunks</source>
        <translation>チャンク</translation>
    </message>
    <message>
        <source>Thinking… %1 s, %2 %3</source>
        <translation>思考中… %1 秒、%2 %3</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>トークン/秒</translation>
    </message>
    <message>
        <source>chunks/s</source>
        <translation>チャンク/秒</translation>
    </message>
    <message>
        <source>Thought for %1 s, %2 %3, %4 %5</source>
        <translation>%1 秒思考、%2 %3、%4 %5</translation>
    </message>
    <message>
        <source>No steps with moves yet.</source>
        <translation>手を含むステップはまだありません。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
    <message>
        <source>Answer %1 (engine %2)</source>
        <translation>回答 %1（エンジン %2）</translation>
    </message>
    <message>
        <source>Engine %1 (%2)</source>
        <translation>エンジン %1（%2）</translation>
    </message>
    <message>
        <source>Human %1 (engine %2)</source>
        <translation>人間 %1（エンジン %2）</translation>
    </message>
    <message>
        <source>turn on analysis (Space) to compare with the engine</source>
        <translation>エンジンと比べるには解析をオンに（スペース）</translation>
    </message>
    <message>
        <source>Q (%1, move %2, %3): %4</source>
        <translation>問（%1、%2 手目、%3）: %4</translation>
    </message>
    <message>
        <source>Black to play</source>
        <translation>黒番</translation>
    </message>
    <message>
        <source>White to play</source>
        <translation>白番</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>答: %1</translation>
    </message>
    <message>
        <source>(errors: %1)</source>
        <translation>（エラー: %1）</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
    <message>
        <source>Save the Exchange</source>
        <translation>やり取りを保存</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Go back to the position the question was about to add it to its comment.</source>
        <translation>質問した局面に戻ると、そのコメントに追加できます。</translation>
    </message>
    <message>
        <source>Added to the comment of this move.</source>
        <translation>この手のコメントに追加しました。</translation>
    </message>
    <message>
        <source>No local model file: choose one in the chat settings (…).</source>
        <translation>ローカルモデルのファイルがありません。チャット設定（…）で選んでください。</translation>
    </message>
    <message>
        <source>The shipped reasoning model is missing: choose a file in the chat settings, or a remote backend.</source>
        <translation>同梱の推論モデルが見つかりません。チャット設定でファイルを選ぶか、リモートのバックエンドを選んでください。</translation>
    </message>
    <message>
        <source>Thinking… (the local model reads %1 as its only candidate)</source>
        <translation>思考中…（ローカルモデルは %1 を唯一の候補として読みます）</translation>
    </message>
    <message>
        <source>Verifier-trained (reason-9x9)</source>
        <translation>検証器で訓練（reason-9x9）</translation>
    </message>
    <message>
        <source>Preference-trained (reason-pref-9x9)</source>
        <translation>選好で訓練（reason-pref-9x9）</translation>
    </message>
    <message>
        <source>Model file from the settings</source>
        <translation>設定のモデルファイル</translation>
    </message>
    <message>
        <source>The shipped models differ in what rewarded them: the verifier (the engine&apos;s deep search and every checked step) or a preference net trained on people&apos;s games. Ask both about the same position to compare.</source>
        <translation>同梱の2つのモデルは報酬の源が違います。検証器（エンジンの深い探索と各ステップの検査）か、人の対局で訓練した選好ネットです。同じ局面で両方に聞いて比べてください。</translation>
    </message>
    <message>
        <source>Local model:</source>
        <translation>ローカルモデル：</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>訓練…</translation>
    </message>
    <message>
        <source>The shipped models&apos; GRPO curves: reward, accuracy, faithfulness and response length by step</source>
        <translation>同梱モデルの GRPO 曲線：ステップごとの報酬・正確さ・忠実さ・応答の長さ</translation>
    </message>
    <message>
        <source>a reasoning model (.m37)</source>
        <translation>推論モデル（.m37）</translation>
    </message>
    <message>
        <source>Earlier answer on this position</source>
        <translation>この局面での前の回答</translation>
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
    <message>
        <source>This comment is %L1 characters long: the first %L2 are shown, read-only. The whole comment stays in the game and is saved.</source>
        <translation>このコメントは %L1 文字あります。最初の %L2 文字を読み取り専用で表示しています。コメント全体は棋譜に残り、保存されます。</translation>
    </message>
</context>
<context>
    <name>m37::ui::DiagnosticsDialog</name>
    <message numerus="yes">
        <source>%n message(s):</source>
        <translation>
            <numerusform>%n 件のメッセージ:</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>m37::ui::EngineConsole</name>
    <message>
        <source>GTP command, e.g. showboard</source>
        <translation>GTP コマンド（例: showboard）</translation>
    </message>
    <message>
        <source>(newline)</source>
        <translation>（改行）</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>接続しました</translation>
    </message>
</context>
<context>
    <name>m37::ui::EngineSettingsDialog</name>
    <message>
        <source>Engine Settings</source>
        <translation>エンジン設定</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Choose a network file</source>
        <translation>ネットワークファイルを選択</translation>
    </message>
    <message>
        <source>Networks (*.m37 *.gz *.txt);;All files (*)</source>
        <translation>ネットワーク (*.m37 *.gz *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>ネットワーク(&amp;N):</translation>
    </message>
    <message>
        <source>none: light rollouts, no network</source>
        <translation>なし: 軽量ロールアウト、ネットワークなし</translation>
    </message>
    <message>
        <source>&amp;Human policy:</source>
        <translation>人間のポリシー(&amp;H):</translation>
    </message>
    <message>
        <source>none: no human policy</source>
        <translation>なし: 人間のポリシーを使わない</translation>
    </message>
    <message>
        <source>Search &amp;threads:</source>
        <translation>探索スレッド数(&amp;T):</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>停止するまで</translation>
    </message>
    <message>
        <source>Analysis &amp;visits:</source>
        <translation>解析の訪問数(&amp;V):</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source>&amp;Update every:</source>
        <translation>更新間隔(&amp;U):</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Surprise below human prior:</source>
        <translation>人間の確率がこれ未満なら意外な手(&amp;S):</translation>
    </message>
    <message>
        <source>A Leela Zero weight file or a move37 .m37 network. The human policy is a network trained on human games; the board shows where it and the engine disagree.</source>
        <translation>Leela Zero の重みファイル、または move37 の .m37 ネットワーク。人間ポリシーは人間の対局で学習したネットワークで、盤上にエンジンと意見が分かれる所を表示します。</translation>
    </message>
</context>
<context>
    <name>m37::ui::ExternalAnalyser</name>
    <message>
        <source>%1 has no analysis command (lz-analyze or kata-analyze).</source>
        <translation>%1 には解析コマンド（lz-analyze または kata-analyze）がありません。</translation>
    </message>
</context>
<context>
    <name>m37::ui::ExternalEnginesDialog</name>
    <message>
        <source>External Engines</source>
        <translation>外部エンジン</translation>
    </message>
    <message>
        <source>program and arguments, e.g. gnugo --mode gtp</source>
        <translation>プログラムと引数（例: gnugo --mode gtp）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空の設定</translation>
    </message>
    <message>
        <source>New engine</source>
        <translation>新しいエンジン</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>作業ディレクトリ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Command line:</source>
        <translation>コマンドライン(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>作業ディレクトリ(&amp;W):</translation>
    </message>
    <message>
        <source>Engines speak GTP on standard input and output. Replace FILE in a preset by the network or configuration file.</source>
        <translation>エンジンは標準入出力で GTP を話します。プリセット中の FILE はネットワークファイルまたは設定ファイルに置き換えてください。</translation>
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
    <name>m37::ui::GameReviewActions</name>
    <message>
        <source>Winrate Graph</source>
        <translation>勝率グラフ</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>悪手</translation>
    </message>
    <message>
        <source>Analyse &amp;Whole Game…</source>
        <translation>対局全体を解析(&amp;W)…</translation>
    </message>
    <message>
        <source>Search every position of the current line and list the mistakes</source>
        <translation>現在の手順の全局面を探索し、悪手を一覧表示</translation>
    </message>
    <message>
        <source>S&amp;top Whole-Game Analysis</source>
        <translation>対局全体の解析を停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the whole-game analysis (the results so far stay)</source>
        <translation>対局全体の解析を停止（これまでの結果は残ります）</translation>
    </message>
    <message>
        <source>Ne&amp;xt Mistake</source>
        <translation>次の悪手(&amp;X)</translation>
    </message>
    <message>
        <source>Go to the next listed mistake of the reviewed line</source>
        <translation>解析した手順の次の悪手へ移動</translation>
    </message>
    <message>
        <source>Pre&amp;vious Mistake</source>
        <translation>前の悪手(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the previous listed mistake of the reviewed line</source>
        <translation>解析した手順の前の悪手へ移動</translation>
    </message>
    <message>
        <source>Review %p%</source>
        <translation>解析 %p%</translation>
    </message>
    <message>
        <source>Stop the whole-game analysis</source>
        <translation>対局全体の解析を停止</translation>
    </message>
    <message numerus="yes">
        <source>Whole-game analysis done: %n mistake(s) listed.</source>
        <translation>
            <numerusform>対局全体の解析完了: 悪手 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole-game analysis stopped.</source>
        <translation>対局全体の解析を停止しました。</translation>
    </message>
    <message>
        <source>Analyse Whole Game</source>
        <translation>対局全体を解析</translation>
    </message>
    <message>
        <source>Visits per move:</source>
        <translation>1 手あたりの訪問数:</translation>
    </message>
    <message numerus="yes">
        <source>Analysing %n position(s) at %1 visits…</source>
        <translation>
            <numerusform>%n 局面を %1 訪問で解析中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the whole-game analysis…</source>
        <translation>対局全体の解析を停止しています…</translation>
    </message>
    <message>
        <source>No listed mistake after this move.</source>
        <translation>この手より後に悪手はありません。</translation>
    </message>
    <message>
        <source>No listed mistake before this move.</source>
        <translation>この手より前に悪手はありません。</translation>
    </message>
    <message>
        <source>Key Moments</source>
        <translation>重要局面</translation>
    </message>
    <message>
        <source>Next &amp;Key Moment</source>
        <translation>次の重要局面(&amp;K)</translation>
    </message>
    <message>
        <source>Go to the next surprise, mistake or turning point</source>
        <translation>次の意外な手・悪手・転換点へ移動</translation>
    </message>
    <message>
        <source>Previous K&amp;ey Moment</source>
        <translation>前の重要局面(&amp;E)</translation>
    </message>
    <message>
        <source>Go to the previous surprise, mistake or turning point</source>
        <translation>前の意外な手・悪手・転換点へ移動</translation>
    </message>
    <message>
        <source>&amp;Export Annotated SGF…</source>
        <translation>注釈付き SGF を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the game with the whole-game review: winrates, candidates, best lines, key moments</source>
        <translation>対局全体の解析付きで棋譜を書き出す：勝率、候補手、最善手順、重要局面</translation>
    </message>
    <message>
        <source>Export cancelled: the whole-game analysis was stopped.</source>
        <translation>書き出しを中止しました：対局全体の解析が停止されました。</translation>
    </message>
    <message>
        <source>Export Annotated SGF</source>
        <translation>注釈付き SGF を書き出す</translation>
    </message>
    <message>
        <source>SGF files (*.sgf *.SGF);;All files (*)</source>
        <translation>SGF ファイル (*.sgf *.SGF);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>This game has no review yet. Analyse the whole game first (%1 visits per move)? The file is written when the analysis ends.</source>
        <translation>この対局はまだ解析されていません。先に対局全体を解析しますか（1手 %1 訪問）？ファイルは解析終了後に書き出されます。</translation>
    </message>
    <message>
        <source>No key moment after this move.</source>
        <translation>この手より後に重要局面はありません。</translation>
    </message>
    <message>
        <source>No key moment before this move.</source>
        <translation>この手より前に重要局面はありません。</translation>
    </message>
    <message>
        <source>The game&apos;s move37 review could not be read: %1</source>
        <translation>この対局の move37 解析を読めませんでした：%1</translation>
    </message>
    <message numerus="yes">
        <source>Stored review: %1 of %2 positions analysed, %n key moment(s).</source>
        <translation>
            <numerusform>保存された解析：%2 局面中 %1 局面を解析済み、重要局面 %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n annotation value(s) ignored: %1</source>
        <translation>
            <numerusform> 注釈の値 %n 件を無視しました：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The game has no position to analyse.</source>
        <translation>この対局には解析する局面がありません。</translation>
    </message>
    <message>
        <source>%1 is written when the whole-game analysis ends.</source>
        <translation>%1 は対局全体の解析終了後に書き出されます。</translation>
    </message>
    <message>
        <source>Cannot export %1</source>
        <translation>%1 を書き出せません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>書き出しに失敗しました：%1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2
Nothing was changed on disk.</source>
        <translation>%1 を書き込めませんでした：%2
ディスク上は何も変更されていません。</translation>
    </message>
    <message>
        <source>Exported the annotated game to %1</source>
        <translation>注釈付きの棋譜を %1 に書き出しました</translation>
    </message>
</context>
<context>
    <name>m37::ui::GameReviewWorker</name>
    <message>
        <source>The network could not be loaded (%1); the review uses rollouts.</source>
        <translation>ネットワークを読み込めませんでした（%1）。解析はロールアウトを使います。</translation>
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
    <message>
        <source>, handicap %1 (White plays first)</source>
        <translation>、置き石 %1 子（白が先番）</translation>
    </message>
    <message>
        <source> (Edit ▸ Restore Deleted Variation puts it back)</source>
        <translation>（編集 ▸ 削除した変化を戻す で元に戻せます）</translation>
    </message>
    <message>
        <source>Nothing deleted to restore</source>
        <translation>戻せる削除はありません</translation>
    </message>
    <message>
        <source>Restored 1 node</source>
        <translation>1 ノードを戻しました</translation>
    </message>
    <message>
        <source>Restored %1 nodes</source>
        <translation>%1 ノードを戻しました</translation>
    </message>
</context>
<context>
    <name>m37::ui::GtpProcess</name>
    <message>
        <source>%1: no program to start (the command line is empty).</source>
        <translation>%1: 起動するプログラムがありません（コマンドラインが空です）。</translation>
    </message>
    <message>
        <source>started %1 (pid %2)</source>
        <translation>%1 を起動しました（pid %2）</translation>
    </message>
    <message>
        <source>%1 was restarted</source>
        <translation>%1 を再起動しました</translation>
    </message>
    <message>
        <source>%1 was stopped</source>
        <translation>%1 を停止しました</translation>
    </message>
    <message>
        <source>%1 did not quit; killed</source>
        <translation>%1 が終了しないため強制終了しました</translation>
    </message>
    <message>
        <source>%1 is not running</source>
        <translation>%1 は実行されていません</translation>
    </message>
    <message>
        <source>%1 printed a line longer than %2 MB without an end: output flood.</source>
        <translation>%1 が %2 MB を超えても終わらない行を出力しました: 出力があふれています。</translation>
    </message>
    <message>
        <source>%1 prints output that is not GTP, e.g. “%2”.</source>
        <translation>%1 が GTP ではない出力をしています（例:「%2」）。</translation>
    </message>
    <message>
        <source>%1 answered “%2” to no command.</source>
        <translation>%1 がコマンドなしに「%2」と応答しました。</translation>
    </message>
    <message>
        <source>%1 answered command %2 while %3 was expected.</source>
        <translation>%1 がコマンド %2 に応答しました（期待したのは %3）。</translation>
    </message>
    <message>
        <source>unreadable analysis line: %1</source>
        <translation>読み取れない解析行: %1</translation>
    </message>
    <message>
        <source>%1 prints analysis that cannot be read: %2</source>
        <translation>%1 の解析出力を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 answered with more than %2 MB: output flood.</source>
        <translation>%1 の応答が %2 MB を超えました: 出力があふれています。</translation>
    </message>
    <message>
        <source>%1 quit</source>
        <translation>%1 が終了しました</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 がクラッシュしました</translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation>%1 が終了コード %2 で終了しました</translation>
    </message>
    <message>
        <source> while answering “%1”</source>
        <translation>（「%1」への応答中）</translation>
    </message>
    <message>
        <source>%1 could not be started (%2): %3</source>
        <translation>%1 を起動できませんでした（%2）: %3</translation>
    </message>
    <message>
        <source>%1 did not answer “%2” in %3 s; it seems to hang.</source>
        <translation>%1 が %3 秒以内に「%2」に応答しませんでした。停止しているようです。</translation>
    </message>
    <message>
        <source>
Last messages of the engine:
</source>
        <translation>
エンジンの最後のメッセージ:
</translation>
    </message>
</context>
<context>
    <name>m37::ui::KeyMomentsPanel</name>
    <message>
        <source>Surprise</source>
        <translation>意外な手</translation>
    </message>
    <message>
        <source>Mistake</source>
        <translation>悪手</translation>
    </message>
    <message>
        <source>Turning point</source>
        <translation>転換点</translation>
    </message>
    <message>
        <source>engine&apos;s %1 has human prior %2</source>
        <translation>エンジンの %1 は人間の事前確率 %2</translation>
    </message>
    <message>
        <source> (played)</source>
        <translation>（実戦で打たれた）</translation>
    </message>
    <message>
        <source>%1: lost %2 pts</source>
        <translation>%1：%2 目損</translation>
    </message>
    <message>
        <source>%1: lost %2% winrate</source>
        <translation>%1：勝率 %2% 損</translation>
    </message>
    <message>
        <source> (best %1)</source>
        <translation>（最善 %1）</translation>
    </message>
    <message>
        <source>Black %1</source>
        <translation>黒 %1</translation>
    </message>
    <message>
        <source>, White takes the lead</source>
        <translation>、白が優勢に</translation>
    </message>
    <message>
        <source>, Black takes the lead</source>
        <translation>、黒が優勢に</translation>
    </message>
    <message>
        <source>All key moments</source>
        <translation>すべての重要局面</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>着手</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>実戦</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Surprises, mistakes and turning points of the game; click to go there</source>
        <translation>対局の意外な手・悪手・転換点。クリックで移動</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
</context>
<context>
    <name>m37::ui::LocalReasoner</name>
    <message>
        <source>no reasoning model is loaded</source>
        <translation>推論モデルが読み込まれていません</translation>
    </message>
    <message>
        <source>the reasoning model reads %1x%1 boards; this board is %2x%2</source>
        <translation>推論モデルは %1x%1 の碁盤用です。この碁盤は %2x%2 です</translation>
    </message>
    <message>
        <source>true</source>
        <translation>正しい</translation>
    </message>
    <message>
        <source>not true on the board</source>
        <translation>盤上では正しくない</translation>
    </message>
    <message>
        <source>cannot start the think block with &quot;%1&quot;: %2</source>
        <translation>思考ブロックを「%1」で始められません：%2</translation>
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
    <message>
        <source>Make the current line the main line</source>
        <translation>現在の手順を本線にします</translation>
    </message>
    <message>
        <source>&amp;Restore Deleted Variation</source>
        <translation>削除した変化を戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Put the last deleted variation back</source>
        <translation>最後に削除した変化を元に戻します</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
</context>
<context>
    <name>m37::ui::MistakesPanel</name>
    <message>
        <source>Good</source>
        <translation>好手</translation>
    </message>
    <message>
        <source>Slight</source>
        <translation>軽微</translation>
    </message>
    <message>
        <source>Inaccuracy</source>
        <translation>緩手</translation>
    </message>
    <message>
        <source>Mistake</source>
        <translation>悪手</translation>
    </message>
    <message>
        <source>Bad mistake</source>
        <translation>大悪手</translation>
    </message>
    <message>
        <source>Blunder</source>
        <translation>敗着級</translation>
    </message>
    <message>
        <source>%1 and worse</source>
        <translation>%1 以下</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>手数</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>実戦</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>最善</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>目数</translation>
    </message>
    <message>
        <source>Winrate</source>
        <translation>勝率</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Points and winrate lost by each move; click to go there</source>
        <translation>各手で失った目数と勝率。クリックでその手へ移動</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
</context>
<context>
    <name>m37::ui::NetworkAboutDialog</name>
    <message>
        <source>About Networks</source>
        <translation>ネットワークについて</translation>
    </message>
    <message>
        <source>Analysis network</source>
        <translation>解析用ネットワーク</translation>
    </message>
    <message>
        <source>None: the analysis runs on light rollouts.</source>
        <translation>なし：解析は軽いプレイアウトで行います。</translation>
    </message>
    <message>
        <source>Human policy</source>
        <translation>人間の方策</translation>
    </message>
    <message>
        <source>None: no human-policy heatmap or surprise marker.</source>
        <translation>なし：人間の方策のヒートマップと意外な手の印はありません。</translation>
    </message>
    <message>
        <source>File: `%1`</source>
        <translation>ファイル：`%1`</translation>
    </message>
    <message>
        <source>Loading… (the analysis engine loads it in its own thread)</source>
        <translation>読み込み中…（解析エンジンが自分のスレッドで読み込みます）</translation>
    </message>
    <message>
        <source>It could not be loaded (the status bar says why).</source>
        <translation>読み込めませんでした（理由はステータスバーにあります）。</translation>
    </message>
    <message>
        <source>Networks shipped with move37</source>
        <translation>move37 に付属のネットワーク</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>見つかりません。</translation>
    </message>
    <message>
        <source>(from `%1`)</source>
        <translation>（`%1` より）</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>About &amp;Networks…</source>
        <translation>ネットワークについて(&amp;N)…</translation>
    </message>
    <message>
        <source>How the engine&apos;s network and the human policy were made, and what they measured</source>
        <translation>エンジンのネットワークと人間の方策の作り方と測定結果</translation>
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
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>move37 engine</source>
        <translation>move37 エンジン</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1（未設定）</translation>
    </message>
    <message>
        <source>Visits per move</source>
        <translation>1 手あたりの訪問数</translation>
    </message>
    <message>
        <source>Seconds per move</source>
        <translation>1 手あたりの秒数</translation>
    </message>
    <message>
        <source>the engine settings&apos; network, else light rollouts</source>
        <translation>エンジン設定のネットワーク、なければ軽量ロールアウト</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Network file</source>
        <translation>ネットワークファイル</translation>
    </message>
    <message>
        <source>Networks (*.m37 *.gz *.txt);;All files (*)</source>
        <translation>ネットワーク (*.m37 *.gz *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Black:</source>
        <translation>黒番(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;White:</source>
        <translation>白番(&amp;W):</translation>
    </message>
    <message>
        <source>S&amp;trength:</source>
        <translation>棋力(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>ネットワーク(&amp;N):</translation>
    </message>
    <message>
        <source>Black&apos;s stones on the star points; White plays first</source>
        <translation>黒の置き石を星に置きます。白が先に打ちます</translation>
    </message>
    <message>
        <source>&amp;Handicap:</source>
        <translation>置き石(&amp;H):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 stones</source>
        <translation>%1 子</translation>
    </message>
</context>
<context>
    <name>m37::ui::PlayActions</name>
    <message>
        <source>Engine Console</source>
        <translation>エンジンコンソール</translation>
    </message>
    <message>
        <source>&amp;Play Against Engine…</source>
        <translation>エンジンと対局(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Resign</source>
        <translation>投了(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Score Game</source>
        <translation>終局の計算(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top Engines</source>
        <translation>エンジンを停止(&amp;T)</translation>
    </message>
    <message>
        <source>The engines were stopped; the game stays on the board.</source>
        <translation>エンジンを停止しました。対局は盤上に残ります。</translation>
    </message>
    <message>
        <source>&amp;Configure Engines…</source>
        <translation>外部エンジンの設定(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Restart Engines</source>
        <translation>エンジンを再起動(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Game</source>
        <translation>対局(&amp;G)</translation>
    </message>
    <message>
        <source>Eng&amp;ines</source>
        <translation>エンジン(&amp;I)</translation>
    </message>
    <message>
        <source>Attach as &amp;Opponent</source>
        <translation>対局相手として接続(&amp;O)</translation>
    </message>
    <message>
        <source>Attach as &amp;Analyser</source>
        <translation>解析エンジンとして接続(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Detach Analyser</source>
        <translation>解析エンジンを切断(&amp;D)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <source>(none configured)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>No external engine is called “%1” (Engines ▸ Configure Engines…).</source>
        <translation>「%1」という外部エンジンはありません（エンジン ▸ 外部エンジンの設定…）。</translation>
    </message>
    <message>
        <source>%1 plays %2.</source>
        <translation>%1 が%2番を持ちます。</translation>
    </message>
    <message>
        <source>%1 analyses the position.</source>
        <translation>%1 が局面を解析します。</translation>
    </message>
    <message>
        <source>Play Against Engine</source>
        <translation>エンジンと対局</translation>
    </message>
    <message>
        <source> — click groups to mark them dead or alive, then Accept.</source>
        <translation> — 石をクリックして死活を指定し、「確定」を押してください。</translation>
    </message>
    <message>
        <source>Engine problem</source>
        <translation>エンジンの問題</translation>
    </message>
    <message>
        <source>

The game is kept. Restart the engine to go on.</source>
        <translation>

対局は残っています。続けるにはエンジンを再起動してください。</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Stop Engine</source>
        <translation>エンジンを停止</translation>
    </message>
</context>
<context>
    <name>m37::ui::PlayController</name>
    <message>
        <source>The engines were detached: another game is open.</source>
        <translation>別の対局を開いたため、エンジンを切断しました。</translation>
    </message>
    <message>
        <source>The engines stopped after %1 moves.</source>
        <translation>エンジンは %1 手で停止しました。</translation>
    </message>
    <message>
        <source>%1 is thinking…</source>
        <translation>%1 が考慮中…</translation>
    </message>
    <message>
        <source>%1 could not be brought to the position: %2</source>
        <translation>%1 に現在の局面を設定できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 refused to play: %2</source>
        <translation>%1 が着手を拒否しました: %2</translation>
    </message>
    <message>
        <source>%1 answered “%2”, which is not a move.</source>
        <translation>%1 が「%2」と応答しましたが、着手ではありません。</translation>
    </message>
    <message>
        <source>%1 played %2, which is illegal here: %3.</source>
        <translation>%1 が %2 に打ちましたが、ここには打てません: %3。</translation>
    </message>
    <message>
        <source>Engines restarted; the position is replayed.</source>
        <translation>エンジンを再起動しました。局面を再現します。</translation>
    </message>
    <message>
        <source>It is the engine&apos;s turn.</source>
        <translation>エンジンの手番です。</translation>
    </message>
    <message>
        <source>%1 resigned: %2</source>
        <translation>%1 が投了しました: %2</translation>
    </message>
</context>
<context>
    <name>m37::ui::ReasonTrainingDialog</name>
    <message>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>reward (mean of %1 steps)</source>
        <translation>報酬（%1 ステップの平均）</translation>
    </message>
    <message>
        <source>response tokens</source>
        <translation>応答トークン数</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>報酬</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>正確さ</translation>
    </message>
    <message>
        <source>faithfulness</source>
        <translation>忠実さ</translation>
    </message>
    <message>
        <source>preference</source>
        <translation>選好</translation>
    </message>
    <message>
        <source>response length</source>
        <translation>応答の長さ</translation>
    </message>
    <message>
        <source>Reasoning Models: Training</source>
        <translation>推論モデル：訓練</translation>
    </message>
    <message>
        <source>Verifier-trained</source>
        <translation>検証器で訓練</translation>
    </message>
    <message>
        <source>Preference-trained</source>
        <translation>選好で訓練</translation>
    </message>
    <message>
        <source>%1 is not installed.</source>
        <translation>%1 はインストールされていません。</translation>
    </message>
    <message>
        <source>No training log beside %1.</source>
        <translation>%1 の横に訓練ログがありません。</translation>
    </message>
</context>
<context>
    <name>m37::ui::RemoteChatClient</name>
    <message>
        <source>&quot;%1&quot; is not a usable http(s) URL</source>
        <translation>「%1」は使える http(s) アドレスではありません</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3%4</source>
        <translation>%3 から HTTP %1 %2%4</translation>
    </message>
    <message>
        <source>no data from %1 for %2 s</source>
        <translation>%1 から %2 秒間データがありません</translation>
    </message>
    <message>
        <source>the connection to %1 dropped mid-stream after %2 bytes: %3</source>
        <translation>%1 との接続が %2 バイト後に途中で切れました: %3</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>the connection to %1 closed before the stream was over (%2)</source>
        <translation>%1 との接続が応答の終わる前に閉じられました（%2）</translation>
    </message>
</context>
<context>
    <name>m37::ui::ScoringView</name>
    <message>
        <source>Accept</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Black %1 · White %2 (%3) — %4</source>
        <translation>黒 %1 · 白 %2（%3）— %4</translation>
    </message>
    <message>
        <source>area</source>
        <translation>面積計算</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>地計算</translation>
    </message>
    <message>
        <source>   Click a group to mark it dead or alive.</source>
        <translation>   石をクリックして死活を指定します。</translation>
    </message>
    <message>
        <source>   Estimating dead stones…</source>
        <translation>   死に石を推定しています…</translation>
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
        <translation>
            <numerusform>%1 を開きました（警告 %n 件）</numerusform>
        </translation>
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
<context>
    <name>m37::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>キーボードショートカット(&amp;K)…</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>すべてのキーボードショートカットを表示</translation>
    </message>
</context>
<context>
    <name>m37::ui::Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>システムに従う(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
</context>
<context>
    <name>m37::ui::WinrateGraph</name>
    <message>
        <source>Black winrate</source>
        <translation>黒の勝率</translation>
    </message>
    <message>
        <source>Black lead</source>
        <translation>黒のリード</translation>
    </message>
    <message>
        <source>Black&apos;s winrate and score lead; click to go to a move</source>
        <translation>黒の勝率とリード。クリックでその手へ移動</translation>
    </message>
</context>
</TS>
