<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>The network could not be loaded: %1</source>
        <translation>네트워크를 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the engine refused “%1”: %2</source>
        <translation>엔진이 “%1”을(를) 거부했습니다: %2</translation>
    </message>
</context>
<context>
    <name>m37::ui::AnalysisActions</name>
    <message>
        <source>Candidates</source>
        <translation>후보수</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>분석(&amp;A)</translation>
    </message>
    <message>
        <source>Analyse the position on the board continuously</source>
        <translation>바둑판의 국면을 계속 분석</translation>
    </message>
    <message>
        <source>&amp;Engine Policy</source>
        <translation>엔진 정책(&amp;E)</translation>
    </message>
    <message>
        <source>Heatmap of the engine&apos;s policy network</source>
        <translation>엔진 정책망의 히트맵</translation>
    </message>
    <message>
        <source>&amp;Human Policy</source>
        <translation>사람 정책(&amp;H)</translation>
    </message>
    <message>
        <source>Heatmap of the human-policy network: where people would play</source>
        <translation>사람 정책망의 히트맵: 사람이라면 어디에 둘지</translation>
    </message>
    <message>
        <source>Engine and Human &amp;Split</source>
        <translation>엔진과 사람 나란히 보기(&amp;S)</translation>
    </message>
    <message>
        <source>Both policies at once: engine on the left half of each point, human on the right</source>
        <translation>두 정책을 함께 표시: 각 점의 왼쪽 절반은 엔진, 오른쪽 절반은 사람</translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation>후보수(&amp;C)</translation>
    </message>
    <message>
        <source>Candidate moves with winrate and visits; hover one for its variation</source>
        <translation>승률과 방문 수가 있는 후보수. 마우스를 올리면 변화도를 표시</translation>
    </message>
    <message>
        <source>&amp;Ownership</source>
        <translation>집 예상(&amp;O)</translation>
    </message>
    <message>
        <source>Who owns each point at the end (territory)</source>
        <translation>종국 때 각 점이 누구의 것인지(집)</translation>
    </message>
    <message>
        <source>&amp;Surprise Marker</source>
        <translation>의외의 수 표시(&amp;S)</translation>
    </message>
    <message>
        <source>Mark the engine&apos;s top move when humans would rarely play it (a move-37 moment)</source>
        <translation>엔진의 최선수가 사람이 거의 두지 않을 수이면 표시(‘37수’의 순간)</translation>
    </message>
    <message>
        <source>Engine &amp;Settings…</source>
        <translation>엔진 설정(&amp;S)…</translation>
    </message>
    <message>
        <source>Network, human-policy network, threads and visits</source>
        <translation>네트워크, 사람 정책망, 스레드, 방문 수</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>분석(&amp;A)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>분석</translation>
    </message>
    <message>
        <source>Analysis engine: %1</source>
        <translation>분석 엔진: %1</translation>
    </message>
    <message>
        <source>Analysis engine</source>
        <translation>분석 엔진</translation>
    </message>
    <message>
        <source>Engine settings saved.</source>
        <translation>엔진 설정을 저장했습니다.</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>분석 중…</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>방문 %1회</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · 초당 %1</translation>
    </message>
    <message>
        <source> · B %1%</source>
        <translation> · 흑 %1%</translation>
    </message>
    <message>
        <source> · surprise %1: human %2%</source>
        <translation> · 의외의 수 %1: 사람 %2%</translation>
    </message>
</context>
<context>
    <name>m37::ui::AnalysisWorker</name>
    <message>
        <source>network %1</source>
        <translation>네트워크 %1</translation>
    </message>
    <message>
        <source>Could not load the network %1; analysing with light rollouts instead.</source>
        <translation>네트워크 %1을(를) 불러올 수 없어 경량 롤아웃으로 분석합니다.</translation>
    </message>
    <message>
        <source>light rollouts (no network)</source>
        <translation>경량 롤아웃(네트워크 없음)</translation>
    </message>
    <message>
        <source>human policy %1</source>
        <translation>사람 정책 %1</translation>
    </message>
    <message>
        <source>Could not load the human-policy network %1; no human policy shown.</source>
        <translation>사람 정책망 %1을(를) 불러올 수 없어 사람 정책을 표시하지 않습니다.</translation>
    </message>
    <message>
        <source>light rollouts on boards other than %1×%1</source>
        <translation>%1×%1 이외의 바둑판에서는 가벼운 롤아웃</translation>
    </message>
</context>
<context>
    <name>m37::ui::AppTranslator</name>
    <message>
        <source>System</source>
        <translation>시스템 설정</translation>
    </message>
</context>
<context>
    <name>m37::ui::Autosaver</name>
    <message>
        <source>An untitled game</source>
        <translation>제목 없는 대국</translation>
    </message>
    <message>
        <source>Restore unsaved game?</source>
        <translation>저장하지 않은 대국을 복구할까요?</translation>
    </message>
    <message>
        <source>move37 did not exit cleanly last time. %1 had unsaved changes (autosaved %2).
Restore it?</source>
        <translation>move37이 지난번에 정상적으로 종료되지 않았습니다. %1에 저장하지 않은 변경 사항이 있었습니다(%2에 자동 저장됨).
복구할까요?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
</context>
<context>
    <name>m37::ui::CandidatesModel</name>
    <message>
        <source>Winrate of the side to move after this move</source>
        <translation>이 수를 둔 뒤 둘 차례인 쪽의 승률</translation>
    </message>
    <message>
        <source>Score lead of the side to move, in points</source>
        <translation>둘 차례인 쪽이 앞선 집 수</translation>
    </message>
    <message>
        <source>The engine&apos;s prior (network policy)</source>
        <translation>엔진의 사전 확률(네트워크 정책)</translation>
    </message>
    <message>
        <source>How likely a human would play it (human-policy network)</source>
        <translation>사람이 이 수를 둘 확률(사람 정책망)</translation>
    </message>
    <message>
        <source>Lower confidence bound of the winrate</source>
        <translation>승률의 신뢰 하한</translation>
    </message>
    <message>
        <source>Principal variation: the line the engine expects</source>
        <translation>주요 변화도: 엔진이 예상하는 수순</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>수</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>Winrate</source>
        <translation>승률</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>집 차이</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>사람</translation>
    </message>
    <message>
        <source>LCB</source>
        <translation>LCB</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>수순</translation>
    </message>
