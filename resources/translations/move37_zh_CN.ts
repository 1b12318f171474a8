<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>The network could not be loaded: %1</source>
        <translation>无法加载网络：%1</translation>
    </message>
    <message>
        <source>the engine refused “%1”: %2</source>
        <translation>引擎拒绝了“%1”：%2</translation>
    </message>
</context>
<context>
    <name>m37::ui::AnalysisActions</name>
    <message>
        <source>Candidates</source>
        <translation>候选手</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>Analyse the position on the board continuously</source>
        <translation>持续分析棋盘上的局面</translation>
    </message>
    <message>
        <source>&amp;Engine Policy</source>
        <translation>引擎策略(&amp;E)</translation>
    </message>
    <message>
        <source>Heatmap of the engine&apos;s policy network</source>
        <translation>引擎策略网络的热力图</translation>
    </message>
    <message>
        <source>&amp;Human Policy</source>
        <translation>人类策略(&amp;H)</translation>
    </message>
    <message>
        <source>Heatmap of the human-policy network: where people would play</source>
        <translation>人类策略网络的热力图：人类棋手会下在哪里</translation>
    </message>
    <message>
        <source>Engine and Human &amp;Split</source>
        <translation>引擎与人类对照(&amp;S)</translation>
    </message>
    <message>
        <source>Both policies at once: engine on the left half of each point, human on the right</source>
        <translation>同时显示两种策略：每个点的左半边为引擎，右半边为人类</translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation>候选手(&amp;C)</translation>
    </message>
    <message>
        <source>Candidate moves with winrate and visits; hover one for its variation</source>
        <translation>候选手及其胜率和访问次数；鼠标悬停可查看变化图</translation>
    </message>
    <message>
        <source>&amp;Ownership</source>
        <translation>归属(&amp;O)</translation>
    </message>
    <message>
        <source>Who owns each point at the end (territory)</source>
        <translation>终局时每个点归哪一方（实地）</translation>
    </message>
    <message>
        <source>&amp;Surprise Marker</source>
        <translation>意外手标记(&amp;S)</translation>
    </message>
    <message>
        <source>Mark the engine&apos;s top move when humans would rarely play it (a move-37 moment)</source>
        <translation>当引擎的首选人类很少会下时加以标记（“第37手”时刻）</translation>
    </message>
    <message>
        <source>Engine &amp;Settings…</source>
        <translation>引擎设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Network, human-policy network, threads and visits</source>
        <translation>网络、人类策略网络、线程数和访问次数</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Analysis engine: %1</source>
        <translation>分析引擎：%1</translation>
    </message>
    <message>
        <source>Analysis engine</source>
        <translation>分析引擎</translation>
    </message>
    <message>
        <source>Engine settings saved.</source>
        <translation>引擎设置已保存。</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>%1 次访问</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/秒</translation>
    </message>
    <message>
        <source> · B %1%</source>
        <translation> · 黑 %1%</translation>
    </message>
    <message>
        <source> · surprise %1: human %2%</source>
        <translation> · 意外手 %1：人类 %2%</translation>
    </message>
</context>
<context>
    <name>m37::ui::AnalysisWorker</name>
    <message>
        <source>network %1</source>
        <translation>网络 %1</translation>
    </message>
    <message>
        <source>Could not load the network %1; analysing with light rollouts instead.</source>
        <translation>无法加载网络 %1；改用轻量随机对局分析。</translation>
    </message>
    <message>
        <source>light rollouts (no network)</source>
        <translation>轻量随机对局（无网络）</translation>
    </message>
    <message>
        <source>human policy %1</source>
        <translation>人类策略 %1</translation>
    </message>
    <message>
        <source>Could not load the human-policy network %1; no human policy shown.</source>
        <translation>无法加载人类策略网络 %1；不显示人类策略。</translation>
    </message>
    <message>
        <source>light rollouts on boards other than %1×%1</source>
        <translation>%1×%1 以外的棋盘使用轻量随机模拟</translation>
    </message>
