<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>m37::ui::AppTranslator</name>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>m37::ui::Autosaver</name>
    <message>
        <source>An untitled game</source>
        <translation>一盘未命名的棋局</translation>
    </message>
    <message>
        <source>Restore unsaved game?</source>
        <translation>恢复未保存的棋局？</translation>
    </message>
    <message>
        <source>move37 did not exit cleanly last time. %1 had unsaved changes (autosaved %2).
Restore it?</source>
        <translation>move37 上次未正常退出。%1 有未保存的更改（自动保存于 %2）。
要恢复吗？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
</context>
<context>
    <name>m37::ui::CommentPanel</name>
    <message>
        <source>Game Info…</source>
        <translation>棋局信息…</translation>
    </message>
    <message>
        <source>Edit players, result, komi, date and rules</source>
        <translation>编辑对局者、结果、贴目、日期和规则</translation>
    </message>
    <message>
        <source>Comment on this move</source>
        <translation>对这一手的评论</translation>
    </message>
    <message>
        <source>%1 (B) vs %2 (W)</source>
        <translation>%1（黑）对 %2（白）</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source> · komi %1</source>
        <translation> · 贴目 %1</translation>
    </message>
</context>
<context>
    <name>m37::ui::DiagnosticsDialog</name>
    <message numerus="yes">
        <source>%n message(s):</source>
        <translation><numerusform>%n 条消息：</numerusform></translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>m37::ui::GameInfoDialog</name>
    <message>
        <source>Game Information</source>
        <translation>棋局信息</translation>
    </message>
    <message>
        <source>&amp;Black (PB):</source>
        <translation>黑方(&amp;B) (PB)：</translation>
    </message>
    <message>
        <source>&amp;White (PW):</source>
        <translation>白方(&amp;W) (PW)：</translation>
    </message>
    <message>
        <source>&amp;Result (RE):</source>
        <translation>结果(&amp;R) (RE)：</translation>
    </message>
    <message>
        <source>B+R, W+3.5, 0, Void, ?</source>
        <translation>B+R, W+3.5, 0, Void, ?</translation>
    </message>
    <message>
        <source>&amp;Komi (KM):</source>
        <translation>贴目(&amp;K) (KM)：</translation>
    </message>
    <message>
        <source>&amp;Date (DT):</source>
        <translation>日期(&amp;D) (DT)：</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>R&amp;ules (RU):</source>
        <translation>规则(&amp;U) (RU)：</translation>
    </message>
    <message>
        <source>Chinese, Japanese, AGA, NZ, ...</source>
        <translation>Chinese、Japanese、AGA、NZ……</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>m37::ui::GameTreeModel</name>
    <message>
        <source>Black</source>
        <translation>黑</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>%1 cannot play %2: %3</source>
        <translation>%1 不能下在 %2：%3</translation>
    </message>
    <message>
        <source>%1 played %2</source>
        <translation>%1 下在 %2</translation>
    </message>
    <message>
        <source>, capturing 1 stone</source>
        <translation>，提掉 1 子</translation>
    </message>
    <message>
        <source>, capturing %1 stones</source>
        <translation>，提掉 %1 子</translation>
    </message>
    <message>
        <source> (new variation)</source>
        <translation>（新变化）</translation>
    </message>
    <message>
        <source>%1 passed. Game over: %2 (no stones marked dead)</source>
        <translation>%1 停一手。对局结束：%2（未标记死子）</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation>%1 停一手</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可悔的棋</translation>
    </message>
    <message>
        <source>Move %1 taken back</source>
        <translation>已悔第 %1 手</translation>
    </message>
    <message>
        <source>New game: %1×%1, %2 rules, komi %3</source>
        <translation>新对局：%1×%1，%2 规则，贴目 %3</translation>
    </message>
    <message>
        <source>The root cannot be deleted</source>
        <translation>不能删除根节点</translation>
    </message>
    <message>
        <source>Deleted 1 node</source>
        <translation>已删除 1 个节点</translation>
    </message>
    <message>
        <source>Deleted %1 nodes</source>
        <translation>已删除 %1 个节点</translation>
    </message>
    <message>
        <source>Already on the main line</source>
        <translation>已在主线上</translation>
    </message>
    <message>
        <source>The current line is now the main line</source>
        <translation>当前变化已设为主线</translation>
    </message>
    <message>
        <source>Game information changed</source>
        <translation>棋局信息已修改</translation>
    </message>