</context>
<context>
    <name>m37::ui::CandidatesTable</name>
    <message>
        <source>No analysis</source>
        <translation>분석 없음</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>방문 %1회</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · 초당 %1</translation>
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
        <translation>로컬 모델: %1</translation>
    </message>
    <message>
        <source>The local reasoning model could not be loaded: %1</source>
        <translation>로컬 추론 모델을 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Local model</source>
        <translation>로컬 모델</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI 호환</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama 서버</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>백엔드:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 키:</translation>
    </message>
    <message>
        <source>Local model file:</source>
        <translation>로컬 모델 파일:</translation>
    </message>
    <message>
        <source>Best move</source>
        <translation>최선의 수</translation>
    </message>
    <message>
        <source>Evaluate move…</source>
        <translation>수 평가…</translation>
    </message>
    <message>
        <source>Status of group at…</source>
        <translation>돌의 사활…</translation>
    </message>
    <message>
        <source>Free question</source>
        <translation>자유 질문</translation>
    </message>
    <message>
        <source>D4</source>
        <translation>D4</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Ask anything about this position (remote backends)</source>
        <translation>이 국면에 대해 무엇이든 질문 (원격 백엔드)</translation>
    </message>
    <message>
        <source>◀ Step</source>
        <translation>◀ 이전 단계</translation>
    </message>
    <message>
        <source>Previous step ([)</source>
        <translation>이전 단계 ([)</translation>
    </message>
    <message>
        <source>Step ▶</source>
        <translation>다음 단계 ▶</translation>
    </message>
    <message>
        <source>Next step (])</source>
        <translation>다음 단계 (])</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>저장…</translation>
    </message>
    <message>
        <source>Add to Comment</source>
        <translation>주석에 추가</translation>
    </message>
    <message>
        <source>Append the exchange to the SGF comment of the current move</source>
        <translation>이 문답을 현재 수의 SGF 주석에 덧붙입니다</translation>
    </message>
    <message>
        <source>Reasoning Model</source>
        <translation>추론 모델</translation>
    </message>
    <message>
        <source>move37 models (*.m37)</source>
        <translation>move37 모델 (*.m37)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <source>Type a question first (free questions need a remote backend).</source>
        <translation>먼저 질문을 입력하세요 (자유 질문에는 원격 백엔드가 필요합니다).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a point of this board (expected a coordinate like D4).</source>
        <translation>&quot;%1&quot;은(는) 이 바둑판의 점이 아닙니다 (D4 같은 좌표를 입력하세요).</translation>
    </message>
    <message>
        <source>local model %1</source>
        <translation>로컬 모델 %1</translation>
    </message>
    <message>
        <source>local model</source>
        <translation>로컬 모델</translation>
    </message>
    <message>
        <source>The local model answers the preset questions only; choose a remote backend for free questions.</source>
        <translation>로컬 모델은 정해진 질문에만 답합니다. 자유 질문은 원격 백엔드를 고르세요.</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>생각하는 중…</translation>
    </message>
    <message>
        <source>Thinking… (the local model reads the position only and answers with its best move)</source>
        <translation>생각하는 중… (로컬 모델은 국면만 읽고 최선의 수로 답합니다)</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1에 질문하는 중…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>중지했습니다.</translation>
    </message>
    <message>
        <source>Answered by %1.</source>
        <translation>%1이(가) 답했습니다.</translation>
    </message>
    <message>
        <source>Answered by %1, with problems: %2</source>
        <translation>%1이(가) 답했지만 문제가 있습니다: %2</translation>
    </message>
    <message>
        <source>Verifying the steps…</source>
        <translation>단계를 검증하는 중…</translation>
    </message>
    <message>
        <source>Verified: %1 of %2 checked steps hold (rollout search).</source>
        <translation>검증됨: 확인한 %2단계 중 %1단계가 맞습니다 (롤아웃 탐색).</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>첫 토큰을 기다리는 중…</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>생각</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>chunks</source>
        <translation>청크</translation>
    </message>
    <message>
        <source>Thinking… %1 s, %2 %3</source>
        <translation>생각하는 중… %1초, %2 %3</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>토큰/초</translation>
    </message>
    <message>
        <source>chunks/s</source>
        <translation>청크/초</translation>
    </message>
    <message>
        <source>Thought for %1 s, %2 %3, %4 %5</source>
        <translation>%1초 생각, %2 %3, %4 %5</translation>
    </message>
    <message>
        <source>No steps with moves yet.</source>
        <translation>아직 수가 담긴 단계가 없습니다.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>%2단계 중 %1단계</translation>
    </message>
    <message>
        <source>Answer %1 (engine %2)</source>
        <translation>답 %1 (엔진 %2)</translation>
    </message>
    <message>
        <source>Engine %1 (%2)</source>
        <translation>엔진 %1 (%2)</translation>
    </message>
    <message>
        <source>Human %1 (engine %2)</source>
        <translation>사람 %1 (엔진 %2)</translation>
    </message>
    <message>
        <source>turn on analysis (Space) to compare with the engine</source>
        <translation>엔진과 비교하려면 분석을 켜세요 (스페이스)</translation>
    </message>
    <message>
        <source>Q (%1, move %2, %3): %4</source>
        <translation>질문 (%1, %2수, %3): %4</translation>
    </message>
    <message>
        <source>Black to play</source>
        <translation>흑 차례</translation>
    </message>
    <message>
        <source>White to play</source>
        <translation>백 차례</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>답: %1</translation>
    </message>
    <message>
        <source>(errors: %1)</source>
        <translation>(오류: %1)</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>복사했습니다.</translation>
    </message>
    <message>
        <source>Save the Exchange</source>
        <translation>문답 저장</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>텍스트 파일 (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1에 저장했습니다.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Go back to the position the question was about to add it to its comment.</source>
        <translation>질문한 국면으로 돌아가야 그 주석에 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>Added to the comment of this move.</source>
        <translation>이 수의 주석에 추가했습니다.</translation>
    </message>
    <message>
        <source>No local model file: choose one in the chat settings (…).</source>
        <translation>로컬 모델 파일이 없습니다. 채팅 설정(…)에서 선택하세요.</translation>
    </message>
    <message>
        <source>The shipped reasoning model is missing: choose a file in the chat settings, or a remote backend.</source>
        <translation>기본 제공 추론 모델이 없습니다. 채팅 설정에서 파일을 선택하거나 원격 백엔드를 선택하세요.</translation>
    </message>
    <message>
        <source>Thinking… (the local model reads %1 as its only candidate)</source>
        <translation>생각 중… (로컬 모델이 %1을 유일한 후보로 읽습니다)</translation>
    </message>
    <message>
        <source>Verifier-trained (reason-9x9)</source>
        <translation>검증기로 훈련 (reason-9x9)</translation>
    </message>
    <message>
        <source>Preference-trained (reason-pref-9x9)</source>
        <translation>선호로 훈련 (reason-pref-9x9)</translation>
    </message>
    <message>
        <source>Model file from the settings</source>
        <translation>설정의 모델 파일</translation>
    </message>
    <message>
        <source>The shipped models differ in what rewarded them: the verifier (the engine&apos;s deep search and every checked step) or a preference net trained on people&apos;s games. Ask both about the same position to compare.</source>
        <translation>기본 제공 모델은 보상의 출처가 다릅니다: 검증기(엔진의 깊은 탐색과 각 단계의 검사) 또는 사람의 대국으로 훈련한 선호 네트워크. 같은 국면에서 둘 다에게 물어 비교하세요.</translation>
    </message>
    <message>
        <source>Local model:</source>
        <translation>로컬 모델:</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>훈련…</translation>
    </message>
    <message>
        <source>The shipped models&apos; GRPO curves: reward, accuracy, faithfulness and response length by step</source>
        <translation>기본 제공 모델의 GRPO 곡선: 단계별 보상, 정확도, 충실도, 응답 길이</translation>
    </message>
    <message>
        <source>a reasoning model (.m37)</source>
        <translation>추론 모델 (.m37)</translation>
    </message>
    <message>
        <source>Earlier answer on this position</source>
        <translation>이 국면의 이전 답변</translation>
    </message>
</context>
<context>
    <name>m37::ui::CommentPanel</name>
    <message>
        <source>Game Info…</source>
        <translation>대국 정보…</translation>
    </message>
    <message>
        <source>Edit players, result, komi, date and rules</source>
        <translation>대국자, 결과, 덤, 날짜, 규칙 편집</translation>
    </message>
    <message>
        <source>Comment on this move</source>
        <translation>이 수에 대한 코멘트</translation>
    </message>
    <message>
        <source>%1 (B) vs %2 (W)</source>
        <translation>%1(흑) 대 %2(백)</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source> · komi %1</source>
        <translation> · 덤 %1</translation>
    </message>
    <message>
        <source>This comment is %L1 characters long: the first %L2 are shown, read-only. The whole comment stays in the game and is saved.</source>
        <translation>이 주석은 %L1자입니다. 처음 %L2자만 읽기 전용으로 표시합니다. 주석 전체는 기보에 남아 저장됩니다.</translation>
    </message>
</context>
<context>
    <name>m37::ui::DiagnosticsDialog</name>
    <message numerus="yes">
        <source>%n message(s):</source>
        <translation>
            <numerusform>메시지 %n개:</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>m37::ui::EngineConsole</name>
    <message>
        <source>GTP command, e.g. showboard</source>
        <translation>GTP 명령(예: showboard)</translation>
    </message>
    <message>
        <source>(newline)</source>
        <translation>(줄바꿈)</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>연결됨</translation>
    </message>
</context>
<context>
    <name>m37::ui::EngineSettingsDialog</name>
    <message>
        <source>Engine Settings</source>
        <translation>엔진 설정</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Choose a network file</source>
        <translation>네트워크 파일 선택</translation>
    </message>
    <message>
        <source>Networks (*.m37 *.gz *.txt);;All files (*)</source>
        <translation>네트워크 (*.m37 *.gz *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>네트워크(&amp;N):</translation>
    </message>
    <message>
        <source>none: light rollouts, no network</source>
        <translation>없음: 경량 롤아웃, 네트워크 없음</translation>
    </message>
    <message>
        <source>&amp;Human policy:</source>
        <translation>사람 정책(&amp;H):</translation>
    </message>
    <message>
        <source>none: no human policy</source>
        <translation>없음: 사람 정책 사용 안 함</translation>
    </message>
    <message>
        <source>Search &amp;threads:</source>
        <translation>탐색 스레드 수(&amp;T):</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>멈출 때까지</translation>
    </message>
    <message>
        <source>Analysis &amp;visits:</source>
        <translation>분석 방문 수(&amp;V):</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 밀리초</translation>
    </message>
    <message>
        <source>&amp;Update every:</source>
        <translation>갱신 간격(&amp;U):</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Surprise below human prior:</source>
        <translation>사람 확률이 이보다 낮으면 의외의 수(&amp;S):</translation>
    </message>
    <message>
        <source>A Leela Zero weight file or a move37 .m37 network. The human policy is a network trained on human games; the board shows where it and the engine disagree.</source>
        <translation>Leela Zero 가중치 파일 또는 move37 .m37 네트워크. 사람 정책은 사람의 대국으로 학습한 네트워크이며, 바둑판에 엔진과 의견이 다른 곳을 표시합니다.</translation>
    </message>
</context>
<context>
    <name>m37::ui::ExternalAnalyser</name>
    <message>
        <source>%1 has no analysis command (lz-analyze or kata-analyze).</source>
        <translation>%1에는 분석 명령(lz-analyze 또는 kata-analyze)이 없습니다.</translation>
    </message>
</context>
<context>
    <name>m37::ui::ExternalEnginesDialog</name>
    <message>
        <source>External Engines</source>
        <translation>외부 엔진</translation>
    </message>
    <message>
        <source>program and arguments, e.g. gnugo --mode gtp</source>
        <translation>프로그램과 인수(예: gnugo --mode gtp)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>빈 항목</translation>
    </message>
    <message>
        <source>New engine</source>
        <translation>새 엔진</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>작업 디렉터리</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Command line:</source>
        <translation>명령줄(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>작업 디렉터리(&amp;W):</translation>
    </message>
    <message>
        <source>Engines speak GTP on standard input and output. Replace FILE in a preset by the network or configuration file.</source>
        <translation>엔진은 표준 입출력으로 GTP를 주고받습니다. 프리셋의 FILE을 네트워크 파일이나 설정 파일로 바꾸세요.</translation>
    </message>
</context>
<context>
    <name>m37::ui::GameInfoDialog</name>
    <message>
        <source>Game Information</source>
        <translation>대국 정보</translation>
    </message>
    <message>
        <source>&amp;Black (PB):</source>
        <translation>흑(&amp;B) (PB):</translation>
    </message>
    <message>
        <source>&amp;White (PW):</source>
        <translation>백(&amp;W) (PW):</translation>
    </message>
    <message>
        <source>&amp;Result (RE):</source>
        <translation>결과(&amp;R) (RE):</translation>
    </message>
    <message>
        <source>B+R, W+3.5, 0, Void, ?</source>
        <translation>B+R, W+3.5, 0, Void, ?</translation>
    </message>
    <message>
        <source>&amp;Komi (KM):</source>
        <translation>덤(&amp;K) (KM):</translation>
    </message>
    <message>
        <source>&amp;Date (DT):</source>
        <translation>날짜(&amp;D) (DT):</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>R&amp;ules (RU):</source>
        <translation>규칙(&amp;U) (RU):</translation>
    </message>
    <message>
        <source>Chinese, Japanese, AGA, NZ, ...</source>
        <translation>Chinese, Japanese, AGA, NZ 등</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>m37::ui::GameReviewActions</name>
    <message>
        <source>Winrate Graph</source>
        <translation>승률 그래프</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>실수</translation>
    </message>
    <message>
        <source>Analyse &amp;Whole Game…</source>
        <translation>대국 전체 분석(&amp;W)…</translation>
    </message>
    <message>
        <source>Search every position of the current line and list the mistakes</source>
        <translation>현재 수순의 모든 국면을 탐색하고 실수를 나열</translation>
    </message>
    <message>
        <source>S&amp;top Whole-Game Analysis</source>
        <translation>대국 전체 분석 중지(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the whole-game analysis (the results so far stay)</source>
        <translation>대국 전체 분석 중지(지금까지의 결과는 유지)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Mistake</source>
        <translation>다음 실수(&amp;X)</translation>
    </message>
    <message>
        <source>Go to the next listed mistake of the reviewed line</source>
        <translation>분석한 수순의 다음 실수로 이동</translation>
    </message>
    <message>
        <source>Pre&amp;vious Mistake</source>
        <translation>이전 실수(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the previous listed mistake of the reviewed line</source>
        <translation>분석한 수순의 이전 실수로 이동</translation>
    </message>
    <message>
        <source>Review %p%</source>
        <translation>분석 %p%</translation>
    </message>
    <message>
        <source>Stop the whole-game analysis</source>
        <translation>대국 전체 분석 중지</translation>
    </message>
    <message numerus="yes">
        <source>Whole-game analysis done: %n mistake(s) listed.</source>
        <translation>
            <numerusform>대국 전체 분석 완료: 실수 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole-game analysis stopped.</source>
        <translation>대국 전체 분석을 중지했습니다.</translation>
    </message>
    <message>
        <source>Analyse Whole Game</source>
        <translation>대국 전체 분석</translation>
    </message>
    <message>
        <source>Visits per move:</source>
        <translation>수당 방문 수:</translation>
    </message>
    <message numerus="yes">
        <source>Analysing %n position(s) at %1 visits…</source>
        <translation>
            <numerusform>%n개 국면을 %1 방문으로 분석 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the whole-game analysis…</source>
        <translation>대국 전체 분석을 중지하는 중…</translation>
    </message>
    <message>
        <source>No listed mistake after this move.</source>
        <translation>이 수 이후에 표시된 실수가 없습니다.</translation>
    </message>
    <message>
        <source>No listed mistake before this move.</source>
        <translation>이 수 이전에 표시된 실수가 없습니다.</translation>
    </message>
    <message>
        <source>Key Moments</source>
        <translation>핵심 장면</translation>
    </message>
    <message>
        <source>Next &amp;Key Moment</source>
        <translation>다음 핵심 장면(&amp;K)</translation>
    </message>
    <message>
        <source>Go to the next surprise, mistake or turning point</source>
        <translation>다음 의외의 수, 실수 또는 전환점으로 이동</translation>
    </message>
    <message>
        <source>Previous K&amp;ey Moment</source>
        <translation>이전 핵심 장면(&amp;E)</translation>
    </message>
    <message>
        <source>Go to the previous surprise, mistake or turning point</source>
        <translation>이전 의외의 수, 실수 또는 전환점으로 이동</translation>
    </message>
    <message>
        <source>&amp;Export Annotated SGF…</source>
        <translation>주석 포함 SGF 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the game with the whole-game review: winrates, candidates, best lines, key moments</source>
        <translation>대국 전체 분석과 함께 기보 저장: 승률, 후보수, 최선 수순, 핵심 장면</translation>
    </message>
    <message>
        <source>Export cancelled: the whole-game analysis was stopped.</source>
        <translation>내보내기 취소: 대국 전체 분석이 중지되었습니다.</translation>
    </message>
    <message>
        <source>Export Annotated SGF</source>
        <translation>주석 포함 SGF 내보내기</translation>
    </message>
    <message>
        <source>SGF files (*.sgf *.SGF);;All files (*)</source>
        <translation>SGF 파일 (*.sgf *.SGF);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>This game has no review yet. Analyse the whole game first (%1 visits per move)? The file is written when the analysis ends.</source>
        <translation>이 대국은 아직 분석되지 않았습니다. 먼저 대국 전체를 분석할까요(수당 %1 방문)? 분석이 끝나면 파일을 저장합니다.</translation>
    </message>
    <message>
        <source>No key moment after this move.</source>
        <translation>이 수 이후에 핵심 장면이 없습니다.</translation>
    </message>
    <message>
        <source>No key moment before this move.</source>
        <translation>이 수 이전에 핵심 장면이 없습니다.</translation>
    </message>
    <message>
        <source>The game&apos;s move37 review could not be read: %1</source>
        <translation>이 대국의 move37 분석을 읽을 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stored review: %1 of %2 positions analysed, %n key moment(s).</source>
        <translation>
            <numerusform>저장된 분석: %2개 국면 중 %1개 분석됨, 핵심 장면 %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n annotation value(s) ignored: %1</source>
        <translation>
            <numerusform> 주석 값 %n개를 무시했습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The game has no position to analyse.</source>
        <translation>이 대국에는 분석할 국면이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is written when the whole-game analysis ends.</source>
        <translation>%1 파일은 대국 전체 분석이 끝나면 저장됩니다.</translation>
    </message>
    <message>
        <source>Cannot export %1</source>
        <translation>%1을(를) 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>내보내기 실패: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2
Nothing was changed on disk.</source>
        <translation>%1을(를) 쓸 수 없습니다: %2
디스크에는 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Exported the annotated game to %1</source>
        <translation>주석 포함 기보를 %1(으)로 내보냈습니다</translation>
    </message>
</context>
<context>
    <name>m37::ui::GameReviewWorker</name>
    <message>
        <source>The network could not be loaded (%1); the review uses rollouts.</source>
        <translation>네트워크를 불러올 수 없습니다(%1). 분석에 롤아웃을 사용합니다.</translation>
    </message>
</context>
<context>
    <name>m37::ui::GameTreeModel</name>
    <message>
        <source>Black</source>
        <translation>흑</translation>
    </message>
    <message>
        <source>White</source>
        <translation>백</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 cannot play %2: %3</source>
        <translation>%1은(는) %2에 둘 수 없습니다: %3</translation>
    </message>
    <message>
        <source>%1 played %2</source>
        <translation>%1이(가) %2에 두었습니다</translation>
    </message>
    <message>
        <source>, capturing 1 stone</source>
        <translation>, 돌 1개를 따냄</translation>
    </message>
    <message>
        <source>, capturing %1 stones</source>
        <translation>, 돌 %1개를 따냄</translation>
    </message>
    <message>
        <source> (new variation)</source>
        <translation> (새 변화도)</translation>
    </message>
    <message>
        <source>%1 passed. Game over: %2 (no stones marked dead)</source>
        <translation>%1이(가) 패스했습니다. 대국 종료: %2 (사석 표시 없음)</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation>%1이(가) 패스했습니다</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>무를 수가 없습니다</translation>
    </message>
    <message>
        <source>Move %1 taken back</source>
        <translation>%1수를 물렀습니다</translation>
    </message>
    <message>
        <source>New game: %1×%1, %2 rules, komi %3</source>
        <translation>새 대국: %1×%1, %2 규칙, 덤 %3</translation>
    </message>
    <message>
        <source>The root cannot be deleted</source>
        <translation>루트는 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>Deleted 1 node</source>
        <translation>노드 1개를 삭제했습니다</translation>
    </message>
    <message>
        <source>Deleted %1 nodes</source>
        <translation>노드 %1개를 삭제했습니다</translation>
    </message>
    <message>
        <source>Already on the main line</source>
        <translation>이미 주 변화도입니다</translation>
    </message>
    <message>
        <source>The current line is now the main line</source>
        <translation>현재 변화도가 주 변화도가 되었습니다</translation>
    </message>
    <message>
        <source>Game information changed</source>
        <translation>대국 정보가 변경되었습니다</translation>
    </message>
    <message>
        <source>, handicap %1 (White plays first)</source>
        <translation>, 접바둑 %1점 (백이 먼저 둠)</translation>
    </message>
    <message>
        <source> (Edit ▸ Restore Deleted Variation puts it back)</source>
        <translation> (편집 ▸ 삭제한 변화도 복원으로 되돌릴 수 있습니다)</translation>
    </message>
    <message>
        <source>Nothing deleted to restore</source>
        <translation>복원할 삭제 항목이 없습니다</translation>
    </message>
    <message>
        <source>Restored 1 node</source>
        <translation>노드 1개를 복원했습니다</translation>
    </message>
    <message>
        <source>Restored %1 nodes</source>
        <translation>노드 %1개를 복원했습니다</translation>
    </message>
</context>
<context>
    <name>m37::ui::GtpProcess</name>
    <message>
        <source>%1: no program to start (the command line is empty).</source>
        <translation>%1: 시작할 프로그램이 없습니다(명령줄이 비어 있음).</translation>
    </message>
    <message>
        <source>started %1 (pid %2)</source>
        <translation>%1 시작됨(pid %2)</translation>
    </message>
    <message>
        <source>%1 was restarted</source>
        <translation>%1을(를) 다시 시작했습니다</translation>
    </message>
    <message>
        <source>%1 was stopped</source>
        <translation>%1을(를) 중지했습니다</translation>
    </message>
    <message>
        <source>%1 did not quit; killed</source>
        <translation>%1이(가) 종료되지 않아 강제 종료했습니다</translation>
    </message>
    <message>
        <source>%1 is not running</source>
        <translation>%1이(가) 실행 중이 아닙니다</translation>
    </message>
    <message>
        <source>%1 printed a line longer than %2 MB without an end: output flood.</source>
        <translation>%1이(가) %2MB가 넘도록 끝나지 않는 줄을 출력했습니다: 출력 폭주.</translation>
    </message>
    <message>
        <source>%1 prints output that is not GTP, e.g. “%2”.</source>
        <translation>%1이(가) GTP가 아닌 내용을 출력합니다(예: “%2”).</translation>
    </message>
    <message>
        <source>%1 answered “%2” to no command.</source>
        <translation>%1이(가) 명령 없이 “%2”(이)라고 응답했습니다.</translation>
    </message>
    <message>
        <source>%1 answered command %2 while %3 was expected.</source>
        <translation>%1이(가) 명령 %2에 응답했습니다(%3 응답을 기대함).</translation>
    </message>
    <message>
        <source>unreadable analysis line: %1</source>
        <translation>읽을 수 없는 분석 줄: %1</translation>
    </message>
    <message>
        <source>%1 prints analysis that cannot be read: %2</source>
        <translation>%1이(가) 읽을 수 없는 분석을 출력합니다: %2</translation>
    </message>
    <message>
        <source>%1 answered with more than %2 MB: output flood.</source>
        <translation>%1의 응답이 %2MB를 넘었습니다: 출력 폭주.</translation>
    </message>
    <message>
        <source>%1 quit</source>
        <translation>%1이(가) 종료되었습니다</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1이(가) 비정상 종료되었습니다</translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation>%1이(가) 종료 코드 %2(으)로 종료되었습니다</translation>
    </message>
    <message>
        <source> while answering “%1”</source>
        <translation> (“%1”에 응답하는 중)</translation>
    </message>
    <message>
        <source>%1 could not be started (%2): %3</source>
        <translation>%1을(를) 시작할 수 없습니다(%2): %3</translation>
    </message>
    <message>
        <source>%1 did not answer “%2” in %3 s; it seems to hang.</source>
        <translation>%1이(가) %3초 안에 “%2”에 응답하지 않았습니다. 멈춘 것 같습니다.</translation>
    </message>
    <message>
        <source>
Last messages of the engine:
</source>
        <translation>
엔진의 마지막 메시지:
</translation>
    </message>
</context>
<context>
    <name>m37::ui::KeyMomentsPanel</name>
    <message>
        <source>Surprise</source>
        <translation>의외의 수</translation>
    </message>
    <message>
        <source>Mistake</source>
        <translation>실수</translation>
    </message>
    <message>
        <source>Turning point</source>
        <translation>전환점</translation>
    </message>
    <message>
        <source>engine&apos;s %1 has human prior %2</source>
        <translation>엔진의 %1, 사람 사전확률 %2</translation>
    </message>
    <message>
        <source> (played)</source>
        <translation> (실전에서 둠)</translation>
    </message>
    <message>
        <source>%1: lost %2 pts</source>
        <translation>%1: %2집 손해</translation>
    </message>
    <message>
        <source>%1: lost %2% winrate</source>
        <translation>%1: 승률 %2% 손해</translation>
    </message>
    <message>
        <source> (best %1)</source>
        <translation> (최선 %1)</translation>
    </message>
    <message>
        <source>Black %1</source>
        <translation>흑 %1</translation>
    </message>
    <message>
        <source>, White takes the lead</source>
        <translation>, 백이 앞섬</translation>
    </message>
    <message>
        <source>, Black takes the lead</source>
        <translation>, 흑이 앞섬</translation>
    </message>
    <message>
        <source>All key moments</source>
        <translation>모든 핵심 장면</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>수</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>실전</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Surprises, mistakes and turning points of the game; click to go there</source>
        <translation>대국의 의외의 수, 실수, 전환점. 클릭하면 이동</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>표시:</translation>
    </message>
</context>
<context>
    <name>m37::ui::LocalReasoner</name>
    <message>
        <source>no reasoning model is loaded</source>
        <translation>추론 모델을 불러오지 않았습니다</translation>
    </message>
    <message>
        <source>the reasoning model reads %1x%1 boards; this board is %2x%2</source>
        <translation>추론 모델은 %1x%1 바둑판용입니다. 이 바둑판은 %2x%2입니다</translation>
    </message>
    <message>
        <source>true</source>
        <translation>맞음</translation>
    </message>
    <message>
        <source>not true on the board</source>
        <translation>바둑판과 맞지 않음</translation>
    </message>
    <message>
        <source>cannot start the think block with &quot;%1&quot;: %2</source>
        <translation>생각 블록을 &quot;%1&quot;(으)로 시작할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>m37::ui::MainWindow</name>
    <message>
        <source>The settings file %1 could not be read; default settings are used.</source>
        <translation>설정 파일 %1을(를) 읽을 수 없어 기본 설정을 사용합니다.</translation>
    </message>
    <message>
        <source>The settings file could not be read and was moved to %1; default settings are used.</source>
        <translation>설정 파일을 읽을 수 없어 %1(으)로 옮겼습니다. 기본 설정을 사용합니다.</translation>
    </message>
    <message>
        <source>Click on the board to play, or open an SGF file to review it.</source>
        <translation>바둑판을 클릭해 두거나 SGF 파일을 열어 복기하세요.</translation>
    </message>
    <message>
        <source>Game Tree</source>
        <translation>기보 트리</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>코멘트</translation>
    </message>
    <message>
        <source>&amp;New Game…</source>
        <translation>새 대국(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new game: board size, rules, komi</source>
        <translation>새 대국 시작: 판 크기, 규칙, 덤</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation>패스(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Undo Move</source>
        <translation>한 수 무르기(&amp;U)</translation>
    </message>
    <message>
        <source>Game &amp;Info…</source>
        <translation>대국 정보(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Delete Variation</source>
        <translation>변화도 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the current move and everything after it</source>
        <translation>현재 수와 그 이후의 모든 수 삭제</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>Make &amp;Main Line</source>
        <translation>주 변화도로 만들기(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>앞으로(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Previous Variation</source>
        <translation>이전 변화도(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Variation</source>
        <translation>다음 변화도(&amp;N)</translation>
    </message>
    <message>
        <source>Back 10 Moves</source>
        <translation>10수 뒤로</translation>
    </message>
    <message>
        <source>Forward 10 Moves</source>
        <translation>10수 앞으로</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>처음으로(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>마지막으로(&amp;E)</translation>
    </message>
    <message>
        <source>Move &amp;Numbers</source>
        <translation>수순 번호(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Coordinates</source>
        <translation>좌표(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>이동(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>대국</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1이(가) 더 이상 없습니다</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>목록 지우기</translation>
    </message>
    <message>
        <source>Stones captured by Black (B) and by White (W)</source>
        <translation>흑(B)과 백(W)이 따낸 돌</translation>
    </message>
    <message>
        <source>Game over</source>
        <translation>대국 종료</translation>
    </message>
    <message>
        <source>%1 to move</source>
        <translation>%1 차례</translation>
    </message>
    <message>
        <source>Captures  B %1 · W %2</source>
        <translation>따낸 돌  흑 %1 · 백 %2</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1수</translation>
    </message>
    <message>
        <source> · variation %1/%2</source>
        <translation> · 변화도 %1/%2</translation>
    </message>
    <message>
        <source>%1×%1 · %2 · komi %3</source>
        <translation>%1×%1 · %2 · 덤 %3</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 대 %2</translation>
    </message>
    <message>
        <source>Preferences saved; a new language applies at the next start.</source>
        <translation>환경 설정을 저장했습니다. 새 언어는 다음 시작 때 적용됩니다.</translation>
    </message>
    <message>
        <source>Make the current line the main line</source>
        <translation>현재 수순을 주 변화도로 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Restore Deleted Variation</source>
        <translation>삭제한 변화도 복원(&amp;R)</translation>
    </message>
    <message>
        <source>Put the last deleted variation back</source>
        <translation>마지막으로 삭제한 변화도를 되돌립니다</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>추론</translation>
    </message>
</context>
<context>
    <name>m37::ui::MistakesPanel</name>
    <message>
        <source>Good</source>
        <translation>좋은 수</translation>
    </message>
    <message>
        <source>Slight</source>
        <translation>경미</translation>
    </message>
    <message>
        <source>Inaccuracy</source>
        <translation>완착</translation>
    </message>
    <message>
        <source>Mistake</source>
        <translation>실수</translation>
    </message>
    <message>
        <source>Bad mistake</source>
        <translation>큰 실수</translation>
    </message>
    <message>
        <source>Blunder</source>
        <translation>대악수</translation>
    </message>
    <message>
        <source>%1 and worse</source>
        <translation>%1 이하</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>수</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>실전</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>최선</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>집</translation>
    </message>
    <message>
        <source>Winrate</source>
        <translation>승률</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Points and winrate lost by each move; click to go there</source>
        <translation>각 수에서 잃은 집과 승률. 클릭하면 그 수로 이동</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>표시:</translation>
    </message>
</context>
<context>
    <name>m37::ui::NetworkAboutDialog</name>
    <message>
        <source>About Networks</source>
        <translation>신경망 정보</translation>
    </message>
    <message>
        <source>Analysis network</source>
        <translation>분석 신경망</translation>
    </message>
    <message>
        <source>None: the analysis runs on light rollouts.</source>
        <translation>없음: 가벼운 플레이아웃으로 분석합니다.</translation>
    </message>
    <message>
        <source>Human policy</source>
        <translation>인간 정책</translation>
    </message>
    <message>
        <source>None: no human-policy heatmap or surprise marker.</source>
        <translation>없음: 인간 정책 히트맵과 의외의 수 표시가 없습니다.</translation>
    </message>
    <message>
        <source>File: `%1`</source>
        <translation>파일: `%1`</translation>
    </message>
    <message>
        <source>Loading… (the analysis engine loads it in its own thread)</source>
        <translation>불러오는 중… (분석 엔진이 자체 스레드에서 불러옵니다)</translation>
    </message>
    <message>
        <source>It could not be loaded (the status bar says why).</source>
        <translation>불러올 수 없습니다 (상태 표시줄에 이유가 있습니다).</translation>
    </message>
    <message>
        <source>Networks shipped with move37</source>
        <translation>move37에 포함된 신경망</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>(from `%1`)</source>
        <translation>(`%1`에서)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>About &amp;Networks…</source>
        <translation>신경망 정보(&amp;N)…</translation>
    </message>
    <message>
        <source>How the engine&apos;s network and the human policy were made, and what they measured</source>
        <translation>엔진 신경망과 인간 정책을 만든 방법과 측정 결과</translation>
    </message>
</context>
<context>
    <name>m37::ui::NewGameDialog</name>
    <message>
        <source>Chinese</source>
        <translation>중국 규칙</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>일본 규칙</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국 규칙</translation>
    </message>
    <message>
        <source>AGA</source>
        <translation>AGA(미국 바둑 협회)</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>뉴질랜드 규칙</translation>
    </message>
    <message>
        <source>Tromp-Taylor</source>
        <translation>트롬프-테일러 규칙</translation>
    </message>
    <message>
        <source>New game</source>
        <translation>새 대국</translation>
    </message>
    <message>
        <source>Board &amp;size:</source>
        <translation>판 크기(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>규칙(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Komi:</source>
        <translation>덤(&amp;K):</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>move37 engine</source>
        <translation>move37 엔진</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1(설정 안 됨)</translation>
    </message>
    <message>
        <source>Visits per move</source>
        <translation>수당 방문 수</translation>
    </message>
    <message>
        <source>Seconds per move</source>
        <translation>수당 초</translation>
    </message>
    <message>
        <source>the engine settings&apos; network, else light rollouts</source>
        <translation>엔진 설정의 네트워크, 없으면 경량 롤아웃</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Network file</source>
        <translation>네트워크 파일</translation>
    </message>
    <message>
        <source>Networks (*.m37 *.gz *.txt);;All files (*)</source>
        <translation>네트워크 (*.m37 *.gz *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>&amp;Black:</source>
        <translation>흑(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;White:</source>
        <translation>백(&amp;W):</translation>
    </message>
    <message>
        <source>S&amp;trength:</source>
        <translation>기력(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>네트워크(&amp;N):</translation>
    </message>
    <message>
        <source>Black&apos;s stones on the star points; White plays first</source>
        <translation>흑의 접바둑 돌을 화점에 놓습니다. 백이 먼저 둡니다</translation>
    </message>
    <message>
        <source>&amp;Handicap:</source>
        <translation>접바둑(&amp;H):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 stones</source>
        <translation>%1점</translation>
    </message>
</context>
<context>
    <name>m37::ui::PlayActions</name>
    <message>
        <source>Engine Console</source>
        <translation>엔진 콘솔</translation>
    </message>
    <message>
        <source>&amp;Play Against Engine…</source>
        <translation>엔진과 대국(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Resign</source>
        <translation>기권(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Score Game</source>
        <translation>계가(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top Engines</source>
        <translation>엔진 중지(&amp;T)</translation>
    </message>
    <message>
        <source>The engines were stopped; the game stays on the board.</source>
        <translation>엔진을 중지했습니다. 대국은 바둑판에 그대로 남습니다.</translation>
    </message>
    <message>
        <source>&amp;Configure Engines…</source>
        <translation>외부 엔진 설정(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Restart Engines</source>
        <translation>엔진 다시 시작(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Game</source>
        <translation>대국(&amp;G)</translation>
    </message>
    <message>
        <source>Eng&amp;ines</source>
        <translation>엔진(&amp;I)</translation>
    </message>
    <message>
        <source>Attach as &amp;Opponent</source>
        <translation>상대로 연결(&amp;O)</translation>
    </message>
    <message>
        <source>Attach as &amp;Analyser</source>
        <translation>분석 엔진으로 연결(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Detach Analyser</source>
        <translation>분석 엔진 연결 끊기(&amp;D)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>결과: %1</translation>
    </message>
    <message>
        <source>(none configured)</source>
        <translation>(설정된 엔진 없음)</translation>
    </message>
    <message>
        <source>No external engine is called “%1” (Engines ▸ Configure Engines…).</source>
        <translation>“%1”(이)라는 외부 엔진이 없습니다(엔진 ▸ 외부 엔진 설정…).</translation>
    </message>
    <message>
        <source>%1 plays %2.</source>
        <translation>%1이(가) %2을(를) 잡습니다.</translation>
    </message>
    <message>
        <source>%1 analyses the position.</source>
        <translation>%1이(가) 국면을 분석합니다.</translation>
    </message>
    <message>
        <source>Play Against Engine</source>
        <translation>엔진과 대국</translation>
    </message>
    <message>
        <source> — click groups to mark them dead or alive, then Accept.</source>
        <translation> — 돌을 클릭해 죽은 돌·산 돌을 표시한 뒤 ‘확정’을 누르세요.</translation>
    </message>
    <message>
        <source>Engine problem</source>
        <translation>엔진 문제</translation>
    </message>
    <message>
        <source>

The game is kept. Restart the engine to go on.</source>
        <translation>

대국은 그대로 있습니다. 계속하려면 엔진을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <source>Stop Engine</source>
        <translation>엔진 중지</translation>
    </message>
</context>
<context>
    <name>m37::ui::PlayController</name>
    <message>
        <source>The engines were detached: another game is open.</source>
        <translation>다른 대국을 열어서 엔진 연결을 끊었습니다.</translation>
    </message>
    <message>
        <source>The engines stopped after %1 moves.</source>
        <translation>엔진이 %1수 뒤에 멈췄습니다.</translation>
    </message>
    <message>
        <source>%1 is thinking…</source>
        <translation>%1 생각 중…</translation>
    </message>
    <message>
        <source>%1 could not be brought to the position: %2</source>
        <translation>%1에 현재 국면을 설정할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 refused to play: %2</source>
        <translation>%1이(가) 착수를 거부했습니다: %2</translation>
    </message>
    <message>
        <source>%1 answered “%2”, which is not a move.</source>
        <translation>%1이(가) “%2”(이)라고 응답했지만 착수가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 played %2, which is illegal here: %3.</source>
        <translation>%1이(가) %2에 두었지만 여기는 둘 수 없는 곳입니다: %3.</translation>
    </message>
    <message>
        <source>Engines restarted; the position is replayed.</source>
        <translation>엔진을 다시 시작했습니다. 국면을 다시 재생합니다.</translation>
    </message>
    <message>
        <source>It is the engine&apos;s turn.</source>
        <translation>엔진의 차례입니다.</translation>
    </message>
    <message>
        <source>%1 resigned: %2</source>
        <translation>%1이(가) 기권했습니다: %2</translation>
    </message>
</context>
<context>
    <name>m37::ui::ReasonTrainingDialog</name>
    <message>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>reward (mean of %1 steps)</source>
        <translation>보상 (%1단계 평균)</translation>
    </message>
    <message>
        <source>response tokens</source>
        <translation>응답 토큰 수</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>보상</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>faithfulness</source>
        <translation>충실도</translation>
    </message>
    <message>
        <source>preference</source>
        <translation>선호</translation>
    </message>
    <message>
        <source>response length</source>
        <translation>응답 길이</translation>
    </message>
    <message>
        <source>Reasoning Models: Training</source>
        <translation>추론 모델: 훈련</translation>
    </message>
    <message>
        <source>Verifier-trained</source>
        <translation>검증기로 훈련</translation>
    </message>
    <message>
        <source>Preference-trained</source>
        <translation>선호로 훈련</translation>
    </message>
    <message>
        <source>%1 is not installed.</source>
        <translation>%1이(가) 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>No training log beside %1.</source>
        <translation>%1 옆에 훈련 기록이 없습니다.</translation>
    </message>
</context>
<context>
    <name>m37::ui::RemoteChatClient</name>
    <message>
        <source>&quot;%1&quot; is not a usable http(s) URL</source>
        <translation>&quot;%1&quot;은(는) 쓸 수 있는 http(s) 주소가 아닙니다</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3%4</source>
        <translation>%3에서 HTTP %1 %2%4</translation>
    </message>
    <message>
        <source>no data from %1 for %2 s</source>
        <translation>%1에서 %2초 동안 데이터가 없습니다</translation>
    </message>
    <message>
        <source>the connection to %1 dropped mid-stream after %2 bytes: %3</source>
        <translation>%1 연결이 %2바이트 뒤 도중에 끊겼습니다: %3</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the connection to %1 closed before the stream was over (%2)</source>
        <translation>%1 연결이 응답이 끝나기 전에 닫혔습니다 (%2)</translation>
    </message>
</context>
<context>
    <name>m37::ui::ScoringView</name>
    <message>
        <source>Accept</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Black %1 · White %2 (%3) — %4</source>
        <translation>흑 %1 · 백 %2 (%3) — %4</translation>
    </message>
    <message>
        <source>area</source>
        <translation>면적 계산</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>집 계산</translation>
    </message>
    <message>
        <source>   Click a group to mark it dead or alive.</source>
        <translation>   돌을 클릭해 죽은 돌·산 돌을 표시합니다.</translation>
    </message>
    <message>
        <source>   Estimating dead stones…</source>
        <translation>   죽은 돌을 추정하는 중…</translation>
    </message>
</context>
<context>
    <name>m37::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies the next time move37 starts.</source>
        <translation>새 언어는 move37을 다음에 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>m37::ui::SgfFileController</name>
    <message>
        <source>SGF files (*.sgf *.SGF);;All files (*)</source>
        <translation>SGF 파일 (*.sgf *.SGF);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Open SGF</source>
        <translation>SGF 열기</translation>
    </message>
    <message>
        <source>Save SGF</source>
        <translation>SGF 저장</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1에 저장하지 않은 변경 사항이 있습니다. 먼저 저장할까요?</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n warning(s)</source>
        <translation>
            <numerusform>%1을(를) 열었습니다(경고 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings reading %1</source>
        <translation>%1 읽기 경고</translation>
    </message>
    <message>
        <source>Restored the unsaved game of the last session</source>
        <translation>지난 세션에서 저장하지 않은 대국을 복구했습니다</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1을(를) 열 수 없습니다</translation>
    </message>
    <message>
        <source>%1: no game found</source>
        <translation>%1: 대국을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the file holds %2 games; the first one is shown (all are saved)</source>
        <translation>%1: 이 파일에는 대국이 %2개 있습니다. 첫 대국을 표시합니다(저장 시 모두 저장)</translation>
    </message>
    <message>
        <source>game</source>
        <translation>대국</translation>
    </message>
    <message>
        <source>short write</source>
        <translation>쓰기가 완료되지 않았습니다</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>%1을(를) 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 could not be written: %2
Nothing was changed on disk.</source>
        <translation>%1에 쓸 수 없습니다: %2
디스크의 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Save failed: %1</source>
        <translation>저장 실패: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
</context>
<context>
    <name>m37::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>키보드 단축키(&amp;K)…</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>모든 키보드 단축키 보기</translation>
    </message>
</context>
<context>
    <name>m37::ui::Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>시스템 설정 따르기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
</context>
<context>
    <name>m37::ui::WinrateGraph</name>
    <message>
        <source>Black winrate</source>
        <translation>흑 승률</translation>
    </message>
    <message>
        <source>Black lead</source>
        <translation>흑 우세 집</translation>
    </message>
    <message>
        <source>Black&apos;s winrate and score lead; click to go to a move</source>
        <translation>흑의 승률과 우세 집. 클릭하면 그 수로 이동</translation>
    </message>
</context>
</TS>