</context>
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
    <name>m37::ui::CandidatesModel</name>
    <message>
        <source>Winrate of the side to move after this move</source>
        <translation>下这一手后轮走方的胜率</translation>
    </message>
    <message>
        <source>Score lead of the side to move, in points</source>
        <translation>轮走方领先的目数</translation>
    </message>
    <message>
        <source>The engine&apos;s prior (network policy)</source>
        <translation>引擎的先验概率（网络策略）</translation>
    </message>
    <message>
        <source>How likely a human would play it (human-policy network)</source>
        <translation>人类棋手下这一手的可能性（人类策略网络）</translation>
    </message>
    <message>
        <source>Lower confidence bound of the winrate</source>
        <translation>胜率的置信下限</translation>
    </message>
    <message>
        <source>Principal variation: the line the engine expects</source>
        <translation>主要变化：引擎预想的进行</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>着手</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Winrate</source>
        <translation>胜率</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>目差</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>人类</translation>
    </message>
    <message>
        <source>LCB</source>
        <translation>置信下限</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>m37::ui::CandidatesTable</name>
    <message>
        <source>No analysis</source>
        <translation>无分析</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>%1 次访问</translation>
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
        <translation>本地模型：%1</translation>
    </message>
    <message>
        <source>The local reasoning model could not be loaded: %1</source>
        <translation>无法加载本地推理模型：%1</translation>
    </message>
    <message>
        <source>Local model</source>
        <translation>本地模型</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI 兼容</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama 服务</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>后端：</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>网址：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <source>Local model file:</source>
        <translation>本地模型文件：</translation>
    </message>
    <message>
        <source>Best move</source>
        <translation>最佳着法</translation>
    </message>
    <message>
        <source>Evaluate move…</source>
        <translation>评估着法…</translation>
    </message>
    <message>
        <source>Status of group at…</source>
        <translation>棋块死活…</translation>
    </message>
    <message>
        <source>Free question</source>
        <translation>自由提问</translation>
    </message>
    <message>
        <source>D4</source>
        <translation>D4</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Ask anything about this position (remote backends)</source>
        <translation>关于此局面的任何问题（远程后端）</translation>
    </message>
    <message>
        <source>◀ Step</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Previous step ([)</source>
        <translation>上一步（[）</translation>
    </message>
    <message>
        <source>Step ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Next step (])</source>
        <translation>下一步（]）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Add to Comment</source>
        <translation>加入注释</translation>
    </message>
    <message>
        <source>Append the exchange to the SGF comment of the current move</source>
        <translation>将这段问答追加到当前着手的 SGF 注释</translation>
    </message>
    <message>
        <source>Reasoning Model</source>
        <translation>推理模型</translation>
    </message>
    <message>
        <source>move37 models (*.m37)</source>
        <translation>move37 模型 (*.m37)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Type a question first (free questions need a remote backend).</source>
        <translation>请先输入问题（自由提问需要远程后端）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a point of this board (expected a coordinate like D4).</source>
        <translation>“%1”不是本棋盘上的点（应为 D4 这样的坐标）。</translation>
    </message>
    <message>
        <source>local model %1</source>
        <translation>本地模型 %1</translation>
    </message>
    <message>
        <source>local model</source>
        <translation>本地模型</translation>
    </message>
    <message>
        <source>The local model answers the preset questions only; choose a remote backend for free questions.</source>
        <translation>本地模型只回答预设问题；自由提问请选择远程后端。</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <source>Thinking… (the local model reads the position only and answers with its best move)</source>
        <translation>思考中…（本地模型只读取局面，回答它认为的最佳着法）</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>正在询问 %1…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Answered by %1.</source>
        <translation>由 %1 回答。</translation>
    </message>
    <message>
        <source>Answered by %1, with problems: %2</source>
        <translation>由 %1 回答，但有问题：%2</translation>
    </message>
    <message>
        <source>Verifying the steps…</source>
        <translation>正在验证各步…</translation>
    </message>
    <message>
        <source>Verified: %1 of %2 checked steps hold (rollout search).</source>
        <translation>已验证：%2 个受检步骤中 %1 个成立（随机对局搜索）。</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>等待第一个词元…</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>个词元</translation>
    </message>
    <message>
        <source>chunks</source>
        <translation>个数据块</translation>
    </message>
    <message>
        <source>Thinking… %1 s, %2 %3</source>
        <translation>思考中… %1 秒，%2 %3</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>词元/秒</translation>
    </message>
    <message>
        <source>chunks/s</source>
        <translation>块/秒</translation>
    </message>
    <message>
        <source>Thought for %1 s, %2 %3, %4 %5</source>
        <translation>思考了 %1 秒，%2 %3，%4 %5</translation>
    </message>
    <message>
        <source>No steps with moves yet.</source>
        <translation>尚无包含着法的步骤。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Answer %1 (engine %2)</source>
        <translation>回答 %1（引擎 %2）</translation>
    </message>
    <message>
        <source>Engine %1 (%2)</source>
        <translation>引擎 %1（%2）</translation>
    </message>
    <message>
        <source>Human %1 (engine %2)</source>
        <translation>人类 %1（引擎 %2）</translation>
    </message>
    <message>
        <source>turn on analysis (Space) to compare with the engine</source>
        <translation>开启分析（空格）以与引擎比较</translation>
    </message>
    <message>
        <source>Q (%1, move %2, %3): %4</source>
        <translation>问（%1，第 %2 手，%3）：%4</translation>
    </message>
    <message>
        <source>Black to play</source>
        <translation>黑方走</translation>
    </message>
    <message>
        <source>White to play</source>
        <translation>白方走</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>答：%1</translation>
    </message>
    <message>
        <source>(errors: %1)</source>
        <translation>（错误：%1）</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <source>Save the Exchange</source>
        <translation>保存问答</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Go back to the position the question was about to add it to its comment.</source>
        <translation>请回到提问时的局面，才能把它加入该局面的注释。</translation>
    </message>
    <message>
        <source>Added to the comment of this move.</source>
        <translation>已加入此手的注释。</translation>
    </message>
    <message>
        <source>No local model file: choose one in the chat settings (…).</source>
        <translation>没有本地模型文件：请在聊天设置（…）中选择一个。</translation>
    </message>
    <message>
        <source>The shipped reasoning model is missing: choose a file in the chat settings, or a remote backend.</source>
        <translation>随附的推理模型缺失：请在聊天设置中选择文件，或选择远程后端。</translation>
    </message>
    <message>
        <source>Thinking… (the local model reads %1 as its only candidate)</source>
        <translation>思考中…（本地模型把 %1 作为唯一候选来计算）</translation>
    </message>
    <message>
        <source>Verifier-trained (reason-9x9)</source>
        <translation>验证器训练（reason-9x9）</translation>
    </message>
    <message>
        <source>Preference-trained (reason-pref-9x9)</source>
        <translation>偏好训练（reason-pref-9x9）</translation>
    </message>
    <message>
        <source>Model file from the settings</source>
        <translation>设置中的模型文件</translation>
    </message>
    <message>
        <source>The shipped models differ in what rewarded them: the verifier (the engine&apos;s deep search and every checked step) or a preference net trained on people&apos;s games. Ask both about the same position to compare.</source>
        <translation>两个随附模型的奖励来源不同：验证器（引擎的深度搜索和每一步的检查）或用人类对局训练的偏好网络。对同一局面分别提问即可比较。</translation>
    </message>
    <message>
        <source>Local model:</source>
        <translation>本地模型：</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>训练…</translation>
    </message>
    <message>
        <source>The shipped models&apos; GRPO curves: reward, accuracy, faithfulness and response length by step</source>
        <translation>随附模型的 GRPO 曲线：各步的奖励、准确度、忠实度和回答长度</translation>
    </message>
    <message>
        <source>a reasoning model (.m37)</source>
        <translation>推理模型（.m37）</translation>
    </message>
    <message>
        <source>Earlier answer on this position</source>
        <translation>此局面之前的回答</translation>
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
    <message>
        <source>This comment is %L1 characters long: the first %L2 are shown, read-only. The whole comment stays in the game and is saved.</source>
        <translation>此评论长 %L1 个字符：只显示前 %L2 个，且为只读。完整的评论仍保留在棋谱中并会保存。</translation>
    </message>