</context>
<context>
    <name>m37::ui::MainWindow</name>
    <message>
        <source>The settings file %1 could not be read; default settings are used.</source>
        <translation>无法读取设置文件 %1；已使用默认设置。</translation>
    </message>
    <message>
        <source>The settings file could not be read and was moved to %1; default settings are used.</source>
        <translation>无法读取设置文件，已将其移至 %1；已使用默认设置。</translation>
    </message>
    <message>
        <source>Click on the board to play, or open an SGF file to review it.</source>
        <translation>点击棋盘落子，或打开 SGF 棋谱进行复盘。</translation>
    </message>
    <message>
        <source>Game Tree</source>
        <translation>棋谱树</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>&amp;New Game…</source>
        <translation>新对局(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new game: board size, rules, komi</source>
        <translation>开始新对局：棋盘大小、规则、贴目</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation>停一手(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Undo Move</source>
        <translation>悔棋(&amp;U)</translation>
    </message>
    <message>
        <source>Game &amp;Info…</source>
        <translation>棋局信息(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Delete Variation</source>
        <translation>删除变化(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the current move and everything after it</source>
        <translation>删除当前这一手及其后的所有棋</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Make &amp;Main Line</source>
        <translation>设为主线(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Previous Variation</source>
        <translation>上一个变化(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Variation</source>
        <translation>下一个变化(&amp;N)</translation>
    </message>
    <message>
        <source>Back 10 Moves</source>
        <translation>后退 10 手</translation>
    </message>
    <message>
        <source>Forward 10 Moves</source>
        <translation>前进 10 手</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开局(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>终局(&amp;E)</translation>
    </message>
    <message>
        <source>Move &amp;Numbers</source>
        <translation>手数(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Coordinates</source>
        <translation>坐标(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>浏览(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>对局</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 已不存在</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Stones captured by Black (B) and by White (W)</source>
        <translation>黑方（B）和白方（W）的提子数</translation>
    </message>
    <message>
        <source>Game over</source>
        <translation>对局结束</translation>
    </message>
    <message>
        <source>%1 to move</source>
        <translation>轮到%1</translation>
    </message>
    <message>
        <source>Captures  B %1 · W %2</source>
        <translation>提子  黑 %1 · 白 %2</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>第 %1 手</translation>
    </message>
    <message>
        <source> · variation %1/%2</source>
        <translation> · 变化 %1/%2</translation>
    </message>
    <message>
        <source>%1×%1 · %2 · komi %3</source>
        <translation>%1×%1 · %2 · 贴目 %3</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 对 %2</translation>
    </message>
    <message>
        <source>Preferences saved; a new language applies at the next start.</source>
        <translation>首选项已保存；新的语言将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>m37::ui::NewGameDialog</name>
    <message>
        <source>Chinese</source>
        <translation>中国规则</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本规则</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩国规则</translation>
    </message>
    <message>
        <source>AGA</source>
        <translation>AGA（美国围棋协会）</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>新西兰规则</translation>
    </message>
    <message>
        <source>Tromp-Taylor</source>
        <translation>Tromp-Taylor 规则</translation>
    </message>
    <message>
        <source>New game</source>
        <translation>新对局</translation>
    </message>
    <message>
        <source>Board &amp;size:</source>
        <translation>棋盘大小(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>规则(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Komi:</source>
        <translation>贴目(&amp;K)：</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>m37::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies the next time move37 starts.</source>
        <translation>新的语言将在下次启动 move37 时生效。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>m37::ui::SgfFileController</name>
    <message>
        <source>SGF files (*.sgf *.SGF);;All files (*)</source>
        <translation>SGF 棋谱 (*.sgf *.SGF);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Open SGF</source>
        <translation>打开 SGF</translation>
    </message>
    <message>
        <source>Save SGF</source>
        <translation>保存 SGF</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1 有未保存的更改。先保存吗？</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n warning(s)</source>
        <translation><numerusform>已打开 %1，有 %n 个警告</numerusform></translation>
    </message>
    <message>
        <source>Warnings reading %1</source>
        <translation>读取 %1 时的警告</translation>
    </message>
    <message>
        <source>Restored the unsaved game of the last session</source>
        <translation>已恢复上次会话中未保存的棋局</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>%1: no game found</source>
        <translation>%1：未找到棋局</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the file holds %2 games; the first one is shown (all are saved)</source>
        <translation>%1：该文件包含 %2 盘棋；显示第一盘（保存时全部保留）</translation>
    </message>
    <message>
        <source>game</source>
        <translation>对局</translation>
    </message>
    <message>
        <source>short write</source>
        <translation>写入不完整</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2
Nothing was changed on disk.</source>
        <translation>无法写入 %1：%2
磁盘上的文件未作任何更改。</translation>
    </message>
    <message>
        <source>Save failed: %1</source>
        <translation>保存失败：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
</TS>