</context>
<context>
    <name>m37::ui::DiagnosticsDialog</name>
    <message numerus="yes">
        <source>%n message(s):</source>
        <translation>
            <numerusform>%n 条消息：</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>m37::ui::EngineConsole</name>
    <message>
        <source>GTP command, e.g. showboard</source>
        <translation>GTP 命令，例如 showboard</translation>
    </message>
    <message>
        <source>(newline)</source>
        <translation>（空行）</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>已接入</translation>
    </message>
</context>
<context>
    <name>m37::ui::EngineSettingsDialog</name>
    <message>
        <source>Engine Settings</source>
        <translation>引擎设置</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a network file</source>
        <translation>选择网络文件</translation>
    </message>
    <message>
        <source>Networks (*.m37 *.gz *.txt);;All files (*)</source>
        <translation>网络文件 (*.m37 *.gz *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>网络(&amp;N)：</translation>
    </message>
    <message>
        <source>none: light rollouts, no network</source>
        <translation>无：轻量随机对局，不用网络</translation>
    </message>
    <message>
        <source>&amp;Human policy:</source>
        <translation>人类策略(&amp;H)：</translation>
    </message>
    <message>
        <source>none: no human policy</source>
        <translation>无：不用人类策略</translation>
    </message>
    <message>
        <source>Search &amp;threads:</source>
        <translation>搜索线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>直到停止</translation>
    </message>
    <message>
        <source>Analysis &amp;visits:</source>
        <translation>分析访问次数(&amp;V)：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>&amp;Update every:</source>
        <translation>更新间隔(&amp;U)：</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Surprise below human prior:</source>
        <translation>人类概率低于此值即为意外手(&amp;S)：</translation>
    </message>
    <message>
        <source>A Leela Zero weight file or a move37 .m37 network. The human policy is a network trained on human games; the board shows where it and the engine disagree.</source>
        <translation>Leela Zero 权重文件或 move37 的 .m37 网络。人类策略是用人类对局训练的网络；棋盘上会显示它与引擎意见不同之处。</translation>
    </message>
</context>
<context>
    <name>m37::ui::ExternalAnalyser</name>
    <message>
        <source>%1 has no analysis command (lz-analyze or kata-analyze).</source>
        <translation>%1 没有分析命令（lz-analyze 或 kata-analyze）。</translation>
    </message>
</context>
<context>
    <name>m37::ui::ExternalEnginesDialog</name>
    <message>
        <source>External Engines</source>
        <translation>外部引擎</translation>
    </message>
    <message>
        <source>program and arguments, e.g. gnugo --mode gtp</source>
        <translation>程序及参数，例如 gnugo --mode gtp</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>New engine</source>
        <translation>新引擎</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>工作目录</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Command line:</source>
        <translation>命令行(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>工作目录(&amp;W)：</translation>
    </message>
    <message>
        <source>Engines speak GTP on standard input and output. Replace FILE in a preset by the network or configuration file.</source>
        <translation>引擎通过标准输入输出使用 GTP 通信。请将预设中的 FILE 替换为网络文件或配置文件。</translation>
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
    <name>m37::ui::GameReviewActions</name>
    <message>
        <source>Winrate Graph</source>
        <translation>胜率图</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Analyse &amp;Whole Game…</source>
        <translation>分析整局(&amp;W)…</translation>
    </message>
    <message>
        <source>Search every position of the current line and list the mistakes</source>
        <translation>搜索当前变化的每个局面并列出错误</translation>
    </message>
    <message>
        <source>S&amp;top Whole-Game Analysis</source>
        <translation>停止整局分析(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the whole-game analysis (the results so far stay)</source>
        <translation>停止整局分析（已有结果保留）</translation>
    </message>
    <message>
        <source>Ne&amp;xt Mistake</source>
        <translation>下一个错误(&amp;X)</translation>
    </message>
    <message>
        <source>Go to the next listed mistake of the reviewed line</source>
        <translation>转到所分析变化中的下一个错误</translation>
    </message>
    <message>
        <source>Pre&amp;vious Mistake</source>
        <translation>上一个错误(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the previous listed mistake of the reviewed line</source>
        <translation>转到所分析变化中的上一个错误</translation>
    </message>
    <message>
        <source>Review %p%</source>
        <translation>分析 %p%</translation>
    </message>
    <message>
        <source>Stop the whole-game analysis</source>
        <translation>停止整局分析</translation>
    </message>
    <message numerus="yes">
        <source>Whole-game analysis done: %n mistake(s) listed.</source>
        <translation>
            <numerusform>整局分析完成：列出 %n 个错误。</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole-game analysis stopped.</source>
        <translation>整局分析已停止。</translation>
    </message>
    <message>
        <source>Analyse Whole Game</source>
        <translation>分析整局</translation>
    </message>
    <message>
        <source>Visits per move:</source>
        <translation>每步访问次数：</translation>
    </message>
    <message numerus="yes">
        <source>Analysing %n position(s) at %1 visits…</source>
        <translation>
            <numerusform>正在分析 %n 个局面，每步 %1 次访问…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the whole-game analysis…</source>
        <translation>正在停止整局分析…</translation>
    </message>
    <message>
        <source>No listed mistake after this move.</source>
        <translation>此步之后没有列出的错误。</translation>
    </message>
    <message>
        <source>No listed mistake before this move.</source>
        <translation>此步之前没有列出的错误。</translation>
    </message>
    <message>
        <source>Key Moments</source>
        <translation>关键时刻</translation>
    </message>
    <message>
        <source>Next &amp;Key Moment</source>
        <translation>下一个关键时刻(&amp;K)</translation>
    </message>
    <message>
        <source>Go to the next surprise, mistake or turning point</source>
        <translation>转到下一个意外之着、错误或转折点</translation>
    </message>
    <message>
        <source>Previous K&amp;ey Moment</source>
        <translation>上一个关键时刻(&amp;E)</translation>
    </message>
    <message>
        <source>Go to the previous surprise, mistake or turning point</source>
        <translation>转到上一个意外之着、错误或转折点</translation>
    </message>
    <message>
        <source>&amp;Export Annotated SGF…</source>
        <translation>导出带注释的 SGF(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the game with the whole-game review: winrates, candidates, best lines, key moments</source>
        <translation>写出带整局分析的棋谱：胜率、候选着、最佳变化、关键时刻</translation>
    </message>
    <message>
        <source>Export cancelled: the whole-game analysis was stopped.</source>
        <translation>导出已取消：整局分析已停止。</translation>
    </message>
    <message>
        <source>Export Annotated SGF</source>
        <translation>导出带注释的 SGF</translation>
    </message>
    <message>
        <source>SGF files (*.sgf *.SGF);;All files (*)</source>
        <translation>SGF 文件 (*.sgf *.SGF);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This game has no review yet. Analyse the whole game first (%1 visits per move)? The file is written when the analysis ends.</source>
        <translation>此棋局尚未分析。先分析整局（每步 %1 次访问）吗？分析结束后写出文件。</translation>
    </message>
    <message>
        <source>No key moment after this move.</source>
        <translation>此步之后没有关键时刻。</translation>
    </message>
    <message>
        <source>No key moment before this move.</source>
        <translation>此步之前没有关键时刻。</translation>
    </message>
    <message>
        <source>The game&apos;s move37 review could not be read: %1</source>
        <translation>无法读取此棋局的 move37 分析：%1</translation>
    </message>
    <message numerus="yes">
        <source>Stored review: %1 of %2 positions analysed, %n key moment(s).</source>
        <translation>
            <numerusform>已存分析：%2 个局面中 %1 个已分析，%n 个关键时刻。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n annotation value(s) ignored: %1</source>
        <translation>
            <numerusform> 忽略了 %n 个注释值：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The game has no position to analyse.</source>
        <translation>此棋局没有可分析的局面。</translation>
    </message>
    <message>
        <source>%1 is written when the whole-game analysis ends.</source>
        <translation>整局分析结束后将写出 %1。</translation>
    </message>
    <message>
        <source>Cannot export %1</source>
        <translation>无法导出 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2
Nothing was changed on disk.</source>
        <translation>无法写入 %1：%2
磁盘上未做任何更改。</translation>
    </message>
    <message>
        <source>Exported the annotated game to %1</source>
        <translation>已将带注释的棋局导出到 %1</translation>
    </message>
</context>
<context>
    <name>m37::ui::GameReviewWorker</name>
    <message>
        <source>The network could not be loaded (%1); the review uses rollouts.</source>
        <translation>无法加载网络（%1）；分析改用随机对局。</translation>
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
    <message>
        <source>, handicap %1 (White plays first)</source>
        <translation>，让 %1 子（白棋先行）</translation>
    </message>
    <message>
        <source> (Edit ▸ Restore Deleted Variation puts it back)</source>
        <translation>（编辑 ▸ 恢复删除的变化 可将其放回）</translation>
    </message>
    <message>
        <source>Nothing deleted to restore</source>
        <translation>没有可恢复的删除内容</translation>
    </message>
    <message>
        <source>Restored 1 node</source>
        <translation>已恢复 1 个节点</translation>
    </message>
    <message>
        <source>Restored %1 nodes</source>
        <translation>已恢复 %1 个节点</translation>
    </message>
</context>
<context>
    <name>m37::ui::GtpProcess</name>
    <message>
        <source>%1: no program to start (the command line is empty).</source>
        <translation>%1：没有可启动的程序（命令行为空）。</translation>
    </message>
    <message>
        <source>started %1 (pid %2)</source>
        <translation>已启动 %1（pid %2）</translation>
    </message>
    <message>
        <source>%1 was restarted</source>
        <translation>%1 已重启</translation>
    </message>
    <message>
        <source>%1 was stopped</source>
        <translation>%1 已停止</translation>
    </message>
    <message>
        <source>%1 did not quit; killed</source>
        <translation>%1 未退出；已强制结束</translation>
    </message>
    <message>
        <source>%1 is not running</source>
        <translation>%1 未在运行</translation>
    </message>
    <message>
        <source>%1 printed a line longer than %2 MB without an end: output flood.</source>
        <translation>%1 输出了一行超过 %2 MB 且没有结尾：输出泛滥。</translation>
    </message>
    <message>
        <source>%1 prints output that is not GTP, e.g. “%2”.</source>
        <translation>%1 输出了非 GTP 内容，例如“%2”。</translation>
    </message>
    <message>
        <source>%1 answered “%2” to no command.</source>
        <translation>%1 在没有命令时回答了“%2”。</translation>
    </message>
    <message>
        <source>%1 answered command %2 while %3 was expected.</source>
        <translation>%1 回答了命令 %2，但应回答的是 %3。</translation>
    </message>
    <message>
        <source>unreadable analysis line: %1</source>
        <translation>无法读取的分析行：%1</translation>
    </message>
    <message>
        <source>%1 prints analysis that cannot be read: %2</source>
        <translation>%1 输出的分析无法读取：%2</translation>
    </message>
    <message>
        <source>%1 answered with more than %2 MB: output flood.</source>
        <translation>%1 的回答超过 %2 MB：输出泛滥。</translation>
    </message>
    <message>
        <source>%1 quit</source>
        <translation>%1 已退出</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 崩溃了</translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation>%1 已退出，退出码 %2</translation>
    </message>
    <message>
        <source> while answering “%1”</source>
        <translation>（在回答“%1”时）</translation>
    </message>
    <message>
        <source>%1 could not be started (%2): %3</source>
        <translation>无法启动 %1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 did not answer “%2” in %3 s; it seems to hang.</source>
        <translation>%1 在 %3 秒内没有回答“%2”；似乎已卡死。</translation>
    </message>
    <message>
        <source>
Last messages of the engine:
</source>
        <translation>
引擎最后的消息：
</translation>
    </message>
</context>
<context>
    <name>m37::ui::KeyMomentsPanel</name>
    <message>
        <source>Surprise</source>
        <translation>意外之着</translation>
    </message>
    <message>
        <source>Mistake</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Turning point</source>
        <translation>转折点</translation>
    </message>
    <message>
        <source>engine&apos;s %1 has human prior %2</source>
        <translation>引擎的 %1 人类先验为 %2</translation>
    </message>
    <message>
        <source> (played)</source>
        <translation>（实战下了）</translation>
    </message>
    <message>
        <source>%1: lost %2 pts</source>
        <translation>%1：损失 %2 目</translation>
    </message>
    <message>
        <source>%1: lost %2% winrate</source>
        <translation>%1：胜率损失 %2%</translation>
    </message>
    <message>
        <source> (best %1)</source>
        <translation>（最佳 %1）</translation>
    </message>
    <message>
        <source>Black %1</source>
        <translation>黑 %1</translation>
    </message>
    <message>
        <source>, White takes the lead</source>
        <translation>，白棋领先</translation>
    </message>
    <message>
        <source>, Black takes the lead</source>
        <translation>，黑棋领先</translation>
    </message>
    <message>
        <source>All key moments</source>
        <translation>全部关键时刻</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>着手</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>实战</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Surprises, mistakes and turning points of the game; click to go there</source>
        <translation>棋局中的意外之着、错误和转折点；点击即可跳转</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
</context>
<context>
    <name>m37::ui::LocalReasoner</name>
    <message>
        <source>no reasoning model is loaded</source>
        <translation>没有加载推理模型</translation>
    </message>
    <message>
        <source>the reasoning model reads %1x%1 boards; this board is %2x%2</source>
        <translation>推理模型只读 %1x%1 棋盘；当前棋盘是 %2x%2</translation>
    </message>
    <message>
        <source>true</source>
        <translation>成立</translation>
    </message>
    <message>
        <source>not true on the board</source>
        <translation>与棋盘不符</translation>
    </message>
    <message>
        <source>cannot start the think block with &quot;%1&quot;: %2</source>
        <translation>无法以“%1”开始思考块：%2</translation>
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
    <message>
        <source>Make the current line the main line</source>
        <translation>将当前分支设为主线</translation>
    </message>
    <message>
        <source>&amp;Restore Deleted Variation</source>
        <translation>恢复删除的变化(&amp;R)</translation>
    </message>
    <message>
        <source>Put the last deleted variation back</source>
        <translation>放回最后删除的变化</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
</context>
<context>
    <name>m37::ui::MistakesPanel</name>
    <message>
        <source>Good</source>
        <translation>好棋</translation>
    </message>
    <message>
        <source>Slight</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>Inaccuracy</source>
        <translation>欠佳</translation>
    </message>
    <message>
        <source>Mistake</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Bad mistake</source>
        <translation>严重错误</translation>
    </message>
    <message>
        <source>Blunder</source>
        <translation>大恶手</translation>
    </message>
    <message>
        <source>%1 and worse</source>
        <translation>%1 及更差</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>手数</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>实战</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>目数</translation>
    </message>
    <message>
        <source>Winrate</source>
        <translation>胜率</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Points and winrate lost by each move; click to go there</source>
        <translation>每步损失的目数和胜率；点击跳转</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
</context>
<context>
    <name>m37::ui::NetworkAboutDialog</name>
    <message>
        <source>About Networks</source>
        <translation>关于网络</translation>
    </message>
    <message>
        <source>Analysis network</source>
        <translation>分析网络</translation>
    </message>
    <message>
        <source>None: the analysis runs on light rollouts.</source>
        <translation>无：分析使用轻量模拟。</translation>
    </message>
    <message>
        <source>Human policy</source>
        <translation>人类策略</translation>
    </message>
    <message>
        <source>None: no human-policy heatmap or surprise marker.</source>
        <translation>无：没有人类策略热图和意外标记。</translation>
    </message>
    <message>
        <source>File: `%1`</source>
        <translation>文件：`%1`</translation>
    </message>
    <message>
        <source>Loading… (the analysis engine loads it in its own thread)</source>
        <translation>加载中…（分析引擎在自己的线程中加载）</translation>
    </message>
    <message>
        <source>It could not be loaded (the status bar says why).</source>
        <translation>无法加载（状态栏说明了原因）。</translation>
    </message>
    <message>
        <source>Networks shipped with move37</source>
        <translation>move37 附带的网络</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <source>(from `%1`)</source>
        <translation>（来自 `%1`）</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About &amp;Networks…</source>
        <translation>关于网络(&amp;N)…</translation>
    </message>
    <message>
        <source>How the engine&apos;s network and the human policy were made, and what they measured</source>
        <translation>引擎网络和人类策略是如何训练的，以及测得的指标</translation>
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
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>move37 engine</source>
        <translation>move37 引擎</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1（未配置）</translation>
    </message>
    <message>
        <source>Visits per move</source>
        <translation>每步访问次数</translation>
    </message>
    <message>
        <source>Seconds per move</source>
        <translation>每步秒数</translation>
    </message>
    <message>
        <source>the engine settings&apos; network, else light rollouts</source>
        <translation>引擎设置中的网络，若无则用轻量随机对局</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Network file</source>
        <translation>网络文件</translation>
    </message>
    <message>
        <source>Networks (*.m37 *.gz *.txt);;All files (*)</source>
        <translation>网络文件 (*.m37 *.gz *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Black:</source>
        <translation>黑方(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;White:</source>
        <translation>白方(&amp;W)：</translation>
    </message>
    <message>
        <source>S&amp;trength:</source>
        <translation>棋力(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>网络(&amp;N)：</translation>
    </message>
    <message>
        <source>Black&apos;s stones on the star points; White plays first</source>
        <translation>黑棋的让子摆在星位上；白棋先行</translation>
    </message>
    <message>
        <source>&amp;Handicap:</source>
        <translation>让子(&amp;H)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
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
        <translation>引擎控制台</translation>
    </message>
    <message>
        <source>&amp;Play Against Engine…</source>
        <translation>与引擎对局(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Resign</source>
        <translation>认输(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Score Game</source>
        <translation>终局计分(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top Engines</source>
        <translation>停止引擎(&amp;T)</translation>
    </message>
    <message>
        <source>The engines were stopped; the game stays on the board.</source>
        <translation>引擎已停止；棋局仍保留在棋盘上。</translation>
    </message>
    <message>
        <source>&amp;Configure Engines…</source>
        <translation>配置外部引擎(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Restart Engines</source>
        <translation>重启引擎(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Game</source>
        <translation>对局(&amp;G)</translation>
    </message>
    <message>
        <source>Eng&amp;ines</source>
        <translation>引擎(&amp;I)</translation>
    </message>
    <message>
        <source>Attach as &amp;Opponent</source>
        <translation>接入为对手(&amp;O)</translation>
    </message>
    <message>
        <source>Attach as &amp;Analyser</source>
        <translation>接入为分析引擎(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Detach Analyser</source>
        <translation>断开分析引擎(&amp;D)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>(none configured)</source>
        <translation>（未配置）</translation>
    </message>
    <message>
        <source>No external engine is called “%1” (Engines ▸ Configure Engines…).</source>
        <translation>没有名为“%1”的外部引擎（引擎 ▸ 配置外部引擎…）。</translation>
    </message>
    <message>
        <source>%1 plays %2.</source>
        <translation>%1 执%2。</translation>
    </message>
    <message>
        <source>%1 analyses the position.</source>
        <translation>%1 正在分析局面。</translation>
    </message>
    <message>
        <source>Play Against Engine</source>
        <translation>与引擎对局</translation>
    </message>
    <message>
        <source> — click groups to mark them dead or alive, then Accept.</source>
        <translation> — 点击棋块将其标为死棋或活棋，然后点“确认”。</translation>
    </message>
    <message>
        <source>Engine problem</source>
        <translation>引擎出错</translation>
    </message>
    <message>
        <source>

The game is kept. Restart the engine to go on.</source>
        <translation>

棋局已保留。重启引擎即可继续。</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Stop Engine</source>
        <translation>停止引擎</translation>
    </message>
</context>
<context>
    <name>m37::ui::PlayController</name>
    <message>
        <source>The engines were detached: another game is open.</source>
        <translation>引擎已断开：打开了另一盘棋。</translation>
    </message>
    <message>
        <source>The engines stopped after %1 moves.</source>
        <translation>引擎在 %1 手后停止。</translation>
    </message>
    <message>
        <source>%1 is thinking…</source>
        <translation>%1 正在思考…</translation>
    </message>
    <message>
        <source>%1 could not be brought to the position: %2</source>
        <translation>无法让 %1 进入当前局面：%2</translation>
    </message>
    <message>
        <source>%1 refused to play: %2</source>
        <translation>%1 拒绝落子：%2</translation>
    </message>
    <message>
        <source>%1 answered “%2”, which is not a move.</source>
        <translation>%1 回答了“%2”，这不是一步棋。</translation>
    </message>
    <message>
        <source>%1 played %2, which is illegal here: %3.</source>
        <translation>%1 下在 %2，此处不合规则：%3。</translation>
    </message>
    <message>
        <source>Engines restarted; the position is replayed.</source>
        <translation>引擎已重启；正在重放局面。</translation>
    </message>
    <message>
        <source>It is the engine&apos;s turn.</source>
        <translation>轮到引擎下。</translation>
    </message>
    <message>
        <source>%1 resigned: %2</source>
        <translation>%1 认输：%2</translation>
    </message>
</context>
<context>
    <name>m37::ui::ReasonTrainingDialog</name>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>reward (mean of %1 steps)</source>
        <translation>奖励（%1 步平均）</translation>
    </message>
    <message>
        <source>response tokens</source>
        <translation>回答词元数</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确度</translation>
    </message>
    <message>
        <source>faithfulness</source>
        <translation>忠实度</translation>
    </message>
    <message>
        <source>preference</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>response length</source>
        <translation>回答长度</translation>
    </message>
    <message>
        <source>Reasoning Models: Training</source>
        <translation>推理模型：训练</translation>
    </message>
    <message>
        <source>Verifier-trained</source>
        <translation>验证器训练</translation>
    </message>
    <message>
        <source>Preference-trained</source>
        <translation>偏好训练</translation>
    </message>
    <message>
        <source>%1 is not installed.</source>
        <translation>%1 未安装。</translation>
    </message>
    <message>
        <source>No training log beside %1.</source>
        <translation>%1 旁边没有训练日志。</translation>
    </message>
</context>
<context>
    <name>m37::ui::RemoteChatClient</name>
    <message>
        <source>&quot;%1&quot; is not a usable http(s) URL</source>
        <translation>“%1”不是可用的 http(s) 网址</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3%4</source>
        <translation>来自 %3 的 HTTP %1 %2%4</translation>
    </message>
    <message>
        <source>no data from %1 for %2 s</source>
        <translation>%2 秒内没有收到 %1 的数据</translation>
    </message>
    <message>
        <source>the connection to %1 dropped mid-stream after %2 bytes: %3</source>
        <translation>与 %1 的连接在传输 %2 字节后中断：%3</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>the connection to %1 closed before the stream was over (%2)</source>
        <translation>与 %1 的连接在回答结束前关闭（%2）</translation>
    </message>
</context>
<context>
    <name>m37::ui::ScoringView</name>
    <message>
        <source>Accept</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Black %1 · White %2 (%3) — %4</source>
        <translation>黑 %1 · 白 %2（%3）— %4</translation>
    </message>
    <message>
        <source>area</source>
        <translation>数子法</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>数目法</translation>
    </message>
    <message>
        <source>   Click a group to mark it dead or alive.</source>
        <translation>   点击棋块将其标为死棋或活棋。</translation>
    </message>
    <message>
        <source>   Estimating dead stones…</source>
        <translation>   正在估算死子…</translation>
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
        <translation>
            <numerusform>已打开 %1，有 %n 个警告</numerusform>
        </translation>
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
<context>
    <name>m37::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>列出所有键盘快捷键</translation>
    </message>
</context>
<context>
    <name>m37::ui::Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>m37::ui::WinrateGraph</name>
    <message>
        <source>Black winrate</source>
        <translation>黑棋胜率</translation>
    </message>
    <message>
        <source>Black lead</source>
        <translation>黑棋领先目数</translation>
    </message>
    <message>
        <source>Black&apos;s winrate and score lead; click to go to a move</source>
        <translation>黑棋胜率和领先目数；点击跳到某一步</translation>
    </message>
</context>
</TS>
